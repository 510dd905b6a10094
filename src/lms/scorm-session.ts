import {
  interactionReport,
  objectiveReport,
  RECORD_LIMITS,
  type AnsweredQuestion,
  type CourseObjective,
} from './interactions';
import { courseReport, type CourseFacts, type Report } from './reporting';
import { FIELDS, LIMITS, type LmsConnection } from './scorm-api';
import { sessionTime } from './session-time';

/** Resume data kept in suspend_data: enough to rebuild progress on another machine. */
export interface SuspendPayload {
  v: 1;
  /** Sections read to their end. */
  s: string[];
  /** Best attempt per activity: [activityId, score, maxScore, passed (1/0), finishedAt]. */
  a: [string, number, number, 0 | 1, number][];
  /** Attempts finished up to this time (ms) are already in cmi.interactions; absent before any. */
  t?: number;
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
    return typeof data.t === 'number' ? { v: 1, s, a, t: data.t } : { v: 1, s, a };
  } catch {
    return null;
  }
}

export interface SessionOptions {
  /** Called once, the first time the LMS refuses something: the launch page tells the learner, in their language. */
  onProblem: () => void;
  /** Schedules a retry of a failed commit; the page passes setTimeout, tests a manual queue. */
  schedule: (run: () => void, ms: number) => void;
  /** Milliseconds the course has been open and visible in this session (see session-time.ts). */
  elapsed: () => number;
}

/**
 * One SCO session: initialise, report status, score, objectives, interactions, time, bookmark and
 * resume data, commit at sensible moments, and terminate on leave. What to report is decided by
 * reporting.ts and interactions.ts; this class sends it, once per value. Failures never lose local
 * progress: they are reported once and the commit is retried with a growing delay.
 */
export class ScormSession {
  private readonly fields;
  private readonly limits;
  private told = false;
  private retryDelay = 2_000;
  private retryPending = false;
  /** Values this session has sent and the LMS accepted, so an unchanged value is not sent again. */
  private readonly sent = new Map<string, string>();
  private nextInteraction = 0;
  active = false;

  constructor(
    private readonly connection: LmsConnection,
    private readonly options: SessionOptions,
  ) {
    this.fields = FIELDS[connection.version];
    this.limits = LIMITS[connection.version];
  }

  get version() {
    return this.connection.version;
  }

  private problem(): void {
    if (this.told) return;
    this.told = true;
    this.options.onProblem();
  }

  /** Starts the session; returns the resume data and bookmark the LMS kept from last time. */
  start(): { resume: SuspendPayload | null; location: string | null } {
    this.active = this.connection.initialize();
    if (!this.active) {
      this.problem();
      return { resume: null, location: null };
    }
    this.nextInteraction = Number(this.connection.get('cmi.interactions._count')) || 0;
    const location = this.connection.get(this.fields.location);
    return { resume: decodeSuspend(this.connection.get(this.fields.suspendData)), location: location || null };
  }

  private set(element: string, value: string): void {
    if (this.sent.get(element) === value) return;
    if (this.connection.set(element, value)) this.sent.set(element, value);
    else this.problem();
  }

  private send(report: Report): void {
    for (const [element, value] of report) {
      if (value !== null) this.set(element, value);
      // A withheld 1.2 score the LMS still holds from an earlier package is blanked (CMIBlank), so
      // no mastery override can act on it; 2004's score cannot be blank, and is only ever sent complete.
      else if (this.version === '1.2' && element.endsWith('.raw') && !this.sent.has(element)) {
        if (this.connection.get(element) !== '') this.set(element, '');
        else this.sent.set(element, '');
      }
    }
  }

  /** Status, score, progress and exit: see reporting.ts and docs/lms-reporting.md. */
  report(facts: CourseFacts): void {
    if (this.active) this.send(courseReport(this.version, facts));
  }

  /** One objective per section and activity, at fixed places in the course's order. */
  reportObjectives(objectives: readonly CourseObjective[]): void {
    if (!this.active) return;
    objectives
      .slice(0, RECORD_LIMITS[this.version].objectives)
      .forEach((objective, n) => this.send(objectiveReport(this.version, n, objective)));
  }

  /**
   * Appends one finished attempt's answers as interactions. An attempt that would pass the
   * interaction limit, less `reserve` places kept for a passing attempt, is left out whole (the
   * status and score do not depend on it); returns whether it was sent.
   */
  reportAttempt(answers: readonly AnsweredQuestion[], reserve = 0): boolean {
    if (!this.active) return false;
    if (this.nextInteraction + answers.length + reserve > RECORD_LIMITS[this.version].interactions) return false;
    for (const answered of answers) {
      this.send(interactionReport(this.version, this.nextInteraction, answered));
      this.nextInteraction += 1;
    }
    return true;
  }

  /** Interactions this LMS attempt holds so far. */
  get interactionCount(): number {
    return this.nextInteraction;
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

  /** Sends what was set, with the session's time so far; on failure tells the learner once and tries again later. */
  commit(): boolean {
    if (!this.active) return false;
    this.set(this.fields.sessionTime, sessionTime(this.version, this.options.elapsed()));
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
