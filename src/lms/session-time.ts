import type { ScormVersion } from './scorm-api';

/**
 * Time the course was open and visible in this session: the clock runs only while the page is
 * shown (Page Visibility), so a course left in a background tab over lunch does not count.
 * `now` is passed in, so Node tests drive it.
 */
export class VisibleClock {
  private total = 0;
  private since: number | null;

  constructor(now: number, visible: boolean) {
    this.since = visible ? now : null;
  }

  /** The page was shown or hidden. */
  visibility(visible: boolean, now: number): void {
    if (visible && this.since === null) this.since = now;
    if (!visible && this.since !== null) {
      this.total += Math.max(0, now - this.since);
      this.since = null;
    }
  }

  /** Milliseconds visible so far. */
  elapsed(now: number): number {
    return this.total + (this.since === null ? 0 : Math.max(0, now - this.since));
  }
}

/** SCORM 1.2 CMITimespan, HHHH:MM:SS.SS (hours two to four digits; capped at 9999 hours). */
export function scorm12Time(ms: number): string {
  const hundredths = Math.min(Math.max(0, Math.floor(ms / 10)), 9999 * 360000 + 359999);
  const hours = Math.floor(hundredths / 360000);
  const minutes = Math.floor((hundredths % 360000) / 6000);
  const seconds = (hundredths % 6000) / 100;
  const two = (n: number) => String(n).padStart(2, '0');
  return `${two(hours)}:${two(minutes)}:${seconds.toFixed(2).padStart(5, '0')}`;
}

/** SCORM 2004 timeinterval (second, 10, 2): an ISO 8601 duration such as PT1H2M3.45S. */
export function scorm2004Duration(ms: number): string {
  const hundredths = Math.max(0, Math.floor(ms / 10));
  const hours = Math.floor(hundredths / 360000);
  const minutes = Math.floor((hundredths % 360000) / 6000);
  const seconds = (hundredths % 6000) / 100;
  return `PT${hours ? `${hours}H` : ''}${minutes ? `${minutes}M` : ''}${Number(seconds.toFixed(2))}S`;
}

export const sessionTime = (version: ScormVersion, ms: number): string =>
  version === '1.2' ? scorm12Time(ms) : scorm2004Duration(ms);
