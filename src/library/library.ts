import { paths, pathsIn } from '../catalog/paths';
import type { Language } from '../i18n/languages';
import { seedLines, type SeedKey } from '../schemas/source';
import { CPTM_SLIDE_END, CPTM_SLIDE_START, DOCUMENT_ORDER, DOCUMENTS } from './documents';
import { linesOf, parseSeed, type Block, type SeedLine } from './parse';

/** One page of the library: a whole document, or one chapter (or the front matter) of the Resource Package. */
export interface LibraryPage {
  key: SeedKey;
  /** '' for a document's own page, 'chapter-7' for a chapter. */
  slug: string;
  href: string;
  /** "Chapter 7: Effective Partnerships and Coordination", or the document's title. */
  title: string;
  /** The chapter's own title, "Effective Partnerships and Coordination" (the seed's words), or the document's title. */
  name: string;
  chapter?: number;
  /** The seed lines of a chapter's title ("Chapter Seven:", "Effective Partnerships…"). */
  titleLines: SeedLine[];
  /** The seed lines of the document's title page. */
  coverLines: SeedLine[];
  blocks: Block[];
  first: number;
  last: number;
}

/** Where one seed line is shown, and how a reference to it reads. */
export interface LinePlace {
  page: LibraryPage;
  /** "UNSMS policy, para 17.5"; "CPTM Lesson 2.7 · Definitions, Slide 4". */
  label: string;
  /** The numbered paragraph the line belongs to, in the policies. */
  paragraph?: string;
}

export interface Library {
  pages: LibraryPage[];
  pagesOf(key: SeedKey): LibraryPage[];
  /** The place of a line with text, or undefined for a blank line or a line past the end. */
  place(key: SeedKey, line: number): LinePlace | undefined;
  /** The seed's lines as in the file (index 0 is line 1). */
  text(key: SeedKey): readonly string[];
}

const CHAPTER = /^Chapter ([A-Za-z-]+):\s*$/;
const NUMBER_WORDS = [
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
  'twenty',
];

/** "Twenty-Three" → 23. */
export function chapterNumber(word: string): number {
  const [tens = '', units] = word.toLowerCase().split('-');
  const first = NUMBER_WORDS.indexOf(tens) + 1;
  return units ? first + NUMBER_WORDS.indexOf(units) + 1 : first;
}

function line(lines: readonly string[], n: number): SeedLine {
  return {
    n,
    text: (lines[n - 1] ?? '')
      .replace(/\uFFFD/g, '')
      .replace(/\s+/g, ' ')
      .trim(),
  };
}

/** Splits the Resource Package into its front matter (foreword, introduction) and 23 chapters. */
function splitChapters(
  lines: readonly string[],
): { first: number; last: number; number?: number; titleLines: number[] }[] {
  const starts: { at: number; number: number }[] = [];
  lines.forEach((text, index) => {
    const match = CHAPTER.exec(text.trim());
    if (match?.[1]) starts.push({ at: index + 1, number: chapterNumber(match[1]) });
  });
  const parts: { first: number; last: number; number?: number; titleLines: number[] }[] = [];
  parts.push({ first: 1, last: (starts[0]?.at ?? lines.length + 1) - 1, titleLines: [] });
  starts.forEach((start, i) => {
    // The title is the line after "Chapter N:" and any line that carries it on ("… Peace / and Security Mandates").
    const titleLines = [start.at, start.at + 1];
    while (/^[a-z]/.test((lines[titleLines.length + start.at - 1] ?? '').trim())) {
      titleLines.push(start.at + titleLines.length);
    }
    parts.push({
      first: start.at,
      last: (starts[i + 1]?.at ?? lines.length + 1) - 1,
      number: start.number,
      titleLines,
    });
  });
  return parts;
}

/**
 * Inside a slide's frame ("Slide 4" … "UN CPTM 2025 Slide 4") a title is the slide's own, even when it
 * repeats a section's title ("Definitions"): it is not a heading of the document. A slide marker with
 * no frame after it (slides 13 and 18 have no text) frames nothing.
 */
function markSlideTitles(blocks: Block[]): void {
  const textOf = (block: Block | undefined) => (block ? (linesOf(block)[0]?.text ?? '') : '');
  blocks.forEach((block, start) => {
    const number = CPTM_SLIDE_START.exec(textOf(block))?.[1];
    if (!number) return;
    const end = blocks.findIndex(
      (b, i) => i > start && (CPTM_SLIDE_END.exec(textOf(b))?.[1] === number || CPTM_SLIDE_START.test(textOf(b))),
    );
    if (end < 0 || !CPTM_SLIDE_END.test(textOf(blocks[end]))) return;
    for (let i = start + 1; i < end; i += 1) {
      const inner = blocks[i];
      if (inner?.kind === 'heading') blocks[i] = { kind: 'paragraph', lines: inner.lines, slideTitle: true };
    }
  });
}

interface Context {
  h2?: string;
  h3?: string;
  paragraph?: string;
  slide?: string;
}

/** How a reference to a line reads, from what surrounds it. */
function labelFor(key: SeedKey, page: LibraryPage, ctx: Context, block: Block | undefined, text: string): string {
  const short = DOCUMENTS[key].short;
  if (block?.kind === 'footnote') {
    return key === 'dpo' && page.chapter
      ? `${short}, Chapter ${page.chapter}, note ${block.number}`
      : `${short}, footnote ${block.number}`;
  }
  switch (key) {
    case 'cptm': {
      const where = ctx.h2 ?? 'title';
      const keyMessage = /^Key Message (\d+):/.exec(text);
      if (keyMessage) return `${short} · ${where}, Key Message ${keyMessage[1]}`;
      if (ctx.slide) return `${short} · ${where}, Slide ${ctx.slide}`;
      if (/^Trainer Tips:/.test(text)) return `${short} · ${where}, trainer tip`;
      return `${short} · ${where}`;
    }
    case 'unsms':
    case 'dpko': {
      if (ctx.paragraph) return `${short}, para ${ctx.paragraph}`;
      const term = ctx.h2?.startsWith('F.') ? /^([^:]{2,60}):/.exec(text)?.[1] : undefined;
      if (term) return `${short}, definition of “${term.trim()}”`;
      const heading = ctx.h3 ?? ctx.h2;
      return heading ? `${short}, ${heading}` : `${short}, title page`;
    }
    case 'undss':
      return ctx.h2 ? `${short} · ${ctx.h2}` : short;
    case 'dpo': {
      const where = page.chapter ? `${short}, Chapter ${page.chapter}` : short;
      return ctx.h2 ? `${where} · ${ctx.h2}` : page.chapter ? where : `${where} · ${page.title}`;
    }
  }
}

function buildLibrary(): Library {
  const pages: LibraryPage[] = [];
  const places = new Map<SeedKey, (LinePlace | undefined)[]>();
  const texts = new Map<SeedKey, readonly string[]>();

  for (const key of DOCUMENT_ORDER) {
    const info = DOCUMENTS[key];
    const lines = seedLines(key);
    texts.set(key, lines);
    const perLine: (LinePlace | undefined)[] = [];
    places.set(key, perLine);

    const parts =
      key === 'dpo' ? splitChapters(lines) : [{ first: 1, last: lines.length, number: undefined, titleLines: [] }];
    for (const part of parts) {
      const skip = new Set<number>(part.titleLines);
      const [coverFrom, coverTo] = info.cover ?? [0, -1];
      for (let n = coverFrom; n <= coverTo; n += 1) skip.add(n);
      const chapterTitle = part.titleLines
        .slice(1)
        .map((n) => line(lines, n).text)
        .join(' ');
      const page: LibraryPage = {
        key,
        slug: part.number ? `chapter-${part.number}` : '',
        href: paths.library(key, part.number ? `chapter-${part.number}` : undefined),
        title: part.number ? `Chapter ${part.number}: ${chapterTitle}` : info.title,
        name: part.number ? chapterTitle : info.title,
        ...(part.number ? { chapter: part.number } : {}),
        titleLines: part.titleLines.map((n) => line(lines, n)).filter((l) => l.text !== ''),
        coverLines: [],
        blocks: [],
        first: part.first,
        last: part.last,
      };
      // Parse the part with title and cover lines blanked out, so line numbers stay the file's own.
      const partLines = lines.slice(part.first - 1, part.last).map((text, i) => (skip.has(part.first + i) ? '' : text));
      page.blocks = parseSeed(partLines, info.parse, part.first);
      if (key === 'cptm') markSlideTitles(page.blocks);
      for (let n = coverFrom; n <= coverTo; n += 1) {
        if (n >= part.first && n <= part.last && line(lines, n).text !== '') page.coverLines.push(line(lines, n));
      }
      pages.push(page);

      const ctx: Context = {};
      for (const l of [...page.coverLines, ...page.titleLines]) {
        perLine[l.n] = { page, label: labelFor(key, page, ctx, undefined, l.text) };
      }
      for (const block of page.blocks) {
        const first = linesOf(block)[0]?.text ?? '';
        if (block.kind === 'heading') {
          if (block.level === 2) {
            ctx.h2 = first;
            ctx.h3 = undefined;
          } else ctx.h3 = first;
          ctx.paragraph = undefined;
        }
        if (block.kind === 'paragraph' && block.number) ctx.paragraph = block.number;
        if (key === 'cptm') {
          const start = CPTM_SLIDE_START.exec(first);
          if (start) ctx.slide = start[1];
          else if (/^Key Message \d+:/.test(first) || (block.kind === 'heading' && block.level === 2))
            ctx.slide = undefined;
        }
        for (const l of linesOf(block)) {
          perLine[l.n] = {
            page,
            label: labelFor(key, page, ctx, block, l.text),
            ...(ctx.paragraph ? { paragraph: ctx.paragraph } : {}),
          };
        }
        if (key === 'cptm' && CPTM_SLIDE_END.test(first)) ctx.slide = undefined;
      }
    }
  }

  return {
    pages,
    pagesOf: (key) => pages.filter((p) => p.key === key),
    place: (key, n) => places.get(key)?.[n],
    text: (key) => texts.get(key) ?? [],
  };
}

/** A library page's address on the pages of one language (`href` is the English one). */
export function libraryHref(page: LibraryPage, lang: Language, anchor?: string): string {
  return pathsIn(lang).library(page.key, page.slug || undefined, anchor);
}

let library: Library | undefined;

/** The five seed documents as library pages, parsed once per build. */
export function getLibrary(): Library {
  library ??= buildLibrary();
  return library;
}
