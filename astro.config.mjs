// @ts-check
import svelte from '@astrojs/svelte';
import { defineConfig } from 'astro/config';
import { afterLoadScripts } from './src/build/after-load.mjs';
import { librarySize } from './src/build/library-size.mjs';
import { SEARCH_FOLDER, searchIndex } from './src/build/search-index.mjs';
import { serviceWorker } from './src/build/service-worker.mjs';
import { LANGUAGES, TRANSLATED_LANGUAGES } from './src/i18n/languages';
import { libraryMessages } from './src/i18n/messages/library';
import { scormPackages } from './src/lms/package/scorm-packages.mjs';

// Tests build fixture content into a scratch folder so they never clobber dist/.
const outDir = process.env.GENDER_LENS_OUT ?? './dist';

/**
 * What the service worker precaches: every built page, script, style, icon and the web app manifest,
 * so the whole site works offline after one visit. Left out, and kept on the device when first used
 * instead (src/sw.ts), so the precache stays within its budget (bench/budgets.mjs): the library (the
 * source documents, about as large as the rest of the site: cached page by page when read, or all at
 * once from /library/), the search index with Pagefind's scripts, the "Answers explained" review
 * pages, the trainers' classroom views (slides, presenter, classroom activities: a trainer opens them
 * once while preparing, as the trainer's guide says), and the pages in languages other than English
 * (/fr/, /ar/: a page in another language asks the worker to keep that language's pages, the same
 * set as the English precache, see `keptWithLanguage`). Not at all: the SCORM launch pages (lms/), which only an LMS
 * opens, from a package with no worker.
 * @param {string} file a path in the built site, e.g. "courses/cptm-2-7/index.html"
 */
const precached = (file) =>
  /\.(html|js|css|svg|png|webmanifest)$/.test(file) &&
  !new RegExp(
    `^(library|${SEARCH_FOLDER}|lms|${TRANSLATED_LANGUAGES.join('|')})/|^courses/[^/]+/(explanations|slides|presenter|classroom)/`,
  ).test(file);

/**
 * The pages the worker keeps for a learner who reads another language (src/sw.ts, KEEP_LANGUAGE):
 * that language's twins of the precached English pages, so French is offline as English is, and a
 * learner downloads only the languages they use.
 * @param {string} file a path in the built site, e.g. "fr/courses/cptm-2-7/index.html"
 * @returns {string | null} the language, or null for a file no language keeps
 */
const keptWithLanguage = (file) => {
  const [, lang, rest] = file.match(new RegExp(`^(${TRANSLATED_LANGUAGES.join('|')})/(.+)$`)) ?? [];
  return lang && rest && precached(rest) ? lang : null;
};

export default defineConfig({
  site: 'https://gender-lens.example',
  // Where the site is served from. The build writes it into the site's files only at the end: the
  // SCORM packages are made from the same build with relative URLs (src/lms/package/scorm-packages.mjs).
  base: process.env.GENDER_LENS_BASE ?? '/',
  // Integrations that read or change the built site run in this order once it is built.
  integrations: [
    svelte(),
    // The SCORM packages of every course (dist-scorm/), then the site's own base in its files.
    scormPackages(),
    // States the library's size on /library/ once its pages are built (the "Save the library" button).
    librarySize({
      languages: LANGUAGES,
      describe: (lang, download, stored) =>
        libraryMessages[/** @type {import('./src/i18n/languages').Language} */ (lang)].size(download, stored),
    }),
    // The search index, written from the built pages (src/build/search-index.mjs). An LMS package
    // has no search: it runs one course inside the LMS's frame (docs/architecture.md, "Search").
    searchIndex(),
    // The service worker (src/sw.ts) with its precache list, last: it lists the files as served.
    // src/scripts/offline.ts registers it (after load, never inside an LMS frame) and offers updates
    // to the learner. See docs/architecture.md, "Offline".
    serviceWorker({ source: 'src/sw.ts', precached, keptWithLanguage }),
  ],
  outDir,
  cacheDir: process.env.GENDER_LENS_CACHE ?? './node_modules/.astro',
  trailingSlash: 'ignore',
  build: { format: 'directory' },
  // Everything the site needs ships with it: no telemetry, no fonts from elsewhere.
  devToolbar: { enabled: false },
  vite: {
    // Scripts a page fetches once it has loaded and painted: `import load from './x?after-load'`.
    plugins: [afterLoadScripts()],
  },
  // Serves dev and preview on loopback only.
  server: { host: '127.0.0.1' },
});
