// `npm run bench`: builds the site, serves the build gzipped on 127.0.0.1, and measures one page of each
// kind against the budgets in bench/budgets.mjs. Writes bench/results.json and bench/results.md.
//
//   npm run bench                       everything (about 10 minutes on 2 cores)
//   npm run bench -- --skip-build       measure the dist/ already built (or --dist <folder>)
//   npm run bench -- --runs 1           one run per timed figure instead of the median of 3
//   npm run bench -- --pages lesson,deck
//   npm run bench -- --no-lighthouse
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';
import { findChromium } from '../tests/e2e/support/browser.mjs';
import { serveStatic } from '../tests/e2e/support/static-server.mjs';
import { PAGES, SITE_BUDGET } from './budgets.mjs';
import { firstVisit } from './network.mjs';
import { responseTime, THROTTLING } from './responsiveness.mjs';
import { formatMarkdown } from './report.mjs';
import { measureLibrary } from '../src/build/library-size.mjs';
import { pageWeight, precacheOf, searchIndexOf, totals } from './static-weight.mjs';

const ROOT = process.cwd();
// The bench builds into a folder of its own, from a cold cache, so it measures a full build and
// never races another build of dist/ (an e2e run, a colleague's `npm start`).
const WORK = join(ROOT, 'node_modules', '.cache', 'gender-lens-bench');

const { values: args } = parseArgs({
  options: {
    'skip-build': { type: 'boolean', default: false },
    dist: { type: 'string' },
    'no-lighthouse': { type: 'boolean', default: false },
    runs: { type: 'string', default: '3' },
    pages: { type: 'string' },
  },
});
const RUNS = Math.max(1, Number(args.runs) || 3);
const wanted = args.pages ? new Set(args.pages.split(',')) : undefined;

const median = (values) => {
  const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  if (sorted.length === 0) return null;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const log = (...parts) => console.error('[bench]', ...parts);

// Lighthouse is the bench's own dependency (bench/package.json), kept out of the project's install:
// it is a third of node_modules and no test uses it. Installed here on the bench's first run.
async function loadLighthouse() {
  if (!existsSync(join(ROOT, 'bench', 'node_modules', 'lighthouse'))) {
    log('installing the bench’s own dependencies (Lighthouse) into bench/node_modules');
    const install = spawnSync('npm', ['ci', '--prefix', 'bench', '--no-audit', '--no-fund'], { stdio: 'inherit' });
    if (install.status !== 0) throw new Error('npm ci --prefix bench failed');
  }
  return (await import('./lighthouse.mjs')).lighthouseRuns;
}
const lighthouseRuns = args['no-lighthouse'] ? null : await loadLighthouse();

function build(outDir) {
  rmSync(WORK, { recursive: true, force: true });
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn('npx', ['astro', 'build'], {
      stdio: ['ignore', 'ignore', 'inherit'],
      env: {
        ...process.env,
        ASTRO_TELEMETRY_DISABLED: '1',
        GENDER_LENS_OUT: outDir,
        GENDER_LENS_CACHE: join(WORK, 'astro-cache'),
      },
    });
    child.on('error', reject);
    child.on('exit', (code) =>
      code === 0 ? resolve(performance.now() - started) : reject(new Error(`astro build exited with ${code}`)),
    );
  });
}

function weightOf(requests) {
  const files = requests.filter((r) => r.status >= 200 && r.status < 400);
  const sum = totals(files);
  const atLoad = totals(files.filter((r) => r.phase === 'load'));
  return { ...sum, atLoad: { requests: atLoad.requests, gzip: atLoad.gzip, raw: atLoad.raw } };
}

async function main() {
  const found = findChromium();
  if ('error' in found) throw new Error(found.error);
  const chromePath = found.path ?? chromium.executablePath();

  let buildMs = null;
  let DIST = join(WORK, 'dist');
  if (!args['skip-build']) {
    log(`building the site into ${DIST}…`);
    buildMs = await build(DIST);
    log(`built in ${(buildMs / 1000).toFixed(1)} s`);
  } else {
    DIST = args.dist ? join(ROOT, args.dist) : join(ROOT, 'dist');
    if (!existsSync(DIST)) throw new Error(`${DIST} does not exist: run without --skip-build`);
  }
  const precache = precacheOf(DIST) ?? null;
  // The library is outside the precache (cached when read, or saved from /library/): reported apart.
  const library = existsSync(join(DIST, 'library')) ? measureLibrary(DIST) : null;
  const searchIndex = searchIndexOf(DIST) ?? null;

  const server = await serveStatic({ root: DIST });
  const browser = await chromium.launch({
    executablePath: found.path,
    args: ['--no-sandbox', '--disable-dev-shm-usage', '--disable-background-networking', '--no-first-run'],
  });
  const pages = [];
  try {
    for (const page of PAGES) {
      if (wanted && !wanted.has(page.id)) continue;
      const file = join(DIST, page.path, 'index.html');
      if (!existsSync(file)) {
        log(`${page.path}: not built yet`);
        pages.push({ ...page, built: false });
        continue;
      }
      log(`${page.label} (${page.path})`);
      const url = `${server.url}${page.path}`;
      const visit = await firstVisit(browser, server.url, page.path);
      const weight = weightOf(visit.requests);
      const staticWeight = pageWeight(DIST, page.path);
      const declared = totals(staticWeight.files.filter((f) => f.how === 'static'));

      let lighthouse = null;
      if (lighthouseRuns) {
        const runs = await lighthouseRuns(chromePath, url, RUNS);
        lighthouse = {
          runs,
          score: median(runs.map((r) => r.score)),
          lcpMs: median(runs.map((r) => r.lcpMs)),
          tbtMs: median(runs.map((r) => r.tbtMs)),
          cls: median(runs.map((r) => r.cls)),
          fcpMs: median(runs.map((r) => r.fcpMs)),
          benchmarkIndex: median(runs.map((r) => r.benchmarkIndex)),
        };
      }
      const responses = [];
      for (let i = 0; i < RUNS; i += 1) {
        try {
          responses.push(await responseTime(browser, `${url}${page.query ?? ''}`, page.action));
        } catch (error) {
          log(`  response run ${i + 1} failed: ${error instanceof Error ? error.message.split('\n')[0] : error}`);
        }
      }
      pages.push({
        ...page,
        built: true,
        weight,
        requests: visit.requests,
        offOrigin: visit.offOrigin,
        staticWeight: { requests: declared.requests, gzip: declared.gzip, raw: declared.raw },
        lighthouse,
        response: { runs: responses, medianMs: median(responses) },
      });
    }
  } finally {
    await browser.close();
    await server.close();
  }

  const results = {
    date: new Date().toISOString(),
    machine: { node: process.version, chromium: chromePath, cpus: (await import('node:os')).cpus().length },
    throttling: THROTTLING,
    runs: RUNS,
    budgets: { pages: Object.fromEntries(PAGES.map((p) => [p.id, p.budget ?? {}])), site: SITE_BUDGET },
    build: { ms: buildMs },
    precache,
    library,
    searchIndex,
    pages,
  };
  writeFileSync(join(ROOT, 'bench', 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
  const markdown = formatMarkdown(results);
  writeFileSync(join(ROOT, 'bench', 'results.md'), markdown);
  console.log(markdown);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
