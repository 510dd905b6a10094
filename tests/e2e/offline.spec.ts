import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { expect, test, type BrowserContext, type Page } from './support/fixture';
import { expectNoAxeViolations } from './support/axe';
import { sortingKey } from './support/content';
import { answerQuestion, ready } from './support/lesson';
import { builtPages } from './support/site';
import { serveStatic } from './support/static-server.mjs';
import { storageMessages } from '../../src/i18n/messages/storage';

// The shared config blocks service workers so they never serve stale pages to other tests; here
// they are the subject. Each test starts its own server on the built site, so it can go offline
// and "deploy" a new version without disturbing the shared preview server.
test.use({ serviceWorkers: 'allow' });

const DIST = join(process.cwd(), 'dist');
const SORTING_PAGE = '/courses/cptm-2-7/learning-activity-2-7-1/';
/** Pages left out of the precache (astro.config.mjs) and kept on the device once opened instead. */
const EXPLANATIONS = /^courses\/[^/]+\/explanations\//;
const TRAINER_VIEWS = /^courses\/[^/]+\/(slides|presenter|classroom)\//;
const OTHER_LANGUAGES = /^(fr|ar)\//;
const KEPT_WHEN_OPENED = new RegExp(`${EXPLANATIONS.source}|${TRAINER_VIEWS.source}|${OTHER_LANGUAGES.source}`);
const key = sortingKey('sex-or-gender');
const TOTAL = key.size;

let server: Awaited<ReturnType<typeof serveStatic>>;
test.beforeAll(async () => {
  server = await serveStatic({ root: DIST });
});
test.afterAll(async () => {
  await server?.close();
});

/**
 * The files the built service worker precaches (its injected manifest); the pages it keeps for a
 * learner of another language are listed beside them, each under its language's folder.
 */
function precached(dir = DIST): Set<string> {
  const sw = readFileSync(join(dir, 'sw.js'), 'utf8');
  return new Set([...sw.matchAll(/"url":"([^"]+)"/g)].map((m) => m[1]!).filter((url) => !OTHER_LANGUAGES.test(url)));
}

/** Every file of the built site, relative to dist/. */
function builtFiles(dir = DIST, prefix = ''): string[] {
  return readdirSync(dir).flatMap((name) =>
    statSync(join(dir, name)).isDirectory() ? builtFiles(join(dir, name), `${prefix}${name}/`) : [`${prefix}${name}`],
  );
}

/**
 * Course pages: every built page but the library's, which is cached when read (or saved on request),
 * and the SCORM launch pages, which only an LMS opens (from a package that has no service worker).
 */
const coursePages = () => builtPages().filter((path) => !path.startsWith('/library/') && !path.startsWith('/lms/'));

test('the service worker precaches every page, script, style and icon of the build, but the library, the search index, answers explained, the trainers’ classroom views and other languages', () => {
  const isSearch = (f: string) => f.startsWith('pagefind/');
  const isLibrary = (f: string) => f.startsWith('library/') || f.startsWith('lms/');
  const all = builtFiles().filter((f) => /\.(html|js|css|svg|png|webmanifest)$/.test(f) && f !== 'sw.js');
  const wanted = all.filter((f) => !isSearch(f) && !isLibrary(f) && !KEPT_WHEN_OPENED.test(f));
  const missing = wanted.filter((f) => !precached().has(f));
  expect(missing).toEqual([]);
  const pages = all.filter((f) => f.endsWith('.html') && !isSearch(f) && !isLibrary(f));
  expect(pages).toHaveLength(coursePages().length);
  expect(pages.filter((f) => EXPLANATIONS.test(f))).toEqual([
    'courses/cptm-2-7/explanations/index.html',
    'courses/i-know-gender/explanations/index.html',
  ]);
  expect(pages.filter((f) => OTHER_LANGUAGES.test(f))).toContain('fr/courses/cptm-2-7/definitions/index.html');
  expect(pages.filter((f) => TRAINER_VIEWS.test(f))).toContain('courses/cptm-2-7/presenter/index.html');
  expect([...precached()].filter((f) => KEPT_WHEN_OPENED.test(f))).toEqual([]);
  expect([...precached()].filter(isLibrary)).toEqual([]);
  // The index is saved when search is first used (next test), so the precache stays within budget.
  expect(builtFiles().filter(isSearch).length).toBeGreaterThan(0);
  expect([...precached()].filter(isSearch)).toEqual([]);
});

test('search works offline once it has been used: "SSIRS" online, then "PEP" offline, and the result opens', async ({
  page,
  context,
}) => {
  test.setTimeout(60_000);
  await installOffline(page);
  await page.goto(`${server.url}/search/?q=SSIRS`);
  const list = page.getByRole('list', { name: 'Search results' });
  await expect(page.getByRole('status').filter({ hasText: '“SSIRS”' })).toHaveText(/^\d+ results? for/);
  // The learner is told when search is saved, and how big it is.
  await expect(page.getByText(/^Search works offline on this device: its index \(\d+ KiB\) is saved\.$/)).toBeVisible();
  // A page left out of the precache, opened once online from a result, is kept too.
  await page.goto(`${server.url}/search/?q=IASMN`);
  await list.getByRole('listitem').filter({ hasText: 'Answers explained' }).first().getByRole('link').click();
  await expect(page.getByRole('heading', { level: 1, name: 'Answers explained' })).toBeVisible();

  await context.setOffline(true);
  // A word never searched online, from a lesson's header, as a learner would.
  await page.goto(`${server.url}/courses/cptm-2-7/definitions/`);
  await page.getByRole('banner').getByRole('searchbox', { name: 'Search' }).fill('PEP');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: '“PEP”' })).toHaveText(/^\d+ results? for/);
  const result = list.getByRole('listitem').filter({ hasText: 'Gender considerations in security management' });
  await expect(result.locator('mark').first()).toHaveText(/PEP/i);
  await result.first().getByRole('link').click();
  await expect(page).toHaveURL(/\/courses\/i-know-gender\/security-management\/#/);
  await expect(page.locator('main')).toContainText('Post-Exposure Prophylaxis');
  const explained = await page.goto(`${server.url}/courses/i-know-gender/explanations`);
  expect(explained?.status()).toBe(200);
  await expect(page.getByRole('heading', { level: 1, name: 'Answers explained' })).toBeVisible();
  await context.setOffline(false);
});

test('offline before search was ever used, the search page says so', async ({ page, context, problems }) => {
  problems.expect(/pagefind/, 'the test asks for the search index offline before it was ever saved');
  await installOffline(page);
  await context.setOffline(true);
  await page.goto(`${server.url}/search/?q=SSIRS`);
  await expect(page.getByRole('status').filter({ hasText: 'Search could not load' })).toContainText(
    'Search once while connected',
  );
  await context.setOffline(false);
});

/** Loads the site once and waits until the service worker is active, controls the page, and has precached everything. */
async function installOffline(page: Page): Promise<void> {
  await page.goto(`${server.url}/`);
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((done) => navigator.serviceWorker.addEventListener('controllerchange', done, { once: true }));
    }
  });
  // A worker only activates once its install (the precaching) succeeded; the cache holds every file.
  const cached = await page.evaluate(async () => {
    let count = 0;
    for (const name of await caches.keys()) count += (await (await caches.open(name)).keys()).length;
    return count;
  });
  expect(cached).toBe(precached().size);
}

test('a trainer view and a French page opened once online open offline', async ({ page, context }) => {
  await installOffline(page);
  for (const path of ['/courses/cptm-2-7/slides/', '/fr/courses/cptm-2-7/definitions/']) {
    expect((await page.goto(`${server.url}${path}`))?.status(), path).toBe(200);
  }
  await context.setOffline(true);
  await page.goto(`${server.url}/courses/cptm-2-7/slides/`);
  await expect(page.locator('[data-deck]')).toBeVisible();
  await page.goto(`${server.url}/fr/courses/cptm-2-7/definitions/`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Définitions');
  await context.setOffline(false);
});

test('a French learner’s first visit keeps every French page: lessons never opened work offline, Arabic is not downloaded', async ({
  page,
  context,
}) => {
  test.setTimeout(60_000);
  await page.goto(`${server.url}/fr/courses/cptm-2-7/`);
  // The learner is told, in French, once the French pages are on the device.
  const saved = page.getByRole('status').filter({ hasText: storageMessages.fr.offlineReady });
  await expect(saved).toBeVisible({ timeout: 45_000 });
  const kept = await page.evaluate(async () =>
    (await (await caches.open('gender-lens-pages')).keys()).map((request) => new URL(request.url).pathname),
  );
  expect(kept).toContain('/fr/courses/cptm-2-7/partnerships/');
  expect(kept.filter((path) => path.startsWith('/ar/'))).toEqual([]);

  await context.setOffline(true);
  for (const path of ['/fr/courses/cptm-2-7/partnerships/', '/fr/glossary/', '/fr/courses/i-know-gender/']) {
    expect((await page.goto(`${server.url}${path}`))?.status(), path).toBe(200);
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
    await expect(page.locator('main')).toBeVisible();
  }
  // Told once: another French page does not say it again.
  await expect(page.getByRole('status').filter({ hasText: storageMessages.fr.offlineReady })).toHaveCount(0);
  await context.setOffline(false);
});

test('the site is installable: a manifest with name, icons, colours and a start URL', async ({ page }) => {
  await page.goto(`${server.url}/courses/cptm-2-7/`);
  const href = await page.locator('link[rel="manifest"]').getAttribute('href');
  const manifestUrl = new URL(href!, page.url());
  const manifest = await (await page.request.get(manifestUrl.href)).json();
  expect(manifest).toMatchObject({
    name: 'Gender Lens',
    short_name: expect.any(String),
    description: expect.any(String),
    display: 'standalone',
    theme_color: expect.stringMatching(/^#/),
    background_color: expect.stringMatching(/^#/),
  });
  expect(new URL(manifest.start_url, manifestUrl).pathname).toBe('/');
  const icons = manifest.icons as { src: string; sizes: string; purpose?: string }[];
  expect(icons.map((i) => `${i.sizes}${i.purpose ? ` ${i.purpose}` : ''}`).sort()).toEqual([
    '192x192',
    '512x512',
    '512x512 maskable',
  ]);
  for (const icon of icons) {
    const response = await page.request.get(new URL(icon.src, manifestUrl).href);
    expect(response.headers()['content-type']).toBe('image/png');
    // A PNG's width and height sit at bytes 16–23 of its header.
    const png = await response.body();
    expect(`${png.readUInt32BE(16)}x${png.readUInt32BE(20)}`).toBe(icon.sizes);
  }
});

test('after one visit every page works offline, with and without a trailing slash', async ({ page, context }) => {
  test.setTimeout(60_000);
  await installOffline(page);
  // The learner is told when it is safe to lose the connection.
  const saved = page.getByRole('status').filter({ hasText: 'Gender Lens is saved on this device' });
  await expect(saved).toContainText('every course now works offline.');
  await expectNoAxeViolations(page, 'saved for offline notice');
  await saved.getByRole('button', { name: 'OK' }).click();
  await expect(saved).toBeHidden();
  await context.setOffline(true);
  const failed: string[] = [];
  page.on('requestfailed', (request) => {
    // ERR_ABORTED is a request cut short by the next navigation; offline misses fail otherwise.
    const error = request.failure()?.errorText ?? '';
    if (!error.includes('ERR_ABORTED')) failed.push(`${request.url()} ${error}`);
  });

  // A lesson never opened online, both URL shapes.
  for (const path of ['/courses/cptm-2-7/legal-framework/', '/courses/cptm-2-7/wps-agenda']) {
    const response = await page.goto(`${server.url}${path}`);
    expect(response?.status(), path).toBe(200);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.locator('article[data-section]')).toHaveAttribute('data-section', /legal-framework|wps-agenda/);
  }
  // A query (an LMS launch, a verify link) still gets the precached page.
  expect((await page.goto(`${server.url}/verify/?lms`))?.status()).toBe(200);

  // Every precached course page, each with its scripts and styles, from the cache.
  for (const path of coursePages().filter((p) => !KEPT_WHEN_OPENED.test(p.slice(1)))) {
    const response = await page.goto(`${server.url}${path}`);
    expect(response?.status(), path).toBe(200);
    await expect(page.locator('main')).toBeVisible();
  }
  expect(failed).toEqual([]);
});

test('a library page read online opens offline; the others once the library is saved', async ({
  page,
  context,
  problems,
}) => {
  test.setTimeout(90_000);
  problems.expect(
    /503 .*\/library\/dpo\/chapter-9\//,
    'the test opens an unsaved library page offline: the worker answers 503 with its message',
  );
  problems.expect(
    /ERR_INTERNET_DISCONNECTED .*favicon\.ico/,
    'that offline answer is not a site page: Chromium asks for /favicon.ico, and the test is offline',
  );
  await installOffline(page);
  const read = '/library/unsms/';
  await page.goto(`${server.url}${read}#L64`);
  await expect(page.locator('[id="L64"]')).toBeInViewport();
  await context.setOffline(true);
  // Read before: from the cache, whatever the fragment or query of the link.
  for (const url of [`${read}?from=quiz`, `${read}#L68`]) {
    expect((await page.goto(`${server.url}${url}`))?.status(), url).toBe(200);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Gender Considerations in Security Management');
  }
  // Never read: the learner is told what to do rather than shown the browser's error.
  await page.goto(`${server.url}/library/dpo/chapter-9/`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('This library page is not saved on this device');

  await context.setOffline(false);
  await page.goto(`${server.url}/library/`);
  const offline = page.locator('[data-save-library]');
  await offline.getByRole('button', { name: 'Save the library for offline use' }).click();
  const libraryPages = builtPages().filter((path) => path.startsWith('/library/'));
  await expect(offline.getByRole('status')).toHaveText(
    `Saved: all ${libraryPages.length} library pages now open without a connection.`,
  );
  await context.setOffline(true);
  for (const path of libraryPages) {
    expect((await page.goto(`${server.url}${path}`))?.status(), path).toBe(200);
    await expect(page.locator('article.library-document, h1')).not.toHaveCount(0);
  }
  await page.goto(`${server.url}/library/dpo/chapter-9/`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Chapter Nine: Civil Affairs');
});

test('the sorting activity is completed offline and its progress survives a reload and an update', async ({
  page,
  context,
}) => {
  // Sorts every card, then installs a second deployment (a copy of the whole build): on a busy
  // 2-core machine this takes longer than the default 30 s.
  test.setTimeout(60_000);
  await installOffline(page);
  await context.setOffline(true);

  await page.goto(`${server.url}${SORTING_PAGE}`);
  const activity = page.locator('[data-activity="sex-or-gender"] .sorting');
  await activity.scrollIntoViewIfNeeded();
  await expect(activity).toHaveAttribute('data-ready', 'true');
  for (let i = 0; i < TOTAL; i += 1) {
    const text = (await activity.locator('[data-card] .sort-card__text').textContent())?.trim() ?? '';
    await activity
      .locator('[data-card]')
      .getByRole('button', { name: key.get(text)!, exact: true })
      .click();
  }
  await expect(activity.locator('[data-sorted-count]')).toHaveText(`${TOTAL} of ${TOTAL} sorted`);
  await activity.getByRole('button', { name: 'Check my sorting' }).click();
  const done = activity.getByRole('heading', { name: `All ${TOTAL} statements sorted correctly` });
  await expect(done).toBeVisible();

  await page.reload();
  await page.locator('[data-activity="sex-or-gender"] .sorting').scrollIntoViewIfNeeded();
  await expect(done).toBeVisible();
  await expect.poll(() => attemptsOf(page, 'sex-or-gender')).toBe(1);

  // Still offline: two answers of the knowledge check, a reload, and it goes on at question 3.
  await page.goto(`${server.url}/courses/cptm-2-7/lesson-closing/`);
  const quiz = page.locator('[data-activity="cptm-2-7-knowledge-check"] .quiz');
  await ready(quiz);
  for (const rightly of [true, false]) {
    await answerQuestion(quiz, rightly);
    await quiz.getByRole('button', { name: 'Next question' }).click();
  }
  await page.reload();
  await ready(quiz);
  await expect(quiz.getByText(/^Question 3 of \d+$/)).toBeVisible();

  // Back online, a new version has been deployed: the learner is told and chooses when to reload.
  const next = deployNewVersion();
  try {
    server.setRoot(next);
    await context.setOffline(false);
    await page.goto(`${server.url}/`);
    const notice = page.getByRole('status').filter({ hasText: 'A new version of Gender Lens is ready' });
    await expect(notice).toBeVisible({ timeout: 15_000 });
    await expect(page.locator('meta[name="x-test-version"]')).toHaveCount(0);
    await expectNoAxeViolations(page, 'update notice');
    await notice.getByRole('button', { name: 'Reload to update' }).click();
    await expect(page.locator('meta[name="x-test-version"]')).toHaveAttribute('content', '2');
    await expect(notice).toBeHidden();

    // The update touched no progress, and the new version works offline too.
    await context.setOffline(true);
    await page.goto(`${server.url}${SORTING_PAGE}`);
    await page.locator('[data-activity="sex-or-gender"] .sorting').scrollIntoViewIfNeeded();
    await expect(done).toBeVisible();
    expect(await attemptsOf(page, 'sex-or-gender')).toBe(1);
  } finally {
    await context.setOffline(false);
    server.setRoot(DIST);
    rmSync(next, { recursive: true, force: true });
  }
});

test('no request leaves the site’s own origin', async ({ browser }) => {
  const context: BrowserContext = await browser.newContext({ serviceWorkers: 'allow' });
  const origin = new URL(server.url).origin;
  const elsewhere: string[] = [];
  // Context-wide: pages, the service worker's precaching, and anything a page opens.
  context.on('request', (request) => {
    const url = new URL(request.url());
    if (url.protocol === 'data:' || url.protocol === 'blob:') return;
    if (url.origin !== origin) elsewhere.push(`${request.method()} ${request.url()}`);
  });
  const page = await context.newPage();
  await installOffline(page);
  for (const path of [
    '/',
    '/courses/cptm-2-7/',
    '/courses/cptm-2-7/definitions/',
    SORTING_PAGE,
    '/courses/cptm-2-7/lesson-closing/',
    '/courses/cptm-2-7/slides/',
    '/courses/cptm-2-7/presenter/',
    '/courses/cptm-2-7/handout/',
    '/courses/i-know-gender/',
    '/glossary/',
    ...['/certificates/', '/verify/'].filter((p) => builtPages().includes(p)),
  ]) {
    await page.goto(`${server.url}${path}`);
    // Scroll to the end so islands that hydrate when visible load too.
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await page.waitForLoadState('networkidle');
  }
  await context.close();
  expect(elsewhere).toEqual([]);

  // And nothing in the built files points elsewhere (fonts, CDNs, analytics).
  const offenders: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (['.html', '.css'].includes(extname(name))) {
        const text = readFileSync(path, 'utf8');
        const found =
          text.match(
            /(?:src|href)=["']?(?:https?:)?\/\/[^"'\s>]+|url\(\s*["']?(?:https?:)?\/\/[^)]+\)|@import\s+["']https?:/g,
          ) ?? [];
        // Links a learner may follow (cited sources) are fine; loaded resources are not.
        offenders.push(...found.filter((m) => !m.startsWith('href=')).map((m) => `${path}: ${m}`));
        for (const m of text.matchAll(/<link\b[^>]*\bhref=["']?(?:https?:)?\/\/[^"'\s>]+[^>]*>/g))
          offenders.push(`${path}: ${m[0]}`);
      }
    }
  };
  walk(DIST);
  expect(offenders).toEqual([]);
});

/** Attempts stored for an activity, read straight from IndexedDB. */
function attemptsOf(page: Page, activityId: string): Promise<number> {
  return page.evaluate(
    (id) =>
      new Promise<number>((resolve) => {
        const open = indexedDB.open('gender-lens');
        open.onsuccess = () => {
          const all = open.result.transaction('attempts').objectStore('attempts').getAll();
          all.onsuccess = () => {
            resolve((all.result as { activityId: string }[]).filter((a) => a.activityId === id).length);
            open.result.close();
          };
        };
        open.onerror = () => resolve(-1);
      }),
    activityId,
  );
}

/**
 * A copy of the built site as the next deployment: the home page is marked as version 2 and its
 * precache revision changes, so the service worker script differs byte for byte, as it does after a
 * real rebuild with changed content.
 */
function deployNewVersion(): string {
  const dir = mkdtempSync(join(tmpdir(), 'gender-lens-v2-'));
  cpSync(DIST, dir, { recursive: true });
  const home = join(dir, 'index.html');
  writeFileSync(home, readFileSync(home, 'utf8').replace('<head>', '<head><meta name="x-test-version" content="2">'));
  const swPath = join(dir, 'sw.js');
  const sw = readFileSync(swPath, 'utf8');
  const updated = sw.replace(
    /"revision":"[0-9a-f]+","url":"index\.html"/,
    '"revision":"00000000000000000000000000000002","url":"index.html"',
  );
  expect(updated, 'the home page entry in the precache manifest').not.toBe(sw);
  writeFileSync(swPath, updated);
  return dir;
}
