import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { LIBRARIES, PAGES, SITE_BUDGET } from '../../bench/budgets.mjs';
import { librariesIn, pageWeight, precacheOf, totals } from '../../bench/static-weight.mjs';
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
    test.skip(!built.has(page.path), `${page.path} is not built yet`);
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

test('every script is a deferred module: no script download holds up a lesson’s first paint', () => {
  const text = readFileSync(join(DIST, 'courses/cptm-2-7/definitions/index.html'), 'utf8');
  const scripts = [...text.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
  expect(scripts.length).toBeGreaterThan(0);
  for (const [tag, attributes, body] of scripts) {
    if (/type="module"/.test(attributes!)) continue;
    // The one classic script is inline and tiny: it sets the trainer-notes flag before first paint.
    expect(attributes, `${tag.slice(0, 80)}: a classic script with src blocks parsing`).not.toMatch(/\bsrc=/);
    expect(body!.length, 'inline classic script').toBeLessThan(512);
  }
});

test('the whole-site precache stays within its budget', () => {
  const precache = precacheOf(DIST);
  expect(precache, 'dist/sw.js with its precache manifest').toBeDefined();
  test.info().annotations.push({
    type: 'precache',
    description: `${precache!.entries} files, ${kib(precache!.raw)} raw, ${kib(precache!.gzip)} gzip`,
  });
  expect(precache!.raw).toBeLessThanOrEqual(SITE_BUDGET.precacheBytes);
});
