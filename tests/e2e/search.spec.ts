import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from './support/fixture';
import { parse } from 'yaml';
import { expectNoAxeViolations } from './support/axe';
import { tabTo } from './support/keyboard';

const IKG = 'I Know Gender for security personnel';

/** The search page's results, once the count for `query` is announced. */
async function resultsFor(page: Page, query: string) {
  const status = page.getByRole('status').filter({ hasText: `for “${query}”` });
  await expect(status).toHaveText(/^\d+ results? for/);
  return page.getByRole('list', { name: 'Search results' }).getByRole('listitem');
}

test('a learner searches for "SSIRS" from a lesson’s header and opens the passage', async ({ page }) => {
  const pagefind: string[] = [];
  page.on('request', (request) => {
    if (request.url().includes('/pagefind/')) pagefind.push(request.url());
  });
  await page.goto('/courses/cptm-2-7/definitions/');
  await expect(page.getByRole('heading', { level: 1, name: 'Definitions' })).toBeVisible();
  // Reading a lesson fetches nothing of search: the index loads when search opens.
  await page.waitForLoadState('networkidle');
  expect(pagefind).toEqual([]);

  const header = page.getByRole('banner');
  await header.getByRole('searchbox', { name: 'Search' }).fill('SSIRS');
  await header.getByRole('button', { name: 'Go' }).click();
  await expect(page).toHaveURL(/\/search\/\?q=SSIRS$/);
  await expect(page.getByRole('searchbox', { name: 'Search for a word or phrase' })).toHaveValue('SSIRS');

  const results = await resultsFor(page, 'SSIRS');
  expect(await results.count()).toBeGreaterThanOrEqual(2);
  const first = results.first();
  // Each result: where it is (course › section) and its passage with the word marked.
  await expect(first).toContainText(`${IKG} › Gender considerations in security management`);
  await expect(first.locator('mark').first()).toHaveText(/SSIRS/i);
  const link = first.getByRole('link');
  const title = (await link.textContent())!.trim();
  await link.click();
  await expect(page).toHaveURL(/\/courses\/i-know-gender\/security-management\/#/);
  // The result opens at its heading, on screen.
  await expect(page.getByRole('heading', { name: title })).toBeInViewport();
  await expect(page.locator('main')).toContainText('SSIRS');
  expect(pagefind.length).toBeGreaterThan(0);

  // Back returns to the same results.
  await page.goBack();
  await expect(await resultsFor(page, 'SSIRS')).toHaveCount(await results.count());
});

test('"PEP" finds the module and the glossary entry, and each opens', async ({ page }) => {
  await page.goto('/search/?q=PEP');
  const results = await resultsFor(page, 'PEP');
  await expect(results.filter({ hasText: `${IKG} › Gender considerations in security management` })).not.toHaveCount(0);
  const glossary = results.filter({ has: page.locator('.search-where', { hasText: /^Glossary$/ }) });
  await expect(glossary).toHaveCount(1);
  await expect(glossary.locator('mark').first()).toHaveText(/PEP/i);
  await glossary.getByRole('link').click();
  await expect(page).toHaveURL(/\/glossary\//);
  await expect(page.locator('main')).toContainText('Post-Exposure Prophylaxis');
});

test('keyboard only: from the header to a result and back, with the count announced', async ({ page }) => {
  await page.goto('/courses/i-know-gender/');
  const box = page.getByRole('banner').getByRole('searchbox', { name: 'Search' });
  await tabTo(page, box);
  await page.keyboard.type('PEP');
  await page.keyboard.press('Enter');
  // The search page puts focus in its box, so typing refines the query at once.
  const pageBox = page.getByRole('searchbox', { name: 'Search for a word or phrase' });
  await expect(pageBox).toBeFocused();
  await resultsFor(page, 'PEP');
  // The count is the box's description: read out when the box has focus, and live as it changes.
  await expect(pageBox).toHaveAccessibleDescription(/\d+ results? for “PEP”/);

  await page.keyboard.press('Control+A');
  await page.keyboard.type('SSIRS');
  const results = await resultsFor(page, 'SSIRS');
  await expect(page).toHaveURL(/\?q=SSIRS$/);
  const firstLink = results.first().getByRole('link');
  await tabTo(page, firstLink, 5);
  const href = await firstLink.getAttribute('href');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`${href!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));

  // A query with no result says so.
  await page.goto('/search/');
  await page.keyboard.type('xylophonequartz');
  await expect(page.getByRole('status').filter({ hasText: 'xylophonequartz' })).toHaveText(
    'No results for “xylophonequartz”. Try another word, or fewer words.',
  );
});

test('search with results passes axe, at 320 px without sideways scroll', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 800 });
  await page.goto('/search/?q=SSIRS');
  await resultsFor(page, 'SSIRS');
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  await expectNoAxeViolations(page, 'search results');
});

test('activity explanations are searchable on "Answers explained"; the final assessment’s are not', async ({
  page,
}) => {
  // A wrong option's feedback in a knowledge check, shown only after answering in the activity.
  await page.goto('/search/?q=IASMN');
  const results = await resultsFor(page, 'IASMN');
  const explained = results.filter({ hasText: `${IKG} › Answers explained` });
  await expect(explained.first()).toBeVisible();
  await explained.first().getByRole('link').click();
  await expect(page).toHaveURL(/\/courses\/i-know-gender\/explanations\/#/);
  await expect(page.getByRole('heading', { level: 1, name: 'Answers explained' })).toBeVisible();
  await expectNoAxeViolations(page, 'answers explained');

  const html = readFileSync(join(process.cwd(), 'dist/courses/i-know-gender/explanations/index.html'), 'utf8');
  const assessment = parse(readFileSync(join(process.cwd(), 'content/activities/ikg-final-assessment.yaml'), 'utf8'));
  const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  for (const question of assessment.questions as { prompt: string }[]) {
    expect(html, 'a final assessment question on the answers page').not.toContain(escape(question.prompt.trim()));
  }
});

test('a course page at 320 px shows its aim, sections and completion rule without sideways scroll', async ({
  page,
}) => {
  await page.setViewportSize({ width: 320, height: 800 });
  await page.goto('/courses/i-know-gender/');
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  const rule = page.getByRole('region', { name: 'To complete the course' });
  await expect(rule).toContainText('Read every section to its end.');
  await expect(rule).toContainText('pass mark 80 %');
  await expect(rule.getByRole('link', { name: 'My certificates' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Aim' })).toBeVisible();
  const sections = page.locator('[data-section-list="i-know-gender"] > li');
  await expect(sections).toHaveCount(5);
  await expect(sections.first()).toContainText(/\d+ min/);
  await expect(page.getByText('At least 107 minutes')).toBeVisible();
  // The disclaimer waits, folded, under "About this course and its sources".
  const course = parse(readFileSync(join(process.cwd(), 'content/courses/i-know-gender/course.yaml'), 'utf8'));
  const disclaimer = page.getByText((course.disclaimer as string).slice(0, 60));
  await expect(disclaimer).toBeHidden();
  await page.getByText('About this course and its sources').click();
  await expect(disclaimer).toBeVisible();
  await expectNoAxeViolations(page, 'course page');
});
