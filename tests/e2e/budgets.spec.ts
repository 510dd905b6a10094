import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './support/fixture';
import { LIBRARIES, PAGES, SITE_BUDGET } from '../../bench/budgets.mjs';
import { librariesIn, pageWeight, precacheOf, staticImports, totals } from '../../bench/static-weight.mjs';
import { builtPages } from './support/site';

// Byte budgets are deterministic, so they are asserted here on the build the e2e run made (dist/).
// Each page counts its HTML and every script, style and icon it references, followed through the
// JS chunks' import statements. Dynamic import() chunks (Dexie) load only when code asks for them:
// `npm run bench` measures what a real first visit loads, times included; tests assert no times.

const DIST = join(process.cwd(), 'dist');
const KiB = 1024;
const built = new Set(builtPages(DIST));
const kib = (bytes: number) => `${(bytes / KiB).toFixed(1)} KiB`;

for (const page of PAGES) {
  test(`${page.label} (${page.path}) ships within its budget and only the libraries it uses`, () => {
    expect(built.has(page.path), `${page.path} is budgeted but the build has no such page`).toBe(true);
    const weight = pageWeight(DIST, page.path);
    expect(weight.missing, 'files the page references but the build lacks').toEqual([]);
    const initial = weight.files.filter((f) => f.how === 'static');
    const sum = totals(initial);
    test.info().annotations.push({
      type: 'weight',
      description: `${sum.requests} files, ${kib(sum.gzip)} gzip (html ${kib(sum.byKind.html.gzip)}, js ${kib(sum.byKind.js.gzip)}, css ${kib(sum.byKind.css.gzip)})`,
    });
    if (page.budget?.bytes) {
      expect(
        sum.gzip,
        `${page.path} loads ${kib(sum.gzip)} gzip; budget ${kib(page.budget.bytes)}`,
      ).toBeLessThanOrEqual(page.budget.bytes);
    }
    // Dexie is never part of a page's initial scripts: it loads when storage is first touched.
    const libraries = librariesIn(DIST, initial, LIBRARIES);
    expect(libraries, 'Dexie in the initial scripts').not.toContain('dexie');
    // Reading pages ship neither the state machines nor the island runtime.
    if (['catalogue', 'lesson'].includes(page.id)) expect(libraries).toEqual([]);
  });
}

test('a lesson paints before any script is requested: its scripts are inline and fetch modules after load', async ({
  page,
}) => {
  const path = '/courses/cptm-2-7/definitions/';
  const text = readFileSync(join(DIST, 'courses/cptm-2-7/definitions/index.html'), 'utf8');
  const scripts = [...text.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
  expect(scripts.length).toBeGreaterThan(0);
  for (const [tag, attributes, body] of scripts) {
    // A script file named in the HTML is requested with the page, at high priority, on the same slow
    // link as the stylesheet the text waits for.
    expect(attributes, `${tag.slice(0, 80)}: a script file requested with the page`).not.toMatch(/\bsrc=/);
    if (/type="module"/.test(attributes!)) {
      expect(staticImports(body!), `${tag.slice(0, 80)}: imports a module before first paint`).toEqual([]);
    } else {
      // The one classic script sets the trainer-notes flag before first paint: it must stay tiny.
      expect(body!.length, 'inline classic script').toBeLessThan(512);
    }
  }

  // What they fetch after load still counts against the page's budget: every visit downloads it.
  const counted = pageWeight(DIST, path)
    .files.filter((f) => f.how === 'static')
    .map((f) => f.path);
  expect(counted.join(' ')).toMatch(/section-progress\.[\w-]+\.js/);

  // In the browser: the progress and update scripts arrive, but only after the load event.
  await page.goto(path);
  await page.waitForFunction(() =>
    ['section-progress', 'offline'].every((script) =>
      performance.getEntriesByType('resource').some((r) => r.name.includes(`/${script}.`)),
    ),
  );
  const timing = await page.evaluate(() => {
    const [navigation] = performance.getEntriesByType('navigation') as PerformanceNavigationTiming[];
    const scripts = performance
      .getEntriesByType('resource')
      .filter((r) => r.name.endsWith('.js'))
      .map((r) => ({ name: new URL(r.name).pathname, start: r.startTime }));
    return { loadEnd: navigation!.loadEventEnd, scripts };
  });
  expect(timing.scripts.map((s) => s.name).join(' ')).toMatch(/offline.*section-progress|section-progress.*offline/);
  for (const script of timing.scripts) {
    expect(script.start, `${script.name} requested before the page had loaded`).toBeGreaterThanOrEqual(timing.loadEnd);
  }
});

test('the whole-site precache, and the pages kept for each other language, stay within their budget', () => {
  const precache = precacheOf(DIST);
  expect(precache, 'dist/sw.js with its precache manifest').toBeDefined();
  test.info().annotations.push({
    type: 'precache',
    description: `${precache!.entries} files, ${kib(precache!.raw)} raw, ${kib(precache!.gzip)} gzip`,
  });
  expect(precache!.raw).toBeLessThanOrEqual(SITE_BUDGET.precacheBytes);
  // A learner reading French or Arabic also gets that language's pages: within the same budget each.
  expect(Object.keys(precache!.languages).sort()).toEqual(['ar', 'fr']);
  for (const [lang, kept] of Object.entries(precache!.languages)) {
    test
      .info()
      .annotations.push({ type: `kept for ${lang}`, description: `${kept.entries} pages, ${kib(kept.raw)} raw` });
    expect(kept.raw, lang).toBeLessThanOrEqual(SITE_BUDGET.precacheBytes);
  }
});
