/**
 * The search page (src/pages/search.astro): runs the query in `?q=` (what the header's search form
 * sends) and each query typed on the page against the Pagefind index, and lists the results with
 * their passage and where they are. Pagefind (its script, WebAssembly and index) is fetched here,
 * when search opens, never by reading pages. The count of results is spoken through a polite live
 * region; the list is ordinary links, so keyboard and screen-reader users move through it as usual.
 * It speaks the page's language (<html lang>), and Pagefind searches that language's pages: its
 * index is split by language, and it loads the part named by the page's <html lang>.
 */
import { pageLanguage, type Language } from '../i18n/languages';
import { searchMessages } from '../i18n/messages/search';
import { isSearchSaved, saveSearchForOffline } from '../search/offline';

/** What Pagefind gives for one page (the part of its API this page uses). */
interface PagefindPage {
  url: string;
  excerpt: string;
  meta: { title?: string; where?: string };
  sub_results?: { title: string; url: string; excerpt: string; locations?: number[] }[];
}
interface Pagefind {
  options(options: { baseUrl?: string; excerptLength?: number }): Promise<void>;
  search(query: string): Promise<{ results: { data(): Promise<PagefindPage> }[] } | null>;
}

/** Results listed at most; the count says how many more there are. */
const SHOWN = 20;
/** How long typing must pause before the query runs. */
const TYPING_PAUSE_MS = 250;

/** One result as the page lists it: the best-matching passage of a page and where it is. */
export interface SearchHit {
  title: string;
  href: string;
  where: string;
  excerpt: string;
}

/** How many different words an excerpt marks: "gender parity" beats "gender, gender, gender". */
function distinctMarks(excerpt: string): number {
  const words = [...excerpt.matchAll(/<mark>(.*?)<\/mark>/g)].map((m) => m[1]!.toLowerCase().replace(/\W+$/, ''));
  return new Set(words).size;
}

/**
 * The passage to show for a page: the section (a heading with an id) whose passage holds the most
 * of the words searched for, then the most matches, linked to that heading; or the page itself
 * when the matches are above its first such heading.
 */
export function toHit(page: PagefindPage): SearchHit {
  const pageTitle = page.meta.title ?? page.url;
  const best = [...(page.sub_results ?? [])].sort(
    (a, b) =>
      distinctMarks(b.excerpt) - distinctMarks(a.excerpt) || (b.locations?.length ?? 0) - (a.locations?.length ?? 0),
  )[0];
  const where = page.meta.where ?? pageTitle;
  if (!best || best.url === page.url || !best.url.includes('#')) {
    return { title: pageTitle, href: page.url, where, excerpt: best?.excerpt ?? page.excerpt };
  }
  return { title: best.title, href: best.url, where, excerpt: best.excerpt };
}

/** "3 results for “PEP”", with how many are listed when there are more than that, in the page's language. */
export function countMessage(
  query: string,
  total: number,
  shown = Math.min(total, SHOWN),
  lang: Language = 'en',
): string {
  const m = searchMessages[lang];
  return total === 0 ? m.noResults(query) : m.found(query, total, shown);
}

/**
 * The excerpt as DOM nodes: text, with the matched words in <mark>. Pagefind's excerpt is HTML
 * (entities and <mark> tags); it is rebuilt here from text nodes so nothing else in it can render.
 */
export function excerptNodes(excerpt: string, doc: Document): Node[] {
  const template = doc.createElement('template');
  template.innerHTML = excerpt;
  return [...template.content.childNodes].map((node) => {
    if (node.nodeName === 'MARK') {
      const mark = doc.createElement('mark');
      mark.textContent = node.textContent;
      return mark;
    }
    return doc.createTextNode(node.textContent ?? '');
  });
}

function renderHit(hit: SearchHit, doc: Document): HTMLLIElement {
  const item = doc.createElement('li');
  const heading = doc.createElement('h2');
  // A result may be in another script than the page (an English document found from the Arabic
  // search): its title and excerpt take the direction of their own words.
  heading.dir = 'auto';
  const link = doc.createElement('a');
  link.href = hit.href;
  link.textContent = hit.title;
  heading.append(link);
  const where = doc.createElement('p');
  where.className = 'search-where';
  where.textContent = hit.where;
  const excerpt = doc.createElement('p');
  excerpt.className = 'search-excerpt';
  excerpt.dir = 'auto';
  excerpt.append(...excerptNodes(hit.excerpt, doc));
  item.append(heading, where, excerpt);
  return item;
}

/** Binds the search page: its form, box, live count, results list and offline note. */
export function bindSearchPage(form: HTMLFormElement): void {
  const doc = form.ownerDocument;
  const input = form.querySelector<HTMLInputElement>('input[type="search"]')!;
  const status = doc.querySelector<HTMLElement>('[data-search-status]')!;
  const list = doc.querySelector<HTMLOListElement>('[data-search-results]')!;
  const offlineNote = doc.querySelector<HTMLElement>('[data-search-offline]')!;
  const folder = new URL(form.dataset.index!, doc.baseURI).href;
  const lang = pageLanguage(doc);
  const m = searchMessages[lang];

  let pagefind: Promise<Pagefind> | undefined;
  const loadPagefind = () =>
    (pagefind ??= import(/* @vite-ignore */ new URL('pagefind.js', folder).href).then(async (module: Pagefind) => {
      // Result URLs are the site's own, under whatever base path the site is served from.
      await module.options({ baseUrl: new URL('..', folder).pathname, excerptLength: 30 });
      return module;
    }));

  let latest = 0;
  let savedOffline = false;
  async function run(query: string): Promise<void> {
    const run = ++latest;
    const url = new URL(doc.location.href);
    if (query) url.searchParams.set('q', query);
    else url.searchParams.delete('q');
    // The query stays in the address, so "back" from a result returns to the same results.
    history.replaceState(history.state, '', url);
    if (!query) {
      list.replaceChildren();
      status.textContent = m.typeToSearch;
      return;
    }
    status.textContent = m.searching(query);
    let pages: PagefindPage[];
    let total: number;
    try {
      const search = await (await loadPagefind()).search(query);
      const results = search?.results ?? [];
      total = results.length;
      pages = await Promise.all(results.slice(0, SHOWN).map((result) => result.data()));
    } catch {
      if (run !== latest) return;
      pagefind = undefined;
      const saved = await isSearchSaved(folder, lang);
      if (run !== latest) return;
      status.textContent = saved ? m.couldNotLoad : m.couldNotLoadOffline;
      return;
    }
    // A slower, older query must not overwrite a newer one's results.
    if (run !== latest) return;
    list.replaceChildren(...pages.map((page) => renderHit(toHit(page), doc)));
    status.textContent = countMessage(query, total, pages.length, lang);
    if (!savedOffline) void saveOffline();
  }

  // Once search has been used on a device where the site works offline, the whole index is saved,
  // so any later query works without a connection.
  async function saveOffline(): Promise<void> {
    savedOffline = true;
    if (!('caches' in window) || !navigator.serviceWorker?.controller) return;
    try {
      const { bytes } = await saveSearchForOffline(folder, lang);
      offlineNote.textContent = m.savedOffline(Math.round(bytes / 1024));
      offlineNote.hidden = false;
    } catch {
      // Offline, or storage full: search still works online; the next search tries again.
      savedOffline = false;
    }
  }

  let timer: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => void run(input.value.trim()), TYPING_PAUSE_MS);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(timer);
    void run(input.value.trim());
  });

  const initial = new URL(doc.location.href).searchParams.get('q')?.trim() ?? '';
  input.value = initial;
  input.focus();
  void run(initial);
}
