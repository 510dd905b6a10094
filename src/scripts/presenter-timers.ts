import type { DeckActor } from './deck-controls';
import type { DeckEvent, TimerId } from '../machines/deck-machine';
import type { Stopwatch } from '../machines/stopwatch';

/** The presenter's two timers as data, kept for this browser tab. */
export interface SavedTimers {
  elapsed: Stopwatch;
  activity: Stopwatch;
}

const TIMERS: TimerId[] = ['elapsed', 'activity'];

const keyFor = (deck: string) => `gl.presenterTimers.${deck}`;

function isStopwatch(value: unknown): value is Stopwatch {
  if (typeof value !== 'object' || value === null) return false;
  const { startedAt, accumulatedMs } = value as Record<string, unknown>;
  const finite = (n: unknown): n is number => typeof n === 'number' && Number.isFinite(n) && n >= 0;
  return finite(accumulatedMs) && (startedAt === null || finite(startedAt));
}

/** The timers saved for this deck in this tab, or null when there are none or they are unreadable. */
export function readTimers(storage: Pick<Storage, 'getItem'>, deck: string): SavedTimers | null {
  try {
    const saved = JSON.parse(storage.getItem(keyFor(deck)) ?? 'null') as Record<string, unknown> | null;
    if (!saved || !isStopwatch(saved.elapsed) || !isStopwatch(saved.activity)) return null;
    return { elapsed: saved.elapsed, activity: saved.activity };
  } catch {
    return null;
  }
}

/**
 * The events that bring a fresh deck machine's timer to a saved stopwatch: a running one restarts
 * as if it had run without a pause from (start − time banked), a paused one runs and pauses for the
 * time banked. The machine itself then decides whether the activity's time is up.
 */
export function replayTimer(timer: TimerId, watch: Stopwatch): DeckEvent[] {
  if (watch.startedAt !== null) return [{ type: 'timer.start', timer, now: watch.startedAt - watch.accumulatedMs }];
  if (watch.accumulatedMs === 0) return [];
  return [
    { type: 'timer.start', timer, now: 0 },
    { type: 'timer.pause', timer, now: watch.accumulatedMs },
  ];
}

/**
 * Restores the presenter's timers from this tab's sessionStorage and keeps them there, so reloading
 * the presenter window in the middle of a class (or the browser restoring the tab) does not lose the
 * lesson's time. Session, not local, storage: a new class in a new window starts from zero.
 * Storage that is blocked or full only means the timers are not kept.
 */
export function keepTimers(actor: DeckActor, storage: Pick<Storage, 'getItem' | 'setItem'>, deck: string): void {
  const saved = readTimers(storage, deck);
  if (saved) for (const timer of TIMERS) for (const event of replayTimer(timer, saved[timer])) actor.send(event);
  let last = '';
  actor.subscribe(({ context }) => {
    const text = JSON.stringify({ elapsed: context.elapsed, activity: context.activity } satisfies SavedTimers);
    if (text === last) return;
    last = text;
    try {
      storage.setItem(keyFor(deck), text);
    } catch {
      // Not kept across a reload; the timers still run.
    }
  });
}
