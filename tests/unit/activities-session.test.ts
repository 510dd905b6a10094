import 'fake-indexeddb/auto';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { startSession } from '../../src/components/activities/session';
import { sortingMachine } from '../../src/machines/sorting-machine';
import { configureStorage, loadSnapshot, saveSnapshot } from '../../src/storage';

const input = (ids: string[]) => ({
  items: ids.map((id) => ({ id, category: 'sex' })),
  categories: ['sex', 'gender'],
  now: 1,
});

beforeEach(() => configureStorage({ indexedDB: new IDBFactory(), IDBKeyRange }));

const settle = () => new Promise((resolve) => setTimeout(resolve, 20));

describe('startSession', () => {
  it('saves every change and resumes from it', async () => {
    const first = await startSession({
      logic: sortingMachine,
      input: input(['a', 'b']),
      activityId: 'x',
      contentKey: 'k1',
    });
    expect(first.restartedBecause).toBeNull();
    first.actor.send({ type: 'item.place', id: 'a', category: 'sex' });
    await settle();
    first.actor.stop();
    const second = await startSession({
      logic: sortingMachine,
      input: input(['a', 'b']),
      activityId: 'x',
      contentKey: 'k1',
    });
    expect(second.actor.getSnapshot().context.placements).toEqual({ a: 'sex' });
  });

  it('starts cleanly, and says so, when the activity changed since the snapshot was saved', async () => {
    const old = await startSession({
      logic: sortingMachine,
      input: input(['a', 'b']),
      activityId: 'x',
      contentKey: 'k1',
    });
    old.actor.send({ type: 'item.place', id: 'b', category: 'gender' });
    await settle();
    old.actor.stop();
    // A card was removed and one added: the old snapshot no longer fits.
    const changed = await startSession({
      logic: sortingMachine,
      input: input(['a', 'c']),
      activityId: 'x',
      contentKey: 'k2',
    });
    expect(changed.restartedBecause).toMatch(/changed since you last worked on it/);
    expect(changed.actor.getSnapshot().value).toBe('sorting');
    expect(changed.actor.getSnapshot().context.placements).toEqual({});
    expect(changed.actor.getSnapshot().context.items.map((i) => i.id)).toEqual(['a', 'c']);
  });

  it('starts cleanly when a saved snapshot is unreadable', async () => {
    await saveSnapshot({
      activityId: 'x',
      contentKey: 'k1',
      snapshot: { status: 'active', value: 'no-such-state', context: null },
    });
    const session = await startSession({
      logic: sortingMachine,
      input: input(['a']),
      activityId: 'x',
      contentKey: 'k1',
    });
    expect(session.restartedBecause).toMatch(/could not be restored/);
    expect(session.actor.getSnapshot().value).toBe('sorting');
    await settle();
    expect((await loadSnapshot('x'))?.snapshot).toMatchObject({ value: 'sorting' });
  });
});

describe('startSession with a snapshot in a state the machine no longer has', () => {
  it('starts cleanly', async () => {
    const good = await startSession({ logic: sortingMachine, input: input(['a']), activityId: 'y', contentKey: 'k' });
    good.actor.send({ type: 'item.select', id: 'a' });
    await settle();
    const saved = (await loadSnapshot('y'))!.snapshot as Record<string, unknown>;
    good.actor.stop();
    await saveSnapshot({ activityId: 'y', contentKey: 'k', snapshot: { ...saved, value: 'renamed-state' } });
    const session = await startSession({
      logic: sortingMachine,
      input: input(['a']),
      activityId: 'y',
      contentKey: 'k',
    });
    expect(session.restartedBecause).toMatch(/could not be restored/);
    expect(session.actor.getSnapshot().value).toBe('sorting');
  });
});
