/**
 * The library is not in the service worker's precache (it would double what a first visit
 * downloads): each page is cached when first opened (src/sw.ts), and the "Save the library for
 * offline use" button on /library/ caches every page at once, into the same cache the worker reads.
 */

import { pageLanguage } from '../i18n/languages';
import { libraryMessages } from '../i18n/messages/library';

/** The Cache Storage name shared by the worker's runtime route and the save button. */
export const LIBRARY_CACHE = 'gender-lens-library';

/** The key a library page is stored under: its path with a trailing slash, no query, no fragment. */
export function libraryCacheKey(url: URL): string {
  const path = url.pathname.endsWith('/') || /\.[a-z0-9]+$/i.test(url.pathname) ? url.pathname : `${url.pathname}/`;
  return new URL(path, url.origin).href;
}

/** Binds the save button in `root`: the page list is in a JSON script inside it. */
export function bindSaveLibrary(root: HTMLElement): void {
  const button = root.querySelector<HTMLButtonElement>('button[data-save]');
  const status = root.querySelector<HTMLElement>('[data-status]');
  const progress = root.querySelector<HTMLProgressElement>('progress');
  const list = root.querySelector('script[type="application/json"]');
  if (!button || !status || !progress || !list) return;
  const urls = (JSON.parse(list.textContent ?? '[]') as string[]).map((u) => new URL(u, location.href));
  // The library's landing page in any language: the script says what it does in that language.
  const m = libraryMessages[pageLanguage(root.ownerDocument)];
  if (!('caches' in window) || !('serviceWorker' in navigator)) {
    status.textContent = m.cannotSave;
    return;
  }
  button.hidden = false;

  void countSaved(urls).then((saved) => {
    if (saved === urls.length) status.textContent = m.allSaved(urls.length);
    else if (saved > 0) status.textContent = m.someSaved(saved, urls.length);
  });

  button.addEventListener('click', () => {
    button.disabled = true;
    progress.max = urls.length;
    progress.value = 0;
    progress.hidden = false;
    status.textContent = m.saving(urls.length);
    void saveAll(urls, (done) => (progress.value = done))
      .then(() => {
        status.textContent = m.saved(urls.length);
      })
      .catch((error: unknown) => {
        console.warn('Gender Lens: the library could not be saved.', error);
        status.textContent =
          error instanceof DOMException && error.name === 'QuotaExceededError' ? m.noRoom : m.saveFailed;
        button.disabled = false;
      })
      .finally(() => {
        progress.hidden = true;
      });
  });
}

async function countSaved(urls: URL[]): Promise<number> {
  const cache = await caches.open(LIBRARY_CACHE);
  const found = await Promise.all(urls.map((url) => cache.match(libraryCacheKey(url))));
  return found.filter(Boolean).length;
}

async function saveAll(urls: URL[], onProgress: (done: number) => void): Promise<void> {
  const cache = await caches.open(LIBRARY_CACHE);
  let done = 0;
  for (const url of urls) {
    // `no-cache` revalidates with the server, so a saved page is the current deployment's.
    const response = await fetch(url, { cache: 'no-cache' });
    if (!response.ok) throw new Error(`${url.pathname}: HTTP ${response.status}`);
    await cache.put(libraryCacheKey(url), response);
    done += 1;
    onProgress(done);
  }
}
