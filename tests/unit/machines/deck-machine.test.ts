import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { formatClock, stopwatchMs } from '../../../src/machines/stopwatch';
import {
  deckMachine,
  messageToEvent,
  parseDeckMessage,
  remainingMs,
  type DeckEmitted,
  type DeckInput,
  type DeckMessage,
} from '../../../src/machines/deck-machine';

const NUMBERS = Array.from({ length: 17 }, (_, i) => i + 1);
const MIN = 60_000;

function start(input: Partial<DeckInput> = {}) {
  const actor = createActor(deckMachine, {
    input: { deck: 'cptm-2-7', sender: 'audience', numbers: NUMBERS, ...input },
  }).start();
  const published: DeckMessage[] = [];
  actor.on('sync.publish', (e: DeckEmitted) => published.push(e.message));
  /** Slide number showing. */
  const slide = () => {
    const { numbers, index } = actor.getSnapshot().context;
    return numbers[index];
  };
  return { actor, published, slide };
}

describe('deck navigation', () => {
  it('opens on the first slide, or on the slide the URL names', () => {
    expect(start().slide()).toBe(1);
    expect(start({ start: 12 }).slide()).toBe(12);
    expect(start({ start: 99 }).slide()).toBe(1);
  });

  it('goes forward and back, and not before the first nor past the last slide', () => {
    const { actor, slide, published } = start();
    actor.send({ type: 'slide.previous' });
    expect(slide()).toBe(1);
    expect(published).toEqual([]);
    actor.send({ type: 'slide.next' });
    actor.send({ type: 'slide.next' });
    expect(slide()).toBe(3);
    actor.send({ type: 'slide.previous' });
    expect(slide()).toBe(2);
    actor.send({ type: 'slide.last' });
    expect(slide()).toBe(17);
    const sent = published.length;
    actor.send({ type: 'slide.next' });
    actor.send({ type: 'slide.last' });
    expect(slide()).toBe(17);
    expect(published).toHaveLength(sent);
    actor.send({ type: 'slide.first' });
    expect(slide()).toBe(1);
  });

  it('goes to a slide by its number, which need not be its position', () => {
    const { actor, slide } = start({ numbers: [4, 5, 9] });
    actor.send({ type: 'slide.goto', number: 9 });
    expect(slide()).toBe(9);
    expect(actor.getSnapshot().context.index).toBe(2);
    actor.send({ type: 'slide.goto', number: 6 });
    expect(slide()).toBe(9);
  });

  it('jumps to the slide whose number was typed, on commit', () => {
    const { actor, slide } = start();
    actor.send({ type: 'digit.type', digit: '1' });
    actor.send({ type: 'digit.type', digit: '0' });
    expect(actor.getSnapshot().context.jumpBuffer).toBe('10');
    expect(slide()).toBe(1);
    actor.send({ type: 'digit.commit' });
    expect(slide()).toBe(10);
    expect(actor.getSnapshot().context.jumpBuffer).toBe('');
  });

  it('ignores a typed number out of range and clears it', () => {
    const { actor, slide, published } = start({ start: 5 });
    actor.send({ type: 'digit.type', digit: '1' });
    actor.send({ type: 'digit.type', digit: '8' });
    actor.send({ type: 'digit.commit' });
    expect(slide()).toBe(5);
    expect(actor.getSnapshot().context.jumpBuffer).toBe('');
    // No more digits than the highest slide number has, and no leading zero.
    for (const digit of ['0', '1', '2', '3', 'x']) actor.send({ type: 'digit.type', digit });
    expect(actor.getSnapshot().context.jumpBuffer).toBe('12');
    actor.send({ type: 'digit.clear' });
    actor.send({ type: 'digit.commit' });
    expect(slide()).toBe(5);
    expect(published).toEqual([]);
  });

  it('blanks and unblanks the screen, and tells the other windows', () => {
    const { actor, published } = start();
    actor.send({ type: 'screen.blank.toggle' });
    expect(actor.getSnapshot().context.blank).toBe(true);
    expect(published.at(-1)).toMatchObject({ kind: 'state', blank: true, index: 0 });
    actor.send({ type: 'screen.blank.toggle' });
    expect(actor.getSnapshot().context.blank).toBe(false);
  });

  it('opens and closes the overview; picking a slide there goes to it and closes it', () => {
    const { actor, slide } = start();
    actor.send({ type: 'overview.toggle' });
    expect(actor.getSnapshot().context.overview).toBe(true);
    actor.send({ type: 'overview.toggle' });
    expect(actor.getSnapshot().context.overview).toBe(false);
    actor.send({ type: 'overview.toggle' });
    actor.send({ type: 'overview.select', number: 99 });
    expect(actor.getSnapshot().context.overview).toBe(true);
    actor.send({ type: 'overview.select', number: 7 });
    expect(slide()).toBe(7);
    expect(actor.getSnapshot().context.overview).toBe(false);
  });

  it('resumes from a persisted snapshot', () => {
    const { actor } = start();
    actor.send({ type: 'slide.goto', number: 8 });
    const restored = createActor(deckMachine, {
      snapshot: actor.getPersistedSnapshot(),
      input: { deck: 'cptm-2-7', sender: 'audience', numbers: NUMBERS },
    }).start();
    expect(restored.getSnapshot().context.index).toBe(7);
  });
});

describe('keeping windows in step', () => {
  const state = (over: Partial<Extract<DeckMessage, { kind: 'state' }>>) =>
    messageToEvent({ kind: 'state', deck: 'cptm-2-7', sender: 'presenter', seq: 1, index: 0, blank: false, ...over });

  it('publishes each change with a growing sequence number and its own sender id', () => {
    const { actor, published } = start();
    actor.send({ type: 'slide.next' });
    actor.send({ type: 'slide.next' });
    expect(published).toEqual([
      { kind: 'state', deck: 'cptm-2-7', sender: 'audience', seq: 1, index: 1, blank: false },
      { kind: 'state', deck: 'cptm-2-7', sender: 'audience', seq: 2, index: 2, blank: false },
    ]);
  });

  it('applies a newer change from another window, without echoing it back', () => {
    const { actor, slide, published } = start();
    actor.send(state({ seq: 1, index: 9, blank: true }));
    expect(slide()).toBe(10);
    expect(actor.getSnapshot().context.blank).toBe(true);
    expect(published).toEqual([]);
    // The next local change is stamped after what was seen.
    actor.send({ type: 'slide.next' });
    expect(published.at(-1)).toMatchObject({ sender: 'audience', seq: 2, index: 10 });
  });

  it('ignores its own messages', () => {
    const { actor, slide } = start();
    actor.send(state({ sender: 'audience', seq: 5, index: 4 }));
    expect(slide()).toBe(1);
  });

  it('ignores a stale message, older than the last one applied', () => {
    const { actor, slide } = start();
    actor.send(state({ seq: 4, index: 6 }));
    actor.send(state({ seq: 3, index: 2 }));
    expect(slide()).toBe(7);
    actor.send(state({ seq: 4, index: 2 }));
    expect(slide()).toBe(7);
    // Older than this window's own latest change.
    actor.send({ type: 'slide.next' }); // seq 5
    actor.send(state({ seq: 5, index: 0, sender: 'a-smaller-id' }));
    expect(slide()).toBe(8);
  });

  it('ignores messages from another course’s deck and out-of-range slides', () => {
    const { actor, slide } = start();
    actor.send(state({ deck: 'another-course', seq: 9, index: 3 }));
    expect(slide()).toBe(1);
    actor.send(state({ seq: 9, index: 17 }));
    expect(slide()).toBe(1);
  });

  it('two windows that move at the same time settle on the same slide', () => {
    const a = start({ sender: 'a' });
    const b = start({ sender: 'b' });
    a.actor.send({ type: 'slide.goto', number: 3 });
    b.actor.send({ type: 'slide.goto', number: 9 });
    for (const m of a.published) b.actor.send(messageToEvent(m));
    for (const m of b.published) a.actor.send(messageToEvent(m));
    expect(a.slide()).toBe(b.slide());
  });

  it('a new window says hello and takes the slide of the window already open', () => {
    const audience = start({ sender: 'audience', start: 10 });
    const presenter = start({ sender: 'presenter' });
    presenter.actor.send({ type: 'sync.connect' });
    expect(presenter.published).toEqual([{ kind: 'hello', deck: 'cptm-2-7', sender: 'presenter' }]);
    audience.actor.send(messageToEvent(presenter.published[0]!));
    const reply = audience.published.at(-1)!;
    expect(reply).toMatchObject({ kind: 'state', index: 9, sender: 'audience' });
    presenter.actor.send(messageToEvent(reply));
    expect(presenter.slide()).toBe(10);
    // A hello from itself or another deck gets no answer.
    const before = audience.published.length;
    audience.actor.send({ type: 'sync.hello', deck: 'cptm-2-7', sender: 'audience' });
    audience.actor.send({ type: 'sync.hello', deck: 'other', sender: 'x' });
    expect(audience.published).toHaveLength(before);
  });

  it('drops channel data that is not a deck message', () => {
    expect(parseDeckMessage(null)).toBeNull();
    expect(parseDeckMessage('hello')).toBeNull();
    expect(parseDeckMessage({ kind: 'state', deck: 'd', sender: 's', seq: '1', index: 0, blank: false })).toBeNull();
    expect(parseDeckMessage({ kind: 'hello', deck: 'd', sender: 's' })).toEqual({
      kind: 'hello',
      deck: 'd',
      sender: 's',
    });
  });
});

describe('timers', () => {
  const t0 = 1_700_000_000_000;

  it('counts the time since the lesson started, with pause and resume', () => {
    const { actor } = start();
    const elapsed = (now: number) => stopwatchMs(actor.getSnapshot().context.elapsed, now);
    expect(actor.getSnapshot().value).toMatchObject({ elapsed: 'idle' });
    actor.send({ type: 'timer.start', timer: 'elapsed', now: t0 });
    expect(actor.getSnapshot().value).toMatchObject({ elapsed: 'running' });
    expect(elapsed(t0 + 5 * MIN)).toBe(5 * MIN);
    actor.send({ type: 'timer.pause', timer: 'elapsed', now: t0 + 5 * MIN });
    expect(actor.getSnapshot().value).toMatchObject({ elapsed: 'paused' });
    // Time while paused does not count.
    expect(elapsed(t0 + 20 * MIN)).toBe(5 * MIN);
    actor.send({ type: 'timer.start', timer: 'elapsed', now: t0 + 20 * MIN });
    expect(elapsed(t0 + 22 * MIN)).toBe(7 * MIN);
    // Starting again while running changes nothing.
    actor.send({ type: 'timer.start', timer: 'elapsed', now: t0 + 22 * MIN });
    expect(elapsed(t0 + 22 * MIN)).toBe(7 * MIN);
    expect(actor.getSnapshot().value).toMatchObject({ activity: 'idle' });
    actor.send({ type: 'timer.reset', timer: 'elapsed' });
    expect(actor.getSnapshot().value).toMatchObject({ elapsed: 'idle' });
    expect(elapsed(t0 + 30 * MIN)).toBe(0);
    expect(actor.getSnapshot().context.lessonMs).toBe(45 * MIN);
  });

  it('counts the activity down to zero, then says time is up', () => {
    const { actor } = start({ activityMinutes: 15 });
    const left = (now: number) => remainingMs(actor.getSnapshot().context, now);
    actor.send({ type: 'timer.start', timer: 'activity', now: t0 });
    actor.send({ type: 'timer.tick', now: t0 + 10 * MIN });
    expect(left(t0 + 10 * MIN)).toBe(5 * MIN);
    actor.send({ type: 'timer.pause', timer: 'activity', now: t0 + 10 * MIN });
    actor.send({ type: 'timer.tick', now: t0 + 30 * MIN });
    expect(actor.getSnapshot().value).toMatchObject({ activity: 'paused' });
    expect(left(t0 + 30 * MIN)).toBe(5 * MIN);
    actor.send({ type: 'timer.start', timer: 'activity', now: t0 + 30 * MIN });
    actor.send({ type: 'timer.tick', now: t0 + 35 * MIN - 1 });
    expect(actor.getSnapshot().value).toMatchObject({ activity: 'running' });
    actor.send({ type: 'timer.tick', now: t0 + 35 * MIN });
    expect(actor.getSnapshot().value).toMatchObject({ activity: 'timeUp' });
    expect(left(t0 + 50 * MIN)).toBe(0);
    // The elapsed timer is a different timer: untouched.
    expect(actor.getSnapshot().value).toMatchObject({ elapsed: 'idle' });
    actor.send({ type: 'timer.reset', timer: 'activity' });
    expect(actor.getSnapshot().value).toMatchObject({ activity: 'idle' });
    expect(left(t0 + 50 * MIN)).toBe(15 * MIN);
  });

  it('formats clocks as m:ss, a countdown rounding up', () => {
    expect(formatClock(0)).toBe('0:00');
    expect(formatClock(15 * MIN)).toBe('15:00');
    expect(formatClock(14 * MIN + 59_200, true)).toBe('15:00');
    expect(formatClock(61 * MIN + 5_000)).toBe('1:01:05');
  });
});
