import type { Activity } from '../schemas/activity';
import type { ScormVersion } from './scorm-api';
import type { Report } from './reporting';
import { sessionTime } from './session-time';

/**
 * Per-question and per-part records for the LMS's reports: every answered quiz question becomes an
 * interaction (journaled: one record per answer, so a retake adds records and item analysis groups
 * them by id), and every section and activity of the course an objective whose status is rewritten
 * as the learner goes. Values keep to each version's types and sizes.
 */

/** A quiz question as the launch page knows it (from the activity's YAML, at build time). */
export interface LmsQuestion {
  id: string;
  type: 'single' | 'multiple' | 'true-false';
  prompt: string;
  /** Option ids in content order ("true", "false" for true/false questions). */
  options: string[];
  /** Ids of the right options. */
  correct: string[];
}

export interface LmsQuiz {
  id: string;
  /** Questions one attempt asks: the assessment's form size, or all of them. */
  perAttempt: number;
  questions: LmsQuestion[];
}

/**
 * The course's quizzes, for its launch page: what an interaction needs of each question.
 * `formSize` gives the questions one attempt draws (an assessment's blueprint), null for all.
 */
export function lmsQuizzes(
  courseId: string,
  activities: ReadonlyMap<string, Activity>,
  formSize: (activityId: string) => number | null = () => null,
): LmsQuiz[] {
  return [...activities.values()].flatMap((activity) =>
    activity.kind === 'quiz' && activity.course === courseId
      ? [
          {
            id: activity.id,
            perAttempt: formSize(activity.id) ?? activity.questions.length,
            questions: activity.questions.map((q) => ({
              id: q.id,
              type: q.type,
              prompt: q.prompt,
              options: q.options.map((o) => o.id),
              correct: q.options.filter((o) => o.correct).map((o) => o.id),
            })),
          },
        ]
      : [],
  );
}

/**
 * Sizes kept to. Neither version limits how many interactions 1.2 holds, but LMSs do, and 2004's
 * smallest permitted maximum is 250 interactions and 100 objectives: both versions keep to those.
 * 2004's description holds at least 250 characters; 1.2 has no description element.
 */
export const RECORD_LIMITS = {
  '1.2': { interactions: 250, objectives: 100, identifier: 255, response: 255, description: 0 },
  '2004': { interactions: 250, objectives: 100, identifier: 4000, response: 4000, description: 250 },
} as const;

/** One answer to report: which question of which activity, what was chosen, and when. */
export interface AnsweredQuestion {
  activityId: string;
  question: LmsQuestion;
  answer: readonly string[];
  /** When the attempt holding the answer was submitted (ms since epoch). */
  at: number;
  /** Milliseconds from the question first shown to the learner's answer, when the device knows it. */
  latencyMs?: number;
}

/** Cuts text to `limit` characters at a word, marking the cut. */
export function cut(text: string, limit: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= limit) return flat;
  const room = flat.slice(0, limit - 1);
  const space = room.lastIndexOf(' ');
  return `${space > limit / 2 ? room.slice(0, space) : room}…`;
}

/** SCORM 1.2 choice responses are single characters: the option's place, a = first. */
const PLACES = 'abcdefghijklmnopqrstuvwxyz0123456789';

function response(version: ScormVersion, question: LmsQuestion, ids: readonly string[]): string {
  if (question.type === 'true-false') {
    const value = ids[0] === 'true';
    return version === '1.2' ? (value ? 't' : 'f') : String(value);
  }
  const ordered = question.options.filter((id) => ids.includes(id));
  if (version === '2004') return ordered.join('[,]');
  return ordered.map((id) => PLACES[question.options.indexOf(id)] ?? '').join(',');
}

const isCorrect = (question: LmsQuestion, answer: readonly string[]) =>
  answer.length === question.correct.length && question.correct.every((id) => answer.includes(id));

/** 1.2 CMITime is a time of day (the learner's clock); 2004 a full UTC timestamp to the second. */
function when(version: ScormVersion, at: number): string {
  const date = new Date(at);
  // time(second,10,0) allows a zone designator only after the fraction of a second.
  if (version === '2004') return `${date.toISOString().slice(0, 19)}.0Z`;
  const two = (n: number) => String(n).padStart(2, '0');
  return `${two(date.getHours())}:${two(date.getMinutes())}:${two(date.getSeconds())}`;
}

/** The interaction id: activity and question, e.g. "ikg-final-assessment.fa-gender-learned". */
export const interactionId = (activityId: string, questionId: string) => `${activityId}.${questionId}`;

/** The elements of interaction `n`, in the order the data model requires (id and type first). */
export function interactionReport(version: ScormVersion, n: number, answered: AnsweredQuestion): Report {
  const { question, answer, activityId } = answered;
  const base = `cmi.interactions.${n}`;
  const limits = RECORD_LIMITS[version];
  const type = question.type === 'true-false' ? 'true-false' : 'choice';
  const right = isCorrect(question, answer);
  const report: Report = [
    [`${base}.id`, interactionId(activityId, question.id).slice(0, limits.identifier)],
    [`${base}.type`, type],
    [`${base}.objectives.0.id`, activityId],
    [version === '1.2' ? `${base}.time` : `${base}.timestamp`, when(version, answered.at)],
    [`${base}.weighting`, '1'],
    [`${base}.correct_responses.0.pattern`, response(version, question, question.correct)],
    [version === '1.2' ? `${base}.student_response` : `${base}.learner_response`, response(version, question, answer)],
    [`${base}.result`, right ? 'correct' : version === '1.2' ? 'wrong' : 'incorrect'],
  ];
  if (answered.latencyMs !== undefined) report.push([`${base}.latency`, sessionTime(version, answered.latencyMs)]);
  if (limits.description > 0) report.push([`${base}.description`, cut(question.prompt, limits.description)]);
  return report;
}

/** A part of the course the LMS tracks as an objective. */
export interface CourseObjective {
  /** Section or activity id. */
  id: string;
  kind: 'section' | 'activity';
  /** Section read to its end; activity passed. */
  done: boolean;
  /** Section opened; activity tried at least once. */
  started: boolean;
  /** Activity's best score as a whole percentage, or null. */
  scorePercent: number | null;
}

/**
 * The elements of objective `n`. An activity tried and not yet passed is "failed" here, which is
 * what happened; no LMS derives the course's status or review mode from these objectives (they are
 * not mapped in the manifest), so the learner can always try again.
 */
export function objectiveReport(version: ScormVersion, n: number, objective: CourseObjective): Report {
  const base = `cmi.objectives.${n}`;
  const report: Report = [[`${base}.id`, objective.id]];
  if (objective.scorePercent !== null) {
    report.push(
      [`${base}.score.min`, '0'],
      [`${base}.score.max`, '100'],
      [`${base}.score.raw`, String(objective.scorePercent)],
    );
    if (version === '2004') report.push([`${base}.score.scaled`, String(objective.scorePercent / 100)]);
  }
  const { done, started } = objective;
  if (version === '1.2') {
    const status =
      objective.kind === 'section'
        ? done
          ? 'completed'
          : started
            ? 'incomplete'
            : 'not attempted'
        : done
          ? 'passed'
          : started
            ? 'failed'
            : 'not attempted';
    report.push([`${base}.status`, status]);
    return report;
  }
  report.push([
    `${base}.completion_status`,
    done || (objective.kind === 'activity' && started) ? 'completed' : started ? 'incomplete' : 'not attempted',
  ]);
  report.push([
    `${base}.success_status`,
    objective.kind === 'section' ? 'unknown' : done ? 'passed' : started ? 'failed' : 'unknown',
  ]);
  return report;
}
