import { and, assign, not, setup } from 'xstate';
import { createRandom, shuffle } from './random';

export interface QuizQuestionInput {
  id: string;
  type: 'single' | 'multiple' | 'true-false';
  group?: string;
  options: readonly { id: string; correct: boolean }[];
}

export interface QuizInput {
  questions: readonly QuizQuestionInput[];
  passPercent: number;
  /** Draw a subset per attempt (assessments); null asks everything. */
  draw: { count: number; minPerGroup: number } | null;
  /** `each`: feedback after every question (knowledge checks); `end`: only in the review (assessments). */
  feedback: 'each' | 'end';
  /** Seed for this attempt's choice and order of questions and options. */
  seed: number;
  now: number;
}

export interface QuizContext {
  questions: readonly QuizQuestionInput[];
  passPercent: number;
  draw: QuizInput['draw'];
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
  index: number;
  /** 1 for the first attempt, +1 for each retry. */
  attempt: number;
  startedAt: number;
  finishedAt: number | null;
}

export type QuizEvent =
  | { type: 'answer.select'; optionId: string }
  | { type: 'answer.submit' }
  | { type: 'question.next' }
  | { type: 'question.previous' }
  | { type: 'quiz.finish'; now: number }
  | { type: 'quiz.review' }
  | { type: 'review.close' }
  | { type: 'quiz.retry'; seed: number; now: number };

/** Picks and orders the questions of an attempt: at least `minPerGroup` from each group, the rest at random. */
export function drawQuestions(
  questions: readonly QuizQuestionInput[],
  draw: QuizInput['draw'],
  seed: number,
): { order: string[]; optionOrder: Record<string, string[]> } {
  const random = createRandom(seed);
  let chosen: QuizQuestionInput[];
  if (!draw) chosen = [...questions];
  else {
    const byGroup = new Map<string, QuizQuestionInput[]>();
    for (const q of questions) byGroup.set(q.group ?? '', [...(byGroup.get(q.group ?? '') ?? []), q]);
    const picked = new Set<QuizQuestionInput>();
    for (const group of [...byGroup.keys()].sort()) {
      for (const q of shuffle(byGroup.get(group) ?? [], random).slice(0, draw.minPerGroup)) picked.add(q);
    }
    const rest = shuffle(
      questions.filter((q) => !picked.has(q)),
      random,
    );
    chosen = [...picked, ...rest].slice(0, Math.max(draw.count, picked.size));
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

const currentId = (context: QuizContext) => context.order[context.index] ?? '';
const currentQuestion = (context: QuizContext) => context.questions.find((q) => q.id === currentId(context));

function fresh(
  input: Pick<QuizInput, 'seed' | 'now'> & { questions: readonly QuizQuestionInput[]; draw: QuizInput['draw'] },
) {
  return {
    ...drawQuestions(input.questions, input.draw, input.seed),
    seed: input.seed,
    answers: {},
    submitted: [],
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
    }),
    submit: assign({ submitted: ({ context }) => [...context.submitted, currentId(context)] }),
    next: assign({ index: ({ context }) => context.index + 1 }),
    previous: assign({ index: ({ context }) => context.index - 1 }),
    finish: assign({
      finishedAt: ({ event }) => (event.type === 'quiz.finish' ? event.now : null),
      // Everything asked counts as submitted once the attempt is over.
      submitted: ({ context }) => [...context.order],
    }),
    retry: assign(({ context, event }) =>
      event.type === 'quiz.retry'
        ? { ...fresh({ ...context, seed: event.seed, now: event.now }), attempt: context.attempt + 1 }
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
    attempt: 1,
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
        'quiz.retry': { target: 'answering', actions: 'retry' },
      },
    },
    /** Every question, the learner's answer, the right one and why. */
    reviewing: {
      on: {
        'review.close': 'finished',
        'quiz.retry': { target: 'answering', actions: 'retry' },
      },
    },
  },
});
