import { createActor } from 'xstate';
import { pageLanguage } from '../i18n/languages';
import { trainerLiveMessages } from '../i18n/messages/trainer';
import { deckMachine, remainingMs } from '../machines/deck-machine';
import { formatClock, stopwatchMs } from '../machines/stopwatch';
import {
  bindKeys,
  connectWindows,
  fit,
  newWindowId,
  slideFromUrl,
  toggleFullscreen,
  writeSlideToUrl,
  toolbarEvent,
  type DeckActor,
} from './deck-controls';
import { keepTimers } from './presenter-timers';

/** The presenter view: current and next slide, notes, key messages and the two timers. */
export function startPresenter(root: HTMLElement): DeckActor {
  const q = <T extends Element = HTMLElement>(selector: string) => root.querySelector<T>(selector);
  const slides = [...root.querySelectorAll<HTMLElement>('[data-slide]')];
  const notes = [...root.querySelectorAll<HTMLElement>('[data-notes]')];
  const numbers = slides.map((s) => Number(s.dataset.slide));
  const titles = slides.map((s) => s.dataset.title ?? '');
  const next = q('[data-next]')!;
  const counter = q('[data-counter]')!;
  const status = q('[data-status]')!;
  const jump = q('[data-jump]');
  const blankButton = q('[data-action="blank"]');
  const elapsedClock = q('[data-clock="elapsed"]')!;
  const elapsedNote = q('[data-elapsed-note]');
  const activityClock = q('[data-clock="activity"]');
  const timeUp = q('[data-time-up]');
  const audienceLink = q<HTMLAnchorElement>('a[data-audience]');
  const deckId = root.dataset.deck ?? '';
  const m = trainerLiveMessages[pageLanguage(document)];

  const actor = createActor(deckMachine, {
    input: {
      deck: deckId,
      sender: newWindowId(),
      numbers,
      start: slideFromUrl(location),
      lessonMinutes: Number(root.dataset.lessonMinutes) || 45,
      activityMinutes: Number(root.dataset.activityMinutes) || 15,
    },
  });

  let shownIndex = -1;
  let wasTimeUp = false;
  actor.subscribe((snapshot) => {
    const { context } = snapshot;
    const { index, total, blank, jumpBuffer, now } = context;
    const number = numbers[index] ?? 1;
    if (index !== shownIndex) {
      slides.forEach((s, i) => s.toggleAttribute('data-current', i === index));
      notes.forEach((n, i) => n.toggleAttribute('data-current', i === index));
      showNext(next, slides[index + 1], titles[index + 1], numbers[index + 1], m);
      counter.textContent = m.slideOf(number, total);
      status.textContent = m.slideStatus(number, total, titles[index] ?? '');
      if (audienceLink) audienceLink.hash = String(number);
      writeSlideToUrl(number);
      fit(slides[index]);
      shownIndex = index;
    }
    blankButton?.setAttribute('aria-pressed', String(blank));
    root.toggleAttribute('data-blank', blank);
    if (jump) {
      jump.hidden = jumpBuffer === '';
      jump.textContent = m.goToSlide(jumpBuffer);
    }

    const elapsed = stopwatchMs(context.elapsed, now);
    elapsedClock.textContent = formatClock(elapsed);
    if (elapsedNote) {
      const over = elapsed - context.lessonMs;
      elapsedNote.textContent = over > 0 ? m.timeOver(formatClock(over)) : m.timeLeft(formatClock(-over, true));
    }
    setTimerButtons('elapsed', snapshot.value.elapsed);

    if (activityClock) {
      activityClock.textContent = formatClock(remainingMs(context, now), true);
      const state = snapshot.value.activity;
      setTimerButtons('activity', state);
      const isUp = state === 'timeUp';
      root.toggleAttribute('data-time-up', isUp);
      if (isUp !== wasTimeUp && timeUp) timeUp.textContent = isUp ? (timeUp.dataset.message ?? m.timeIsUp) : '';
      wasTimeUp = isUp;
    }
  });

  const setTimerButtons = (timer: string, state: string) => {
    const toggle = q(`[data-timer="${timer}"][data-action="timer.toggle"]`);
    if (!toggle) return;
    toggle.textContent = state === 'running' ? m.pause : state === 'paused' ? m.resume : m.start;
    toggle.toggleAttribute('disabled', state === 'timeUp');
  };

  root.setAttribute('data-live', '');
  actor.start();
  keepTimers(actor, sessionStorageOrNothing(), deckId);

  bindKeys(document, actor, { overview: false, presenter: false }, (command) => {
    if (command.type === 'fullscreen') toggleFullscreen(document);
  });
  connectWindows(actor);

  root.addEventListener('click', (e) => {
    const target = e.target instanceof Element ? e.target.closest<HTMLElement>('[data-action]') : null;
    if (!target) return;
    const timer = target.dataset.timer === 'activity' ? 'activity' : 'elapsed';
    const now = Date.now();
    const event = toolbarEvent(target.dataset.action);
    if (event) actor.send(event);
    switch (target.dataset.action) {
      case 'timer.toggle': {
        const state = actor.getSnapshot().value[timer];
        actor.send({ type: state === 'running' ? 'timer.pause' : 'timer.start', timer, now });
        break;
      }
      case 'timer.reset':
        actor.send({ type: 'timer.reset', timer });
        break;
    }
  });
  audienceLink?.addEventListener('click', (e) => {
    const win = window.open(audienceLink.href, `gl-deck-${deckId}`);
    if (win) e.preventDefault();
  });
  addEventListener('hashchange', () => {
    const number = slideFromUrl(location);
    if (number !== null) actor.send({ type: 'slide.goto', number });
  });
  addEventListener('resize', () => fit(slides[actor.getSnapshot().context.index]));
  const tick = () => actor.send({ type: 'timer.tick', now: Date.now() });
  tick();
  setInterval(tick, 250);
  return actor;
}

/** This tab's sessionStorage, or a stand-in that keeps nothing where the browser blocks storage. */
function sessionStorageOrNothing(): Pick<Storage, 'getItem' | 'setItem'> {
  try {
    return window.sessionStorage;
  } catch {
    return { getItem: () => null, setItem: () => undefined };
  }
}

/** The next slide, as a picture of it: a copy of its figure without its id, hidden from the accessibility tree. */
function showNext(
  pane: HTMLElement,
  slide: HTMLElement | undefined,
  title: string | undefined,
  number: number | undefined,
  m: (typeof trainerLiveMessages)['en'],
): void {
  const label = pane.querySelector('[data-next-label]');
  const frame = pane.querySelector('[data-next-frame]');
  if (!label || !frame) return;
  frame.replaceChildren();
  if (!slide) {
    label.textContent = m.endOfDeck;
    return;
  }
  label.textContent = m.nextSlideIs(number ?? 0, title ?? '');
  const figure = slide.querySelector('figure')?.cloneNode(true);
  if (figure instanceof HTMLElement) {
    figure.removeAttribute('id');
    // An untranslated slide keeps the language and direction its deck marks it with.
    if (slide.lang) {
      figure.lang = slide.lang;
      figure.dir = slide.dir;
    }
    frame.append(figure);
  }
}
