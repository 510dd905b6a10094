import { ContentError } from './content-error';

/**
 * Container blocks of lesson Markdown (`::: kind args` … `:::`). Splitting them out by line keeps
 * line numbers for error messages, which marked's tokenizer does not report.
 */
export type BlockKind = 'slide' | 'key-message' | 'trainer-tip' | 'activity' | 'editorial' | 'example';

export type Block =
  | { kind: 'markdown'; text: string; line: number }
  | { kind: 'slide'; number: number; title: string; body: string; line: number }
  | { kind: 'key-message'; number: number; body: string; line: number }
  | { kind: 'trainer-tip'; body: string; line: number }
  | { kind: 'activity'; id: string; line: number }
  | { kind: 'editorial'; body: string; line: number }
  | { kind: 'example'; title: string; body: string; line: number };

const OPEN = /^:::[ \t]*([a-z-]+)(.*)$/;
const CLOSE = /^:::[ \t]*$/;
const NUMBER = /^(\d+)$/;
const NUMBER_AND_TITLE = /^(\d+)\s+"([^"]+)"$/;
const TITLE = /^"([^"]+)"$/;
const ID = /^([a-z0-9]+(?:-[a-z0-9]+)*)$/;

const USAGE: Record<BlockKind, string> = {
  slide: '::: slide <number> "<title>"',
  'key-message': '::: key-message <number>',
  'trainer-tip': '::: trainer-tip',
  activity: '::: activity <activity-id>',
  editorial: '::: editorial',
  example: '::: example "<title>"',
};

function isBlockKind(kind: string): kind is BlockKind {
  return Object.hasOwn(USAGE, kind);
}

function makeBlock(kind: BlockKind, args: string, body: string, line: number, fail: (p: string) => never): Block {
  const bad = () => fail(`malformed block "::: ${kind}${args ? ` ${args}` : ''}"; write ${USAGE[kind]}`);
  switch (kind) {
    case 'slide': {
      const m = NUMBER_AND_TITLE.exec(args) ?? bad();
      return { kind, number: Number(m[1]), title: m[2] ?? '', body, line };
    }
    case 'key-message': {
      const m = NUMBER.exec(args) ?? bad();
      if (body.trim() === '') fail(`key message ${m[1]} is empty`);
      return { kind, number: Number(m[1]), body, line };
    }
    case 'activity': {
      const m = ID.exec(args) ?? bad();
      if (body.trim() !== '')
        fail(`the activity block "${m[1]}" must be empty; its content lives in content/activities/`);
      return { kind, id: m[1] ?? '', line };
    }
    case 'example': {
      const m = TITLE.exec(args) ?? bad();
      return { kind, title: m[1] ?? '', body, line };
    }
    case 'trainer-tip':
    case 'editorial':
      if (args !== '') bad();
      if (body.trim() === '') fail(`the ${kind} block is empty`);
      return { kind, body, line };
  }
}

/** Splits lesson Markdown into plain Markdown runs and container blocks. Throws ContentError on malformed blocks. */
export function splitBlocks(source: string, file: string, firstLine = 1): Block[] {
  const lines = source.split(/\r?\n/);
  const blocks: Block[] = [];
  let markdown: string[] = [];
  let markdownStart = firstLine;
  let open: { kind: BlockKind; args: string; line: number; body: string[] } | null = null;
  let inFence = false;

  lines.forEach((text, index) => {
    const lineNo = index + firstLine;
    const fail = (problem: string): never => {
      throw new ContentError(file, problem, open?.line ?? lineNo);
    };
    // Code fences may show block syntax as an example; they are not blocks.
    if (/^(```|~~~)/.test(text)) inFence = !inFence;
    if (!inFence && CLOSE.test(text)) {
      if (!open) throw new ContentError(file, 'a closing ":::" has no opening block', lineNo);
      blocks.push(makeBlock(open.kind, open.args, open.body.join('\n'), open.line, fail));
      open = null;
      markdown = [];
      markdownStart = lineNo + 1;
      return;
    }
    const opening = inFence ? null : OPEN.exec(text);
    if (opening) {
      const kind = opening[1] ?? '';
      if (open) {
        throw new ContentError(
          file,
          `"::: ${kind}" opens inside the ${open.kind} block opened at line ${open.line}; blocks do not nest (is a ":::" missing?)`,
          lineNo,
        );
      }
      if (!isBlockKind(kind)) {
        throw new ContentError(file, `unknown block "::: ${kind}" (known: ${Object.keys(USAGE).join(', ')})`, lineNo);
      }
      if (markdown.join('').trim() !== '')
        blocks.push({ kind: 'markdown', text: markdown.join('\n'), line: markdownStart });
      open = { kind, args: (opening[2] ?? '').trim(), line: lineNo, body: [] };
      return;
    }
    if (open) open.body.push(text);
    else markdown.push(text);
  });

  if (open) {
    const unclosed = open as { kind: BlockKind; line: number };
    throw new ContentError(file, `the ${unclosed.kind} block is never closed with ":::"`, unclosed.line);
  }
  if (markdown.join('').trim() !== '')
    blocks.push({ kind: 'markdown', text: markdown.join('\n'), line: markdownStart });
  return blocks;
}
