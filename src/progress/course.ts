/**
 * The browser's model of a course: what a page, an island, a certificate or the LMS adapter knows
 * about a course's content (prepared at build time by src/catalog/outline.ts), and the score rules.
 * One home, so no rule is written twice.
 */
import type { Language } from '../i18n/languages';
import type { CourseOutline } from './completion';

export interface Linked {
  id: string;
  title: string;
  href: string;
  /** The language of the title where it is not the page's (an English activity on a French page). */
  lang?: Language;
}

/** What the page knows about the course at build time, for the scripts to combine with progress. */
export interface ProgressOutline extends CourseOutline {
  courseId: string;
  title: string;
  sections: Linked[];
  /** Required activities, linked to the page that holds them. */
  activities: Linked[];
  assessment: Linked | null;
}

/**
 * A course's words on a certificate sheet in one language: the course as that language's pages show
 * it (`lang` says which language the words are in: English where the course is not translated).
 */
export interface CertificateWording {
  code: string;
  title: string;
  statement: string;
  disclaimer: string | null;
  lang: Language;
}

/** Every course's certificate words in every language, by course id, for a sheet in any language. */
export type CertificateWordings = Record<string, Record<Language, CertificateWording>>;

/** What a certificate (and the LMS record) says about its course, beyond the learner's record. */
export interface CertificateCourse {
  courseId: string;
  /** The course page. */
  href: string;
  code: string;
  title: string;
  /** The language the title and statement are in: the page's, or English where not translated. */
  lang: Language;
  edition: string;
  contentVersion: string;
  statement: string;
  disclaimer: string | null;
  /** Quiz activities whose best score is the course's score (the assessment first). */
  scoredActivityIds: string[];
  outline: ProgressOutline;
}

/** The activities whose score is the course's score: its quizzes among the required, the assessment first. */
export function scoredActivityIds(
  rule: CourseOutline['rule'],
  kindOf: (activityId: string) => string | undefined,
): string[] {
  return [rule.assessment, ...rule.activities].filter((id): id is string => !!id && kindOf(id) === 'quiz');
}

/** A score as a whole percentage (0 when nothing could be scored). */
export function scorePercent(score: number, maxScore: number): number {
  return maxScore > 0 ? Math.round((score / maxScore) * 100) : 0;
}

/** The course's score: the best percentage of its first scored activity, or null before an attempt. */
export function courseScorePercent(
  course: Pick<CertificateCourse, 'scoredActivityIds'>,
  attempts: readonly { activityId: string; score: number; maxScore: number }[],
): number | null {
  const id = course.scoredActivityIds[0];
  const scores = attempts
    .filter((a) => a.activityId === id && a.maxScore > 0)
    .map((a) => scorePercent(a.score, a.maxScore));
  return scores.length > 0 ? Math.max(...scores) : null;
}
