import { and, assign, emit, setup } from 'xstate';
import { stopwatchMs, type Stopwatch } from './stopwatch';

/**
 * The slide deck and the presenter view: which slide is showing, the blank screen, the overview
 * grid, typed slide numbers, the sync protocol between the audience and presenter windows, and the
 * lesson and activity timers.
 *
 * Pure: no DOM, no BroadcastChannel, no clock. The page scripts turn keys, touches, buttons and
 * channel messages into events, pass the time in `now`, and post what the machine emits as
 * `sync.publish` to the channel.
 */

export type TimerId = 'elapsed' | 'activity';

/** Milliseconds left on the activity countdown at `now` (never below zero). */
export function remainingMs(context: Pick<DeckContext, 'activity' | 'activityMs'>, now: number): number {
  return Math.max(0, context.activityMs - stopwatchMs(context.activity, now));
}

/**
 * The shared part of a window's state, with a Lamport clock: `seq` grows with every change a window
 * makes and never goes below what it has seen, so (seq, sender) orders changes across windows and
 * every window settles on the latest one, whatever order the messages arrive in.
 */
export interface DeckStateMessage {
  kind: 'state';
  /** Course id: windows of another course's deck ignore the message. */
  deck: string;
  sender: string;
  seq: number;
  /** Position of the slide in the deck, from 0. */
  index: number;
  blank: boolean;
}

/** Sent by a window that has just opened: the others answer with their state. */
export interface DeckHelloMessage {
  kind: 'hello';
  deck: string;
  sender: string;
}

export type DeckMessage = DeckStateMessage | DeckHelloMessage;

/** Checks data from the channel; anything else (another app, an old version) is dropped. */
export function parseDeckMessage(data: unknown): DeckMessage | null {
  if (typeof data !== 'object' || data === null) return null;
  const m = data as Record<string, unknown>;
  if (typeof m.deck !== 'string' || typeof m.sender !== 'string') return null;
  if (m.kind === 'hello') return { kind: 'hello', deck: m.deck, sender: m.sender };
  if (m.kind === 'state' && Number.isInteger(m.seq) && Number.isInteger(m.index) && typeof m.blank === 'boolean') {
    return {
      kind: 'state',
      deck: m.deck,
      sender: m.sender,
      seq: m.seq as number,
      index: m.index as number,
      blank: m.blank,
    };
  }
  return null;
}

/** The machine event a channel message becomes. */
export function messageToEvent(message: DeckMessage): DeckEvent {
  if (message.kind === 'hello') return { type: 'sync.hello', deck: message.deck, sender: message.sender };
  const { deck, sender, seq, index, blank } = message;
  return { type: 'sync.received', deck, sender, seq, index, blank };
}

export interface DeckInput {
  /** Course id; messages from other decks are ignored. */
  deck: string;
  /** This window's id, unique per window. */
  sender: string;
  /** Slide numbers in deck order (usually 1..N). */
  numbers: readonly number[];
  /** Slide number to open on (from the URL); the first slide when absent or unknown. */
  start?: number | null;
  /** Planned lesson length for the elapsed timer. Default 45. */
  lessonMinutes?: number;
  /** Length of the activity countdown. Default 15. */
  activityMinutes?: number;
}

export interface DeckContext {
  deck: string;
  sender: string;
  numbers: number[];
  total: number;
  /** Position of the current slide, from 0. */
  index: number;
  /** Audience screen blanked. */
  blank: boolean;
  /** Overview grid of all slides open (this window only). */
  overview: boolean;
  /** Digits typed towards "go to slide N". */
  jumpBuffer: string;
  /** Lamport clock: the highest seq this window has made or seen. */
  clock: number;
  /** Which change the shared state (index, blank) came from; seq 0 means none yet. */
  version: { seq: number; sender: string };
  /** Time of the latest timer event (epoch ms). */
  now: number;
  elapsed: Stopwatch;
  lessonMs: number;
  activity: Stopwatch;
  activityMs: number;
}

type SyncReceived = { type: 'sync.received' } & Omit<DeckStateMessage, 'kind'>;

export type DeckEvent =
  | { type: 'slide.next' }
  | { type: 'slide.previous' }
  | { type: 'slide.first' }
  | { type: 'slide.last' }
  /** Go to the slide with this number (not position). */
  | { type: 'slide.goto'; number: number }
  | { type: 'digit.type'; digit: string }
  | { type: 'digit.commit' }
  | { type: 'digit.clear' }
  | { type: 'screen.blank.toggle' }
  | { type: 'overview.toggle' }
  /** Pick a slide in the overview grid: go there and close the grid. */
  | { type: 'overview.select'; number: number }
  /** The window is listening: say hello so others answer with their state. */
  | { type: 'sync.connect' }
  | SyncReceived
  | ({ type: 'sync.hello' } & Omit<DeckHelloMessage, 'kind'>)
  | { type: 'timer.start'; timer: TimerId; now: number }
  | { type: 'timer.pause'; timer: TimerId; now: number }
  | { type: 'timer.reset'; timer: TimerId }
  | { type: 'timer.tick'; now: number };

export type DeckEmitted = { type: 'sync.publish'; message: DeckMessage };

const STOPPED: Stopwatch = { startedAt: null, accumulatedMs: 0 };
const MINUTE = 60_000;

function started(now: number, watch: Stopwatch): Stopwatch {
  return { startedAt: now, accumulatedMs: watch.accumulatedMs };
}

function stopped(now: number, watch: Stopwatch): Stopwatch {
  return { startedAt: null, accumulatedMs: stopwatchMs(watch, now) };
}

function isNewer(a: { seq: number; sender: string }, b: { seq: number; sender: string }): boolean {
  return a.seq > b.seq || (a.seq === b.seq && a.sender > b.sender);
}

function slideIndex(context: DeckContext, number: number): number {
  return context.numbers.indexOf(number);
}

export const deckMachine = setup({
  types: {
    context: {} as DeckContext,
    events: {} as DeckEvent,
    input: {} as DeckInput,
    emitted: {} as DeckEmitted,
  },
  guards: {
    hasNext: ({ context }) => context.index < context.total - 1,
    hasPrevious: ({ context }) => context.index > 0,
    isOtherSlide: ({ context }, params: { number: number }) => {
      const at = slideIndex(context, params.number);
      return at >= 0 && at !== context.index;
    },
    isSlide: ({ context }, params: { number: number }) => slideIndex(context, params.number) >= 0,
    canType: ({ context }, params: { digit: string }) =>
      /^[0-9]$/.test(params.digit) &&
      context.jumpBuffer.length < String(Math.max(0, ...context.numbers)).length &&
      !(context.jumpBuffer === '' && params.digit === '0'),
    isNewerPeerState: ({ context, event }) => {
      if (event.type !== 'sync.received') return false;
      return (
        event.deck === context.deck &&
        event.sender !== context.sender &&
        event.index >= 0 &&
        event.index < context.total &&
        isNewer(event, context.version)
      );
    },
    isPeerHello: ({ context, event }) =>
      event.type === 'sync.hello' && event.deck === context.deck && event.sender !== context.sender,
    isUnversioned: ({ context }) => context.version.seq === 0,
    isElapsed: (_, params: { timer: TimerId }) => params.timer === 'elapsed',
    isActivity: (_, params: { timer: TimerId }) => params.timer === 'activity',
    isActivityOver: ({ context }) => remainingMs(context, context.now) <= 0,
  },
  actions: {
    moveTo: assign((_, params: { index: number }) => ({ index: params.index, jumpBuffer: '' })),
    moveToNumber: assign(({ context }, params: { number: number }) => ({
      index: slideIndex(context, params.number),
      jumpBuffer: '',
    })),
    /** A change made in this window: the next Lamport timestamp, owned by this window. */
    stamp: assign(({ context }) => {
      const seq = context.clock + 1;
      return { clock: seq, version: { seq, sender: context.sender } };
    }),
    publishState: emit(({ context }): DeckEmitted => ({
      type: 'sync.publish',
      message: {
        kind: 'state',
        deck: context.deck,
        sender: context.version.sender,
        seq: context.version.seq,
        index: context.index,
        blank: context.blank,
      },
    })),
    publishHello: emit(({ context }): DeckEmitted => ({
      type: 'sync.publish',
      message: { kind: 'hello', deck: context.deck, sender: context.sender },
    })),
    applyPeerState: assign(({ context, event }) => {
      if (event.type !== 'sync.received') return {};
      return {
        index: event.index,
        blank: event.blank,
        version: { seq: event.seq, sender: event.sender },
        clock: Math.max(context.clock, event.seq),
      };
    }),
    appendDigit: assign(({ context }, params: { digit: string }) => ({
      jumpBuffer: context.jumpBuffer + params.digit,
    })),
    clearDigits: assign({ jumpBuffer: '' }),
    toggleBlank: assign(({ context }) => ({ blank: !context.blank })),
    toggleOverview: assign(({ context }) => ({ overview: !context.overview, jumpBuffer: '' })),
    closeOverview: assign({ overview: false }),
    setNow: assign((_, params: { now: number }) => ({ now: params.now })),
    startElapsed: assign(({ context }, params: { now: number }) => ({
      now: params.now,
      elapsed: started(params.now, context.elapsed),
    })),
    pauseElapsed: assign(({ context }, params: { now: number }) => ({
      now: params.now,
      elapsed: stopped(params.now, context.elapsed),
    })),
    resetElapsed: assign({ elapsed: STOPPED }),
    startActivity: assign(({ context }, params: { now: number }) => ({
      now: params.now,
      activity: started(params.now, context.activity),
    })),
    pauseActivity: assign(({ context }, params: { now: number }) => ({
      now: params.now,
      activity: stopped(params.now, context.activity),
    })),
    finishActivity: assign(({ context }) => ({ activity: { startedAt: null, accumulatedMs: context.activityMs } })),
    resetActivity: assign({ activity: STOPPED }),
  },
}).createMachine({
  id: 'deck',
  type: 'parallel',
  context: ({ input }) => {
    const numbers = [...input.numbers];
    const start = input.start == null ? -1 : numbers.indexOf(input.start);
    return {
      deck: input.deck,
      sender: input.sender,
      numbers,
      total: numbers.length,
      index: Math.max(0, start),
      blank: false,
      overview: false,
      jumpBuffer: '',
      clock: 0,
      version: { seq: 0, sender: '' },
      now: 0,
      elapsed: STOPPED,
      lessonMs: (input.lessonMinutes ?? 45) * MINUTE,
      activity: STOPPED,
      activityMs: (input.activityMinutes ?? 15) * MINUTE,
    };
  },
  on: {
    'slide.next': {
      guard: 'hasNext',
      actions: [{ type: 'moveTo', params: ({ context }) => ({ index: context.index + 1 }) }, 'stamp', 'publishState'],
    },
    'slide.previous': {
      guard: 'hasPrevious',
      actions: [{ type: 'moveTo', params: ({ context }) => ({ index: context.index - 1 }) }, 'stamp', 'publishState'],
    },
    'slide.first': {
      guard: 'hasPrevious',
      actions: [{ type: 'moveTo', params: { index: 0 } }, 'stamp', 'publishState'],
    },
    'slide.last': {
      guard: 'hasNext',
      actions: [{ type: 'moveTo', params: ({ context }) => ({ index: context.total - 1 }) }, 'stamp', 'publishState'],
    },
    'slide.goto': {
      guard: { type: 'isOtherSlide', params: ({ event }) => ({ number: event.number }) },
      actions: [{ type: 'moveToNumber', params: ({ event }) => ({ number: event.number }) }, 'stamp', 'publishState'],
    },
    'digit.type': {
      guard: { type: 'canType', params: ({ event }) => ({ digit: event.digit }) },
      actions: { type: 'appendDigit', params: ({ event }) => ({ digit: event.digit }) },
    },
    'digit.commit': [
      {
        guard: { type: 'isOtherSlide', params: ({ context }) => ({ number: Number(context.jumpBuffer) }) },
        actions: [
          { type: 'moveToNumber', params: ({ context }) => ({ number: Number(context.jumpBuffer) }) },
          'stamp',
          'publishState',
        ],
      },
      // Out of range, or the slide already showing: the typed number is dropped.
      { actions: 'clearDigits' },
    ],
    'digit.clear': { actions: 'clearDigits' },
    'screen.blank.toggle': { actions: ['toggleBlank', 'stamp', 'publishState'] },
    'overview.toggle': { actions: 'toggleOverview' },
    'overview.select': [
      {
        guard: { type: 'isOtherSlide', params: ({ event }) => ({ number: event.number }) },
        actions: [
          'closeOverview',
          { type: 'moveToNumber', params: ({ event }) => ({ number: event.number }) },
          'stamp',
          'publishState',
        ],
      },
      {
        guard: { type: 'isSlide', params: ({ event }) => ({ number: event.number }) },
        actions: 'closeOverview',
      },
    ],
    'sync.connect': { actions: 'publishHello' },
    'sync.received': { guard: 'isNewerPeerState', actions: 'applyPeerState' },
    'sync.hello': [
      // A window that has changed nothing yet still answers, with a fresh timestamp, so that the
      // newcomer (which holds seq 0) takes its slide.
      { guard: and(['isPeerHello', 'isUnversioned']), actions: ['stamp', 'publishState'] },
      { guard: 'isPeerHello', actions: 'publishState' },
    ],
    'timer.tick': { actions: { type: 'setNow', params: ({ event }) => ({ now: event.now }) } },
  },
  states: {
    /** Time since the lesson started, against the planned length (`lessonMs`). */
    elapsed: {
      initial: 'idle',
      states: {
        idle: {
          on: {
            'timer.start': {
              guard: { type: 'isElapsed', params: ({ event }) => ({ timer: event.timer }) },
              target: 'running',
              actions: { type: 'startElapsed', params: ({ event }) => ({ now: event.now }) },
            },
          },
        },
        running: {
          on: {
            'timer.pause': {
              guard: { type: 'isElapsed', params: ({ event }) => ({ timer: event.timer }) },
              target: 'paused',
              actions: { type: 'pauseElapsed', params: ({ event }) => ({ now: event.now }) },
            },
          },
        },
        paused: {
          on: {
            'timer.start': {
              guard: { type: 'isElapsed', params: ({ event }) => ({ timer: event.timer }) },
              target: 'running',
              actions: { type: 'startElapsed', params: ({ event }) => ({ now: event.now }) },
            },
          },
        },
      },
      on: {
        'timer.reset': {
          guard: { type: 'isElapsed', params: ({ event }) => ({ timer: event.timer }) },
          target: '.idle',
          actions: 'resetElapsed',
        },
      },
    },
    /** Countdown for the lesson's learning activity (`activityMs`). */
    activity: {
      initial: 'idle',
      states: {
        idle: {
          on: {
            'timer.start': {
              guard: { type: 'isActivity', params: ({ event }) => ({ timer: event.timer }) },
              target: 'running',
              actions: { type: 'startActivity', params: ({ event }) => ({ now: event.now }) },
            },
          },
        },
        running: {
          always: { guard: 'isActivityOver', target: 'timeUp' },
          on: {
            'timer.pause': {
              guard: { type: 'isActivity', params: ({ event }) => ({ timer: event.timer }) },
              target: 'paused',
              actions: { type: 'pauseActivity', params: ({ event }) => ({ now: event.now }) },
            },
          },
        },
        paused: {
          always: { guard: 'isActivityOver', target: 'timeUp' },
          on: {
            'timer.start': {
              guard: { type: 'isActivity', params: ({ event }) => ({ timer: event.timer }) },
              target: 'running',
              actions: { type: 'startActivity', params: ({ event }) => ({ now: event.now }) },
            },
          },
        },
        timeUp: { entry: 'finishActivity' },
      },
      on: {
        'timer.reset': {
          guard: { type: 'isActivity', params: ({ event }) => ({ timer: event.timer }) },
          target: '.idle',
          actions: 'resetActivity',
        },
      },
    },
  },
});
