/// <reference lib="webworker" />
/**
 * The service worker: precaches every built page, script, style and icon at its first install, so
 * the whole site (both courses, activities, slides, certificates, verify) works with no network,
 * pages never opened online included. Built by src/build/service-worker.mjs, which replaces
 * `self.__WB_MANIFEST` with the list of files in dist/ and their revisions.
 *
 * The library is the exception, in every language: cached page by page when read (see the route at the end).
 *
 * Update flow ("prompt"): a new deployment installs in the background and waits. The page tells the
 * learner (src/scripts/offline.ts) and, when they press "Reload to update", posts SKIP_WAITING; the
 * new worker activates, claims the page, and the page reloads. Nothing here touches IndexedDB, so
 * progress survives every update.
 *
 * Why not skipWaiting() at install, as vite-plugin-pwa's recipe for trailing slashes does (its
 * `directoryAndTrailingSlashHandler` precaches every page under two URLs and is paired with
 * skipWaiting/clientsClaim): we route both URL shapes of a page to its one precached `…/index.html`
 * (`urlManipulation` below), which works from whichever worker is active, so an update can wait for
 * the learner. The very first install has no older worker to wait for, so it activates at once, and
 * clientsClaim() makes it control the page that registered it: chunks that page loads later (an
 * island scrolled into view) come from the cache even if the network drops meanwhile. Both are
 * checked by tests/e2e/offline.spec.ts.
 *
 * The search index is not precached (see src/search/offline.ts): its files are cached as search
 * fetches them. Pagefind names its index files by their content, so those come from the cache
 * first; its scripts and entry file keep their names from build to build, so the network answers
 * them when it can and the cache when offline. Pages left out of the precache (astro.config.mjs:
 * "Answers explained") are kept when first opened, and answered from that copy when offline. The
 * pages of another language are kept all at once when a learner first reads one (KEEP_LANGUAGE).
 */
import { clientsClaim } from 'workbox-core';
import { cleanupOutdatedCaches, precacheAndRoute } from 'workbox-precaching';
import { registerRoute } from 'workbox-routing';
import { CacheFirst, NetworkFirst, StaleWhileRevalidate } from 'workbox-strategies';
import { DIRECTION, LANGUAGES } from './i18n/languages';
import { libraryMessages } from './i18n/messages/library';
import { LIBRARY_CACHE, libraryCacheKey } from './scripts/library-offline';
import { isHashedSearchFile, SEARCH_CACHE, SEARCH_FOLDER, searchCacheKey } from './search/offline';

/** Pages opened that the precache does not hold. */
const PAGES_CACHE = 'gender-lens-pages';

declare const self: ServiceWorkerGlobalScope & {
  __WB_MANIFEST: Array<string | { url: string; revision: string | null }>;
  /** Each translated language's pages (astro.config.mjs: keptWithLanguage), with their revisions. */
  __GL_LANGUAGE_PAGES: Record<string, { url: string; revision: string }[]>;
};

/** A page URL without a trailing slash and without a file extension: "/courses/x/definitions". */
function isPageWithoutSlash(pathname: string): boolean {
  return !pathname.endsWith('/') && !/\.[a-z0-9]+$/i.test(pathname.slice(pathname.lastIndexOf('/')));
}

/** One cache key for every URL of a page: "/x/", "/x", "/x/index.html" and "/x/?q" are all "/x/". */
function pageCacheKey(href: string): string {
  const url = new URL(href);
  url.search = '';
  url.hash = '';
  if (url.pathname.endsWith('/index.html')) url.pathname = url.pathname.slice(0, -'index.html'.length);
  else if (isPageWithoutSlash(url.pathname)) url.pathname += '/';
  return url.href;
}

precacheAndRoute(self.__WB_MANIFEST, {
  // Pages are static and read their query (?lms, the verify page's record) in the browser: any
  // query still gets the precached page.
  ignoreURLParametersMatching: [/./],
  // "/courses/x/" is found as "/courses/x/index.html" (directoryIndex, the default).
  // "/courses/x" (no slash) is found as the same "/courses/x/index.html".
  urlManipulation: ({ url }) =>
    isPageWithoutSlash(url.pathname) ? [new URL(`${url.pathname}/index.html`, url.origin)] : [],
  cleanURLs: false,
});
cleanupOutdatedCaches();

const searchFolder = new URL(SEARCH_FOLDER, self.registration.scope).href;
const searchCache = {
  cacheName: SEARCH_CACHE,
  plugins: [{ cacheKeyWillBeUsed: async ({ request }: { request: Request }) => searchCacheKey(request.url) }],
};
registerRoute(({ url }) => url.href.startsWith(searchFolder) && isHashedSearchFile(url), new CacheFirst(searchCache));
registerRoute(
  ({ url }) => url.href.startsWith(searchFolder),
  new NetworkFirst({ ...searchCache, networkTimeoutSeconds: 4 }),
);
/**
 * The library (/library/…, and /fr/library/…, /ar/library/… with the interface in those languages)
 * is not precached: it is about as large as the rest of the site. A page is kept the first time it
 * is read and served from the cache after that, refreshed in the background
 * (stale-while-revalidate); the save button on each language's library page fills the same cache
 * with every page of that language. One entry per page, whatever the query or fragment of the link
 * that opened it.
 */
const scope = new URL(self.registration.scope).pathname;
const libraryPaths = LANGUAGES.map((lang) => ({
  lang,
  path: `${scope}${lang === 'en' ? '' : `${lang}/`}library/`,
}));
const libraryOf = (url: URL) => libraryPaths.find(({ path }) => url.pathname.startsWith(path));
/** Offline, and this page was never opened nor saved: say so, in the page's language, instead of the browser's error page. */
function notSaved(url: URL): Response {
  const { lang, path } = libraryOf(url) ?? libraryPaths[0]!;
  const m = libraryMessages[lang];
  const home = lang === 'en' ? scope : `${scope}${lang}/`;
  return new Response(
    `<!doctype html><html lang="${lang}" dir="${DIRECTION[lang]}"><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">` +
      `<title>${m.notSavedTitle} · Gender Lens</title><main style="font-family:system-ui,sans-serif;max-width:40rem;margin:2rem auto;padding:0 1rem">` +
      `<h1>${m.notSavedHeading}</h1><p>${m.notSavedText}</p>` +
      `<p><a href="${path}">${m.title}</a> · <a href="${home}">${m.courses}</a></p></main></html>`,
    { status: 503, headers: { 'Content-Type': 'text/html; charset=utf-8' } },
  );
}
registerRoute(
  ({ request, url }) => request.method === 'GET' && url.origin === self.location.origin && libraryOf(url) !== undefined,
  new StaleWhileRevalidate({
    cacheName: LIBRARY_CACHE,
    plugins: [
      {
        cacheKeyWillBeUsed: async ({ request }) => libraryCacheKey(new URL(request.url)),
        handlerDidError: async ({ request }) => notSaved(new URL(request.url)),
      },
    ],
  }),
);

// Reached only by pages the precache lacks and the library does not hold (routes match in order).
registerRoute(
  ({ request, url }) =>
    request.mode === 'navigate' && url.href.startsWith(self.registration.scope) && libraryOf(url) === undefined,
  new NetworkFirst({
    cacheName: PAGES_CACHE,
    networkTimeoutSeconds: 4,
    plugins: [{ cacheKeyWillBeUsed: async ({ request }: { request: Request }) => pageCacheKey(request.url) }],
  }),
);
/**
 * A learner who reads another language gets that language's pages kept, as English is precached:
 * each page in PAGES_CACHE (where the route above finds it offline), fetched again only when its
 * revision changed, so a page of that language asks on every visit at almost no cost. Returns
 * whether every page is kept (false offline, or when the network fails half way: the next visit
 * finishes the job).
 */
const LANGUAGE_PAGES = self.__GL_LANGUAGE_PAGES;
async function keepLanguage(lang: string): Promise<boolean> {
  const entries = LANGUAGE_PAGES[lang];
  if (!entries) return false;
  const cache = await caches.open(PAGES_CACHE);
  const recordKey = new URL(`gender-lens-kept-${lang}.json`, self.registration.scope).href;
  const kept = ((await (await cache.match(recordKey))?.json()) ?? {}) as Record<string, string>;
  const wanted = entries.filter(({ url, revision }) => kept[url] !== revision);
  // A few at a time: a phone on a poor connection keeps reading while its language downloads.
  for (let i = 0; i < wanted.length; i += 4) {
    await Promise.all(
      wanted.slice(i, i + 4).map(async ({ url, revision }) => {
        const href = new URL(url, self.registration.scope).href;
        try {
          const response = await fetch(href, { cache: 'no-cache' });
          if (!response.ok) return;
          await cache.put(pageCacheKey(href), response);
          kept[url] = revision;
        } catch {
          // Offline or cut: kept[url] stays unset, so the next visit tries again.
        }
      }),
    );
  }
  await cache.put(recordKey, new Response(JSON.stringify(kept), { headers: { 'Content-Type': 'application/json' } }));
  return entries.every(({ url, revision }) => kept[url] === revision);
}

clientsClaim();
self.addEventListener('message', (event) => {
  const data = event.data as { type?: string; lang?: string } | null;
  if (data?.type === 'SKIP_WAITING') void self.skipWaiting();
  if (data?.type === 'KEEP_LANGUAGE' && data.lang) {
    const lang = data.lang;
    event.waitUntil(
      keepLanguage(lang).then((complete) => {
        if (complete) event.source?.postMessage({ type: 'LANGUAGE_KEPT', lang });
      }),
    );
  }
});
