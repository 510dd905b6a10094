import { DIRECTION, type Language } from '../i18n/languages';
import { libraryMessages } from '../i18n/messages/library';
import { escapeHtml, slugify } from '../render/markdown';
import { fromSuperscript, linesOf, type SeedLine } from './parse';
import { CPTM_SLIDE_END, CPTM_SLIDE_START } from './documents';
import type { LibraryPage } from './library';

/** A heading of the page, for its table of contents. */
export interface TocEntry {
  id: string;
  text: string;
  level: number;
}

export interface RenderedPage {
  html: string;
  /** The document's title page, or a chapter's title, each line with its anchor. */
  coverHtml: string;
  titleHtml: string;
  toc: TocEntry[];
  /** A `<style>` body that lights up every line of each cited range when a link opens it. */
  rangeCss: string;
}

/**
 * The seed's own inline marks: `**bold**` and `*italic*` (the lesson and the UNSMS policy), `<i>`
 * left over from the lesson's HTML, superscript footnote marks (the policies) and footnote numbers
 * glued to a word (the Resource Package: "given context.1").
 */
function inline(text: string, footnotes: ReadonlySet<string>, gluedNotes: boolean): string {
  // The lesson's slide 4 keeps the HTML of its source (a styled <ul>): the list marks stay, the tags go.
  let html = escapeHtml(text.replace(/<\/?ul[^>]*>/g, ''))
    .replace(/&lt;i&gt;(.*?)&lt;\/i&gt;/g, '<em>$1</em>')
    .replace(/\*\*(\S(?:.*?\S)?)\*\*/g, '<strong>$1</strong>')
    .replace(/(^|[\s(“"])\*(\S(?:.*?\S)?)\*(?=$|[\s).,;:”"])/g, '$1<em>$2</em>');
  const ref = (n: string) => `<sup class="fnref"><a href="#fn-${n}" aria-label="note ${n}">${n}</a></sup>`;
  html = html.replace(/([⁰¹²³⁴⁵⁶⁷⁸⁹]+)/g, (mark: string) => {
    const n = fromSuperscript(mark);
    return footnotes.has(n) ? ref(n) : mark;
  });
  if (gluedNotes) {
    html = html.replace(/(?<=[A-Za-z.,;:)”’"])(\d{1,2})(?=\s|$)/g, (digits: string) =>
      footnotes.has(digits) ? ref(digits) : digits,
    );
  }
  return html;
}

function isUrl(text: string): boolean {
  return /^https?:\/\/\S+$/.test(text);
}

/**
 * Renders one page of the library: every seed line in a span with its own anchor (`id="L176"`). The
 * text is the English document's; the one heading the site adds (its notes) speaks `lang`, the
 * language of the page it is shown on.
 */
export function renderLibraryPage(
  page: LibraryPage,
  citedRanges: readonly [number, number][],
  lang: Language = 'en',
): RenderedPage {
  const footnotes = new Set(page.blocks.flatMap((b) => (b.kind === 'footnote' ? [b.number] : [])));
  const glued = page.key === 'dpo';
  const used = new Set<string>(['main', 'contents', 'notes']);
  const toc: TocEntry[] = [];

  // Where a cited range starts, an empty anchor (`id="L131-142"`) before its first line.
  const rangeStarts = new Map<number, string[]>();
  const lineIds = new Set([...page.coverLines, ...page.titleLines, ...page.blocks.flatMap(linesOf)].map((l) => l.n));
  let rangeCss = '';
  for (const [from, to] of citedRanges) {
    if (!lineIds.has(from)) continue;
    rangeStarts.set(from, [...(rangeStarts.get(from) ?? []), `L${from}-${to}`]);
    const inside = [...lineIds].filter((n) => n >= from && n <= to);
    rangeCss += `:root:has(#L${from}-${to}:target) :is(${inside.map((n) => `#L${n}`).join(',')}){background:var(--mark);}`;
  }

  const span = (l: SeedLine, content?: string) => {
    const anchors = (rangeStarts.get(l.n) ?? []).map((id) => `<span class="range-anchor" id="${id}"></span>`).join('');
    return `${anchors}<span class="ln" id="L${l.n}">${content ?? inline(l.text, footnotes, glued)}</span>`;
  };
  const spans = (lines: SeedLine[]) => lines.map((l) => span(l)).join('\n');

  const uniqueId = (base: string) => {
    let id = base || 'part';
    for (let n = 2; used.has(id); n += 1) id = `${base}-${n}`;
    used.add(id);
    return id;
  };

  let body = '';
  let notes = '';
  let slideOpen = false;
  for (const block of page.blocks) {
    const first = linesOf(block)[0] as SeedLine;
    if (page.key === 'cptm') {
      if (CPTM_SLIDE_START.test(first.text)) {
        if (slideOpen) body += '</div>';
        const hasFrame = page.blocks.some(
          (b) =>
            linesOf(b)[0]!.n > first.n &&
            CPTM_SLIDE_END.exec(linesOf(b)[0]!.text)?.[1] === CPTM_SLIDE_START.exec(first.text)?.[1],
        );
        slideOpen = hasFrame;
        body += hasFrame
          ? `<div class="seed-slide" role="group" aria-label="${escapeHtml(first.text)}"><p class="seed-slide__marker">${span(first)}</p>`
          : `<p class="seed-slide__marker seed-slide__marker--empty">${span(first)}</p>`;
        continue;
      }
      if (slideOpen && CPTM_SLIDE_END.test(first.text)) {
        body += `<p class="seed-slide__footer">${span(first)}</p></div>`;
        slideOpen = false;
        continue;
      }
    }
    switch (block.kind) {
      case 'heading': {
        const id = uniqueId(slugify(first.text));
        if (block.level <= 2) toc.push({ id, text: first.text, level: block.level });
        body += `<h${block.level} id="${id}">${spans(block.lines)}</h${block.level}>`;
        break;
      }
      case 'paragraph': {
        const id = block.number ? uniqueId(`para-${block.number.replace('.', '-')}`) : `p${first.n}`;
        used.add(id);
        const kind = block.slideTitle
          ? ' class="seed-slide__title"'
          : /^Key Message \d+:/.test(first.text)
            ? ' class="seed-key-message"'
            : /^Trainer Tips:/.test(first.text)
              ? ' class="seed-tip"'
              : block.number
                ? ' class="seed-numbered"'
                : '';
        body += `<p id="${id}"${kind}>${spans(block.lines)}</p>`;
        break;
      }
      case 'list': {
        const tag = block.ordered ? 'ol' : 'ul';
        body += `<${tag} id="p${first.n}">${block.items
          .map((item) => `<li${item.number ? ` value="${item.number}"` : ''}>${spans(item.lines)}</li>`)
          .join('')}</${tag}>`;
        break;
      }
      case 'table': {
        const width = Math.max(...block.rows.map((r) => r.cells.length));
        const rows = block.rows
          .map((row) => {
            const anchors = (rangeStarts.get(row.line.n) ?? [])
              .map((id) => `<span class="range-anchor" id="${id}"></span>`)
              .join('');
            const cells = row.cells.map((cell, index) => {
              const html = inline(cell, footnotes, glued).replace(/•\s*/g, (_, at: number) =>
                at === 0 ? '• ' : '<br>• ',
              );
              const span =
                index === row.cells.length - 1 && row.cells.length < width ? ` colspan="${width - index}"` : '';
              return `<td${span}>${index === 0 ? anchors : ''}${html}</td>`;
            });
            return `<tr class="ln" id="L${row.line.n}">${cells.join('')}</tr>`;
          })
          .join('');
        body += `<div class="table-wrap" id="p${first.n}" tabindex="0"><table><tbody>${rows}</tbody></table></div>`;
        break;
      }
      case 'footnote': {
        const id = uniqueId(`fn-${block.number}`);
        notes += `<p class="footnote" id="${id}">${spans(block.lines)}</p>`;
        break;
      }
      case 'links':
        body += `<p class="seed-links" id="p${first.n}">${block.lines
          .map((l) =>
            span(
              l,
              isUrl(l.text) ? `<a href="${escapeHtml(l.text)}" rel="external">${escapeHtml(l.text)}</a>` : undefined,
            ),
          )
          .join('\n')}</p>`;
        break;
    }
  }
  if (slideOpen) body += '</div>';
  if (notes !== '') {
    const own = lang === 'en' ? '' : ` lang="${lang}" dir="${DIRECTION[lang]}"`;
    body += `<section class="footnotes" aria-labelledby="notes"><h2 id="notes"${own}>${escapeHtml(libraryMessages[lang].notes)}</h2>${notes}</section>`;
  }
  return {
    html: body,
    coverHtml: page.coverLines.map((l) => span(l)).join('<br>'),
    titleHtml: page.titleLines.map((l) => span(l)).join(' '),
    toc,
    rangeCss,
  };
}
