import { expect, test, type FrameLocator, type Page } from './support/fixture';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, extname, join, normalize } from 'node:path';
import { unzipSync } from 'fflate';
import { CPTM_REQUIRED_SECTIONS, passKnowledgeCheck, readToEnd, sortAllCorrectly } from './support/lesson';

// Builds the real SCORM packages, unpacks each where an LMS would keep it, and runs it inside a
// stand-in LMS whose API is scorm-again.
test.describe.configure({ mode: 'serial' });
test.setTimeout(180_000);

const PACKAGES = ['cptm-2-7-scorm12', 'cptm-2-7-scorm2004', 'i-know-gender-scorm12', 'i-know-gender-scorm2004'];
let root = '';
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
};

test.beforeAll(async () => {
  const build = spawnSync('npm', ['run', 'build:scorm'], { encoding: 'utf8', timeout: 170_000 });
  expect(build.status, build.stderr).toBe(0);
  root = mkdtempSync(join(tmpdir(), 'gl-lms-'));
  for (const name of PACKAGES) {
    const files = unzipSync(readFileSync(join('dist-scorm', `${name}.zip`)));
    for (const [path, bytes] of Object.entries(files)) {
      const target = join(root, 'content', name, path);
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, bytes);
    }
  }
  // Files only, as an LMS serves a package: no folder index, no fallback.
  server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://x');
    let file: string;
    if (url.pathname === '/harness.html') file = join('tests', 'e2e', 'support', 'lms-harness.html');
    else if (url.pathname.startsWith('/scorm-again/'))
      file = join('node_modules', 'scorm-again', 'dist', url.pathname.slice('/scorm-again/'.length));
    else file = join(root, normalize(decodeURIComponent(url.pathname)).replace(/^(\.\.[/\\])+/, ''));
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
  if (root) rmSync(root, { recursive: true, force: true });
});

async function launch(page: Page, pkg: string, state?: unknown): Promise<FrameLocator> {
  if (state) await page.addInitScript((s) => Object.assign(window, { __lmsState: s }), state);
  const version = pkg.endsWith('2004') ? '2004' : '1.2';
  const course = pkg.replace(/-scorm(12|2004)$/, '');
  await page.goto(
    `${origin}/harness.html?version=${version}&launch=${encodeURIComponent(`/content/${pkg}/lms/${course}/index.html`)}`,
  );
  // The package's launch page holds the LMS session; the course runs in its own frame inside it.
  return page.frameLocator('#sco').frameLocator('iframe[data-course]');
}

const lms = (page: Page, element: string) => page.evaluate((e) => (window as any).lms.get(e) as string, element);

test('a package has no search: no index, no search form; its search page says why', () => {
  for (const name of PACKAGES) {
    const files = Object.keys(unzipSync(readFileSync(join('dist-scorm', `${name}.zip`))));
    expect(
      files.filter((f) => f.startsWith('pagefind/')),
      name,
    ).toEqual([]);
    const site = join(root, 'content', name);
    const course = readFileSync(join(site, 'courses', name.replace(/-scorm\d+$/, ''), 'index.html'), 'utf8');
    expect(course, `${name}: a search form`).not.toContain('role="search"');
    const search = readFileSync(join(site, 'search', 'index.html'), 'utf8');
    expect(search).toContain('Search is not part of this LMS package.');
  }
});

/** From the course page: opens a section from the list, reads it to its end, and goes back to the course. */
async function readInFrame(frame: FrameLocator, section: string) {
  await openSection(frame, section);
  await readToEnd(frame);
  await backToCourse(frame);
}

async function openSection(frame: FrameLocator, section: string) {
  await frame.locator(`[data-section-list] [data-section="${section}"] a`).click();
  await expect(frame.locator('article[data-section]')).toHaveAttribute('data-section', section);
}

const backToCourse = (frame: FrameLocator) =>
  frame.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link').nth(1).click();

for (const version of ['12', '2004'] as const) {
  test(`CPTM 2.7, SCORM ${version === '12' ? '1.2' : '2004'}: the LMS records completion, score and place, and a relaunch resumes`, async ({
    page,
    browser,
  }) => {
    const pkg = `cptm-2-7-scorm${version}`;
    const frame = await launch(page, pkg);
    await expect(frame.getByRole('heading', { level: 1, name: 'Women, Peace and Security' })).toBeVisible();
    // No service worker inside an LMS frame.
    expect(await page.evaluate(() => navigator.serviceWorker.getRegistrations().then((r) => r.length))).toBe(0);

    for (const section of CPTM_REQUIRED_SECTIONS) await readInFrame(frame, section);
    await openSection(frame, 'learning-activity-2-7-1');
    await sortAllCorrectly(frame.locator('.sorting'));
    await backToCourse(frame);
    await openSection(frame, 'lesson-closing');
    const quiz = frame.locator('.quiz');
    await passKnowledgeCheck(quiz);
    const percent = Number(
      (await quiz.getByRole('heading', { name: /^Passed/ }).textContent())!.match(/\((\d+) %\)/)![1],
    );

    if (version === '12') {
      await expect.poll(() => lms(page, 'cmi.core.lesson_status')).toBe('passed');
      expect(await lms(page, 'cmi.core.score.raw')).toBe(String(percent));
      expect(await lms(page, 'cmi.core.score.max')).toBe('100');
      expect(await lms(page, 'cmi.core.lesson_location')).toBe('courses/cptm-2-7/lesson-closing/index.html');
    } else {
      await expect.poll(() => lms(page, 'cmi.completion_status')).toBe('completed');
      expect(await lms(page, 'cmi.success_status')).toBe('passed');
      expect(await lms(page, 'cmi.score.raw')).toBe(String(percent));
      expect(Number(await lms(page, 'cmi.score.scaled'))).toBeCloseTo(percent / 100, 2);
      expect(await lms(page, 'cmi.location')).toBe('courses/cptm-2-7/lesson-closing/index.html');
    }
    expect(await page.evaluate(() => (window as any).lms.commits())).toBeGreaterThan(0);

    // Relaunch on another machine: a fresh browser, only what the LMS stored.
    const suspend = await lms(page, 'cmi.suspend_data');
    const location = await lms(page, version === '12' ? 'cmi.core.lesson_location' : 'cmi.location');
    const state =
      version === '12'
        ? { core: { lesson_location: location, entry: 'resume' }, suspend_data: suspend }
        : { location, suspend_data: suspend, entry: 'resume' };
    const other = await browser.newContext();
    const again = await other.newPage();
    const resumed = await launch(again, pkg, state);
    await expect(resumed.getByRole('heading', { level: 1, name: 'Lesson Closing' })).toBeVisible();
    await backToCourse(resumed);
    await expect(resumed.getByText('Completed: all 11 sections read.')).toBeVisible();
    await other.close();
  });
}

for (const pkg of ['i-know-gender-scorm12', 'i-know-gender-scorm2004']) {
  test(`${pkg}: launches, records progress as incomplete, and bookmarks the module`, async ({ page }) => {
    const frame = await launch(page, pkg);
    await expect(frame.getByRole('heading', { level: 1, name: 'I Know Gender for security personnel' })).toBeVisible();
    await openSection(frame, 'gender-concepts');
    await frame.locator('[data-section-end]').scrollIntoViewIfNeeded();
    const is12 = pkg.endsWith('12');
    await expect
      .poll(() => lms(page, is12 ? 'cmi.core.lesson_location' : 'cmi.location'))
      .toBe('courses/i-know-gender/gender-concepts/index.html');
    await expect.poll(() => lms(page, is12 ? 'cmi.core.lesson_status' : 'cmi.completion_status')).toBe('incomplete');
    await expect
      .poll(async () => JSON.parse((await lms(page, 'cmi.suspend_data')) || '{}').s)
      .toEqual(['gender-concepts']);
  });
}
