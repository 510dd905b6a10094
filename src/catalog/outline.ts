import type { Activity } from '../schemas/activity';
import type { ProgressOutline } from '../scripts/course-progress';
import type { CourseView } from './index';
import { paths } from './paths';

/** What browser code needs to know about a course to judge progress and completion. */
export function courseOutline(course: CourseView, activities: Map<string, Activity>): ProgressOutline {
  const rule = course.data.completion;
  const pageOf = (activityId: string) =>
    course.sections.find((s) => s.rendered.activityIds.includes(activityId))?.href ?? course.href;
  return {
    courseId: course.data.id,
    title: course.data.title,
    rule,
    requiredSectionIds: course.requiredSectionIds,
    sections: course.sections.map((s) => ({ id: s.data.id, title: s.data.title, href: s.href })),
    activities: rule.activities.map((id) => ({ id, title: activities.get(id)?.title ?? id, href: pageOf(id) })),
    assessment: rule.assessment
      ? {
          id: rule.assessment,
          title: activities.get(rule.assessment)?.title ?? 'Assessment',
          href: paths.assessment(course.data.id),
        }
      : null,
  };
}

/** What a certificate prints about its course, beyond the record itself. */
export interface CertificateCourse {
  courseId: string;
  /** The course page. */
  href: string;
  code: string;
  title: string;
  edition: string;
  contentVersion: string;
  statement: string;
  disclaimer: string | null;
  /** Quiz activities whose best score is the certificate's score (the assessment first). */
  scoredActivityIds: string[];
  outline: ProgressOutline;
}

export function certificateCourse(course: CourseView, activities: Map<string, Activity>): CertificateCourse {
  const rule = course.data.completion;
  const scored = [rule.assessment, ...rule.activities].filter(
    (id): id is string => !!id && activities.get(id)?.kind === 'quiz',
  );
  return {
    courseId: course.data.id,
    href: course.href,
    code: course.data.code,
    title: course.data.title,
    edition: course.data.edition,
    contentVersion: course.data.contentVersion,
    statement: course.data.certificate.statement,
    disclaimer: course.data.disclaimer ?? null,
    scoredActivityIds: scored,
    outline: courseOutline(course, activities),
  };
}
