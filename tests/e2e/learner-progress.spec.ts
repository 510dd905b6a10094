import { expect, test, type Page } from './support/fixture';
import { readToEnd as readOpenSection } from './support/lesson';

async function readToEnd(page: Page, path: string): Promise<void> {
  await page.goto(path);
  await readOpenSection(page);
}

test('progress survives a reload and a closed browser, with a link to resume', async ({ browser }) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await readToEnd(page, '/courses/cptm-2-7/introduction/');
  await readToEnd(page, '/courses/cptm-2-7/lesson-map/');
  await readToEnd(page, '/courses/cptm-2-7/definitions/');
  // Opened but not read to the end: this is where the learner stopped, and it does not count as seen.
  await page.goto('/courses/cptm-2-7/wps-agenda/');
  // The page notes where the learner is once it has loaded (src/storage/journal.ts).
  await expect
    .poll(() => page.evaluate(() => localStorage.getItem('gl.journal.position.cptm-2-7/wps-agenda') !== null))
    .toBe(true);

  await page.goto('/courses/cptm-2-7/');
  await page.reload();
  await expect(page.getByText('3 of 11 sections read.')).toBeVisible();
  await expect(page.getByRole('progressbar', { name: '3 of 11 sections read.' })).toHaveAttribute('value', '3');
  const list = page.locator('[data-section-list="cptm-2-7"]');
  await expect(list.locator('[data-section="definitions"] [data-section-status]')).toHaveText('done');
  await expect(list.locator('[data-section="wps-agenda"] [data-section-status]')).toHaveText('in progress');
  await expect(list.locator('[data-section="legal-framework"] [data-section-status]')).toHaveText('not started');
  // What remains names the unread sections and the required activities.
  const remaining = page.getByRole('heading', { name: 'What remains' }).locator('..');
  await expect(remaining.getByRole('link', { name: 'Read to the end: Legal Framework' })).toBeVisible();
  await expect(remaining.getByRole('link', { name: /^Complete: Differences between/ })).toBeVisible();

  // Close the browser context and open a new one with the same stored data.
  const state = await context.storageState({ indexedDB: true });
  await context.close();
  const reopened = await browser.newContext({ storageState: state });
  const again = await reopened.newPage();
  await again.goto('/');
  const card = again.locator('[data-course="cptm-2-7"]');
  await expect(card.getByText('3 of 11 sections read.')).toBeVisible();
  const resume = card.getByRole('link', { name: /Continue where you stopped/ });
  await expect(resume).toHaveText(
    'Continue where you stopped: The Women, Peace and Security (WPS) Agenda in UN Peacekeeping',
  );
  await resume.focus();
  await again.keyboard.press('Enter');
  await expect(again).toHaveURL(/\/courses\/cptm-2-7\/wps-agenda\/$/);
  await reopened.close();
});

test('with IndexedDB unavailable the lesson still reads and a polite notice says progress is not saved', async ({
  page,
  problems,
}) => {
  problems.expect(/^storage notice: Your progress is not being saved/, 'this test takes IndexedDB away');
  problems.expect(/^console warning: Gender Lens storage: unavailable/, 'this test takes IndexedDB away');
  await page.addInitScript(() => {
    Object.defineProperty(window, 'indexedDB', { get: () => undefined, configurable: true });
  });
  await page.goto('/courses/cptm-2-7/definitions/');
  await expect(page.getByRole('heading', { level: 1, name: 'Definitions' })).toBeVisible();
  await expect(page.getByRole('figure', { name: 'Slide 4: Definitions' })).toBeVisible();
  const notice = page.getByRole('status').filter({ hasText: 'Your progress is not being saved' });
  await expect(notice).toBeVisible();
  await page.locator('[data-section-end]').scrollIntoViewIfNeeded();
  await page.goto('/courses/cptm-2-7/');
  await expect(page.getByText('Progress is not available on this device.')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Learning outcomes' })).toBeVisible();
});

test('a long module resumes at the heading the learner was reading, not at its top', async ({ page }) => {
  await page.goto('/courses/i-know-gender/gender-concepts/');
  const heading = page.getByRole('heading', { level: 2, name: 'Gender mainstreaming' });
  // Read down to "Gender mainstreaming": its heading goes up past the top third of the screen.
  await heading.evaluate((h) => window.scrollTo(0, h.getBoundingClientRect().top + window.scrollY - 40));
  await expect
    .poll(() => page.evaluate(() => localStorage.getItem('gl.journal.position.i-know-gender/gender-concepts') ?? ''))
    .toContain('/courses/i-know-gender/gender-concepts/#gender-mainstreaming');

  await page.goto('/');
  const resume = page
    .locator('[data-course="i-know-gender"]')
    .getByRole('link', { name: /Continue where you stopped/ });
  await resume.click();
  await expect(page).toHaveURL(/\/courses\/i-know-gender\/gender-concepts\/#gender-mainstreaming$/);
  await expect(heading).toBeInViewport();

  // Scrolled back to the top, the place is the section itself again.
  await page.evaluate(() => window.scrollTo(0, 0));
  await expect
    .poll(() => page.evaluate(() => localStorage.getItem('gl.journal.position.i-know-gender/gender-concepts') ?? ''))
    .toContain('"href":"/courses/i-know-gender/gender-concepts/"');
});
