import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import {
  drawQuestions,
  quizMachine,
  quizResult,
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
    for (const optionId of options) actor.send({ type: 'answer.select', optionId });
    actor.send({ type: 'answer.submit' });
    // Knowledge checks stop on the feedback; assessments move straight on.
    if (feedback === 'each') {
      expect(actor.getSnapshot().value).toBe('feedback');
      actor.send({ type: 'question.next' });
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
    actor.send({ type: 'answer.select', optionId: 'b' });
    actor.send({ type: 'answer.submit' });
    actor.send({ type: 'quiz.finish', now: 1 });
    expect(quizResult(actor.getSnapshot().context).score).toBe(0);
    const both = start({ questions: [questions[1]!] });
    both.send({ type: 'answer.select', optionId: 'b' });
    both.send({ type: 'answer.select', optionId: 'a' });
    both.send({ type: 'answer.select', optionId: 'a' }); // toggled off again
    both.send({ type: 'answer.select', optionId: 'c' });
    expect(both.getSnapshot().context.answers.q2).toEqual(['b', 'c']);
  });

  it('refuses forbidden transitions', () => {
    const actor = start();
    actor.send({ type: 'answer.submit' }); // nothing chosen
    expect(actor.getSnapshot().value).toBe('answering');
    actor.send({ type: 'question.next' }); // knowledge checks do not skip
    expect(actor.getSnapshot().context.index).toBe(0);
    actor.send({ type: 'quiz.finish', now: 1 }); // not all answered
    expect(actor.getSnapshot().value).toBe('answering');
    actor.send({ type: 'answer.select', optionId: 'zzz' });
    expect(actor.getSnapshot().context.answers).toEqual({});
    const id = actor.getSnapshot().context.order[0]!;
    actor.send({ type: 'answer.select', optionId: rightAnswer(id)[0]! });
    actor.send({ type: 'answer.submit' });
    // A submitted answer cannot be changed.
    actor.send({ type: 'answer.select', optionId: 'a' });
    actor.send({ type: 'answer.select', optionId: 'b' });
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

  it('draws the requested number with the minimum from each group', () => {
    const bank = Array.from({ length: 30 }, (_, i) => q(`b${i}`, ['a'], 'single', `g${i % 5}`));
    for (const seed of [1, 2, 3, 4, 5, 99, 12345]) {
      const { order } = drawQuestions(bank, { count: 20, minPerGroup: 3 }, seed);
      expect(order).toHaveLength(20);
      expect(new Set(order).size).toBe(20);
      for (let g = 0; g < 5; g += 1) {
        expect(order.filter((id) => Number(id.slice(1)) % 5 === g).length).toBeGreaterThanOrEqual(3);
      }
    }
    expect(drawQuestions(bank, { count: 20, minPerGroup: 3 }, 1)).not.toEqual(
      drawQuestions(bank, { count: 20, minPerGroup: 3 }, 2),
    );
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
    actor.send({ type: 'answer.select', optionId: rightAnswer(order[0]!)[0]! });
    actor.send({ type: 'answer.submit' });
    const saved = JSON.parse(JSON.stringify(actor.getPersistedSnapshot()));
    actor.stop();
    const resumed = createActor(quizMachine, { input: input({ feedback: 'end', seed: 999 }), snapshot: saved }).start();
    expect(resumed.getSnapshot().context.order).toEqual(order);
    expect(resumed.getSnapshot().context.index).toBe(1);
    expect(resumed.getSnapshot().context.answers[order[0]!]).toEqual(rightAnswer(order[0]!).slice(0, 1));
  });
});
