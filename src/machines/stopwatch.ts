/**
 * Time kept as data, for the machines that time a lesson or an activity (deck, presenter,
 * classroom mode). Pure: the page passes the current time in.
 */

/** A stopwatch as data: the time banked by earlier runs plus the start of the current run. */
export interface Stopwatch {
  /** Epoch milliseconds at which the current run started; null while stopped. */
  startedAt: number | null;
  /** Milliseconds counted by runs that have ended. */
  accumulatedMs: number;
}

/** Milliseconds a stopwatch shows at `now`. */
export function stopwatchMs(watch: Stopwatch, now: number): number {
  return watch.accumulatedMs + (watch.startedAt === null ? 0 : Math.max(0, now - watch.startedAt));
}

/** "m:ss" (or "h:mm:ss"), rounding partial seconds the way a countdown reads: 14:59.2 shows 15:00. */
export function formatClock(ms: number, roundUp = false): string {
  const total = roundUp ? Math.ceil(ms / 1000) : Math.floor(ms / 1000);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const ss = String(s).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${ss}` : `${m}:${ss}`;
}
