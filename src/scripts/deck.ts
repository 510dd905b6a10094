import { createActor } from 'xstate';
import { pageLanguage } from '../i18n/languages';
import { trainerLiveMessages } from '../i18n/messages/trainer';
import { deckMachine } from '../machines/deck-machine';
import {
  bindKeys,
  bindSwipe,
  connectWindows,
  fit,
  fitAll,
  newWindowId,
  readsRightToLeft,
  slideFromUrl,
  toggleFullscreen,
  toolbarEvent,
  writeSlideToUrl,
  type DeckActor,
} from './deck-controls';

/** The audience deck: shows one slide at a time and follows the machine. */
export function startDeck(root: HTMLElement): DeckActor {
  const q = <T extends Element = HTMLElement>(selector: string) => root.querySelector<T>(selector);
  const slides = [...root.querySelectorAll<HTMLElement>('[data-slide]')];
  const numbers = slides.map((s) => Number(s.dataset.slide));
  const titles = slides.map((s) => s.dataset.title ?? '');
  const stage = q('[data-stage]')!;
  const overview = q('[data-overview]')!;
  const gridButtons = [...overview.querySelectorAll<HTMLButtonElement>('button[data-goto]')];
  const status = q('[data-status]')!;
  const counter = q('[data-counter]');
  const jump = q('[data-jump]');
  const blankButton = q('[data-action="blank"]');
  const overviewButton = q('[data-action="overview"]');
  const presenterLink = q<HTMLAnchorElement>('a[data-presenter]');
  const deckId = root.dataset.deck ?? '';
  const m = trainerLiveMessages[pageLanguage(document)];

  const actor = createActor(deckMachine, {
    input: { deck: deckId, sender: newWindowId(), numbers, start: slideFromUrl(location) },
  });

  const openPresenter = (e?: Event) => {
    if (!presenterLink) return;
    const win = window.open(presenterLink.href, `gl-presenter-${deckId}`, 'popup,width=1280,height=800');
    // Pop-ups blocked: the link still opens the presenter view in a tab.
    if (win) e?.preventDefault();
  };

  let shown = { index: -1, blank: false, overview: false };
  actor.subscribe((snapshot) => {
    const { index, blank, overview: overviewOpen, jumpBuffer, total } = snapshot.context;
    const number = numbers[index] ?? 1;
    if (index !== shown.index) {
      slides.forEach((slide, i) => slide.toggleAttribute('data-current', i === index));
      gridButtons.forEach((b, i) =>
        i === index ? b.setAttribute('aria-current', 'true') : b.removeAttribute('aria-current'),
      );
      status.textContent = m.slideStatus(number, total, titles[index] ?? '');
      if (counter) counter.textContent = m.counter(number, total);
      if (presenterLink) presenterLink.hash = String(number);
      writeSlideToUrl(number);
      fit(slides[index]);
    }
    if (blank !== shown.blank) {
      root.toggleAttribute('data-blank', blank);
      blankButton?.setAttribute('aria-pressed', String(blank));
      if (shown.index !== -1)
        status.textContent = blank ? m.screenBlanked : m.slideStatus(number, total, titles[index] ?? '');
    }
    if (overviewOpen !== shown.overview) {
      overview.hidden = !overviewOpen;
      stage.inert = overviewOpen;
      overviewButton?.setAttribute('aria-expanded', String(overviewOpen));
      if (overviewOpen) gridButtons[index]?.focus();
      else if (
        shown.index !== -1 &&
        (overview.contains(document.activeElement) || document.activeElement === document.body)
      )
        stage.focus();
    }
    if (jump) {
      jump.hidden = jumpBuffer === '';
      jump.textContent = m.goToSlide(jumpBuffer);
    }
    shown = { index, blank, overview: overviewOpen };
  });
  root.setAttribute('data-live', '');
  actor.start();

  bindKeys(document, actor, { overview: true, presenter: true }, (command) => {
    if (command.type === 'fullscreen') toggleFullscreen(document);
    else if (command.type === 'presenter') openPresenter();
    else if (command.type === 'overview.move') moveInGrid(gridButtons, command.key, readsRightToLeft(document));
  });
  bindSwipe(stage, actor);
  connectWindows(actor);

  root.addEventListener('click', (e) => {
    const target = e.target instanceof Element ? e.target.closest<HTMLElement>('[data-action], [data-goto]') : null;
    if (!target) return;
    if (target.dataset.goto) actor.send({ type: 'overview.select', number: Number(target.dataset.goto) });
    const event = toolbarEvent(target.dataset.action);
    if (event) actor.send(event);
    switch (target.dataset.action) {
      case 'fullscreen':
        toggleFullscreen(document);
        break;
      case 'print':
        window.print();
        break;
    }
  });
  presenterLink?.addEventListener('click', openPresenter);
  addEventListener('hashchange', () => {
    const number = slideFromUrl(location);
    if (number !== null) actor.send({ type: 'slide.goto', number });
  });
  addEventListener('resize', () => fit(slides[actor.getSnapshot().context.index]));
  addEventListener('beforeprint', () => fitAll(slides));
  // Every slide is fitted ahead of printing, one per idle moment: measuring all 17 at once is one
  // long task that would hold up the trainer's first key press.
  const idle = (run: () => void) =>
    'requestIdleCallback' in window ? requestIdleCallback(run, { timeout: 2000 }) : setTimeout(run, 50);
  slides.forEach((slide) => idle(() => fitAll([slide])));
  return actor;
}

/**
 * Arrow keys move focus through the overview grid, row by row as it is laid out (right to left, the
 * left arrow goes on to the next slide).
 */
function moveInGrid(buttons: HTMLButtonElement[], key: string, rtl = false): void {
  const at = buttons.findIndex((b) => b === document.activeElement);
  const from = at < 0 ? 0 : at;
  const top = buttons[0]?.offsetTop;
  const columns = Math.max(1, buttons.filter((b) => b.offsetTop === top).length);
  const target =
    key === 'Home'
      ? 0
      : key === 'End'
        ? buttons.length - 1
        : from +
          ({ ArrowRight: rtl ? -1 : 1, ArrowLeft: rtl ? 1 : -1, ArrowDown: columns, ArrowUp: -columns }[key] ?? 0);
  buttons[Math.min(buttons.length - 1, Math.max(0, target))]?.focus();
}
