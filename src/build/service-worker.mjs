// @ts-check
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { listFiles } from './files.mjs';

/** The name src/sw.ts gives the list it precaches; the build puts the list in its place. */
const MANIFEST_PLACEHOLDER = 'self.__WB_MANIFEST';
/** The name src/sw.ts gives each language's pages, kept when a learner reads that language. */
const LANGUAGES_PLACEHOLDER = 'self.__GL_LANGUAGE_PAGES';

/**
 * The precache manifest of a built site: each file the worker keeps, with a revision that changes
 * when its bytes do, so an update downloads only what changed. Workbox's entry shape.
 * @param {string} siteDir
 * @param {(file: string) => boolean} precached
 * @returns {{ revision: string, url: string }[]}
 */
export function precacheManifest(siteDir, precached) {
  return listFiles(siteDir)
    .filter(precached)
    .map((url) => ({
      revision: createHash('md5')
        .update(readFileSync(join(siteDir, url)))
        .digest('hex'),
      url,
    }));
}

/**
 * Astro integration: once the site is built (and after every integration listed before it has
 * changed its files), bundles the service worker with Workbox's runtime into `sw.js` at the site's
 * root and writes into it the list of files to precache.
 *
 * Why not @vite-pwa/astro, which did this before: it reaches this list through workbox-build, whose
 * Babel and Rollup toolchains (for service workers it generates, which this site does not use) were
 * about 300 of the 730 packages `npm ci` installed. The worker itself still runs on Workbox.
 * @param {{ source: string, precached: (file: string) => boolean, keptWithLanguage: (file: string) => string | null }} options
 *   `source`: the worker's entry module; `precached`: which built files (paths relative to the site)
 *   the worker keeps at its install; `keptWithLanguage`: which it keeps once a learner reads a language.
 * @returns {import('astro').AstroIntegration}
 */
export function serviceWorker({ source, precached, keptWithLanguage }) {
  return {
    name: 'gender-lens:service-worker',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const siteDir = fileURLToPath(dir);
        const entries = precacheManifest(siteDir, (file) => file !== 'sw.js' && precached(file));
        /** @type {Record<string, { revision: string, url: string }[]>} */
        const languages = {};
        for (const entry of precacheManifest(siteDir, (file) => keptWithLanguage(file) !== null)) {
          (languages[/** @type {string} */ (keptWithLanguage(entry.url))] ??= []).push(entry);
        }
        await build({
          configFile: false,
          publicDir: false,
          logLevel: 'warn',
          mode: 'production',
          // Workbox logs every request in development builds; production drops that code.
          define: { 'process.env.NODE_ENV': JSON.stringify('production') },
          build: {
            outDir: siteDir,
            emptyOutDir: false,
            copyPublicDir: false,
            // One file with no imports: a classic worker script, which every browser that has
            // service workers runs.
            rollupOptions: {
              input: source,
              output: { format: 'es', entryFileNames: 'sw.js', inlineDynamicImports: true },
            },
          },
        });
        const workerPath = join(siteDir, 'sw.js');
        let worker = readFileSync(workerPath, 'utf8');
        for (const [placeholder, list] of /** @type {const} */ ([
          [MANIFEST_PLACEHOLDER, entries],
          [LANGUAGES_PLACEHOLDER, languages],
        ])) {
          const at = worker.indexOf(placeholder);
          if (at < 0 || worker.indexOf(placeholder, at + 1) >= 0) {
            throw new Error(`${source} must use ${placeholder} exactly once: it is where its list goes`);
          }
          worker = worker.replace(placeholder, () => JSON.stringify(list));
        }
        writeFileSync(workerPath, worker);
        /** @param {{ url: string }[]} list */
        const kib = (list) =>
          (list.reduce((sum, { url }) => sum + readFileSync(join(siteDir, url)).length, 0) / 1024).toFixed(0);
        logger.info(`sw.js precaches ${entries.length} files, ${kib(entries)} KiB`);
        for (const [lang, list] of Object.entries(languages)) {
          logger.info(`sw.js keeps ${list.length} pages, ${kib(list)} KiB, for a learner reading ${lang}`);
        }
      },
    },
  };
}
