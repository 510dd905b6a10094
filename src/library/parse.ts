/**
 * Reads a seed document (plain text, line by line) into typeset blocks: headings, paragraphs
 * (numbered or not), lists, tables, footnotes and runs of bare links. Every block keeps the seed
 * lines it came from, so the library can give each line an anchor (`#L176`) that citations name.
 *
 * The seeds come in two shapes: one line per paragraph (the lesson, the two policies, the UNDSS
 * page), and text extracted from a PDF whose paragraphs wrap over many lines (the Resource
 * Package). `wrapped` tells them apart. The rules are heuristics tuned on the five seeds and
 * checked on real excerpts in tests/unit/library/parse.test.ts.
 */

export interface SeedLine {
  /** Line number in the seed file, from 1. */
  n: number;
  /** The line's text, trimmed, with PDF debris (replacement characters) removed. */
  text: string;
}

export interface ListItem {
  /** The item's number or letter when the seed numbers it ("1"), else undefined. */
  number?: string;
  lines: SeedLine[];
}

export type Block =
  | { kind: 'heading'; level: 2 | 3 | 4; lines: SeedLine[] }
  | {
      kind: 'paragraph';
      lines: SeedLine[];
      /** "17.5" for numbered paragraphs. */
      number?: string;
      /** A slide's title in the lesson (a title, but not a heading of the document). */
      slideTitle?: boolean;
    }
  | { kind: 'list'; ordered: boolean; items: ListItem[] }
  | { kind: 'table'; rows: { line: SeedLine; cells: string[] }[] }
  | { kind: 'footnote'; number: string; lines: SeedLine[] }
  | { kind: 'links'; lines: SeedLine[] };

export interface ParseOptions {
  /** Paragraphs wrap over several lines (PDF text): join a run of lines into one paragraph. */
  wrapped: boolean;
  /** Lines that start with "17.5" or "9." are the document's numbered paragraphs (policies). */
  numberedParagraphs: boolean;
  /** How footnotes are marked: superscript digits ("¹ For the purposes…") or plain digits ("1 Ibid."). */
  footnotes: 'superscript' | 'digits' | 'none';
  /**
   * The level of a line that reads as a title (default 2), or null when the document says it is not
   * a heading (a slide's footer in the lesson).
   */
  headingLevel?: (text: string) => 2 | 3 | 4 | null;
}

const SUPERSCRIPTS = '⁰¹²³⁴⁵⁶⁷⁸⁹';
const URL_LINE = /^https?:\/\/\S+$/;
const BULLET = /^(?:[•●▪]|-(?=\s))\s*/;
const ORDERED = /^(\d{1,2})\.\s+(?=\S)/;
const NUMBERED_PARAGRAPH = /^(?:-\s*)?(\d{1,2}(?:\.\d{1,2})?)\.?\s+(?=\S)/;

/** Turns superscript digits into ordinary ones: "¹²" → "12". */
export function fromSuperscript(text: string): string {
  return [...text].map((c) => String(SUPERSCRIPTS.indexOf(c))).join('');
}

function clean(raw: string): string {
  return raw
    .replace(/\uFFFD/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** A line that reads as a title: short, not ending like a sentence, not a list item or a link. */
function looksLikeHeading(text: string): boolean {
  if (text.length === 0 || text.length > 90) return false;
  if (URL_LINE.test(text) || BULLET.test(text) || ORDERED.test(text)) return false;
  if (/[.,;:!?]["”’)]?\d*$/.test(text)) return false;
  return /^[A-Z0-9“"(]/.test(text);
}

function endsSentence(text: string): boolean {
  return /[.:;!?]["”’)]?\d*$/.test(text);
}

/**
 * Parses a seed's lines (`lines[0]` is line `firstLine`) into blocks. Blank lines carry no text and
 * belong to no block.
 */
export function parseSeed(rawLines: readonly string[], options: ParseOptions, firstLine = 1): Block[] {
  const headingLevel = options.headingLevel ?? (() => 2);
  const blocks: Block[] = [];
  let lastFootnote = 0;

  // Runs of non-blank lines, separated by blank lines.
  const runs: SeedLine[][] = [];
  let run: SeedLine[] = [];
  rawLines.forEach((raw, index) => {
    const text = clean(raw);
    if (text === '' || text === '-') {
      if (run.length > 0) runs.push(run);
      run = [];
      // A lone "-" is a page-break mark in the policies: no text to show, no block to make.
      return;
    }
    run.push({ n: firstLine + index, text });
  });
  if (run.length > 0) runs.push(run);

  const footnoteNumber = (text: string): string | undefined => {
    if (options.footnotes === 'superscript') {
      const match = new RegExp(`^([${SUPERSCRIPTS}]+)\\s`).exec(text);
      return match?.[1] ? fromSuperscript(match[1]) : undefined;
    }
    if (options.footnotes === 'digits') {
      const match = /^(\d{1,3}) (?=\S)/.exec(text);
      const n = Number(match?.[1]);
      // Footnotes count up within a part; "2020 is a year…" or "25 years since…" are not footnotes.
      if (match && n > lastFootnote && n <= lastFootnote + 3) return match[1];
      if (match && n === 1) return match[1];
    }
    return undefined;
  };

  const lastBlock = () => blocks.at(-1);

  const addListItem = (ordered: boolean, item: ListItem) => {
    const previous = lastBlock();
    if (previous?.kind === 'list' && previous.ordered === ordered) previous.items.push(item);
    else blocks.push({ kind: 'list', ordered, items: [item] });
  };

  for (const lines of runs) {
    // State within one run: what the current line continues.
    let open: SeedLine[] | undefined;
    for (let i = 0; i < lines.length; i += 1) {
      const line = lines[i] as SeedLine;
      const text = line.text;
      const next = lines[i + 1];

      // A footnote starts a run, or follows a page break's links (" 1 DPKO/DFS Policy…" after a URL).
      const footnote =
        i === 0 || open === undefined || options.footnotes === 'superscript' ? footnoteNumber(text) : undefined;
      if (footnote !== undefined) {
        lastFootnote = Number(footnote);
        open = [line];
        blocks.push({ kind: 'footnote', number: footnote, lines: open });
        continue;
      }
      if (URL_LINE.test(text)) {
        const previous = lastBlock();
        if (previous?.kind === 'links' && open === undefined) previous.lines.push(line);
        else blocks.push({ kind: 'links', lines: [line] });
        open = undefined;
        continue;
      }
      if (text.includes('\t') || /\t/.test(rawLines[line.n - firstLine] ?? '')) {
        const raw = rawLines[line.n - firstLine] ?? '';
        if (!BULLET.test(raw.trim()) && !ORDERED.test(raw.trim())) {
          const cells = raw.split('\t').map(clean);
          while (cells.length > 1 && cells.at(-1) === '') cells.pop();
          const previous = lastBlock();
          if (previous?.kind === 'table' && open === undefined) previous.rows.push({ line, cells });
          else blocks.push({ kind: 'table', rows: [{ line, cells }] });
          open = undefined;
          continue;
        }
      }
      if (options.numberedParagraphs) {
        const numbered = NUMBERED_PARAGRAPH.exec(text);
        if (numbered?.[1]) {
          open = [line];
          blocks.push({ kind: 'paragraph', number: numbered[1], lines: open });
          continue;
        }
      }
      const bullet = BULLET.exec(text);
      if (bullet) {
        open = [{ n: line.n, text: text.slice(bullet[0].length) }];
        addListItem(false, { lines: open });
        continue;
      }
      const ordered = ORDERED.exec(text);
      if (ordered?.[1]) {
        open = [{ n: line.n, text: text.slice(ordered[0].length) }];
        addListItem(true, { number: ordered[1], lines: open });
        continue;
      }
      const previousText = i > 0 ? (lines[i - 1] as SeedLine).text : undefined;
      const afterHeading = i > 0 && lastBlock()?.kind === 'heading' && open === undefined;
      const startsHere =
        !afterHeading && (previousText === undefined || endsSentence(previousText) || open === undefined);
      const level =
        looksLikeHeading(text) &&
        startsHere &&
        (options.wrapped
          ? // In wrapped text a title is shorter than a full line, and stands alone or heads a
            // paragraph of full-width lines.
            text.length <= 75 && (next === undefined || next.text.length >= 60)
          : // Elsewhere a title is a line of its own.
            lines.length === 1)
          ? headingLevel(text)
          : null;
      if (level !== null) {
        blocks.push({ kind: 'heading', level, lines: [line] });
        open = undefined;
        continue;
      }
      if (options.wrapped && open !== undefined) {
        // A wrapped line continues the paragraph, list item or footnote it follows.
        open.push(line);
        continue;
      }
      open = [line];
      blocks.push({ kind: 'paragraph', lines: open });
      if (!options.wrapped) open = undefined;
    }
  }
  return blocks;
}

/** Every seed line a block holds, in order. */
export function linesOf(block: Block): SeedLine[] {
  switch (block.kind) {
    case 'list':
      return block.items.flatMap((item) => item.lines);
    case 'table':
      return block.rows.map((row) => row.line);
    default:
      return block.lines;
  }
}
