// @ts-check
import svelte from '@astrojs/svelte';
import AstroPWA from '@vite-pwa/astro';
import { resolve } from 'node:path';
import { defineConfig } from 'astro/config';
import { afterLoadScripts } from './src/build/after-load.mjs';
import { librarySize } from './src/build/library-size.mjs';
import { SEARCH_FOLDER, searchIndex } from './src/build/search-index.mjs';

// `npm run build:scorm` builds the site for an LMS package: a placeholder base that the packager turns
// into relative URLs, and no service worker (an LMS serves and tracks the course itself).
const forLms = process.env.GENDER_LENS_LMS === '1';

// Tests build fixture content into a scratch folder so they never clobber dist/.
const outDir = process.env.GENDER_LENS_OUT ?? './dist';

export default defineConfig({
  site: 'https://gender-lens.example',
  base: process.env.GENDER_LENS_BASE ?? '/',
  integrations: [
    svelte(),
    // States the library's size on /library/ once its pages are built (the "Save the library" button).
    librarySize(),
    // The service worker (src/sw.ts) and the web app manifest. See docs/architecture.md, "Offline".
    !forLms &&
      AstroPWA({
        strategies: 'injectManifest',
        srcDir: 'src',
        filename: 'sw.ts',
        // Astro hands Vite another folder when outDir lies outside the project: name it, so the worker
        // and its precache list always come from the site's own output.
        outDir: resolve(outDir),
        // src/scripts/offline.ts registers the worker (after load, never inside an LMS frame) and
        // offers updates to the learner: the integration injects nothing.
        registerType: 'prompt',
        injectRegister: false,
        manifest: {
          name: 'Gender Lens',
          short_name: 'Gender Lens',
          description: 'Gender training for UN peacekeepers, trainers and security personnel. Works offline.',
          lang: 'en',
          // Relative to the manifest, so the site works under any base path.
          start_url: './',
          scope: './',
          display: 'standalone',
          theme_color: '#0b5cad',
          background_color: '#ffffff',
          icons: [
            { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png' },
            { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png' },
            { src: 'icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
          ],
        },
        injectManifest: {
          // Every built page, script, style and icon: the whole site works offline after one visit
          // (vite-plugin-pwa adds the manifest.webmanifest itself).
          globPatterns: ['**/*.{html,js,css,svg,png}'],
          // Left out, and kept on the device when first used instead (src/sw.ts), so the precache stays
          // within its budget (bench/budgets.mjs): the library (the source documents, about as large as
          // the rest of the site: cached page by page when read, or all at once from /library/), the
          // search index with Pagefind's scripts, and the "Answers explained" review pages. Not at all:
          // the SCORM launch pages (lms/), which only an LMS opens, from a package with no worker.
          globIgnores: ['library/**', `${SEARCH_FOLDER}/**`, 'courses/*/explanations/**', 'lms/**'],
          // Keep pages as ".../index.html": src/sw.ts finds them from both "/x/" and "/x".
          manifestTransforms: [],
        },
      }),
    // The search index, written from the built pages (src/build/search-index.mjs). An LMS package
    // has no search: it runs one course inside the LMS's frame (docs/architecture.md, "Search").
    !forLms && searchIndex(),
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
    // In a package, a chunk's lazy imports preload their dependencies relative to the chunk itself
    // (new URL(dep, import.meta.url)). The placeholder base would make them relative to the page,
    // which fails from every page not at the package root.
    ...(forLms && {
      experimental: {
        renderBuiltUrl: (
          /** @type {string} */ _file,
          /** @type {{ hostType: string; ssr: boolean }} */ { hostType, ssr },
        ) => (hostType === 'js' && !ssr ? { relative: true } : undefined),
      },
    }),
  },
  // Serves dev and preview on loopback only.
  server: { host: '127.0.0.1' },
});
