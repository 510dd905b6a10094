import 'fake-indexeddb/auto';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { AnyActorLogic } from 'xstate';
import {
  attemptId,
  openActivitySession,
  RESTARTED,
  type SessionOptions,
} from '../../src/components/activities/session';
import { classroomMachine } from '../../src/machines/classroom-machine';
import { quizMachine, quizResult, type QuizInput } from '../../src/machines/quiz-machine';
import { sortingMachine, sortingScore } from '../../src/machines/sorting-machine';
import { closeStorage, configureStorage, listAttempts, loadSnapshot, syncSnapshot } from '../../src/storage';

/**
 * The islands hand the machines their props, and Astro keeps an island's props in Svelte `$state`:
 * Proxies, which IndexedDB cannot clone (DataCloneError). Wrapping the content the same way here
 * makes these tests fail wherever a proxy could reach storage.
 */
function asSvelteState<T extends object>(value: T): T {
  return new Proxy(value, {
    get(target, key, receiver) {
      const inner = Reflect.get(target, key, receiver) as unknown;
      return typeof inner === 'object' && inner !== null ? asSvelteState(inner) : inner;
    },
  });
}

const cards = (ids: string[]) =>
  asSvelteState(ids.map((id) => ({ id, category: id.startsWith('s') ? 'sex' : 'gender' })));
const sortingInput = (ids: string[]) => ({ items: cards(ids), categories: asSvelteState(['sex', 'gender']), now: 1 });
const TEN = ['s1', 's2', 's3', 's4', 's5', 'g1', 'g2', 'g3', 'g4', 'g5'];

const questions = asSvelteState(
  ['q1', 'q2', 'q3', 'q4'].map((id) => ({
    id,
    type: 'single' as const,
    options: [
      { id: 'a', correct: true },
      { id: 'b', correct: false },
    ],
  })),
);
const quizInput = (seed = 7): QuizInput => ({
  questions,
  passPercent: 75,
  draw: null,
  feedback: 'each',
  seed,
  now: 100,
});

function sorting(activityId = 'sorting', ids = TEN, contentKey = 'k1'): SessionOptions<typeof sortingMachine> {
  return {
    logic: sortingMachine,
    input: sortingInput(ids),
    activityId,
    courseId: 'c',
    contentKey,
    result: (s) =>
      s.value === 'complete'
        ? { ...sortingScore(s.context), passed: true, answers: {}, startedAt: s.context.startedAt, finishedAt: 2 }
        : null,
  };
}

function quiz(): SessionOptions<typeof quizMachine> {
  return {
    logic: quizMachine,
    input: quizInput(),
    activityId: 'quiz',
    courseId: 'c',
    contentKey: 'q',
    result: (s) =>
      s.value === 'finished'
        ? { ...quizResult(s.context), answers: s.context.answers, startedAt: s.context.startedAt, finishedAt: 9 }
        : null,
  };
}

const open = <L extends AnyActorLogic>(options: SessionOptions<L>) => openActivitySession(options);

let warn: ReturnType<typeof vi.spyOn>;
beforeEach(() => {
  configureStorage({ indexedDB: new IDBFactory(), IDBKeyRange });
  warn = vi.spyOn(console, 'warn');
});
afterEach(async () => {
  // No storage failure anywhere in these journeys: a DataCloneError would be reported here.
  expect(warn).not.toHaveBeenCalled();
  warn.mockRestore();
  await closeStorage();
});

describe('every activity kind stores plain data and resumes exactly where it was', () => {
  it('sorting: every placement', async () => {
    const first = await open(sorting());
    first.send({ type: 'item.place', id: 's1', category: 'sex' });
    first.send({ type: 'item.place', id: 'g1', category: 'sex' });
    await first.saved();
    first.stop();
    const again = await open(sorting());
    expect(again.restartedBecause).toBeNull();
    expect(again.getSnapshot().context.placements).toEqual({ s1: 'sex', g1: 'sex' });
    again.stop();
  });

  it('quiz: the question reached, earlier answers and their feedback', async () => {
    const first = await open(quiz());
    for (let i = 0; i < 2; i += 1) {
      first.send({ type: 'answer.select', optionId: 'a', now: 0 });
      first.send({ type: 'answer.submit', now: 0 });
      first.send({ type: 'question.next', now: 0 });
    }
    const asked = first.getSnapshot().context.order;
    await first.saved();
    first.stop();
    const again = await open({ ...quiz(), input: quizInput(99) }); // a fresh start would draw another order
    const context = again.getSnapshot().context;
    expect(again.getSnapshot().value).toBe('answering');
    expect(context.index).toBe(2);
    expect(context.order).toEqual(asked);
    expect(context.submitted).toEqual(asked.slice(0, 2));
    expect(Object.keys(context.answers)).toEqual(asked.slice(0, 2));
    again.stop();
  });

  it('classroom: the room’s tallies and revealed cards', async () => {
    const options = {
      logic: classroomMachine,
      input: { items: cards(['s1', 'g1']), categories: asSvelteState(['sex', 'gender']), minutes: 15 },
      activityId: 'sorting:classroom',
      courseId: 'c',
      contentKey: 'k',
    };
    const first = await open(options);
    first.send({ type: 'vote.add', category: 'sex' });
    first.send({ type: 'vote.add', category: 'sex' });
    first.send({ type: 'card.reveal' });
    first.send({ type: 'card.next' });
    first.send({ type: 'vote.add', category: 'gender' });
    await first.saved();
    first.stop();
    const again = await open(options);
    expect(again.getSnapshot().context).toMatchObject({
      index: 1,
      votes: { s1: { sex: 2 }, g1: { gender: 1 } },
      revealed: ['s1'],
    });
    again.stop();
  });

  it('what is stored is plain data, with none of the content', async () => {
    const session = await open(quiz());
    session.send({ type: 'answer.select', optionId: 'a', now: 0 });
    await session.saved();
    const row = await loadSnapshot('quiz');
    expect(() => structuredClone(row)).not.toThrow();
    expect(JSON.stringify(row)).not.toMatch(/prompt|explanation/);
    session.stop();
  });
});

describe('two tabs on one activity', () => {
  it('keep every placement when their writes interleave', async () => {
    const tabA = await open(sorting());
    const tabB = await open(sorting());
    // 5 + 5 + 3 placements of 10 distinct cards, the tabs taking turns.
    for (const id of ['s1', 's2', 's3', 's4', 's5']) tabA.send({ type: 'item.place', id, category: 'sex' });
    for (const id of ['g1', 'g2', 'g3', 'g4', 'g5']) tabB.send({ type: 'item.place', id, category: 'gender' });
    await Promise.all([tabA.saved(), tabB.saved()]);
    tabA.send({ type: 'item.place', id: 's1', category: 'gender' }); // changes its mind
    tabA.send({ type: 'item.unplace', id: 's2' });
    tabB.send({ type: 'item.place', id: 'g5', category: 'sex' });
    await Promise.all([tabA.saved(), tabB.saved()]);
    tabA.stop();
    tabB.stop();
    const reloaded = await open(sorting());
    expect(reloaded.getSnapshot().context.placements).toEqual({
      s1: 'gender',
      s3: 'sex',
      s4: 'sex',
      s5: 'sex',
      g1: 'gender',
      g2: 'gender',
      g3: 'gender',
      g4: 'gender',
      g5: 'sex',
    });
    reloaded.stop();
  });

  it('brings the other tab up to date while it stays open', async () => {
    const tabA = await open(sorting());
    tabA.send({ type: 'item.place', id: 's1', category: 'sex' });
    await tabA.saved();
    const tabB = await open(sorting());
    const heard = new Promise<void>((resolve) =>
      tabB.subscribe(({ snapshot }) => {
        if (snapshot.context.placements.g1) resolve();
      }),
    );
    tabA.send({ type: 'item.place', id: 'g1', category: 'gender' });
    await heard;
    expect(tabB.getSnapshot().context.placements).toEqual({ s1: 'sex', g1: 'gender' });
    tabA.stop();
    tabB.stop();
  });
});

describe('a tab closed before storage had its last change', () => {
  it('resumes from the note the page made at once, and stores it', async () => {
    const notes = new Map<string, string>();
    vi.stubGlobal('localStorage', {
      get length() {
        return notes.size;
      },
      key: (i: number) => [...notes.keys()][i] ?? null,
      getItem: (key: string) => notes.get(key) ?? null,
      setItem: (key: string, value: string) => void notes.set(key, value),
      removeItem: (key: string) => void notes.delete(key),
    });
    try {
      const closing = await open(sorting());
      closing.send({ type: 'item.place', id: 's1', category: 'sex' });
      // The tab goes away now: its database (and the write under way) with it.
      closing.stop();
      configureStorage({ indexedDB: new IDBFactory(), IDBKeyRange });
      const reopened = await open(sorting());
      expect(reopened.getSnapshot().context.placements).toEqual({ s1: 'sex' });
      await reopened.saved();
      expect((await loadSnapshot('sorting'))?.snapshot).toMatchObject({ context: { placements: { s1: 'sex' } } });
      expect([...notes.keys()].filter((k) => k.startsWith('gl.activity.'))).toEqual([]);
      reopened.stop();
    } finally {
      vi.unstubAllGlobals();
    }
  });
});

describe('finished attempts', () => {
  it('are stored once, under the one attempt-id rule, however often the finished state is saved', async () => {
    const session = await open(quiz());
    for (let i = 0; i < 4; i += 1) {
      session.send({ type: 'answer.select', optionId: i === 0 ? 'b' : 'a', now: 0 });
      session.send({ type: 'answer.submit', now: 0 });
      session.send(i < 3 ? { type: 'question.next', now: 0 } : { type: 'quiz.finish', now: 9 });
    }
    session.send({ type: 'quiz.review' });
    session.send({ type: 'review.close' });
    await session.saved();
    session.stop();
    const reopened = await open(quiz());
    await reopened.saved();
    const attempts = await listAttempts('quiz');
    expect(attempts).toHaveLength(1);
    expect(attempts[0]).toMatchObject({ id: attemptId('quiz', 100), score: 3, maxScore: 4, passed: true });
    expect(reopened.getAttempts().map((a) => a.id)).toEqual([attemptId('quiz', 100)]);
    reopened.stop();
  });
});

describe('the resume decision', () => {
  it('starts cleanly, and says so, when the activity changed since the state was saved', async () => {
    const old = await open(sorting('x', ['s1', 's2']));
    old.send({ type: 'item.place', id: 's2', category: 'gender' });
    await old.saved();
    old.stop();
    const changed = await open(sorting('x', ['s1', 'g9'], 'k2'));
    expect(changed.restartedBecause).toBe(RESTARTED.changed);
    expect(changed.getSnapshot().context.placements).toEqual({});
    expect(changed.getSnapshot().context.items.map((i) => i.id)).toEqual(['s1', 'g9']);
    changed.stop();
  });

  it('starts cleanly when the saved state is unreadable or in a state the machine no longer has', async () => {
    for (const snapshot of [
      { status: 'active', value: 'no-such-state', context: null },
      { status: 'active', value: 'renamed-state', context: { placements: {} } },
    ]) {
      await syncSnapshot({ activityId: 'y', contentKey: 'k1', base: undefined, snapshot });
      const session = await open(sorting('y'));
      expect(session.restartedBecause).toBe(RESTARTED.unreadable);
      expect(session.getSnapshot().value).toBe('sorting');
      await session.saved();
      expect((await loadSnapshot('y'))?.snapshot).toMatchObject({ value: 'sorting' });
      session.stop();
    }
  });
});
