import { Marked, type TokenizerAndRendererExtension } from 'marked';
import type { Language } from '../i18n/languages';
import { citationGroupHtml, CITATION_GROUP, resolveCiteLinks } from '../library/cite';
import { ContentError } from './content-error';
import { escapeHtml } from './html';

export { escapeHtml };

/** Finds the glossary entry a `[[…]]` link means: by explicit id, by id, or by alias. */
export interface TermIndex {
  resolve(label: string, explicitId: string | undefined): string | undefined;
  href(id: string): string;
}

const TERM_LINK = /\[\[([^\]|\n]+)(?:\|([^\]\n]+))?\]\]/g;

export function slugify(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/**
 * Gives each heading of a section's text an id made from its words, so a place in the section can
 * be linked to (the learner's "continue where you stopped" lands on the heading they were reading).
 * `used` holds the ids already taken on the page and collects the new ones: a repeated heading gets
 * "-2", "-3". A translated section takes its English headings' ids in order (`given`, consumed as
 * used), so a place keeps its address in every language.
 */
export function withHeadingIds(html: string, used: Set<string>, given: string[] = []): string {
  return html.replace(/<h([2-6])>([\s\S]*?)<\/h\1>/g, (_, level: string, inner: string) => {
    const words = inner
      .replace(/<[^>]*>/g, '')
      .replace(/&#39;|&(?:[a-z]+|#\d+);/g, (entity) => (entity === '&#39;' ? "'" : ' '));
    const base = given.shift() ?? (slugify(words) || 'part');
    let id = base;
    for (let n = 2; used.has(id); n += 1) id = `${base}-${n}`;
    used.add(id);
    return `<h${level} id="${id}">${inner}</h${level}>`;
  });
}

/** The ids of a rendered section's headings, in order (for its translations to reuse). */
export function headingIdsIn(html: string): string[] {
  return [...html.matchAll(/<h[2-6] id="([^"]+)">/g)].map((match) => match[1] ?? '');
}

/** Builds a TermIndex from glossary entries (id, aliases). Aliases and ids compare as slugs. */
export function createTermIndex(
  entries: readonly { id: string; term: string; aliases: readonly string[] }[],
  href: (id: string) => string,
): TermIndex {
  const bySlug = new Map<string, string>();
  for (const entry of entries) {
    for (const name of [entry.id, entry.term, ...entry.aliases]) bySlug.set(slugify(name), entry.id);
  }
  const ids = new Set(entries.map((e) => e.id));
  return {
    resolve: (label, explicitId) =>
      explicitId ? (ids.has(explicitId.trim()) ? explicitId.trim() : undefined) : bySlug.get(slugify(label)),
    href,
  };
}

/** Throws a ContentError with the exact line for the first `[[…]]` link that names no glossary entry. */
export function checkTermLinks(text: string, firstLine: number, file: string, terms: TermIndex): void {
  text.split('\n').forEach((line, offset) => {
    for (const match of line.matchAll(TERM_LINK)) {
      const [whole, label = '', id] = match;
      if (!terms.resolve(label, id)) {
        throw new ContentError(
          file,
          `glossary link ${whole} matches no entry in content/glossary.yaml`,
          firstLine + offset,
        );
      }
    }
  });
}

/**
 * Citations in prose become readable references linked to the library: a bare `(unsms:68)` reads
 * "(UNSMS policy, para 19.2)", and `[see the passage](cite:cptm:129)` links the author's own words.
 * Both are checked first by `checkCitations` (src/library/cite.ts), which names the file and line.
 */
const citationLink = (lang: Language): TokenizerAndRendererExtension => ({
  name: 'citation',
  level: 'inline',
  start: (src) => {
    const at = src.search(new RegExp(CITATION_GROUP.source));
    return at < 0 ? undefined : at;
  },
  tokenizer(src) {
    const match = new RegExp(`^${CITATION_GROUP.source}`).exec(src);
    if (!match) return undefined;
    return { type: 'citation', raw: match[0], key: match[1], places: match[2] };
  },
  renderer: (token) => citationGroupHtml(String(token.key), String(token.places), lang),
});

/**
 * A marked instance with our inline extensions for glossary links and citations; `lang` is the
 * language of the pages it renders for, whose library the citations open.
 */
export function createMarkdown(terms: TermIndex, lang: Language = 'en'): (markdown: string) => string {
  const termLink: TokenizerAndRendererExtension = {
    name: 'termLink',
    level: 'inline',
    start: (src) => src.indexOf('[['),
    tokenizer(src) {
      const match = /^\[\[([^\]|\n]+)(?:\|([^\]\n]+))?\]\]/.exec(src);
      if (!match) return undefined;
      const [raw, label = '', explicitId] = match;
      return { type: 'termLink', raw, label, id: terms.resolve(label, explicitId) };
    },
    renderer(token) {
      const label = escapeHtml(String(token.label));
      // checkTermLinks has already rejected unknown terms; keep the words if one slips through.
      if (!token.id) return label;
      return `<a class="term" href="${escapeHtml(terms.href(String(token.id)))}">${label}</a>`;
    },
  };
  const marked = new Marked({
    gfm: true,
    extensions: [termLink, citationLink(lang)],
    // A table scrolls sideways on a narrow screen; a keyboard user reaches it to scroll it.
    hooks: { postprocess: (html) => html.replaceAll('<table>', '<table tabindex="0">') },
  });
  return (markdown) => marked.parse(resolveCiteLinks(markdown, lang), { async: false });
}
