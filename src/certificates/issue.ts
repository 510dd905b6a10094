import { courseStatus, type LearnerRecord } from '../progress/completion';
import { courseScorePercent, type CertificateCourse } from '../progress/course';
import type { Language } from '../i18n/languages';
import { certificateMessages } from '../i18n/messages/certificates';
import type { CertificateFields } from './record';

export const MAX_NAME_LENGTH = 200;

/** Local calendar day as YYYY-MM-DD. */
export function isoDay(time: number): string {
  const d = new Date(time);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** Why a certificate cannot be issued yet; the page says it in the learner's language. */
export type DraftProblem = 'name-missing' | 'name-too-long' | 'incomplete';
export type CertificateDraft = { ok: true; fields: CertificateFields } | { ok: false; problem: DraftProblem };

/** The learner's record with attempt times, which the certificate's date comes from. */
export interface TimedLearnerRecord extends LearnerRecord {
  attempts: readonly { activityId: string; passed: boolean; score: number; maxScore: number; finishedAt: number }[];
}

/**
 * The fields of a certificate for a completed course, in the language it is issued in (`course` is
 * that language's view of the course, so its title is in it): the best score of its scored quiz (the
 * assessment when there is one) and the day the last required attempt was passed.
 */
export function draftCertificate(
  course: CertificateCourse,
  learner: TimedLearnerRecord,
  name: string,
  id: string,
  now: number,
  language: Language,
): CertificateDraft {
  const learnerName = name.trim().replace(/\s+/g, ' ');
  if (learnerName === '') return { ok: false, problem: 'name-missing' };
  if ([...learnerName].length > MAX_NAME_LENGTH) return { ok: false, problem: 'name-too-long' };
  if (!courseStatus(course.outline, learner).complete) return { ok: false, problem: 'incomplete' };
  const score = courseScorePercent(course, learner.attempts);
  const required = new Set([...course.outline.rule.activities, course.outline.rule.assessment]);
  const passedTimes = learner.attempts.filter((a) => a.passed && required.has(a.activityId)).map((a) => a.finishedAt);
  return {
    ok: true,
    fields: {
      id,
      courseId: course.courseId,
      courseTitle: certificateMessages[language].courseTitle(course.code, course.title),
      edition: course.edition,
      learnerName,
      completedOn: isoDay(passedTimes.length > 0 ? Math.max(...passedTimes) : now),
      score,
      contentVersion: course.contentVersion,
      language,
    },
  };
}
