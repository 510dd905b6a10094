import { checkCitations } from '../library/cite';
import { splitBlocks, type Block } from './blocks';
import type { Language } from '../i18n/languages';
import { pageMessages } from '../i18n/messages/pages';
import { ContentError } from './content-error';
import { checkTermLinks, createMarkdown, escapeHtml, withHeadingIds, type TermIndex } from './markdown';

/** Frame printed on every slide of a course's deck. */
export interface DeckFrame {
  header: string;
  footer: string;
}

export interface RenderedSlide {
  number: number;
  title: string;
  /** Slide body HTML (empty when the seed gives no body). */
  html: string;
  /** Trainer tips that go with this slide, as HTML: they follow it in the lesson. */
  notes: string[];
  /** Numbers of the key messages that go with this slide. */
  keyMessages: number[];
}

export interface RenderedKeyMessage {
  number: number;
  html: string;
}

/** The page is HTML with activity islands between runs of it. */
export type Segment = { type: 'html'; html: string } | { type: 'activity'; id: string };

export interface RenderedSection {
  segments: Segment[];
  slides: RenderedSlide[];
  keyMessages: RenderedKeyMessage[];
  trainerTips: string[];
  activityIds: string[];
}

export interface RenderContext {
  /** Path of the file, for error messages. */
  file: string;
  /** Line of the file on which `source` starts (after the frontmatter); default 1. */
  firstLine?: number;
  terms: TermIndex;
  activityIds: ReadonlySet<string>;
  /** Present for courses with slides. */
  deck?: DeckFrame;
  /** The language of the page the section is shown in, which its labels ("Trainer tip") speak. */
  lang?: Language;
  /** A translation's English heading ids, in order: its headings take them (withHeadingIds). */
  headingIds?: readonly string[];
  /**
   * A translation's English page: each part (a second-level heading) and each slide links to its
   * English original there, at the same id, so a learner can check any passage against the text
   * that is authoritative.
   */
  englishHref?: string;
}

/** The link to a part's or a slide's English original, under it on a translated page. */
function englishOriginal(href: string, label: string): string {
  return `<p class="english-original meta"><a href="${escapeHtml(href)}" hreflang="en">${escapeHtml(label)}</a></p>`;
}

function blockText(block: Block): string {
  switch (block.kind) {
    case 'markdown':
      return block.text;
    case 'activity':
      return '';
    default:
      return block.body;
  }
}

/**
 * Renders one section's Markdown into the learner's page plus the pieces the deck and the handout
 * reuse, so the three views come from one source and cannot drift apart.
 */
export function renderSection(source: string, context: RenderContext): RenderedSection {
  const { file, terms } = context;
  const labels = pageMessages[context.lang ?? 'en'];
  const givenIds = [...(context.headingIds ?? [])];
  const markdown = createMarkdown(terms, context.lang);
  const blocks = splitBlocks(source, file, context.firstLine);
  const segments: Segment[] = [];
  const slides: RenderedSlide[] = [];
  const keyMessages: RenderedKeyMessage[] = [];
  const trainerTips: string[] = [];
  const activityIds: string[] = [];
  // Tips and key messages before the first slide belong to it; later ones to the slide before them.
  const orphanNotes: string[] = [];
  const orphanMessages: number[] = [];
  let html = '';
  // Ids the section page itself uses, which a heading must not take.
  const headingIds = new Set(['main', 'objectives']);

  for (const block of blocks) {
    // Body lines start one line after the opening ":::" line.
    checkTermLinks(blockText(block), block.kind === 'markdown' ? block.line : block.line + 1, file, terms);
    checkCitations(blockText(block), file, block.kind === 'markdown' ? block.line : block.line + 1);
    const lastSlide = slides.at(-1);
    switch (block.kind) {
      case 'markdown': {
        const part = withHeadingIds(markdown(block.text), headingIds, givenIds);
        const { englishHref } = context;
        html += englishHref
          ? part.replace(
              /(<h2 id="([^"]+)">[\s\S]*?<\/h2>)/g,
              (_, heading: string, id: string) =>
                heading + englishOriginal(`${englishHref}#${id}`, labels.englishOriginalPart),
            )
          : part;
        break;
      }
      case 'slide': {
        if (!context.deck)
          throw new ContentError(
            file,
            'this course has no `deck` in course.yaml, so it cannot have slides',
            block.line,
          );
        if (slides.some((s) => s.number === block.number))
          throw new ContentError(file, `slide ${block.number} appears twice`, block.line);
        const body = block.body.trim() === '' ? '' : markdown(block.body);
        slides.push({ number: block.number, title: block.title, html: body, notes: [], keyMessages: [] });
        html += renderSlideFigure(block.number, block.title, body, context.deck, context.lang);
        if (context.englishHref) {
          html += englishOriginal(
            `${context.englishHref}#slide-${block.number}`,
            labels.englishOriginalSlide(block.number),
          );
        }
        break;
      }
      case 'key-message': {
        const body = markdown(block.body);
        keyMessages.push({ number: block.number, html: body });
        (lastSlide?.keyMessages ?? orphanMessages).push(block.number);
        html += `<div class="key-message" role="note" aria-label="${escapeHtml(labels.keyMessageNote(block.number))}"><p class="key-message__label">${escapeHtml(labels.keyMessage(block.number))}</p>${body}</div>`;
        break;
      }
      case 'trainer-tip': {
        const body = markdown(block.body);
        trainerTips.push(body);
        (lastSlide?.notes ?? orphanNotes).push(body);
        html += `<div class="trainer-tip" role="note" aria-label="${escapeHtml(labels.trainerTip)}"><p class="trainer-tip__label">${escapeHtml(labels.trainerTip)}</p>${body}</div>`;
        break;
      }
      case 'editorial':
        html += `<div class="editorial" role="note" aria-label="${escapeHtml(labels.editorsNoteName)}"><p class="editorial__label">${escapeHtml(labels.editorsNote)}</p>${markdown(block.body)}</div>`;
        break;
      case 'example':
        html += `<figure class="example"><figcaption>${escapeHtml(labels.example(block.title))}</figcaption>${markdown(block.body)}</figure>`;
        break;
      case 'activity':
        if (!context.activityIds.has(block.id)) {
          throw new ContentError(
            file,
            `activity "${block.id}" does not exist (no content/activities/${block.id}.yaml)`,
            block.line,
          );
        }
        activityIds.push(block.id);
        segments.push({ type: 'html', html });
        segments.push({ type: 'activity', id: block.id });
        html = '';
        break;
    }
  }
  if (html !== '') segments.push({ type: 'html', html });
  const first = slides[0];
  if (first) {
    first.notes.unshift(...orphanNotes);
    first.keyMessages.unshift(...orphanMessages);
  }
  return { segments, slides, keyMessages, trainerTips, activityIds };
}

/** The slide as shown inline in the lesson: the same frame as on the projector. */
export function renderSlideFigure(
  number: number,
  title: string,
  bodyHtml: string,
  deck: DeckFrame,
  lang: Language = 'en',
): string {
  const labels = pageMessages[lang];
  const body = bodyHtml === '' ? `<p class="slide__empty">${escapeHtml(labels.slideEmpty)}</p>` : bodyHtml;
  return (
    `<figure class="slide" id="slide-${number}" aria-label="${escapeHtml(labels.slideNamed(number, title))}">` +
    `<p class="slide__header">${escapeHtml(deck.header)}</p>` +
    `<p class="slide__title">${escapeHtml(title)}</p>` +
    `<div class="slide__body">${body}</div>` +
    `<p class="slide__footer">${escapeHtml(deck.footer)} ${escapeHtml(labels.slide(number))}</p>` +
    `</figure>`
  );
}
