import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import {
  drawQuestions,
  finishedQuiz,
  quizMachine,
  quizResult,
  retryAllowed,
  reviewMode,
  type DrawCell,
  type QuizInput,
  type QuizQuestionInput,
} from '../../../src/machines/quiz-machine';

const q = (id: string, right: string[], type: QuizQuestionInput['type'] = 'single', group?: string) => ({
  id,
  type,
  group,
  options: ['a', 'b', 'c'].map((o) => ({ id: o, correct: right.includes(o) })),
});

const questions = [q('q1', ['a']), q('q2', ['b', 'c'], 'multiple'), q('q3', ['c']), q('q4', ['a']), q('q5', ['b'])];

const input = (over: Partial<QuizInput> = {}): QuizInput => ({
  questions,
  passPercent: 80,
  draw: null,
  feedback: 'each',
  seed: 42,
  now: 0,
  ...over,
});

function rightAnswer(id: string): string[] {
  return questions
    .find((x) => x.id === id)!
    .options.filter((o) => o.correct)
    .map((o) => o.id);
}

/** Answers every question, right except for those in `wrong`, then finishes. */
function answerAll(actor: ReturnType<typeof start>, wrong: string[] = []) {
  const { order, feedback } = actor.getSnapshot().context;
  order.forEach((id, index) => {
    expect(actor.getSnapshot().context.index).toBe(index);
    const options = wrong.includes(id)
      ? ['a', 'b', 'c'].filter((o) => !rightAnswer(id).includes(o)).slice(0, 1)
      : rightAnswer(id);
    for (const optionId of options) actor.send({ type: 'answer.select', optionId, now: 0 });
    actor.send({ type: 'answer.submit', now: 0 });
    // Knowledge checks stop on the feedback; assessments move straight on.
    if (feedback === 'each') {
      expect(actor.getSnapshot().value).toBe('feedback');
      actor.send({ type: 'question.next', now: 0 });
    }
  });
  actor.send({ type: 'quiz.finish', now: 99 });
}

function start(over: Partial<QuizInput> = {}) {
  return createActor(quizMachine, { input: input(over) }).start();
}

describe('quizMachine', () => {
  it('passes with every answer right and records per-question feedback on the way', () => {
    const actor = start();
    answerAll(actor);
    const snapshot = actor.getSnapshot();
    expect(snapshot.value).toBe('finished');
    expect(quizResult(snapshot.context)).toEqual({ score: 5, maxScore: 5, percent: 100, passed: true });
  });

  it('passes at exactly the pass mark and fails one below it', () => {
    const atMark = start();
    answerAll(atMark, ['q3']); // 4 of 5 = 80 %
    expect(quizResult(atMark.getSnapshot().context)).toMatchObject({ percent: 80, passed: true });
    const below = start();
    answerAll(below, ['q3', 'q5']); // 3 of 5 = 60 %
    expect(quizResult(below.getSnapshot().context)).toMatchObject({ percent: 60, passed: false });
    const strict = start({ passPercent: 81 });
    answerAll(strict, ['q3']);
    expect(quizResult(strict.getSnapshot().context).passed).toBe(false);
  });

  it('marks a multiple-answer question right only with exactly the right options', () => {
    const actor = start({ questions: [questions[1]!] });
    actor.send({ type: 'answer.select', optionId: 'b', now: 0 });
    actor.send({ type: 'answer.submit', now: 0 });
    actor.send({ type: 'quiz.finish', now: 1 });
    expect(quizResult(actor.getSnapshot().context).score).toBe(0);
    const both = start({ questions: [questions[1]!] });
    both.send({ type: 'answer.select', optionId: 'b', now: 0 });
    both.send({ type: 'answer.select', optionId: 'a', now: 0 });
    both.send({ type: 'answer.select', optionId: 'a', now: 0 }); // toggled off again
    both.send({ type: 'answer.select', optionId: 'c', now: 0 });
    expect(both.getSnapshot().context.answers.q2).toEqual(['b', 'c']);
  });

  it('refuses forbidden transitions', () => {
    const actor = start();
    actor.send({ type: 'answer.submit', now: 0 }); // nothing chosen
    expect(actor.getSnapshot().value).toBe('answering');
    actor.send({ type: 'question.next', now: 0 }); // knowledge checks do not skip
    expect(actor.getSnapshot().context.index).toBe(0);
    actor.send({ type: 'quiz.finish', now: 1 }); // not all answered
    expect(actor.getSnapshot().value).toBe('answering');
    actor.send({ type: 'answer.select', optionId: 'zzz', now: 0 });
    expect(actor.getSnapshot().context.answers).toEqual({});
    const id = actor.getSnapshot().context.order[0]!;
    actor.send({ type: 'answer.select', optionId: rightAnswer(id)[0]!, now: 0 });
    actor.send({ type: 'answer.submit', now: 0 });
    // A submitted answer cannot be changed.
    actor.send({ type: 'answer.select', optionId: 'a', now: 0 });
    actor.send({ type: 'answer.select', optionId: 'b', now: 0 });
    expect(actor.getSnapshot().context.answers[id]).toEqual(rightAnswer(id).slice(0, 1));
    actor.send({ type: 'quiz.review' });
    expect(actor.getSnapshot().value).toBe('feedback');
  });

  it('shuffles questions and options deterministically from the seed', () => {
    const a = drawQuestions(questions, null, 7);
    expect(drawQuestions(questions, null, 7)).toEqual(a);
    const orders = new Set([1, 2, 3, 4, 5, 6].map((seed) => drawQuestions(questions, null, seed).order.join()));
    expect(orders.size).toBeGreaterThan(1);
    expect([...a.order].sort()).toEqual(['q1', 'q2', 'q3', 'q4', 'q5']);
    expect(
      drawQuestions(
        [
          {
            ...q('tf', ['true']),
            type: 'true-false',
            options: [
              { id: 'true', correct: true },
              { id: 'false', correct: false },
            ],
          },
        ],
        null,
        3,
      ).optionOrder.tf,
    ).toEqual(['true', 'false']);
  });

  // A bank like the final assessment's: modules g0–g2, outcome = module + 1, apply and other questions.
  const bank: QuizQuestionInput[] = Array.from({ length: 3 }, (_, g) => [
    ...Array.from({ length: 6 }, (_, i) => ({
      ...q(`g${g}-apply-${i}`, ['a']),
      group: `g${g}`,
      outcome: g + 1,
      level: 'apply' as const,
    })),
    ...Array.from({ length: 4 }, (_, i) => ({
      ...q(`g${g}-recall-${i}`, ['a']),
      group: `g${g}`,
      outcome: g + 1,
      level: 'recall' as const,
    })),
  ]).flat();
  const cells: DrawCell[] = [
    { group: 'g0', outcome: 1, count: 3, apply: 1 },
    { group: 'g1', outcome: 2, count: 2, apply: 1 },
    { group: 'g2', outcome: 3, count: 4, apply: 3 },
  ];
  const cellOf = (id: string) => cells.find((c) => id.startsWith(`${c.group}-`))!;

  it('draws exactly what each blueprint cell asks: its count, with its number of apply questions', () => {
    for (const seed of [1, 2, 3, 4, 5, 99, 12345]) {
      const { order } = drawQuestions(bank, { cells }, seed);
      expect(order).toHaveLength(9);
      expect(new Set(order).size).toBe(9);
      for (const cell of cells) {
        const drawn = order.filter((id) => cellOf(id) === cell);
        expect(drawn, cell.group).toHaveLength(cell.count);
        expect(
          drawn.filter((id) => id.includes('-apply-')),
          cell.group,
        ).toHaveLength(cell.apply);
      }
    }
    expect(drawQuestions(bank, { cells }, 1)).not.toEqual(drawQuestions(bank, { cells }, 2));
  });

  it('draws no question of the previous attempt while the bank has unseen ones, and reuses seen ones only when it must', () => {
    for (const seed of [1, 7, 42, 2024]) {
      const first = drawQuestions(bank, { cells }, seed).order;
      const second = drawQuestions(bank, { cells }, seed + 1, first).order;
      expect(second.filter((id) => first.includes(id))).toEqual([]);
    }
    // g2 has 6 apply questions; a form of 5 leaves one unseen, so the next form must reuse four.
    const tight: DrawCell[] = [{ group: 'g2', outcome: 3, count: 5, apply: 5 }];
    const first = drawQuestions(bank, { cells: tight }, 3).order;
    const second = drawQuestions(bank, { cells: tight }, 4, first).order;
    expect(second).toHaveLength(5);
    const unseen = bank.filter((x) => x.group === 'g2' && x.level === 'apply' && !first.includes(x.id));
    expect(unseen).toHaveLength(1);
    expect(second).toContain(unseen[0]!.id);
    expect(second.filter((id) => first.includes(id))).toHaveLength(4);
  });

  it('retries an assessment with questions not asked in the attempt before', () => {
    const actor = createActor(quizMachine, {
      input: input({ questions: bank, draw: { cells }, feedback: 'end', passPercent: 80 }),
    }).start();
    const firstOrder = actor.getSnapshot().context.order;
    for (const id of firstOrder) {
      actor.send({ type: 'answer.select', optionId: 'b', now: 0 });
      actor.send({ type: 'answer.submit', now: 0 });
      if (id === firstOrder.at(-1)) actor.send({ type: 'quiz.finish', now: 10 });
    }
    expect(actor.getSnapshot().value).toBe('finished');
    actor.send({ type: 'quiz.retry', seed: 77, now: 20 });
    const next = actor.getSnapshot().context.order;
    expect(next).toHaveLength(firstOrder.length);
    expect(next.filter((id) => firstOrder.includes(id))).toEqual([]);
  });

  it('in assessment mode gives no feedback until finished, then reviews and retries with a new draw', () => {
    const actor = start({ feedback: 'end' });
    answerAll(actor, ['q1']);
    expect(actor.getSnapshot().value).toBe('finished');
    actor.send({ type: 'quiz.review' });
    expect(actor.getSnapshot().value).toBe('reviewing');
    const firstOrder = actor.getSnapshot().context.order;
    actor.send({ type: 'quiz.retry', seed: 1234, now: 50 });
    const snapshot = actor.getSnapshot();
    expect(snapshot.value).toBe('answering');
    expect(snapshot.context).toMatchObject({ attempt: 2, answers: {}, index: 0, startedAt: 50, seed: 1234 });
    expect(snapshot.context.order).not.toEqual(firstOrder);
  });

  it('resumes mid-attempt from a persisted snapshot with the same order', () => {
    const actor = start({ feedback: 'end' });
    const { order } = actor.getSnapshot().context;
    actor.send({ type: 'answer.select', optionId: rightAnswer(order[0]!)[0]!, now: 0 });
    actor.send({ type: 'answer.submit', now: 0 });
    const saved = JSON.parse(JSON.stringify(actor.getPersistedSnapshot()));
    actor.stop();
    const resumed = createActor(quizMachine, { input: input({ feedback: 'end', seed: 999 }), snapshot: saved }).start();
    expect(resumed.getSnapshot().context.order).toEqual(order);
    expect(resumed.getSnapshot().context.index).toBe(1);
    expect(resumed.getSnapshot().context.answers[order[0]!]).toEqual(rightAnswer(order[0]!).slice(0, 1));
  });

  it('times each question from when it is first shown to the last change of its answer', () => {
    const actor = start({ feedback: 'end', now: 1_000 });
    const { order } = actor.getSnapshot().context;
    const [first, second] = order as [string, string];
    // The first question is shown at the start: answered after 4 s, changed at 6 s.
    actor.send({ type: 'answer.select', optionId: 'b', now: 5_000 });
    actor.send({ type: 'answer.select', optionId: rightAnswer(first)[0]!, now: 7_000 });
    actor.send({ type: 'answer.submit', now: 8_000 }); // moves on: the second question is shown at 8 s
    actor.send({ type: 'answer.select', optionId: 'a', now: 11_000 });
    // Going back to the first and on again keeps both first-shown times.
    actor.send({ type: 'question.previous', now: 12_000 });
    actor.send({ type: 'question.next', now: 13_000 });
    for (const [index, id] of order.entries()) {
      if (index < 2) continue;
      actor.send({ type: 'question.next', now: 20_000 + index * 1_000 });
      actor.send({ type: 'answer.select', optionId: 'a', now: 20_500 + index * 1_000 });
    }
    actor.send({ type: 'quiz.finish', now: 60_000 });
    const done = finishedQuiz(JSON.parse(JSON.stringify(actor.getPersistedSnapshot())))!;
    expect(done.latencyMs![first]).toBe(6_000);
    expect(done.latencyMs![second]).toBe(3_000);
    expect(Object.keys(done.latencyMs!)).toHaveLength(order.length);
    for (const id of order.slice(2)) expect(done.latencyMs![id]).toBe(500);
  });

  it('reviews a failed assessment without the key, a passed one and every knowledge check in full', () => {
    const failed = start({ feedback: 'end' });
    answerAll(failed, ['q1', 'q3']);
    expect(quizResult(failed.getSnapshot().context).passed).toBe(false);
    expect(reviewMode(failed.getSnapshot().context)).toBe('without-key');
    const passed = start({ feedback: 'end' });
    answerAll(passed);
    expect(reviewMode(passed.getSnapshot().context)).toBe('full');
    const check = start({ feedback: 'each' });
    answerAll(check, ['q1', 'q3']);
    expect(reviewMode(check.getSnapshot().context)).toBe('full');
  });

  it('refuses a retry past the maximum or before the wait is over', () => {
    const actor = start({ feedback: 'end', maxAttempts: 2, waitMs: 1000 });
    answerAll(actor, ['q1']);
    const finishedAt = actor.getSnapshot().context.finishedAt!;
    expect(retryAllowed(actor.getSnapshot().context, finishedAt + 10)).toEqual({
      allowed: false,
      reason: 'wait',
      from: finishedAt + 1000,
    });
    actor.send({ type: 'quiz.retry', seed: 5, now: finishedAt + 10 });
    expect(actor.getSnapshot().value).toBe('finished');
    actor.send({ type: 'quiz.retry', seed: 5, now: finishedAt + 1000 });
    expect(actor.getSnapshot().context.attempt).toBe(2);
    answerAll(actor, ['q1']);
    expect(retryAllowed(actor.getSnapshot().context, Number.MAX_SAFE_INTEGER)).toEqual({
      allowed: false,
      reason: 'max-attempts',
    });
    actor.send({ type: 'quiz.retry', seed: 6, now: Number.MAX_SAFE_INTEGER });
    expect(actor.getSnapshot().context.attempt).toBe(2);
  });
});
