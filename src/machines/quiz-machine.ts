import type { FinishedAttempt } from './attempt';
import { and, assign, not, setup } from 'xstate';
import { createRandom, shuffle } from './random';

export interface QuizQuestionInput {
  id: string;
  type: 'single' | 'multiple' | 'true-false';
  /** Module the question tests. */
  group?: string;
  /** Learning outcome (1-based) the question tests. */
  outcome?: number;
  level?: 'recall' | 'understand' | 'apply';
  options: readonly { id: string; correct: boolean }[];
}

/** One blueprint cell: `count` questions of `group` and `outcome`, `apply` of them at level apply. */
export interface DrawCell {
  group: string;
  outcome: number;
  count: number;
  apply: number;
}

/** How an attempt picks its questions: every question (null), or a form per blueprint cell. */
export type QuizDraw = { cells: readonly DrawCell[] } | null;

export interface QuizInput {
  questions: readonly QuizQuestionInput[];
  passPercent: number;
  draw: QuizDraw;
  /** `each`: feedback after every question (knowledge checks); `end`: only in the review (assessments). */
  feedback: 'each' | 'end';
  /** Seed for this attempt's choice and order of questions and options. */
  seed: number;
  now: number;
  /** Questions of the learner's previous attempt: the draw avoids them where the blueprint allows. */
  avoid?: readonly string[];
  /** Number of this attempt, counting earlier ones kept on the device (default 1). */
  attempt?: number;
  /** Most attempts allowed; null or absent: no limit. */
  maxAttempts?: number | null;
  /** Milliseconds to wait after finishing before a retry; null or absent: none. */
  waitMs?: number | null;
}

export interface QuizContext {
  questions: readonly QuizQuestionInput[];
  passPercent: number;
  draw: QuizDraw;
  feedback: QuizInput['feedback'];
  seed: number;
  /** Question ids asked in this attempt, in order. */
  order: string[];
  /** Question id → option ids in display order. */
  optionOrder: Record<string, string[]>;
  /** Question id → chosen option ids. */
  answers: Record<string, string[]>;
  /** Questions whose answer was submitted (feedback shown). */
  submitted: string[];
  /** Question id → when it was first shown (ms since epoch). */
  shownAt: Record<string, number>;
  /** Question id → when the learner last changed their answer to it. */
  answeredAt: Record<string, number>;
  index: number;
  /** 1 for the first attempt, +1 for each retry. */
  attempt: number;
  maxAttempts: number | null;
  waitMs: number | null;
  startedAt: number;
  finishedAt: number | null;
}

export type QuizEvent =
  | { type: 'answer.select'; optionId: string; now: number }
  | { type: 'answer.submit'; now: number }
  | { type: 'question.next'; now: number }
  | { type: 'question.previous'; now: number }
  | { type: 'quiz.finish'; now: number }
  | { type: 'quiz.review' }
  | { type: 'review.close' }
  | { type: 'quiz.retry'; seed: number; now: number };

/** Unseen questions first (shuffled), then the ones seen last time (shuffled), `count` of them. */
function pickFresh<T extends { id: string }>(
  pool: readonly T[],
  count: number,
  avoid: ReadonlySet<string>,
  random: () => number,
): T[] {
  const unseen = shuffle(
    pool.filter((q) => !avoid.has(q.id)),
    random,
  );
  const seen = shuffle(
    pool.filter((q) => avoid.has(q.id)),
    random,
  );
  return [...unseen, ...seen].slice(0, count);
}

/**
 * Picks and orders the questions of an attempt. With a blueprint, each cell gets exactly its count
 * from its module and outcome, `apply` of them at level apply and the rest at other levels; within
 * each pool, questions of the previous attempt (`avoid`) are drawn only when the unseen run out.
 */
export function drawQuestions(
  questions: readonly QuizQuestionInput[],
  draw: QuizDraw,
  seed: number,
  avoid: readonly string[] = [],
): { order: string[]; optionOrder: Record<string, string[]> } {
  const random = createRandom(seed);
  let chosen: QuizQuestionInput[];
  if (!draw) chosen = [...questions];
  else {
    const seen = new Set(avoid);
    chosen = draw.cells.flatMap((cell) => {
      const pool = questions.filter((q) => q.group === cell.group && q.outcome === cell.outcome);
      return [
        ...pickFresh(
          pool.filter((q) => q.level === 'apply'),
          cell.apply,
          seen,
          random,
        ),
        ...pickFresh(
          pool.filter((q) => q.level !== 'apply'),
          cell.count - cell.apply,
          seen,
          random,
        ),
      ];
    });
  }
  const ordered = shuffle(chosen, random);
  return {
    order: ordered.map((q) => q.id),
    // True/false keeps True before False; other options are shuffled.
    optionOrder: Object.fromEntries(
      ordered.map((q) => [
        q.id,
        q.type === 'true-false' ? q.options.map((o) => o.id) : shuffle(q.options, random).map((o) => o.id),
      ]),
    ),
  };
}

/** Whether the chosen options are exactly the right ones. */
export function isCorrect(question: QuizQuestionInput, chosen: readonly string[] | undefined): boolean {
  const right = question.options.filter((o) => o.correct).map((o) => o.id);
  return !!chosen && chosen.length === right.length && right.every((id) => chosen.includes(id));
}

/** The finished attempt a quiz snapshot holds (finished or in its review), or null while under way. */
export function finishedQuiz(snapshot: { value: unknown; context: QuizContext }): FinishedAttempt | null {
  const { value, context } = snapshot;
  if (value !== 'finished' && value !== 'reviewing') return null;
  return {
    ...quizResult(context),
    answers: Object.fromEntries(context.order.map((id) => [id, context.answers[id] ?? []])),
    latencyMs: latencies(context),
    startedAt: context.startedAt,
    finishedAt: context.finishedAt ?? context.startedAt,
  };
}

export interface QuizResult {
  score: number;
  maxScore: number;
  percent: number;
  passed: boolean;
}

export function quizResult(context: QuizContext): QuizResult {
  const byId = new Map(context.questions.map((q) => [q.id, q]));
  const score = context.order.filter((id) => {
    const q = byId.get(id);
    return q ? isCorrect(q, context.answers[id]) : false;
  }).length;
  const maxScore = context.order.length;
  const percent = maxScore === 0 ? 0 : (score / maxScore) * 100;
  return { score, maxScore, percent: Math.round(percent), passed: percent >= context.passPercent };
}

/**
 * What the review may show. Knowledge checks are formative: always everything. An assessment shows
 * the right options only after a pass; after a fail it shows which answers were wrong and why, so
 * the bank is not given away for the next attempt.
 */
export function reviewMode(context: QuizContext): 'full' | 'without-key' {
  return context.feedback === 'each' || quizResult(context).passed ? 'full' : 'without-key';
}

/**
 * Whether another attempt may start at `now`, and if not, why: the maximum is reached, or the
 * wait after the last attempt is not over (`from`: when it is).
 */
export function retryAllowed(
  context: Pick<QuizContext, 'attempt' | 'maxAttempts' | 'waitMs' | 'finishedAt'>,
  now: number,
): { allowed: true } | { allowed: false; reason: 'max-attempts' } | { allowed: false; reason: 'wait'; from: number } {
  if (context.maxAttempts !== null && context.attempt >= context.maxAttempts)
    return { allowed: false, reason: 'max-attempts' };
  if (context.waitMs !== null && context.finishedAt !== null && now < context.finishedAt + context.waitMs)
    return { allowed: false, reason: 'wait', from: context.finishedAt + context.waitMs };
  return { allowed: true };
}

const currentId = (context: QuizContext) => context.order[context.index] ?? '';

/** Moves to question `index`, noting when it was first shown (a question seen before keeps its time). */
function shown(context: QuizContext, index: number, event: QuizEvent): Pick<QuizContext, 'index' | 'shownAt'> {
  const id = context.order[index] ?? '';
  // A snapshot saved before these times were kept has none.
  const times = context.shownAt ?? {};
  if (!('now' in event) || id in times) return { index, shownAt: times };
  return { index, shownAt: { ...times, [id]: event.now } };
}

/**
 * Per question, how long the learner took: from when it was first shown to their last change of
 * answer to it (the response reported). Questions without both times are left out.
 */
function latencies(context: QuizContext): Record<string, number> {
  const out: Record<string, number> = {};
  for (const id of context.order) {
    const from = context.shownAt?.[id];
    const to = context.answeredAt?.[id];
    if (from !== undefined && to !== undefined) out[id] = Math.max(0, to - from);
  }
  return out;
}

const currentQuestion = (context: QuizContext) => context.questions.find((q) => q.id === currentId(context));

function fresh(
  input: Pick<QuizInput, 'seed' | 'now' | 'avoid'> & {
    questions: readonly QuizQuestionInput[];
    draw: QuizInput['draw'];
  },
) {
  const drawn = drawQuestions(input.questions, input.draw, input.seed, input.avoid);
  return {
    ...drawn,
    seed: input.seed,
    answers: {},
    submitted: [],
    shownAt: drawn.order[0] ? { [drawn.order[0]]: input.now } : {},
    answeredAt: {},
    index: 0,
    startedAt: input.now,
    finishedAt: null,
  };
}

export const quizMachine = setup({
  types: {
    input: {} as QuizInput,
    context: {} as QuizContext,
    events: {} as QuizEvent,
  },
  guards: {
    canSelect: ({ context, event }) =>
      event.type === 'answer.select' &&
      !context.submitted.includes(currentId(context)) &&
      (context.optionOrder[currentId(context)] ?? []).includes(event.optionId),
    hasAnswer: ({ context }) => (context.answers[currentId(context)] ?? []).length > 0,
    feedbackEach: ({ context }) => context.feedback === 'each',
    hasNext: ({ context }) => context.index < context.order.length - 1,
    hasPrevious: ({ context }) => context.index > 0,
    allAnswered: ({ context }) => context.order.every((id) => (context.answers[id] ?? []).length > 0),
    canRetry: ({ context, event }) => event.type === 'quiz.retry' && retryAllowed(context, event.now).allowed,
  },
  actions: {
    select: assign({
      answers: ({ context, event }) => {
        if (event.type !== 'answer.select') return context.answers;
        const id = currentId(context);
        const question = currentQuestion(context);
        const previous = context.answers[id] ?? [];
        const next =
          question?.type === 'multiple'
            ? previous.includes(event.optionId)
              ? previous.filter((o) => o !== event.optionId)
              : [...previous, event.optionId]
            : [event.optionId];
        return { ...context.answers, [id]: next };
      },
      answeredAt: ({ context, event }) =>
        event.type === 'answer.select'
          ? { ...context.answeredAt, [currentId(context)]: event.now }
          : context.answeredAt,
    }),
    submit: assign({ submitted: ({ context }) => [...context.submitted, currentId(context)] }),
    next: assign(({ context, event }) => shown(context, context.index + 1, event)),
    previous: assign(({ context, event }) => shown(context, context.index - 1, event)),
    finish: assign({
      finishedAt: ({ event }) => (event.type === 'quiz.finish' ? event.now : null),
      // Everything asked counts as submitted once the attempt is over.
      submitted: ({ context }) => [...context.order],
    }),
    retry: assign(({ context, event }) =>
      event.type === 'quiz.retry'
        ? {
            // The next form avoids the questions just asked, wherever the blueprint allows.
            ...fresh({ ...context, seed: event.seed, now: event.now, avoid: context.order }),
            attempt: context.attempt + 1,
          }
        : {},
    ),
  },
}).createMachine({
  id: 'quiz',
  context: ({ input }) => ({
    questions: input.questions,
    passPercent: input.passPercent,
    draw: input.draw,
    feedback: input.feedback,
    attempt: input.attempt ?? 1,
    maxAttempts: input.maxAttempts ?? null,
    waitMs: input.waitMs ?? null,
    ...fresh(input),
  }),
  initial: 'answering',
  states: {
    answering: {
      on: {
        'answer.select': { guard: 'canSelect', actions: 'select' },
        'answer.submit': [
          { guard: and(['hasAnswer', 'feedbackEach']), target: 'feedback', actions: 'submit' },
          { guard: and(['hasAnswer', 'hasNext']), actions: 'next' },
        ],
        // Assessments let the learner move freely before finishing; knowledge checks go through feedback.
        'question.next': { guard: and(['hasNext', not('feedbackEach')]), actions: 'next' },
        'question.previous': { guard: 'hasPrevious', actions: 'previous' },
        'quiz.finish': { guard: 'allAnswered', target: 'finished', actions: 'finish' },
      },
    },
    /** Knowledge checks: the answer is marked, with per-option feedback, before moving on. */
    feedback: {
      on: {
        'question.next': { guard: 'hasNext', target: 'answering', actions: 'next' },
        'quiz.finish': { guard: 'allAnswered', target: 'finished', actions: 'finish' },
      },
    },
    finished: {
      on: {
        'quiz.review': 'reviewing',
        'quiz.retry': { guard: 'canRetry', target: 'answering', actions: 'retry' },
      },
    },
    /** Every question, the learner's answer and why; the right one as `reviewMode` allows. */
    reviewing: {
      on: {
        'review.close': 'finished',
        'quiz.retry': { guard: 'canRetry', target: 'answering', actions: 'retry' },
      },
    },
  },
});
