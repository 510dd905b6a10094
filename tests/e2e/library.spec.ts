import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { expect, test, type Page } from './support/fixture';
import { expectNoAxeViolations } from './support/axe';
import { builtPages } from './support/site';

// The library (/library/) holds the five source documents; every citation on the site links into it.
// The first checks read the built files, as a crawler would; the rest are a learner's journeys.

const DIST = join(process.cwd(), 'dist');
const SEEDS = {
  cptm: 'cptm-2025-lesson-2.7-women-peace-security.txt',
  unsms: 'unsms-policy-gender-considerations-in-security-management.txt',
  undss: 'undss-mainstreaming-gender.txt',
  dpko: 'dpko-dfs-policy-gender-responsive-peacekeeping-2018.txt',
  dpo: 'dpo-gender-equality-wps-resource-package-2020.txt',
};

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? htmlFiles(path) : name.endsWith('.html') ? [path] : [];
  });
}

const pathOf = (file: string) => `/${relative(DIST, join(file, '..')).split(sep).join('/')}/`.replace('//', '/');
const decode = (html: string) =>
  html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
/** Letters and digits only: markup, list marks and spacing differ between a seed line and its page. */
const letters = (text: string) =>
  text
    .normalize('NFKC')
    .replace(/[^\p{L}\p{N}]/gu, '')
    .toLowerCase();

/** The text of every line anchor on the library's pages, by seed: "L176" → text. */
function libraryLines(): Map<string, Map<number, string>> {
  const bySeed = new Map<string, Map<number, string>>();
  for (const file of htmlFiles(join(DIST, 'library'))) {
    const key = pathOf(file).split('/')[2];
    if (!key) continue;
    const lines = bySeed.get(key) ?? new Map<number, string>();
    const html = readFileSync(file, 'utf8');
    for (const match of html.matchAll(/<(span|tr) class="ln" id="L(\d+)">([\s\S]*?)<\/\1>/g)) {
      lines.set(Number(match[2]), decode(match[3] ?? ''));
    }
    bySeed.set(key, lines);
  }
  return bySeed;
}

/** Visible text of a built page (scripts, styles and island props left out). */
function visibleText(file: string): string {
  return decode(
    readFileSync(file, 'utf8')
      .replace(/<script[\s\S]*?<\/script>/g, ' ')
      .replace(/<style[\s\S]*?<\/style>/g, ' ')
      .replace(/<astro-island[^>]*>/g, ' '),
  );
}

test.describe('the built library', () => {
  test('every seed is readable: lines sampled across each seed are on its pages, under their own anchors', () => {
    const onSite = libraryLines();
    for (const [key, file] of Object.entries(SEEDS)) {
      const seed = readFileSync(join('content', 'seeds', file), 'utf8').split('\n');
      const withText = seed
        .map((text, index) => ({ n: index + 1, text }))
        .filter(({ text }) => letters(text.replace(/<[^>]+>/g, '')).length > 0);
      // About 40 lines from each seed, spread from its first line to its last.
      const step = Math.max(1, Math.floor(withText.length / 40));
      const sample = withText.filter((_, index) => index % step === 0 || index === withText.length - 1);
      const lines = onSite.get(key);
      expect(lines, `library pages of ${key}`).toBeDefined();
      for (const { n, text } of sample) {
        const shown = lines?.get(n);
        expect(shown, `${key}:${n} has an anchor in the library`).toBeDefined();
        const expected = letters(text.replace(/<[^>]+>/g, ''));
        // List marks ("•", "1.") are typeset, not printed: the page shows the rest of the line.
        expect(expected.endsWith(letters(shown ?? '')), `${key}:${n} reads "${text.trim()}"`).toBe(true);
        expect(letters(shown ?? '').length, `${key}:${n}`).toBeGreaterThan(expected.length * 0.8 - 3);
      }
    }
  });

  test('the site links at least 200 passages in the library, and every link lands on an anchor that exists', () => {
    const anchors = new Map<string, Set<string>>();
    for (const file of htmlFiles(join(DIST, 'library'))) {
      const ids = [...readFileSync(file, 'utf8').matchAll(/ id="([^"]+)"/g)].map((m) => m[1] ?? '');
      anchors.set(pathOf(file), new Set(ids));
    }
    const distinct = new Set<string>();
    const broken: string[] = [];
    for (const file of htmlFiles(DIST)) {
      // Island props carry links as JSON: unescape them so quiz and sorting citations count too.
      const html = readFileSync(file, 'utf8').replace(/&quot;/g, '"');
      for (const match of html.matchAll(/"(\/library\/[^"#]*)#([^"]+)"/g)) {
        const [, path = '', anchor = ''] = match;
        distinct.add(`${path}#${anchor}`);
        if (!anchors.get(path)?.has(anchor)) broken.push(`${pathOf(file)} → ${path}#${anchor}`);
      }
    }
    expect(broken).toEqual([]);
    expect(distinct.size).toBeGreaterThanOrEqual(200);
  });

  test('no page a learner reads shows a seed code ("cptm:176") or a line number ("line 129")', () => {
    const offenders: string[] = [];
    for (const file of htmlFiles(DIST)) {
      const text = visibleText(file);
      for (const match of text.matchAll(/\b(?:cptm|unsms|undss|dpko|dpo):\d+|\b[Ll]ines? \d+/g)) {
        offenders.push(`${pathOf(file)}: …${text.slice(Math.max(0, match.index - 40), match.index + 20).trim()}…`);
      }
    }
    expect(offenders).toEqual([]);
  });
});

async function highlighted(page: Page, id: string): Promise<boolean> {
  return page
    .locator(`[id="${id}"]`)
    .evaluate((el) => !['rgba(0, 0, 0, 0)', 'transparent'].includes(getComputedStyle(el).backgroundColor));
}

test.describe('following a citation', () => {
  test('from a quiz’s feedback to the highlighted passage, and back to the quiz', async ({ page }) => {
    await page.goto('/courses/cptm-2-7/lesson-closing/');
    const quiz = page.locator('[data-activity="cptm-2-7-knowledge-check"] .quiz');
    await quiz.scrollIntoViewIfNeeded();
    await expect(quiz).toHaveAttribute('data-ready', 'true');
    await quiz.locator('input').first().check();
    await quiz.getByRole('button', { name: 'Check answer' }).click();
    const feedback = quiz.locator('[data-feedback]');
    await expect(feedback).toBeVisible();
    const source = feedback.getByRole('link').first();
    await expect(source).toHaveText(/^CPTM Lesson 2\.7 · /);
    const href = (await source.getAttribute('href')) ?? '';
    const [, first, last] = /#L(\d+)(?:-(\d+))?$/.exec(href) ?? [];
    expect(first, href).toBeDefined();

    await source.click();
    await expect(page).toHaveURL(new RegExp(`/library/cptm/#L${first}`));
    const line = page.locator(`[id="L${first}"]`);
    await expect(line).toBeInViewport();
    expect(await highlighted(page, `L${first}`)).toBe(true);
    if (last) {
      const lastLine = page.locator(`.ln[id="L${last}"]`);
      if ((await lastLine.count()) > 0) expect(await highlighted(page, `L${last}`)).toBe(true);
    }

    const back = page.getByRole('link', { name: 'Back to where you were' });
    await expect(back).toBeVisible();
    await back.click();
    await expect(page).toHaveURL(/\/courses\/cptm-2-7\/lesson-closing\/$/);
    await expect(quiz.locator('[data-feedback]')).toBeVisible();
  });

  test('a cited range lights up each of its lines, and nothing around it', async ({ page }) => {
    // The Definitions page's editor's note links the lesson's passage on gender parity as a range.
    await page.goto('/courses/cptm-2-7/definitions/');
    await page.getByRole('link', { name: 'gender parity' }).click();
    await expect(page).toHaveURL(/\/library\/cptm\/#L585-587$/);
    await expect(page.locator('[id="L585"]')).toBeInViewport();
    expect(await highlighted(page, 'L585')).toBe(true);
    expect(await highlighted(page, 'L587')).toBe(true);
    expect(await highlighted(page, 'L591')).toBe(false);
  });

  test('a glossary definition links to its passage, which reads the same words', async ({ page }) => {
    await page.goto('/glossary/');
    const definition = page.locator('#sex + dd blockquote').first();
    const quoted = (await definition.locator('p').textContent())?.trim() ?? '';
    await definition.getByRole('link').click();
    await expect(page).toHaveURL(/\/library\/.+#L\d+/);
    const id = new URL(page.url()).hash.slice(1);
    const target = page.locator(`[id="${id}"]`);
    await expect(target).toBeInViewport();
    // The passage (the paragraph, list or table holding the target) has the definition's first words.
    const passage = await target.evaluate((el) => el.closest('p, ul, ol, table, h2, h3, h4')?.textContent ?? '');
    expect(letters(quoted).length).toBeGreaterThan(20);
    expect(letters(passage)).toContain(letters(quoted).slice(0, 20));
  });
});

test.describe('the library as a learner reads it', () => {
  const samples = ['/library/', '/library/cptm/', '/library/unsms/', '/library/dpo/', '/library/dpo/chapter-12/'];

  test('reflows at 320 px with no sideways scroll', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    for (const path of samples) {
      await page.goto(path);
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(width, path).toBeLessThanOrEqual(320);
    }
  });

  test('axe finds nothing on library pages, with a passage highlighted, in light and dark', async ({ page }) => {
    test.setTimeout(90_000);
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      for (const path of ['/library/', '/library/cptm/#L140', '/library/unsms/#L64', '/library/dpo/chapter-1/#L266']) {
        await page.goto(path);
        // The accessibility suite checks every rule on these pages; a highlighted passage changes colours.
        await expectNoAxeViolations(page, `${path} (${scheme})`, { rules: 'colour' });
      }
    }
  });

  test('the landing page says what each document is for and saves the whole library for offline use', async ({
    page,
  }) => {
    await page.goto('/library/');
    await expect(page.getByRole('heading', { level: 2 })).toHaveCount(6);
    await expect(page.getByText('Who should read it.')).toHaveCount(5);
    const pages = builtPages().filter((path) => path.startsWith('/library/'));
    const offline = page.locator('[data-save-library]');
    await expect(offline).toContainText(`To keep all ${pages.length} pages now`);
    await expect(offline).toContainText(/about \d+ KB to download, [\d.]+ MB on this device/);
    await offline.getByRole('button', { name: 'Save the library for offline use' }).click();
    await expect(offline.getByRole('status')).toHaveText(
      `Saved: all ${pages.length} library pages now open without a connection.`,
    );
    const cached = await page.evaluate(async () => (await (await caches.open('gender-lens-library')).keys()).length);
    expect(cached).toBe(pages.length);
  });
});
