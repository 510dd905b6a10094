import { expect, test, type BrowserContext, type FrameLocator, type Locator, type Page } from './support/fixture';
import { readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize, posix } from 'node:path';
import { unzipSync } from 'fflate';
import { listFiles } from '../../src/build/files.mjs';
import { quizKey, quizOptions } from './support/content';
import { LMS_PACKAGES, PACKAGES, packageOf, UNPACKED } from './support/lms-packages';
import { pageMessages } from '../../src/i18n/messages/pages';
import {
  answerQuestion,
  CPTM_REQUIRED_SECTIONS,
  IKG_MODULES,
  passKnowledgeCheck,
  readToEnd,
  ready,
  sortAllCorrectly,
} from './support/lesson';

// Runs the real SCORM packages, unpacked where an LMS would keep them (lms.setup.ts), inside a
// stand-in LMS whose API is scorm-again (tests/e2e/support/lms-harness.html). Two LMSs record each
// session side by side: one applying Moodle's default rules (SCORM 1.2 mastery score overrides
// status; SCORM 2004 success evaluated from the scaled passing score) and one that keeps what the
// course sends. Every journey checks that both keep the same record, so one relaunch serves both.
test.setTimeout(240_000);

let server: Server;
let origin = '';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
  '.xml': 'application/xml',
  '.webmanifest': 'application/manifest+json',
};

// The packages are built and unpacked by lms.setup.ts, which this project depends on.
test.beforeAll(async () => {
  // Files only, as an LMS serves a package: no folder index, no fallback.
  server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://x');
    let file: string;
    if (url.pathname === '/harness.html') file = join('tests', 'e2e', 'support', 'lms-harness.html');
    else if (url.pathname.startsWith('/scorm-again/'))
      file = join('node_modules', 'scorm-again', 'dist', url.pathname.slice('/scorm-again/'.length));
    else if (url.pathname.startsWith('/content/'))
      file = join(
        UNPACKED,
        normalize(decodeURIComponent(url.pathname.slice('/content/'.length))).replace(/^(\.\.[/\\])+/, ''),
      );
    else file = '';
    try {
      if (!statSync(file).isFile()) throw new Error('not a file');
      response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
      response.end(readFileSync(file));
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
});

test.afterAll(() => {
  server?.close();
});

interface Launched {
  /** The course's own pages, in the launch page's frame. */
  frame: FrameLocator;
  /** The window holding the launch page: the LMS's frame, or its popup. */
  launchWindow: () => Promise<import('@playwright/test').Frame>;
}

async function launch(page: Page, pkg: string, options: { state?: unknown; popup?: boolean } = {}): Promise<Launched> {
  if (options.state) await page.addInitScript((s) => Object.assign(window, { __lmsState: s }), options.state);
  const { version, launch } = packageOf(pkg);
  const query = new URLSearchParams({
    version,
    package: `/content/${pkg}/`,
    launch: `/content/${pkg}/${launch}`,
    popup: options.popup ? '1' : '0',
  });
  const popup = options.popup ? page.waitForEvent('popup') : null;
  await page.goto(`${origin}/harness.html?${query}`);
  // The stand-in LMS is ready once it has read the package's manifest and offers its API.
  await page.waitForFunction(() => 'lms' in window);
  if (popup) {
    const win = await popup;
    return { frame: win.frameLocator('iframe[data-course]'), launchWindow: async () => win.mainFrame() };
  }
  // The package's launch page holds the LMS session; the course runs in its own frame inside it.
  return {
    frame: page.frameLocator('#sco').frameLocator('iframe[data-course]'),
    launchWindow: async () => page.frame({ url: /\/lms\/[^/]+\/index\.html/ })!,
  };
}

type Rules = 'moodle' | 'plain';
const RULES: Rules[] = ['moodle', 'plain'];

/** A value as the LMS with Moodle's rules holds it, or as the plain LMS does. */
const lms = (page: Page, element: string, rules: Rules = 'moodle') =>
  page.evaluate(([e, r]) => (window as any).lms.get(e, r) as string, [element, rules] as const);

test('a package is the course without what only the website has: no search, no service worker, no offline saving', () => {
  for (const name of LMS_PACKAGES) {
    const files = Object.keys(unzipSync(readFileSync(join(PACKAGES, `${name}.zip`))));
    expect(
      files.filter((f) => /^(pagefind|search)\/|^(sw\.js|manifest\.webmanifest)$/.test(f)),
      name,
    ).toEqual([]);
    const site = join(UNPACKED, name);
    const course = readFileSync(join(site, 'courses', packageOf(name).course, 'index.html'), 'utf8');
    expect(course, `${name}: a search form`).not.toContain('role="search"');
    expect(course, `${name}: a web app manifest`).not.toContain('rel="manifest"');
    const library = readFileSync(join(site, 'library', 'index.html'), 'utf8');
    expect(library, `${name}: the library's offer to save it offline`).not.toContain('Read the library offline');
  }
  // The website keeps all of it.
  const home = readFileSync(join('dist', 'index.html'), 'utf8');
  expect(home).toContain('role="search"');
  expect(home).toContain('rel="manifest"');
});

/** The learner leaves: the LMS closes the course, which commits and finishes. */
async function exit(page: Page) {
  // The LMS accepted every value: the launch page never had to say it did not.
  await expect(page.frameLocator('#sco').locator('[data-lms-notice]')).toBeHidden();
  await page.evaluate(() => (window as any).lms.exit());
  await expect.poll(() => page.evaluate(() => (window as any).lms.finished())).toBe(true);
  // Both LMSs answered every call of the session alike.
  expect(await page.evaluate(() => (window as any).lms.divergences())).toEqual([]);
}

/**
 * Reads consecutive sections as a learner does: the first opened from the course page, each read to
 * its end, the next one through the page's "Next" link; then back to the course page once the LMS
 * holds every one of them as read.
 */
async function readInOrder(page: Page, frame: FrameLocator, sections: readonly string[]) {
  for (const [index, section] of sections.entries()) {
    if (index === 0) await openSection(frame, section);
    else {
      await frame.getByRole('navigation', { name: 'Previous and next section' }).locator('a[rel="next"]').click();
      await expect(frame.locator('article[data-section]')).toHaveAttribute('data-section', section);
    }
    await readToEnd(frame);
  }
  await expect
    .poll(async () => {
      const read = (JSON.parse((await lms(page, 'cmi.suspend_data')) || '{"s":[]}') as { s: string[] }).s;
      return sections.filter((section) => !read.includes(section));
    })
    .toEqual([]);
  await backToCourse(frame);
}

async function openSection(frame: FrameLocator, section: string) {
  await frame.locator(`[data-section-list] [data-section="${section}"] a`).click();
  await expect(frame.locator('article[data-section]')).toHaveAttribute('data-section', section);
}

const backToCourse = (frame: FrameLocator) =>
  frame.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link').nth(1).click();

/** Takes the CPTM knowledge check, answering the first `wrong` questions wrongly. */
async function takeKnowledgeCheck(quiz: Locator, wrong: number) {
  await ready(quiz);
  const key = quizKey('cptm-2-7-knowledge-check');
  const options = quizOptions('cptm-2-7-knowledge-check');
  for (let i = 0; i < key.size; i += 1) {
    const prompt = (await quiz.locator('legend').textContent())!.trim();
    const right = key.get(prompt)!;
    const choose = i < wrong ? [options.get(prompt)!.find((o) => !right.includes(o))!] : right;
    for (const text of choose) await quiz.getByLabel(text, { exact: true }).check();
    await quiz.getByRole('button', { name: 'Check answer' }).click();
    await quiz.getByRole('button', { name: i === key.size - 1 ? 'See my score' : 'Next question' }).click();
  }
}

const SESSION_TIME = {
  '1.2': /^\d{2,4}:\d\d:\d\d(\.\d{1,2})?$/,
  '2004': /^PT(\d+H)?(\d+M)?(\d+(\.\d{1,2})?S)$/,
};
const seconds = (value: string) => {
  const m = value.match(/^(\d+):(\d+):([\d.]+)$/);
  if (m) return Number(m[1]) * 3600 + Number(m[2]) * 60 + Number(m[3]);
  const d = value.match(/^PT(?:(\d+)H)?(?:(\d+)M)?(?:([\d.]+)S)?$/)!;
  return Number(d[1] ?? 0) * 3600 + Number(d[2] ?? 0) * 60 + Number(d[3] ?? 0);
};

/**
 * What the LMSs recorded once the course finished: the status each keeps, the score, the time and
 * what the next launch gets. Moodle's rules and the plain LMS must agree on all of it.
 */
async function recorded(page: Page, version: '1.2' | '2004') {
  const records = [];
  for (const rules of RULES) {
    const status =
      version === '1.2'
        ? await lms(page, 'cmi.core.lesson_status', rules)
        : `${await lms(page, 'cmi.completion_status', rules)} / ${await lms(page, 'cmi.success_status', rules)}`;
    const score = await lms(page, version === '1.2' ? 'cmi.core.score.raw' : 'cmi.score.raw', rules);
    const time = await lms(page, version === '1.2' ? 'cmi.core.session_time' : 'cmi.session_time', rules);
    expect(time).toMatch(SESSION_TIME[version]);
    const next = await page.evaluate((r) => (window as any).lms.kept(r), rules);
    const interactions = await page.evaluate((r) => (window as any).lms.interactions(r), rules);
    records.push({ status, score, time, next, interactions });
  }
  const [moodle, plain] = records;
  expect(plain, "the plain LMS keeps what Moodle's rules keep").toEqual(moodle);
  return { ...moodle!, seconds: seconds(moodle!.time) };
}

for (const [name, viewport, popup] of [
  ['embedded in the LMS page, 1366×768', { width: 1366, height: 768 }, false],
  ['in a 1366×500 new window', { width: 1366, height: 500 }, true],
  ['embedded on a 390 px phone', { width: 390, height: 844 }, false],
] as const) {
  test(`the launch page fits its window ${name}: the course frame fills it, with one scrollbar`, async ({
    browser,
  }) => {
    const context = await browser.newContext({ viewport });
    const page = await context.newPage();
    const { frame, launchWindow } = await launch(page, 'cptm-2-7-scorm12', { popup });
    await expect(frame.getByRole('heading', { level: 1, name: 'Women, Peace and Security' })).toBeVisible();
    const win = await launchWindow();
    const fit = await win.evaluate(() => {
      const iframe = document.querySelector('iframe[data-course]')!.getBoundingClientRect();
      const doc = document.scrollingElement!;
      return {
        overflowY: doc.scrollHeight - doc.clientHeight,
        overflowX: doc.scrollWidth - doc.clientWidth,
        frame: { top: iframe.top, bottom: iframe.bottom, width: iframe.width },
        window: { width: innerWidth, height: innerHeight },
      };
    });
    if (popup) expect(fit.window).toEqual(viewport);
    expect(fit.overflowY, 'the launch page itself does not scroll').toBe(0);
    expect(fit.overflowX).toBe(0);
    expect(fit.frame.top).toBe(0);
    expect(fit.frame.bottom).toBe(fit.window.height);
    expect(fit.frame.width).toBe(fit.window.width);
    // The one scrollbar: the course page scrolls inside the frame, and never sideways.
    const course = await frame.locator('html').evaluate(() => {
      const doc = document.scrollingElement!;
      return { scrolls: doc.scrollHeight > doc.clientHeight, sideways: doc.scrollWidth - doc.clientWidth };
    });
    expect(course).toEqual({ scrolls: true, sideways: 0 });
    await context.close();
  });
}

// In SCORM 1.2, the version whose mastery-score override Moodle applies to the status the course
// sends. The same journey in SCORM 2004, under both rule sets, runs in Node through the reporting
// rule (tests/unit/lms/reporting.test.ts); the 2004 package runs in the browser in the I Know
// Gender run below.
test(`CPTM 2.7, SCORM 1.2, under Moodle's rules and a plain LMS's: fail → exit → relaunch → retake → pass stays incomplete; the finished course is passed`, async ({
  page,
  browser,
}) => {
  const pkg = 'cptm-2-7-scorm12';
  const version = '1.2';

  // 1. Read part of the lesson, fail the knowledge check, leave.
  let { frame } = await launch(page, pkg);
  await expect(frame.getByRole('heading', { level: 1, name: 'Women, Peace and Security' })).toBeVisible();
  await readInOrder(page, frame, CPTM_REQUIRED_SECTIONS.slice(0, 4));
  await openSection(frame, 'lesson-closing');
  await takeKnowledgeCheck(frame.locator('.quiz'), 3);
  await expect(frame.locator('.quiz').getByRole('heading', { name: /^Not passed yet/ })).toBeVisible();
  await expect.poll(() => page.evaluate(() => (window as any).lms.interactions().length)).toBe(12);
  await exit(page);
  const first = await recorded(page, version);
  expect(first.status).toBe('incomplete');
  expect(first.score).toBe('');
  expect(first.seconds).toBeGreaterThan(0);
  expect(first.interactions.filter((i: any) => i.result === 'correct')).toHaveLength(9);
  expect(first.interactions[0].id).toMatch(/^cptm-2-7-knowledge-check\./);

  // 2. Relaunch: not in review mode; retake and pass the check, leave with 7 sections unread.
  const again = await page.context().newPage();
  ({ frame } = await launch(again, pkg, { state: first.next }));
  expect(await again.evaluate(() => (window as any).lms.mode)).toBe('normal');
  await expect(frame.getByRole('heading', { level: 1, name: 'Lesson Closing' })).toBeVisible();
  const quiz = frame.locator('.quiz');
  await ready(quiz);
  const retry = quiz.getByRole('button', { name: 'Try again' });
  if (await retry.isVisible()) await retry.click();
  await passKnowledgeCheck(quiz);
  await expect.poll(() => again.evaluate(() => (window as any).lms.interactions().length)).toBe(12);
  await exit(again);
  const second = await recorded(again, version);
  expect(second.status, 'a passed check with the course unfinished is not a pass').toBe('incomplete');
  expect(second.score).toBe('');

  // 3. Relaunch on another computer: finish the course.
  const other: BrowserContext = await browser.newContext();
  const third = await other.newPage();
  ({ frame } = await launch(third, pkg, { state: second.next }));
  expect(await third.evaluate(() => (window as any).lms.mode)).toBe('normal');
  await expect(frame.getByRole('heading', { level: 1, name: 'Lesson Closing' })).toBeVisible();
  await backToCourse(frame);
  await openSection(frame, 'learning-activity-2-7-1');
  await sortAllCorrectly(frame.locator('.sorting'));
  await backToCourse(frame);
  await readInOrder(third, frame, CPTM_REQUIRED_SECTIONS.slice(4));
  await expect(frame.getByText('Completed: all 11 sections read.')).toBeVisible();
  await exit(third);
  const done = await recorded(third, version);
  expect(done.status).toBe('passed');
  expect(done.score).toBe('100');
  // No interaction is sent twice: this session answered nothing.
  expect(done.interactions).toHaveLength(0);
  await other.close();
  await again.close();
});

/** One attempt at the IKG final assessment, answering the first `wrong` questions wrongly. */
async function takeAssessment(quiz: Locator, wrong: number) {
  await ready(quiz);
  const key = quizKey('ikg-final-assessment');
  const options = quizOptions('ikg-final-assessment');
  for (let i = 0; i < 20; i += 1) {
    await expect(quiz.getByText(`Question ${i + 1} of 20`)).toBeVisible();
    const prompt = (await quiz.locator('legend').textContent())!.trim();
    const right = key.get(prompt)!;
    const choose = i < wrong ? [options.get(prompt)!.find((o) => !right.includes(o))!] : right;
    for (const text of choose) await quiz.getByLabel(text, { exact: true }).check();
    await quiz.getByRole('button', { name: i === 19 ? 'Finish and see my score' : 'Next question' }).click();
  }
}

for (const version of ['1.2', '2004'] as const) {
  test(`I Know Gender, SCORM ${version}, under Moodle's rules and a plain LMS's: a full run leaves passed, its time, and interactions within the limits`, async ({
    page,
  }) => {
    const pkg = `i-know-gender-scorm${version === '1.2' ? '12' : '2004'}`;
    const { frame } = await launch(page, pkg);
    await expect(frame.getByRole('heading', { level: 1, name: 'I Know Gender for security personnel' })).toBeVisible();
    await readInOrder(page, frame, IKG_MODULES);
    await frame
      .getByRole('link', { name: /assessment/i })
      .first()
      .click();
    const quiz = frame.locator('.quiz');
    await takeAssessment(quiz, 6);
    await expect(quiz.getByRole('heading', { name: /^Not passed yet/ })).toBeVisible();
    await quiz.getByRole('button', { name: 'Try again' }).click();
    await takeAssessment(quiz, 0);
    await expect(quiz.getByRole('heading', { name: /^Passed/ })).toBeVisible();
    await expect.poll(() => page.evaluate(() => (window as any).lms.interactions().length)).toBe(40);
    await exit(page);

    const done = await recorded(page, version);
    expect(done.status).toBe(version === '1.2' ? 'passed' : 'completed / passed');
    expect(done.score).toBe('100');
    const interactions: { [element: string]: string }[] = done.interactions;
    for (const i of interactions) {
      expect(i.id!).toMatch(/^ikg-final-assessment\.[a-z0-9-]+$/);
      expect(i.id!.length).toBeLessThanOrEqual(255);
      expect(['choice', 'true-false']).toContain(i.type);
      expect(i.result).toMatch(version === '1.2' ? /^(correct|wrong)$/ : /^(correct|incorrect)$/);
      // How long the learner took over the question, in the version's time format.
      expect(i.latency).toMatch(SESSION_TIME[version]);
      if (version === '1.2') expect(i.time).toMatch(/^\d\d:\d\d:\d\d$/);
      else {
        expect(i.timestamp).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.0Z$/);
        expect(i.description!.length).toBeGreaterThan(0);
        expect(i.description!.length).toBeLessThanOrEqual(250);
      }
    }
    expect(interactions.filter((i) => i.result !== 'correct')).toHaveLength(6);
    const suspend = await lms(page, 'cmi.suspend_data');
    expect(suspend.length).toBeLessThanOrEqual(version === '1.2' ? 4096 : 64000);
    const objectives = Number(await lms(page, 'cmi.objectives._count'));
    expect(objectives).toBe(11);
    console.log(
      `I Know Gender, SCORM ${version}, full run (5 modules, final assessment failed then passed): session time ${await lms(page, version === '1.2' ? 'cmi.core.session_time' : 'cmi.session_time')}, ${interactions.length} interactions, ${objectives} objectives, suspend_data ${suspend.length} characters`,
    );
  });
}

test('inside the LMS a knowledge check keeps its answers: after a reload it goes on at question 3', async ({
  page,
}) => {
  const { frame } = await launch(page, 'cptm-2-7-scorm12');
  await openSection(frame, 'lesson-closing');
  const quiz = frame.locator('[data-activity="cptm-2-7-knowledge-check"] .quiz');
  await ready(quiz);
  for (const rightly of [true, false]) {
    await answerQuestion(quiz, rightly);
    await quiz.getByRole('button', { name: 'Next question' }).click();
  }
  // The course page in the LMS's frame is reloaded, as a learner's refresh of it would.
  await frame.locator('body').evaluate(() => location.reload());
  await ready(quiz);
  await expect(quiz.getByText(/^Question 3 of \d+$/)).toBeVisible();
});

test('an unzipped package: every page, with ?lms, requests nothing that is not in the package', async ({ page }) => {
  const site = join(UNPACKED, 'cptm-2-7-scorm12');
  const files = listFiles(site);
  // Every package holds the same site; only their manifests differ.
  for (const name of LMS_PACKAGES.slice(1)) {
    expect(listFiles(join(UNPACKED, name)), name).toEqual(files);
  }
  // Every module a chunk imports or preloads, statically or lazily, is a file next to it.
  for (const chunk of files.filter((f) => f.endsWith('.js'))) {
    const text = readFileSync(join(site, chunk), 'utf8');
    for (const [, spec] of text.matchAll(/["'](\.{1,2}\/[\w./-]+\.(?:js|css))["']/g)) {
      expect(files, `${chunk} refers to ${spec}`).toContain(posix.normalize(posix.join(posix.dirname(chunk), spec!)));
    }
  }
  const failures: string[] = [];
  const context = page.context();
  context.on('response', (r) => {
    if (r.status() >= 400) failures.push(`${r.status()} ${r.url()}`);
  });
  // A request cut short by the next navigation is not a missing file; every other failure counts.
  context.on('requestfailed', (r) => {
    if (r.failure()?.errorText !== 'net::ERR_ABORTED') failures.push(`failed ${r.url()} (${r.failure()?.errorText})`);
  });
  const pages = files.filter((f) => f.endsWith('.html'));
  expect(pages.length).toBeGreaterThan(30);
  // Four tabs share the pages: most of each visit is waiting for the network to go quiet.
  const tabs = [page, ...(await Promise.all([1, 2, 3].map(() => context.newPage())))];
  await Promise.all(
    tabs.map(async (tab, t) => {
      for (const file of pages.filter((_, i) => i % tabs.length === t)) {
        await tab.goto(`${origin}/content/cptm-2-7-scorm12/${file}?lms`);
        // Islands hydrate as they scroll into view, and storage loads on first use: show each of them.
        // (astro-island is display: contents, so it is its first child that comes into view.)
        await tab.evaluate(async () => {
          for (const island of document.querySelectorAll('astro-island')) {
            (island.firstElementChild ?? island).scrollIntoView();
            await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
          }
        });
        await expect(tab.locator('astro-island[ssr]')).toHaveCount(0);
        await tab.waitForLoadState('networkidle');
        expect(failures, `loading ${file}`).toEqual([]);
      }
    }),
  );
});

test('the French package launches the lesson in French, keeps the place in French, and reports to the LMS', async ({
  page,
}) => {
  const fr = pageMessages.fr;
  const { frame, launchWindow } = await launch(page, 'cptm-2-7-fr-scorm2004');
  await expect(frame.locator('html')).toHaveAttribute('lang', 'fr');
  await expect(frame.getByRole('heading', { level: 1, name: 'Femmes, paix et sécurité' })).toBeVisible();
  const win = await launchWindow();
  expect(await win.evaluate(() => document.documentElement.lang)).toBe('fr');
  expect(await win.locator('iframe[data-course]').getAttribute('title')).toBe(
    fr.lmsFrameTitle('Femmes, paix et sécurité'),
  );
  // The LMS lists it under its French title.
  const manifest = readFileSync(join(UNPACKED, 'cptm-2-7-fr-scorm2004', 'imsmanifest.xml'), 'utf8');
  expect(manifest).toContain('<title>Femmes, paix et sécurité (UN CPTM 2025)</title>');

  await openSection(frame, 'introduction');
  await readToEnd(frame);
  await frame.getByRole('navigation', { name: fr.pager }).locator('a[rel="next"]').click();
  await expect(frame.locator('article[data-section]')).toHaveAttribute('data-section', 'lesson-map');
  await expect.poll(() => lms(page, 'cmi.location')).toBe('fr/courses/cptm-2-7/lesson-map/index.html');
  await expect
    .poll(async () => (JSON.parse((await lms(page, 'cmi.suspend_data')) || '{"s":[]}') as { s: string[] }).s)
    .toContain('introduction');
  expect(await lms(page, 'cmi.completion_status')).toBe('incomplete');
  await exit(page);

  // Next launch: the LMS's bookmark brings the learner back to the French page they left.
  const kept = await page.evaluate(() => (window as any).lms.kept('moodle'));
  const again = await launch(await page.context().newPage(), 'cptm-2-7-fr-scorm2004', { state: kept });
  await expect(again.frame.locator('article[data-section]')).toHaveAttribute('data-section', 'lesson-map');
  await expect(again.frame.locator('html')).toHaveAttribute('lang', 'fr');
});
