import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { contentDir } from '../catalog/content-dir';
import type { Language } from '../i18n/languages';
import { libraryMessages } from '../i18n/messages/library';
import { escapeHtml } from '../render/html';
import { ContentError } from '../render/content-error';
import { parseSource, SEEDS, type SeedKey } from '../schemas/source';
import { DOCUMENTS } from './documents';
import { getLibrary, libraryHref } from './library';

/** A citation as a learner sees it: a readable reference and a link to the passage. */
export interface Citation {
  /** "UNSMS policy, para 17.5"; "CPTM Lesson 2.7 · Definitions, Slide 4". */
  label: string;
  /** The library page, scrolled to the line (`#L176`) or the range (`#L131-142`). */
  href: string;
}

const KEYS = Object.keys(SEEDS).join('|');

/**
 * A citation written in prose, as editors do: `cptm:140`, `dpko:62–64`, or one seed with several
 * places, `cptm:140, 155` or `dpo:42, 181-182, 292`.
 */
export const CITATION_GROUP = new RegExp(`\\b(${KEYS}):(\\d+(?:[-–]\\d+)?(?:,\\s*\\d+(?:[-–]\\d+)?)*)(?![\\d:])`, 'g');

/** `cptm:140, 155-156` → ["cptm:140", "cptm:155-156"]. */
export function expandGroup(key: string, places: string): string[] {
  return places.split(/,\s*/).map((place) => `${key}:${place.replace('–', '-')}`);
}

/**
 * The reference for one citation, or why it cannot be made. The label names the English document as
 * it names itself; the link opens the library page of the citing page's language (`lang`).
 */
export function resolveCitation(value: string, lang: Language = 'en'): Citation | string {
  const parsed = parseSource(value);
  if (typeof parsed === 'string') return parsed;
  const library = getLibrary();
  const first = library.place(parsed.seed, parsed.from);
  if (!first) {
    return `"${value}" names line ${parsed.from} of ${SEEDS[parsed.seed].file}, which is blank: cite a line with text`;
  }
  let label = first.label;
  if (parsed.to > parsed.from) {
    const last = library.place(parsed.seed, parsed.to) ?? first;
    const short = DOCUMENTS[parsed.seed].short;
    if (first.paragraph && last.paragraph && last.paragraph !== first.paragraph) {
      label = `${short}, paras ${first.paragraph}–${last.paragraph}`;
    }
  }
  const anchor = parsed.to > parsed.from ? `L${parsed.from}-${parsed.to}` : `L${parsed.from}`;
  return { label, href: libraryHref(first.page, lang, anchor) };
}

/** The reference for a citation already checked by the content schemas; throws if it is not. */
export function citation(value: string, lang: Language = 'en'): Citation {
  const resolved = resolveCitation(value, lang);
  if (typeof resolved === 'string') throw new Error(resolved);
  return resolved;
}

/**
 * Checks every citation in a text (prose citations and `cite:` links) and throws a ContentError
 * naming the file and line of the first one that points nowhere.
 */
export function checkCitations(text: string, file: string, firstLine = 1): void {
  text.split('\n').forEach((line, offset) => {
    for (const value of citationsIn(line)) {
      const resolved = resolveCitation(value);
      if (typeof resolved === 'string') throw new ContentError(file, `citation ${resolved}`, firstLine + offset);
    }
  });
}

/** Every citation a text makes, in prose or as `cite:` links. */
export function citationsIn(text: string): string[] {
  const found: string[] = [];
  for (const match of text.matchAll(CITATION_GROUP)) found.push(...expandGroup(match[1] ?? '', match[2] ?? ''));
  return found;
}

/**
 * Prose citations as links with readable labels: "(unsms:68)" → "(<a …>UNSMS policy, para 19.2</a>)".
 * Several places in one seed read "CPTM Lesson 2.7 · Definitions; Legal Framework" (the document
 * named once); two places with the same label read "… and another passage". On another language's
 * page the links open that language's library, and the labels (the English documents' own names)
 * are marked as English.
 */
export function citationGroupHtml(key: string, places: string, lang: Language = 'en'): string {
  const m = libraryMessages[lang];
  const english = lang === 'en' ? '' : ' lang="en"';
  const parts: string[] = [];
  let previous: Citation | undefined;
  for (const value of expandGroup(key, places)) {
    const { label, href } = citation(value, lang);
    if (previous?.label === label) {
      parts.push(m.alsoAt(`<a class="cite" href="${escapeHtml(href)}">${escapeHtml(m.anotherPassage)}</a>`));
      continue;
    }
    const short = DOCUMENTS[key as SeedKey].short;
    const text = previous ? label.slice(short.length).replace(/^\s*[,·]\s*/, '') || label : label;
    parts.push(`${previous ? '; ' : ''}<a class="cite" href="${escapeHtml(href)}"${english}>${escapeHtml(text)}</a>`);
    previous = { label, href };
  }
  return parts.join('');
}

/** Rewrites `](cite:cptm:129)` Markdown link targets into library links of the page's language (checked beforehand). */
export function resolveCiteLinks(markdown: string, lang: Language = 'en'): string {
  return markdown.replace(/\]\(cite:([a-z]+:\d+(?:-\d+)?)\)/g, (_, value: string) => {
    const { label, href } = citation(value, lang);
    return `](${href} "${label.replace(/"/g, '')}")`;
  });
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (name === 'seeds') return [];
    return statSync(path).isDirectory() ? filesUnder(path) : /\.(md|ya?ml)$/.test(name) ? [path] : [];
  });
}

let ranges: Map<SeedKey, [number, number][]> | undefined;

/**
 * Every line range the site cites, per seed: the library marks each so that the whole range lights
 * up when a link opens it (a CSS rule per range; see src/library/render.ts). Read from the content
 * files and the library's own notes, so it does not depend on the order pages are built in.
 */
export function citedRanges(): Map<SeedKey, [number, number][]> {
  if (ranges) return ranges;
  const texts = filesUnder(contentDir()).map((file) => readFileSync(file, 'utf8'));
  for (const info of Object.values(DOCUMENTS)) texts.push(...info.status);
  const found = new Map<SeedKey, Map<string, [number, number]>>();
  for (const text of texts) {
    for (const value of citationsIn(text)) {
      const parsed = parseSource(value);
      if (typeof parsed === 'string' || parsed.to === parsed.from) continue;
      const perSeed = found.get(parsed.seed) ?? new Map<string, [number, number]>();
      perSeed.set(`${parsed.from}-${parsed.to}`, [parsed.from, parsed.to]);
      found.set(parsed.seed, perSeed);
    }
  }
  ranges = new Map([...found].map(([key, perSeed]) => [key, [...perSeed.values()]]));
  return ranges;
}
