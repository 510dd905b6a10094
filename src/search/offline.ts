/**
 * Where the search index is kept on the device. The index is not precached with the pages (it would
 * push the precache past its budget, and most visits never search): the service worker caches each
 * file of it as search fetches it (src/sw.ts), and the search page saves the rest once search has
 * been used (saveSearchForOffline), so any query works offline afterwards.
 */

/** The Cache Storage cache that holds the search index; the service worker and the search page share it. */
export const SEARCH_CACHE = 'gender-lens-search';

/** The folder of the built site that holds the index (src/build/search-index.mjs writes it). */
export const SEARCH_FOLDER = 'pagefind/';

/** The list of every file of the index and their size, written beside it at build time. */
export const SEARCH_FILE_LIST = 'search-files.json';

/**
 * The URL a file of the index is cached under: without its query. Pagefind asks for
 * `pagefind-entry.json?ts=<now>` to dodge the HTTP cache; one cached copy must answer every such URL.
 */
export function searchCacheKey(url: string): string {
  const key = new URL(url);
  key.search = '';
  return key.href;
}

/** Whether Pagefind names the file by its content (`*.pf_meta`, `*.pf_index`, `*.pf_fragment`): it never changes. */
export function isHashedSearchFile(url: URL): boolean {
  return /\.pf_(meta|index|fragment)$/.test(url.pathname);
}

export interface SavedSearch {
  /** Total size of the index's files, in bytes. */
  bytes: number;
  /** How many files were fetched now (the others were already saved). */
  fetched: number;
}

/**
 * Saves every file of the search index into the search cache, fetching only those not there yet, and
 * drops files of older builds' indexes. `folder` is the index folder's absolute URL.
 */
export async function saveSearchForOffline(folder: string): Promise<SavedSearch> {
  const response = await fetch(new URL(SEARCH_FILE_LIST, folder), { cache: 'no-cache' });
  if (!response.ok) throw new Error(`${SEARCH_FILE_LIST}: HTTP ${response.status}`);
  const list = (await response.json()) as { bytes: number; files: string[] };
  const wanted = new Set(list.files.map((file) => new URL(file, folder).href));
  const cache = await caches.open(SEARCH_CACHE);
  const saved = new Set((await cache.keys()).map((request) => request.url));
  const missing = [...wanted].filter((url) => !saved.has(url));
  // addAll stores nothing unless every file arrived: a half-saved index would fail offline anyway.
  await cache.addAll(missing);
  for (const url of saved) if (!wanted.has(url)) await cache.delete(url);
  return { bytes: list.bytes, fetched: missing.length };
}

/**
 * Whether the search index has been saved on this device (its entry file is in the search cache).
 * When search fails to load, this, not `navigator.onLine`, says what the learner can do: a phone
 * can report itself online with no working connection.
 */
export async function isSearchSaved(folder: string): Promise<boolean> {
  if (!('caches' in globalThis)) return false;
  try {
    const cache = await caches.open(SEARCH_CACHE);
    return (await cache.match(new URL('pagefind-entry.json', folder).href)) !== undefined;
  } catch {
    return false;
  }
}
