import type { Report } from '../../../../src/lms/reporting';
import type { ScormVersion } from '../../../../src/lms/scorm-api';

/**
 * What an LMS stores from what a SCO sends, with or without the rules that change it:
 * - SCORM 1.2 "mastery score overrides status", as Moodle 4.5 (mod/scorm/datamodels/scorm_12.js,
 *   StoreData at LMSFinish) and scorm-again apply it: with a mastery score and a non-blank
 *   score.raw, lesson_status becomes passed (raw >= mastery) or failed, whatever the SCO set.
 * - SCORM 2004: with cmi.scaled_passing_score (the manifest's minNormalizedMeasure) and a
 *   score.scaled, success_status is evaluated from them (RTE 4.2.21); an LMS that ignores this
 *   keeps what the SCO set.
 * - Moodle's scorm_check_mode: a relaunch opens in review mode once the attempt's status is
 *   completed, passed or failed (1.2), or completion_status is completed (2004).
 */
export class SimulatedLms {
  readonly values = new Map<string, string>();

  constructor(
    readonly version: ScormVersion,
    readonly mastery: number | null,
    readonly override: boolean,
  ) {}

  /** What the session sends: set values; a withheld 1.2 score the LMS holds is blanked. */
  apply(report: Report): void {
    for (const [element, value] of report) {
      if (value !== null) this.values.set(element, value);
      else if (this.version === '1.2' && element.endsWith('.raw') && this.values.has(element))
        this.values.set(element, '');
    }
  }

  /** LMSFinish / Terminate: the LMS's own rules, then what it keeps. */
  finish(): { status: string; score: string } {
    if (this.version === '1.2') {
      const raw = this.values.get('cmi.core.score.raw') ?? '';
      if (this.override && this.mastery !== null && raw !== '') {
        this.values.set('cmi.core.lesson_status', Number(raw) >= this.mastery ? 'passed' : 'failed');
      }
      return { status: this.values.get('cmi.core.lesson_status') ?? 'not attempted', score: raw };
    }
    const scaled = this.values.get('cmi.score.scaled');
    if (this.override && this.mastery !== null && scaled !== undefined) {
      this.values.set('cmi.success_status', Number(scaled) >= this.mastery / 100 ? 'passed' : 'failed');
    }
    return {
      status: `${this.values.get('cmi.completion_status') ?? 'unknown'} / ${this.values.get('cmi.success_status') ?? 'unknown'}`,
      score: this.values.get('cmi.score.raw') ?? '',
    };
  }

  /** The mode the next launch opens in. */
  relaunchMode(): 'normal' | 'review' {
    const done =
      this.version === '1.2'
        ? ['completed', 'passed', 'failed'].includes(this.values.get('cmi.core.lesson_status') ?? '')
        : this.values.get('cmi.completion_status') === 'completed';
    return done ? 'review' : 'normal';
  }
}
