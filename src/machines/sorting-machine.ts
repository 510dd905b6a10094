import type { FinishedAttempt } from './attempt';
import { assign, setup } from 'xstate';

/** What the machine needs to know about a sorting activity: the cards and where each belongs. */
export interface SortingInput {
  items: readonly { id: string; category: string }[];
  categories: readonly string[];
  /** When the attempt started (ms); passed in so the machine stays pure. */
  now: number;
}

export interface SortingContext {
  items: readonly { id: string; category: string }[];
  categories: readonly string[];
  /** Card id → category id the learner chose. */
  placements: Record<string, string>;
  /** The card picked up (keyboard "select then choose a bin"). */
  selected: string | null;
  /** Card id → correct? Filled when the learner checks. */
  results: Record<string, boolean>;
  /** 1 for the first sort, +1 for each "try the misplaced ones again". */
  round: number;
  /** Correct cards at the first check: the score recorded for the attempt. */
  firstScore: number | null;
  startedAt: number;
  finishedAt: number | null;
}

export type SortingEvent =
  | { type: 'item.select'; id: string }
  | { type: 'item.place'; id?: string; category: string }
  | { type: 'item.unplace'; id: string }
  | { type: 'sort.check'; now: number }
  | { type: 'sort.retry' }
  | { type: 'sort.restart'; now: number };

const isLocked = (context: SortingContext, id: string) => context.results[id] === true;

export const sortingMachine = setup({
  types: {
    input: {} as SortingInput,
    context: {} as SortingContext,
    events: {} as SortingEvent,
  },
  guards: {
    /** A card that exists, is not already sorted correctly, and a category that exists. */
    canPlace: ({ context, event }) => {
      if (event.type !== 'item.place') return false;
      const id = event.id ?? context.selected;
      return (
        id !== null &&
        context.items.some((item) => item.id === id) &&
        context.categories.includes(event.category) &&
        !isLocked(context, id)
      );
    },
    canSelect: ({ context, event }) =>
      event.type === 'item.select' && context.items.some((i) => i.id === event.id) && !isLocked(context, event.id),
    canUnplace: ({ context, event }) =>
      event.type === 'item.unplace' && event.id in context.placements && !isLocked(context, event.id),
    allPlaced: ({ context }) => context.items.every((item) => item.id in context.placements),
    allCorrect: ({ context }) => context.items.every((item) => context.results[item.id] === true),
  },
  actions: {
    select: assign({
      selected: ({ context, event }) =>
        event.type === 'item.select' ? (context.selected === event.id ? null : event.id) : context.selected,
    }),
    place: assign(({ context, event }) => {
      if (event.type !== 'item.place') return {};
      const id = (event.id ?? context.selected) as string;
      return { placements: { ...context.placements, [id]: event.category }, selected: null };
    }),
    unplace: assign(({ context, event }) => {
      if (event.type !== 'item.unplace') return {};
      const { [event.id]: _removed, ...placements } = context.placements;
      return { placements };
    }),
    check: assign(({ context, event }) => {
      const results = Object.fromEntries(
        context.items.map((item) => [item.id, context.placements[item.id] === item.category]),
      );
      const correct = Object.values(results).filter(Boolean).length;
      return {
        results,
        selected: null,
        firstScore: context.firstScore ?? correct,
        finishedAt: event.type === 'sort.check' ? event.now : context.finishedAt,
      };
    }),
    /** Misplaced cards go back to the pile; correct ones stay locked in their bins. */
    retry: assign(({ context }) => {
      const placements = Object.fromEntries(
        Object.entries(context.placements).filter(([id]) => context.results[id] === true),
      );
      const results = Object.fromEntries(Object.entries(context.results).filter(([, ok]) => ok));
      return { placements, results, round: context.round + 1 };
    }),
    restart: assign(({ event }) => ({
      placements: {},
      results: {},
      selected: null,
      round: 1,
      firstScore: null,
      startedAt: event.type === 'sort.restart' ? event.now : 0,
      finishedAt: null,
    })),
  },
}).createMachine({
  id: 'sorting',
  context: ({ input }) => ({
    items: input.items,
    categories: input.categories,
    placements: {},
    selected: null,
    results: {},
    round: 1,
    firstScore: null,
    startedAt: input.now,
    finishedAt: null,
  }),
  initial: 'sorting',
  states: {
    sorting: {
      on: {
        'item.select': { guard: 'canSelect', actions: 'select' },
        'item.place': { guard: 'canPlace', actions: 'place' },
        'item.unplace': { guard: 'canUnplace', actions: 'unplace' },
        'sort.check': { guard: 'allPlaced', target: 'checked', actions: 'check' },
      },
    },
    checked: {
      always: [{ guard: 'allCorrect', target: 'complete' }, { target: 'feedback' }],
    },
    /** Some cards are misplaced: feedback per card, then retry the misplaced ones. */
    feedback: {
      on: { 'sort.retry': { target: 'sorting', actions: 'retry' } },
    },
    /** Every card is in its right bin. */
    complete: {
      on: { 'sort.restart': { target: 'sorting', actions: 'restart' } },
    },
  },
});

/**
 * The finished round a sorting snapshot holds, or null while cards are misplaced. Sorting is
 * practice: a finished round counts as done, scored by the first check.
 */
export function finishedSorting(snapshot: { value: unknown; context: SortingContext }): FinishedAttempt | null {
  const { value, context } = snapshot;
  if (value !== 'complete') return null;
  return {
    ...sortingScore(context),
    passed: true,
    answers: Object.fromEntries(Object.entries(context.placements).map(([id, category]) => [id, [category]])),
    startedAt: context.startedAt,
    finishedAt: context.finishedAt ?? context.startedAt,
  };
}

/** Score of the attempt: correct cards at the first check, out of all cards. */
export function sortingScore(context: SortingContext): { score: number; maxScore: number } {
  return { score: context.firstScore ?? 0, maxScore: context.items.length };
}
