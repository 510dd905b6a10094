import type { Actor } from 'xstate';
import { messageToEvent, parseDeckMessage, type DeckEvent, type deckMachine } from '../machines/deck-machine';
import { shortcutLetter } from './shortcut-key';

/**
 * Browser wiring shared by the deck and the presenter view: keys, swipes and the channel between
 * windows all become the same machine events.
 */

export type DeckActor = Actor<typeof deckMachine>;

/** What a key asks for: a machine event, or a browser action the page performs itself. */
export type DeckCommand =
  | { type: 'event'; event: DeckEvent }
  | { type: 'fullscreen' }
  | { type: 'presenter' }
  | { type: 'overview.move'; key: string };

export interface KeyInput {
  key: string;
  /** The physical key ("KeyB"): the letter shortcuts follow it, so they work on any layout (Arabic too). */
  code?: string;
  ctrlKey?: boolean;
  altKey?: boolean;
  metaKey?: boolean;
}

export interface KeyOptions {
  /** Esc opens the overview grid (deck only). */
  overview: boolean;
  /** S opens the presenter view (deck only). */
  presenter: boolean;
  /**
   * The page reads right to left (Arabic): the left arrow goes on to the next slide and the right
   * arrow back, as the slides follow the reading direction. Down, Page Down and Space stay "next".
   */
  rtl?: boolean;
}

const NEXT = new Set(['ArrowRight', 'ArrowDown', ' ', 'Spacebar', 'PageDown']);
const PREVIOUS = new Set(['ArrowLeft', 'ArrowUp', 'PageUp']);
const NEXT_RTL = new Set(['ArrowLeft', 'ArrowDown', ' ', 'Spacebar', 'PageDown']);
const PREVIOUS_RTL = new Set(['ArrowRight', 'ArrowUp', 'PageUp']);
const GRID_KEYS = new Set(['ArrowRight', 'ArrowDown', 'ArrowLeft', 'ArrowUp', 'Home', 'End']);

/** The command for a key press, given the deck's state; null leaves the key to the browser. */
export function commandForKey(
  input: KeyInput,
  state: { jumpBuffer: string; overview: boolean },
  options: KeyOptions,
): DeckCommand | null {
  const { key } = input;
  if (input.ctrlKey || input.altKey || input.metaKey) return null;
  const event = (e: DeckEvent): DeckCommand => ({ type: 'event', event: e });
  if (state.overview) {
    if (key === 'Escape') return event({ type: 'overview.toggle' });
    return GRID_KEYS.has(key) ? { type: 'overview.move', key } : null;
  }
  if (/^[0-9]$/.test(key)) return event({ type: 'digit.type', digit: key });
  if (key === 'Enter') return state.jumpBuffer === '' ? null : event({ type: 'digit.commit' });
  if (key === 'Escape') {
    if (state.jumpBuffer !== '') return event({ type: 'digit.clear' });
    return options.overview ? event({ type: 'overview.toggle' }) : null;
  }
  if ((options.rtl ? NEXT_RTL : NEXT).has(key)) return event({ type: 'slide.next' });
  if ((options.rtl ? PREVIOUS_RTL : PREVIOUS).has(key)) return event({ type: 'slide.previous' });
  if (key === 'Home') return event({ type: 'slide.first' });
  if (key === 'End') return event({ type: 'slide.last' });
  switch (shortcutLetter(input)) {
    case 'b':
    case '.':
      return event({ type: 'screen.blank.toggle' });
    case 'f':
      return { type: 'fullscreen' };
    case 's':
      return options.presenter ? { type: 'presenter' } : null;
    default:
      return null;
  }
}

/** Keys a focused control needs for itself (Space and Enter press a button or follow a link). */
function belongsToControl(event: KeyboardEvent): boolean {
  const target = event.target;
  if (!(target instanceof Element)) return false;
  if (target.closest('input, textarea, select, [contenteditable="true"]')) return true;
  return (event.key === ' ' || event.key === 'Enter') && target.closest('button, a[href], summary') !== null;
}

export function bindKeys(
  doc: Document,
  actor: DeckActor,
  options: KeyOptions,
  perform: (command: Exclude<DeckCommand, { type: 'event' }>, event: KeyboardEvent) => void,
): void {
  doc.addEventListener('keydown', (e) => {
    if (e.defaultPrevented || belongsToControl(e)) return;
    const { jumpBuffer, overview } = actor.getSnapshot().context;
    const command = commandForKey(e, { jumpBuffer, overview }, { ...options, rtl: readsRightToLeft(doc) });
    if (!command) return;
    e.preventDefault();
    if (command.type === 'event') actor.send(command.event);
    else perform(command, e);
  });
}

/** Whether the page reads right to left (`<html dir="rtl">`, Arabic). */
export function readsRightToLeft(doc: Document): boolean {
  return doc.documentElement.dir === 'rtl';
}

/**
 * A horizontal swipe: left for the next slide, right for the previous one; the other way round on a
 * page that reads right to left, as the arrow keys.
 */
export function bindSwipe(el: HTMLElement, actor: DeckActor): void {
  let start: { x: number; y: number } | null = null;
  el.addEventListener(
    'touchstart',
    (e) => {
      const t = e.changedTouches[0];
      start = e.touches.length === 1 && t ? { x: t.clientX, y: t.clientY } : null;
    },
    { passive: true },
  );
  el.addEventListener(
    'touchend',
    (e) => {
      const t = e.changedTouches[0];
      if (!start || !t) return;
      const dx = t.clientX - start.x;
      const dy = t.clientY - start.y;
      start = null;
      if (Math.abs(dx) < 50 || Math.abs(dx) < Math.abs(dy) * 1.5) return;
      const forward = readsRightToLeft(el.ownerDocument) ? dx > 0 : dx < 0;
      actor.send({ type: forward ? 'slide.next' : 'slide.previous' });
    },
    { passive: true },
  );
}

/**
 * Connects the actor to the other windows of this browser: what it publishes goes out, what
 * arrives goes in (the machine decides whether to apply it). Says hello once listening.
 */
export function connectWindows(actor: DeckActor): void {
  if (typeof BroadcastChannel === 'undefined') return;
  const channel = new BroadcastChannel('gender-lens-deck');
  actor.on('sync.publish', ({ message }) => channel.postMessage(message));
  channel.addEventListener('message', (e: MessageEvent) => {
    const message = parseDeckMessage(e.data);
    if (message) actor.send(messageToEvent(message));
  });
  addEventListener('pagehide', () => channel.close());
  actor.send({ type: 'sync.connect' });
}

/** Slide number from `#12` or `?slide=12`. */
export function slideFromUrl(url: { hash: string; search: string }): number | null {
  const match = /^#(\d+)$/.exec(url.hash) ?? /[?&]slide=(\d+)/.exec(url.search);
  return match ? Number(match[1]) : null;
}

/** Puts the slide number in the address, so a reload or a shared link opens the same slide. */
export function writeSlideToUrl(number: number): void {
  const hash = `#${number}`;
  if (location.hash === hash && location.search === '') return;
  history.replaceState(history.state, '', `${location.pathname}${hash}`);
}

export function newWindowId(): string {
  return typeof crypto !== 'undefined' && 'randomUUID' in crypto
    ? crypto.randomUUID()
    : `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
}

export function toggleFullscreen(doc: Document): void {
  if (doc.fullscreenElement) void doc.exitFullscreen?.();
  else void doc.documentElement.requestFullscreen?.().catch(() => undefined);
}

/** Shrinks a slide's type, a step at a time, until its body fits the 16:9 frame. */
export function fit(slide: HTMLElement | undefined): void {
  const body = slide?.querySelector<HTMLElement>('.slide__body');
  if (!slide || !body) return;
  let scale = 1;
  slide.style.setProperty('--fit', '1');
  while (scale > 0.55 && body.scrollHeight > body.clientHeight + 1) {
    scale -= 0.05;
    slide.style.setProperty('--fit', scale.toFixed(2));
  }
}

/**
 * Fits every slide, not only the one showing, so that printing (one slide per page) keeps each
 * slide whole. Type is in container units, so a fit found at screen size holds on paper too.
 */
export function fitAll(slides: HTMLElement[]): void {
  for (const slide of slides) {
    const hidden = !slide.hasAttribute('data-current');
    if (hidden) slide.setAttribute('data-measure', '');
    fit(slide);
    if (hidden) slide.removeAttribute('data-measure');
  }
}

/** The toolbar buttons both windows share (`data-action`), as machine events. */
export function toolbarEvent(action: string | undefined): DeckEvent | null {
  switch (action) {
    case 'next':
      return { type: 'slide.next' };
    case 'previous':
      return { type: 'slide.previous' };
    case 'blank':
      return { type: 'screen.blank.toggle' };
    case 'overview':
      return { type: 'overview.toggle' };
    default:
      return null;
  }
}
