import { FIELDS, LIMITS, type LmsConnection } from './scorm-api';

/** What the course reports: whether it is complete, whether its scored work is passed, and the score. */
export interface CourseReport {
  complete: boolean;
  /** Null when the course has no scored work (it is then only completed or not). */
  passed: boolean | null;
  /** Best score as a percentage, or null before any scored attempt. */
  scorePercent: number | null;
  /** Share of required sections read, 0–1. */
  progress: number;
}

/** Resume data kept in suspend_data: enough to rebuild progress on another machine. */
export interface SuspendPayload {
  v: 1;
  /** Sections read to their end. */
  s: string[];
  /** Best attempt per activity: [activityId, score, maxScore, passed (1/0), finishedAt]. */
  a: [string, number, number, 0 | 1, number][];
}

export function encodeSuspend(payload: SuspendPayload, limit: number): string | null {
  let text = JSON.stringify(payload);
  if (text.length <= limit) return text;
  // Too long for this LMS: keep the sections and the passed attempts, which decide completion.
  text = JSON.stringify({ ...payload, a: payload.a.filter((entry) => entry[3] === 1) });
  return text.length <= limit ? text : null;
}

export function decodeSuspend(text: string): SuspendPayload | null {
  try {
    const data = JSON.parse(text) as Partial<SuspendPayload>;
    if (data.v !== 1 || !Array.isArray(data.s) || !Array.isArray(data.a)) return null;
    const s = data.s.filter((id): id is string => typeof id === 'string');
    const a = data.a.filter(
      (entry): entry is SuspendPayload['a'][number] =>
        Array.isArray(entry) &&
        typeof entry[0] === 'string' &&
        typeof entry[1] === 'number' &&
        typeof entry[2] === 'number' &&
        (entry[3] === 0 || entry[3] === 1) &&
        typeof entry[4] === 'number',
    );
    return { v: 1, s, a };
  } catch {
    return null;
  }
}

export interface SessionOptions {
  /** Called once, the first time the LMS refuses something, with a message for the learner. */
  onProblem: (message: string) => void;
  /** Schedules a retry of a failed commit; the page passes setTimeout, tests a manual queue. */
  schedule: (run: () => void, ms: number) => void;
}

const PROBLEM =
  'Your learning system did not accept the latest progress. Your progress is kept on this device and will be sent again.';

/**
 * One SCO session: initialise, report status, score, bookmark and resume data, commit at sensible
 * moments, and terminate on leave. Failures never lose local progress: they are reported once and
 * the commit is retried with a growing delay.
 */
export class ScormSession {
  private readonly fields;
  private readonly limits;
  private told = false;
  private retryDelay = 2_000;
  private retryPending = false;
  active = false;

  constructor(
    private readonly connection: LmsConnection,
    private readonly options: SessionOptions,
  ) {
    this.fields = FIELDS[connection.version];
    this.limits = LIMITS[connection.version];
  }

  private problem(): void {
    if (this.told) return;
    this.told = true;
    this.options.onProblem(PROBLEM);
  }

  /** Starts the session; returns the resume data and bookmark the LMS kept from last time. */
  start(): { resume: SuspendPayload | null; location: string | null } {
    this.active = this.connection.initialize();
    if (!this.active) {
      this.problem();
      return { resume: null, location: null };
    }
    const location = this.connection.get(this.fields.location);
    return { resume: decodeSuspend(this.connection.get(this.fields.suspendData)), location: location || null };
  }

  private set(element: string, value: string): void {
    if (!this.connection.set(element, value)) this.problem();
  }

  report(report: CourseReport): void {
    if (!this.active) return;
    if (this.connection.version === '1.2') {
      const status = report.complete ? (report.passed === null ? 'completed' : 'passed') : 'incomplete';
      this.set('cmi.core.lesson_status', status);
    } else {
      this.set('cmi.completion_status', report.complete ? 'completed' : 'incomplete');
      this.set('cmi.success_status', report.passed === null ? 'unknown' : report.passed ? 'passed' : 'unknown');
      this.set('cmi.progress_measure', report.progress.toFixed(2));
    }
    if (report.scorePercent !== null) {
      this.set(this.fields.scoreMin, '0');
      this.set(this.fields.scoreMax, '100');
      this.set(this.fields.scoreRaw, String(report.scorePercent));
      if (this.connection.version === '2004') this.set('cmi.score.scaled', (report.scorePercent / 100).toFixed(2));
    }
    this.set(this.fields.exit, report.complete ? (this.connection.version === '1.2' ? '' : 'normal') : 'suspend');
  }

  setLocation(location: string): void {
    if (!this.active) return;
    if (location.length > this.limits.location) return; // a bookmark too long to keep is simply not kept
    this.set(this.fields.location, location);
  }

  saveResume(payload: SuspendPayload): void {
    if (!this.active) return;
    const text = encodeSuspend(payload, this.limits.suspendData);
    if (text === null) this.problem();
    else this.set(this.fields.suspendData, text);
  }

  /** Sends what was set; on failure tells the learner once and tries again later. */
  commit(): boolean {
    if (!this.active) return false;
    if (this.connection.commit()) {
      this.retryDelay = 2_000;
      return true;
    }
    this.problem();
    if (!this.retryPending) {
      this.retryPending = true;
      const delay = this.retryDelay;
      this.retryDelay = Math.min(this.retryDelay * 2, 60_000);
      this.options.schedule(() => {
        this.retryPending = false;
        this.commit();
      }, delay);
    }
    return false;
  }

  finish(): void {
    if (!this.active) return;
    this.commit();
    this.connection.terminate();
    this.active = false;
  }
}
