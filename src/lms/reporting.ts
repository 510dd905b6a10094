import type { CourseStatus } from '../progress/completion';
import type { ScormVersion } from './scorm-api';

/**
 * What the LMS is told about the course as a whole, at every moment of a session: the one rule
 * behind docs/lms-reporting.md. Two LMS behaviours shape it:
 *
 * - SCORM 1.2 "mastery score overrides status" (Moodle's default, and what scorm-again does): at
 *   LMSFinish the LMS replaces lesson_status with passed or failed whenever score.raw is set and the
 *   manifest has a mastery score. SCORM 2004 does the same with score.scaled against the
 *   manifest's minNormalizedMeasure (cmi.scaled_passing_score), by the standard.
 * - Moodle opens a SCO whose status is completed, passed or failed in review mode on relaunch.
 *
 * So until the course's completion rule is met, no score goes to the LMS (nothing for an override
 * to act on, and no grade in the gradebook that is not the course's), and no status but
 * "incomplete": the course has no failed end, since every check and the assessment can be retaken
 * without limit. A failed attempt is recorded in its interactions and its activity's objective.
 * Once the rule is met, the score sent is the course's score, which is at or above the mastery score
 * (the rule requires the scored activity passed, and its pass mark is the mastery score), so an
 * override agrees with the status sent.
 */

/** What the reporting rule needs to know about the course, from src/progress/completion.ts. */
export interface CourseFacts {
  /** The course's completion rule is met. */
  complete: boolean;
  /** The course has scored work (a quiz in its rule): it ends passed, not only completed. */
  scored: boolean;
  /** The course's score as a whole percentage (its scored activity's best), or null before any. */
  scorePercent: number | null;
  /** Parts of the rule done (sections read, activities passed, assessment passed) and in all. */
  done: number;
  total: number;
}

export function courseFacts(status: CourseStatus, scored: boolean, scorePercent: number | null): CourseFacts {
  const assessment = status.assessment ? 1 : 0;
  return {
    complete: status.complete,
    scored,
    scorePercent,
    done: status.sections.seen + status.activities.done.length + (status.assessment?.passed ? 1 : 0),
    total: status.sections.total + status.activities.done.length + status.activities.missing.length + assessment,
  };
}

/** Element and value, in the order they are sent. A null value is withheld: not sent at all. */
export type Report = [element: string, value: string | null][];

/** Share of the rule done, in hundredths, below 1 until the rule is met (2004 progress_measure). */
function progressMeasure(facts: CourseFacts): string {
  if (facts.complete || facts.total === 0) return '1';
  return String(Math.min(Math.floor((facts.done / facts.total) * 100), 99) / 100);
}

/** The status, score, progress and exit elements for one moment of the session. */
export function courseReport(version: ScormVersion, facts: CourseFacts): Report {
  const score = facts.complete && facts.scorePercent !== null ? facts.scorePercent : null;
  const scoreElements = (prefix: string): Report => [
    [`${prefix}.min`, score === null ? null : '0'],
    [`${prefix}.max`, score === null ? null : '100'],
    [`${prefix}.raw`, score === null ? null : String(score)],
  ];
  if (version === '1.2') {
    return [
      ['cmi.core.lesson_status', facts.complete ? (facts.scored ? 'passed' : 'completed') : 'incomplete'],
      ...scoreElements('cmi.core.score'),
      // "suspend" keeps the attempt open for the next launch; an empty exit ends it once the rule is met.
      ['cmi.core.exit', facts.complete ? '' : 'suspend'],
    ];
  }
  return [
    ['cmi.completion_status', facts.complete ? 'completed' : 'incomplete'],
    ['cmi.success_status', facts.complete && facts.scored ? 'passed' : 'unknown'],
    ['cmi.progress_measure', progressMeasure(facts)],
    ...scoreElements('cmi.score'),
    ['cmi.score.scaled', score === null ? null : String(score / 100)],
    ['cmi.exit', facts.complete ? 'normal' : 'suspend'],
  ];
}
