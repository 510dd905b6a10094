import { assign, not, setup } from 'xstate';
import { stopwatchMs, type Stopwatch } from './stopwatch';

/**
 * A sorting activity run with a whole room on a projector: one card at a time, the trainer counts
 * the room's votes, reveals the answer, and a running tally shows how the room is doing, with the
 * activity's countdown alongside. Pure: the page passes the time in `now`.
 */
export interface ClassroomInput {
  items: readonly { id: string; category: string }[];
  categories: readonly string[];
  /** Length of the activity countdown in minutes (Learning Activity 2.7.1: 15). */
  minutes: number;
}

export interface ClassroomContext {
  items: readonly { id: string; category: string }[];
  categories: readonly string[];
  index: number;
  /** Card id → category id → number of votes. */
  votes: Record<string, Record<string, number>>;
  /** Cards whose answer has been shown. */
  revealed: string[];
  timer: Stopwatch;
  durationMs: number;
}

export type ClassroomEvent =
  | { type: 'card.next' }
  | { type: 'card.previous' }
  | { type: 'vote.add'; category: string }
  | { type: 'vote.remove'; category: string }
  | { type: 'card.reveal' }
  | { type: 'timer.start'; now: number }
  | { type: 'timer.pause'; now: number }
  | { type: 'timer.reset' };

const current = (context: ClassroomContext) => context.items[context.index];

/** The category most of the room voted for, or null when nobody voted or the top is tied. */
export function roomChoice(votes: Record<string, number> | undefined): string | null {
  const entries = Object.entries(votes ?? {}).filter(([, n]) => n > 0);
  if (entries.length === 0) return null;
  const top = Math.max(...entries.map(([, n]) => n));
  const leaders = entries.filter(([, n]) => n === top);
  return leaders.length === 1 ? (leaders[0]?.[0] ?? null) : null;
}

/** How many revealed cards the room got right (its majority vote matched the answer). */
export function roomTally(context: ClassroomContext): { right: number; revealed: number } {
  const right = context.revealed.filter((id) => {
    const item = context.items.find((i) => i.id === id);
    return item && roomChoice(context.votes[id]) === item.category;
  }).length;
  return { right, revealed: context.revealed.length };
}

export function timeLeftMs(context: ClassroomContext, now: number): number {
  return Math.max(0, context.durationMs - stopwatchMs(context.timer, now));
}

export const classroomMachine = setup({
  types: { input: {} as ClassroomInput, context: {} as ClassroomContext, events: {} as ClassroomEvent },
  guards: {
    hasNext: ({ context }) => context.index < context.items.length - 1,
    hasPrevious: ({ context }) => context.index > 0,
    notRevealed: ({ context }) => !context.revealed.includes(current(context)?.id ?? ''),
    canVote: ({ context, event }) =>
      (event.type === 'vote.add' || event.type === 'vote.remove') &&
      context.categories.includes(event.category) &&
      !context.revealed.includes(current(context)?.id ?? ''),
    running: ({ context }) => context.timer.startedAt !== null,
  },
  actions: {
    next: assign({ index: ({ context }) => context.index + 1 }),
    previous: assign({ index: ({ context }) => context.index - 1 }),
    vote: assign({
      votes: ({ context, event }) => {
        if (event.type !== 'vote.add' && event.type !== 'vote.remove') return context.votes;
        const id = current(context)?.id ?? '';
        const card = context.votes[id] ?? {};
        const count = Math.max(0, (card[event.category] ?? 0) + (event.type === 'vote.add' ? 1 : -1));
        return { ...context.votes, [id]: { ...card, [event.category]: count } };
      },
    }),
    reveal: assign({ revealed: ({ context }) => [...context.revealed, current(context)?.id ?? ''] }),
    startTimer: assign({
      timer: ({ context, event }) =>
        event.type === 'timer.start' ? { ...context.timer, startedAt: event.now } : context.timer,
    }),
    pauseTimer: assign({
      timer: ({ context, event }) =>
        event.type === 'timer.pause'
          ? { startedAt: null, accumulatedMs: stopwatchMs(context.timer, event.now) }
          : context.timer,
    }),
    resetTimer: assign({ timer: () => ({ startedAt: null, accumulatedMs: 0 }) }),
  },
}).createMachine({
  id: 'classroom',
  context: ({ input }) => ({
    items: input.items,
    categories: input.categories,
    index: 0,
    votes: {},
    revealed: [],
    timer: { startedAt: null, accumulatedMs: 0 },
    durationMs: input.minutes * 60_000,
  }),
  on: {
    'card.next': { guard: 'hasNext', actions: 'next' },
    'card.previous': { guard: 'hasPrevious', actions: 'previous' },
    // Votes are counted before the answer is shown; afterwards they would only record hindsight.
    'vote.add': { guard: 'canVote', actions: 'vote' },
    'vote.remove': { guard: 'canVote', actions: 'vote' },
    'card.reveal': { guard: 'notRevealed', actions: 'reveal' },
    'timer.start': { guard: not('running'), actions: 'startTimer' },
    'timer.pause': { guard: 'running', actions: 'pauseTimer' },
    'timer.reset': { actions: 'resetTimer' },
  },
});
