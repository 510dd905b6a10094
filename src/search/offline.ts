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

interface FileList {
  bytes: number;
  files: string[];
}

/**
 * Saves every file of one language's search index (the language of the search page, `lang`) into
 * the search cache, fetching only those not there yet, and drops files of older builds' indexes;
 * another language's part saved earlier stays. `folder` is the index folder's absolute URL.
 */
export async function saveSearchForOffline(folder: string, lang: string): Promise<SavedSearch> {
  const response = await fetch(new URL(SEARCH_FILE_LIST, folder), { cache: 'no-cache' });
  if (!response.ok) throw new Error(`${SEARCH_FILE_LIST}: HTTP ${response.status}`);
  const all = (await response.json()) as FileList & { languages?: Record<string, FileList> };
  const list = all.languages?.[lang] ?? all;
  const href = (file: string) => new URL(file, folder).href;
  const wanted = new Set(list.files.map(href));
  const current = new Set(all.files.map(href));
  const cache = await caches.open(SEARCH_CACHE);
  const saved = new Set((await cache.keys()).map((request) => request.url));
  const missing = [...wanted].filter((url) => !saved.has(url));
  // addAll stores nothing unless every file arrived: a half-saved index would fail offline anyway.
  await cache.addAll(missing);
  for (const url of saved) if (!current.has(url)) await cache.delete(url);
  return { bytes: list.bytes, fetched: missing.length };
}

/**
 * Whether the search index of a language has been saved on this device (its entry file and the
 * language's metadata file are in the search cache).
 * When search fails to load, this, not `navigator.onLine`, says what the learner can do: a phone
 * can report itself online with no working connection.
 */
export async function isSearchSaved(folder: string, lang: string): Promise<boolean> {
  if (!('caches' in globalThis)) return false;
  try {
    const cache = await caches.open(SEARCH_CACHE);
    if ((await cache.match(new URL('pagefind-entry.json', folder).href)) === undefined) return false;
    // The entry is shared by every language: the language's own part is saved when its metadata is.
    const meta = new URL(`pagefind.${lang}_`, folder).href;
    return (await cache.keys()).some((request) => request.url.startsWith(meta));
  } catch {
    return false;
  }
}
