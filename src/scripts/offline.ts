import { pageLanguage } from '../i18n/languages';
import { storageMessages } from '../i18n/messages/storage';
import { isLmsLaunch } from './lms';

/** The notices' words, in the page's language. */
const messages = () => storageMessages[pageLanguage(document)];

/**
 * Registers the service worker (src/sw.ts) and offers new versions. It waits for the page's load
 * event, so precaching the site never competes with the first paint on a slow connection, and it
 * stays out of an LMS frame (isLmsLaunch).
 *
 * The first install tells the learner when every page is saved, so they know they can go offline.
 * A new deployment installs in the background and waits; the learner is told in a polite status
 * message and chooses when to reload (SKIP_WAITING, then reload once the new worker controls the
 * page). Updates never touch IndexedDB, so progress is kept.
 */
export function registerServiceWorker(notice: HTMLElement | null): void {
  if (!('serviceWorker' in navigator) || isLmsLaunch()) return;
  const base = import.meta.env.BASE_URL.endsWith('/') ? import.meta.env.BASE_URL : `${import.meta.env.BASE_URL}/`;
  const start = () => {
    navigator.serviceWorker
      .register(`${base}sw.js`, { scope: base })
      // Resolves to nothing where the browser refuses workers without an error (test harnesses).
      .then((registration: ServiceWorkerRegistration | undefined) => {
        if (!registration) return;
        watchForUpdates(registration, notice);
        keepPageLanguage(notice);
      })
      .catch((error: unknown) => console.warn('Gender Lens: offline use is not available.', error));
  };
  if (document.readyState === 'complete') start();
  else addEventListener('load', start, { once: true });
}

/** Where a page remembers that its language's pages are all kept, so the learner is told once. */
const keptKey = (lang: string) => `gl.offline.${lang}`;

/**
 * On a page in another language than English, asks the worker to keep that language's pages (the
 * English ones are precached at install) and, the first time they are all kept, tells the learner,
 * who can then go offline in their language.
 */
function keepPageLanguage(notice: HTMLElement | null): void {
  const lang = pageLanguage(document);
  if (lang === 'en') return;
  navigator.serviceWorker.addEventListener('message', (event: MessageEvent<{ type?: string; lang?: string }>) => {
    if (event.data?.type !== 'LANGUAGE_KEPT' || event.data.lang !== lang) return;
    try {
      if (localStorage.getItem(keptKey(lang))) return;
      localStorage.setItem(keptKey(lang), '1');
    } catch {
      // No storage: telling again on another visit is better than never telling.
    }
    tell(notice, messages().offlineReady);
  });
  // Messages from the worker wait in a queue until the page says it listens.
  navigator.serviceWorker.startMessages();
  void navigator.serviceWorker.ready.then((registration) =>
    registration.active?.postMessage({ type: 'KEEP_LANGUAGE', lang }),
  );
}

function watchForUpdates(registration: ServiceWorkerRegistration, notice: HTMLElement | null): void {
  const container = navigator.serviceWorker;
  // The first install: once the worker is active every page is cached, and a learner about to lose
  // the connection wants to know that it is now safe to. A page in another language says so once
  // its own language is kept too (keepPageLanguage).
  if (container.controller === null && pageLanguage(document) === 'en') {
    const first = registration.installing ?? registration.waiting;
    first?.addEventListener('statechange', () => {
      if (first.state === 'activated') tell(notice, messages().offlineReady);
    });
  }
  // Without a controller this is the first install, not an update: nothing to offer.
  const isUpdate = () => container.controller !== null;
  const track = (worker: ServiceWorker | null) =>
    worker?.addEventListener('statechange', () => {
      if (worker.state === 'installed' && isUpdate()) offer(registration, notice);
    });
  // The navigation that loaded this page may have found the new version already: it is waiting, or
  // still installing, by the time this runs after the load event.
  if (registration.waiting && isUpdate()) offer(registration, notice);
  track(registration.installing);
  registration.addEventListener('updatefound', () => track(registration.installing));
  // Look for a new version when the connection comes back and when the learner returns to the tab.
  const check = () => void registration.update().catch(() => undefined);
  addEventListener('online', check);
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible' && navigator.onLine) check();
  });
}

/** A button of the notice region; "quiet" ones (dismiss, not now) look like links. */
function button(text: string, onClick: (self: HTMLButtonElement) => void, quiet = false): HTMLButtonElement {
  const element = document.createElement('button');
  element.type = 'button';
  if (quiet) element.className = 'update-notice__later';
  element.textContent = text;
  element.addEventListener('click', () => onClick(element));
  return element;
}

/** Shows a message and its buttons in the notice region, in place of whatever it showed. */
function show(notice: HTMLElement, text: string, ...buttons: HTMLButtonElement[]): HTMLParagraphElement {
  const message = document.createElement('p');
  message.textContent = text;
  notice.replaceChildren(message, ...buttons);
  return message;
}

/** A polite message with a button to put it away; never over an update offer. */
function tell(notice: HTMLElement | null, text: string): void {
  if (!notice || notice.childElementCount > 0) return;
  show(
    notice,
    text,
    button(messages().ok, () => notice.replaceChildren(), true),
  );
}

let reloading = false;

function offer(registration: ServiceWorkerRegistration, notice: HTMLElement | null): void {
  if (!notice || notice.querySelector('[data-update-offer]')) return;
  const reload = button(messages().reloadToUpdate, (self) => {
    self.disabled = true;
    const waiting = registration.waiting;
    if (!waiting) {
      // Another tab already switched to the new version: this page only needs a reload.
      location.reload();
      return;
    }
    reloading = true;
    navigator.serviceWorker.addEventListener('controllerchange', () => {
      if (reloading) location.reload();
    });
    waiting.postMessage({ type: 'SKIP_WAITING' });
  });
  const later = button(messages().notNow, () => notice.replaceChildren(), true);
  show(notice, messages().updateReady, reload, later).dataset.updateOffer = '';
}
