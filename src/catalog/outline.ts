import type { Activity } from '../schemas/activity';
import { LANGUAGES, type Language } from '../i18n/languages';
import {
  scoredActivityIds,
  type CertificateCourse,
  type CertificateWordings,
  type ProgressOutline,
} from '../progress/course';
import { getLocalCatalog, type CourseView } from './index';
import { pathsIn } from './paths';

/**
 * What browser code needs to know about a course to judge progress and completion. `languageOf`
 * says which language an activity's words are in (English where its translation is missing), so a
 * title in another language than the page's is marked as such where the page shows it.
 */
export function courseOutline(
  course: CourseView,
  activities: Map<string, Activity>,
  languageOf: (activityId: string) => Language = () => course.lang,
): ProgressOutline {
  const rule = course.data.completion;
  const pageOf = (activityId: string) =>
    course.sections.find((s) => s.rendered.activityIds.includes(activityId))?.href ?? course.href;
  const other = (lang: Language) => (lang === course.lang ? {} : { lang });
  const activity = (id: string, href: string) => ({
    id,
    title: activities.get(id)?.title ?? id,
    href,
    ...other(languageOf(id)),
  });
  return {
    courseId: course.data.id,
    title: course.data.title,
    rule,
    requiredSectionIds: course.requiredSectionIds,
    sections: course.sections.map((s) => ({
      id: s.data.id,
      title: s.data.title,
      href: s.href,
      ...other(s.contentLanguage),
    })),
    activities: rule.activities.map((id) => activity(id, pageOf(id))),
    assessment: rule.assessment ? activity(rule.assessment, pathsIn(course.lang).assessment(course.data.id)) : null,
  };
}

export function certificateCourse(course: CourseView, activities: Map<string, Activity>): CertificateCourse {
  const rule = course.data.completion;
  return {
    courseId: course.data.id,
    href: course.href,
    code: course.data.code,
    title: course.data.title,
    lang: course.contentLanguage,
    edition: course.data.edition,
    contentVersion: course.data.contentVersion,
    statement: course.data.certificate.statement,
    disclaimer: course.data.disclaimer ?? null,
    scoredActivityIds: scoredActivityIds(rule, (id) => activities.get(id)?.kind),
    outline: courseOutline(course, activities),
  };
}

/**
 * Every course's certificate words in every language: a certificate is printed in the language it
 * was issued in, whichever language's page shows it, with an English line under each heading.
 */
export async function certificateWordings(): Promise<CertificateWordings> {
  const wordings: CertificateWordings = {};
  for (const lang of LANGUAGES) {
    for (const course of (await getLocalCatalog(lang)).courses) {
      const byLanguage = (wordings[course.data.id] ??= {} as CertificateWordings[string]);
      byLanguage[lang] = {
        code: course.data.code,
        title: course.data.title,
        statement: course.data.certificate.statement,
        disclaimer: course.data.disclaimer ?? null,
        lang: course.contentLanguage,
      };
    }
  }
  return wordings;
}
