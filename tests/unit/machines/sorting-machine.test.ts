import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { sortingMachine, sortingScore } from '../../../src/machines/sorting-machine';

const input = {
  items: [
    { id: 'voices', category: 'sex' },
    { id: 'egypt', category: 'gender' },
    { id: 'dolls', category: 'gender' },
  ],
  categories: ['sex', 'gender'],
  now: 1000,
};

function start() {
  return createActor(sortingMachine, { input }).start();
}

describe('sortingMachine', () => {
  it('places cards by id or by the selected card, and completes when all are right', () => {
    const actor = start();
    actor.send({ type: 'item.place', id: 'voices', category: 'sex' });
    actor.send({ type: 'item.select', id: 'egypt' });
    expect(actor.getSnapshot().context.selected).toBe('egypt');
    actor.send({ type: 'item.place', category: 'gender' });
    expect(actor.getSnapshot().context.selected).toBeNull();
    actor.send({ type: 'item.place', id: 'dolls', category: 'gender' });
    actor.send({ type: 'sort.check', now: 5000 });
    const snapshot = actor.getSnapshot();
    expect(snapshot.value).toBe('complete');
    expect(sortingScore(snapshot.context)).toEqual({ score: 3, maxScore: 3 });
    expect(snapshot.context.finishedAt).toBe(5000);
  });

  it('marks each card after checking, and a retry sends only the misplaced back', () => {
    const actor = start();
    actor.send({ type: 'item.place', id: 'voices', category: 'gender' });
    actor.send({ type: 'item.place', id: 'egypt', category: 'gender' });
    actor.send({ type: 'item.place', id: 'dolls', category: 'sex' });
    actor.send({ type: 'sort.check', now: 2000 });
    let snapshot = actor.getSnapshot();
    expect(snapshot.value).toBe('feedback');
    expect(snapshot.context.results).toEqual({ voices: false, egypt: true, dolls: false });

    actor.send({ type: 'sort.retry' });
    snapshot = actor.getSnapshot();
    expect(snapshot.value).toBe('sorting');
    expect(snapshot.context.placements).toEqual({ egypt: 'gender' });
    expect(snapshot.context.round).toBe(2);

    // A card sorted correctly stays locked.
    actor.send({ type: 'item.place', id: 'egypt', category: 'sex' });
    actor.send({ type: 'item.unplace', id: 'egypt' });
    expect(actor.getSnapshot().context.placements).toEqual({ egypt: 'gender' });

    actor.send({ type: 'item.place', id: 'voices', category: 'sex' });
    actor.send({ type: 'item.place', id: 'dolls', category: 'gender' });
    actor.send({ type: 'sort.check', now: 3000 });
    snapshot = actor.getSnapshot();
    expect(snapshot.value).toBe('complete');
    // The score is what the learner knew at the first check.
    expect(sortingScore(snapshot.context)).toEqual({ score: 1, maxScore: 3 });
  });

  it('refuses forbidden moves: unknown card or bin, checking before all are placed, retry while sorting', () => {
    const actor = start();
    actor.send({ type: 'item.place', id: 'nope', category: 'sex' });
    actor.send({ type: 'item.place', id: 'voices', category: 'culture' });
    actor.send({ type: 'item.place', category: 'sex' }); // nothing selected
    expect(actor.getSnapshot().context.placements).toEqual({});
    actor.send({ type: 'item.place', id: 'voices', category: 'sex' });
    actor.send({ type: 'sort.check', now: 1 });
    expect(actor.getSnapshot().value).toBe('sorting');
    actor.send({ type: 'sort.retry' });
    expect(actor.getSnapshot().context.round).toBe(1);
  });

  it('lets a card be moved or taken back before checking', () => {
    const actor = start();
    actor.send({ type: 'item.place', id: 'voices', category: 'gender' });
    actor.send({ type: 'item.place', id: 'voices', category: 'sex' });
    expect(actor.getSnapshot().context.placements).toEqual({ voices: 'sex' });
    actor.send({ type: 'item.unplace', id: 'voices' });
    expect(actor.getSnapshot().context.placements).toEqual({});
    actor.send({ type: 'item.select', id: 'voices' });
    actor.send({ type: 'item.select', id: 'voices' });
    expect(actor.getSnapshot().context.selected).toBeNull();
  });

  it('resumes mid-way from a persisted snapshot in a new actor', () => {
    const actor = start();
    actor.send({ type: 'item.place', id: 'voices', category: 'gender' });
    actor.send({ type: 'item.place', id: 'egypt', category: 'gender' });
    actor.send({ type: 'item.place', id: 'dolls', category: 'gender' });
    actor.send({ type: 'sort.check', now: 2 });
    const saved = JSON.parse(JSON.stringify(actor.getPersistedSnapshot()));
    actor.stop();

    const resumed = createActor(sortingMachine, { input, snapshot: saved }).start();
    expect(resumed.getSnapshot().value).toBe('feedback');
    resumed.send({ type: 'sort.retry' });
    resumed.send({ type: 'item.place', id: 'voices', category: 'sex' });
    resumed.send({ type: 'sort.check', now: 3 });
    expect(resumed.getSnapshot().value).toBe('complete');
  });

  it('starts again from complete on restart', () => {
    const actor = start();
    for (const { id, category } of input.items) actor.send({ type: 'item.place', id, category });
    actor.send({ type: 'sort.check', now: 2 });
    actor.send({ type: 'sort.restart', now: 9 });
    expect(actor.getSnapshot().value).toBe('sorting');
    expect(actor.getSnapshot().context).toMatchObject({ placements: {}, firstScore: null, startedAt: 9, round: 1 });
  });
});
