import { courseStatus, type LearnerRecord } from '../progress/completion';
import { courseScorePercent, type CertificateCourse } from '../progress/course';
import type { CertificateFields } from './record';

export const MAX_NAME_LENGTH = 200;

/** Local calendar day as YYYY-MM-DD. */
export function isoDay(time: number): string {
  const d = new Date(time);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

export type CertificateDraft = { ok: true; fields: CertificateFields } | { ok: false; reason: string };

/**
 * The fields of a certificate for a completed course: the best score of its scored quiz (the
 * assessment when there is one) and the day the last required attempt was passed.
 */
/** The learner's record with attempt times, which the certificate's date comes from. */
export interface TimedLearnerRecord extends LearnerRecord {
  attempts: readonly { activityId: string; passed: boolean; score: number; maxScore: number; finishedAt: number }[];
}

export function draftCertificate(
  course: CertificateCourse,
  learner: TimedLearnerRecord,
  name: string,
  id: string,
  now: number,
): CertificateDraft {
  const learnerName = name.trim().replace(/\s+/g, ' ');
  if (learnerName === '') return { ok: false, reason: 'Enter the name to print on the certificate.' };
  if ([...learnerName].length > MAX_NAME_LENGTH) {
    return { ok: false, reason: `The name is longer than ${MAX_NAME_LENGTH} characters.` };
  }
  if (!courseStatus(course.outline, learner).complete) {
    return { ok: false, reason: 'This course is not complete yet.' };
  }
  const score = courseScorePercent(course, learner.attempts);
  const required = new Set([...course.outline.rule.activities, course.outline.rule.assessment]);
  const passedTimes = learner.attempts.filter((a) => a.passed && required.has(a.activityId)).map((a) => a.finishedAt);
  return {
    ok: true,
    fields: {
      id,
      courseId: course.courseId,
      courseTitle: `${course.code}: ${course.title}`,
      edition: course.edition,
      learnerName,
      completedOn: isoDay(passedTimes.length > 0 ? Math.max(...passedTimes) : now),
      score,
      contentVersion: course.contentVersion,
    },
  };
}
