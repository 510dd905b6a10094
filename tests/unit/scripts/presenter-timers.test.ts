import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { deckMachine } from '../../../src/machines/deck-machine';
import { stopwatchMs } from '../../../src/machines/stopwatch';
import { keepTimers, readTimers } from '../../../src/scripts/presenter-timers';

const MIN = 60_000;
const DECK = 'cptm-2-7';

/** sessionStorage as a Map; `full` makes every write throw like a full or blocked store. */
function memoryStorage(full = false) {
  const items = new Map<string, string>();
  return {
    items,
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => {
      if (full) throw new DOMException('full', 'QuotaExceededError');
      items.set(key, value);
    },
  };
}

/** A presenter window: a deck actor with its timers kept in `storage`. */
function presenter(storage: ReturnType<typeof memoryStorage>) {
  const actor = createActor(deckMachine, {
    input: { deck: DECK, sender: 'presenter', numbers: [1, 2, 3], activityMinutes: 15, lessonMinutes: 45 },
  }).start();
  keepTimers(actor, storage, DECK);
  return actor;
}

describe('presenter timers kept across a reload', () => {
  it('a running lesson timer and a paused activity countdown come back as they were', () => {
    const storage = memoryStorage();
    const before = presenter(storage);
    const t0 = 1_700_000_000_000;
    before.send({ type: 'timer.start', timer: 'elapsed', now: t0 });
    before.send({ type: 'timer.start', timer: 'activity', now: t0 + 2 * MIN });
    before.send({ type: 'timer.pause', timer: 'activity', now: t0 + 6 * MIN });
    before.send({ type: 'timer.tick', now: t0 + 7 * MIN });
    before.stop();

    // The window reloads at t0 + 8 min.
    const after = presenter(storage);
    after.send({ type: 'timer.tick', now: t0 + 8 * MIN });
    const { value, context } = after.getSnapshot();
    expect(value).toMatchObject({ elapsed: 'running', activity: 'paused' });
    expect(stopwatchMs(context.elapsed, t0 + 8 * MIN)).toBe(8 * MIN);
    expect(stopwatchMs(context.activity, t0 + 8 * MIN)).toBe(4 * MIN);
    // And they carry on from there.
    after.send({ type: 'timer.start', timer: 'activity', now: t0 + 9 * MIN });
    after.send({ type: 'timer.tick', now: t0 + 10 * MIN });
    expect(stopwatchMs(after.getSnapshot().context.activity, t0 + 10 * MIN)).toBe(5 * MIN);
  });

  it('a paused lesson timer stays paused, and an activity whose time ran out while away is up', () => {
    const storage = memoryStorage();
    const before = presenter(storage);
    const t0 = 1_700_000_000_000;
    before.send({ type: 'timer.start', timer: 'elapsed', now: t0 });
    before.send({ type: 'timer.pause', timer: 'elapsed', now: t0 + 3 * MIN });
    before.send({ type: 'timer.start', timer: 'activity', now: t0 + 3 * MIN });
    before.send({ type: 'timer.tick', now: t0 + 4 * MIN });
    before.stop();

    const after = presenter(storage);
    after.send({ type: 'timer.tick', now: t0 + 20 * MIN });
    const { value, context } = after.getSnapshot();
    expect(value).toMatchObject({ elapsed: 'paused', activity: 'timeUp' });
    expect(stopwatchMs(context.elapsed, t0 + 20 * MIN)).toBe(3 * MIN);
  });

  it('timers that were never started, unreadable or reset leave a fresh presenter at zero', () => {
    const fresh = presenter(memoryStorage());
    expect(fresh.getSnapshot().value).toMatchObject({ elapsed: 'idle', activity: 'idle' });

    for (const bad of ['{', '"text"', '{"elapsed":{"startedAt":-5,"accumulatedMs":0},"activity":null}']) {
      const storage = memoryStorage();
      storage.items.set(`gl.presenterTimers.${DECK}`, bad);
      expect(readTimers(storage, DECK)).toBeNull();
      expect(presenter(storage).getSnapshot().value).toMatchObject({ elapsed: 'idle', activity: 'idle' });
    }

    const storage = memoryStorage();
    const before = presenter(storage);
    before.send({ type: 'timer.start', timer: 'elapsed', now: 1000 });
    before.send({ type: 'timer.reset', timer: 'elapsed' });
    before.stop();
    expect(presenter(storage).getSnapshot().value).toMatchObject({ elapsed: 'idle' });
  });

  it('another deck’s timers are not taken, and storage that refuses writes only means nothing is kept', () => {
    const storage = memoryStorage();
    const other = createActor(deckMachine, { input: { deck: 'other', sender: 'p', numbers: [1] } }).start();
    keepTimers(other, storage, 'other');
    other.send({ type: 'timer.start', timer: 'elapsed', now: 1000 });
    expect(presenter(storage).getSnapshot().value).toMatchObject({ elapsed: 'idle' });

    const full = memoryStorage(true);
    const actor = presenter(full);
    expect(() => actor.send({ type: 'timer.start', timer: 'elapsed', now: 1000 })).not.toThrow();
    expect(actor.getSnapshot().value).toMatchObject({ elapsed: 'running' });
    expect(full.items.size).toBe(0);
  });
});
