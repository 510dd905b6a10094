import { LANGUAGES, type Language } from '../i18n/languages';

/** Every URL the site links to is built here, so pages and tests agree on the shape. */
const base = import.meta.env.BASE_URL.endsWith('/') ? import.meta.env.BASE_URL : `${import.meta.env.BASE_URL}/`;

/**
 * Every address of the site as the pages of one language link to it: every page is at the root in
 * English and under /<lang>/ in the others (/fr/courses/cptm-2-7/definitions/,
 * /fr/library/dpo/chapter-7/). Only assets are shared.
 */
export function pathsIn(lang: Language) {
  const root = lang === 'en' ? base : `${base}${lang}/`;
  return {
    home: () => root,
    glossary: (termId?: string) => `${root}glossary/${termId ? `#${termId}` : ''}`,
    course: (courseId: string) => `${root}courses/${courseId}/`,
    section: (courseId: string, sectionId: string) => `${root}courses/${courseId}/${sectionId}/`,
    handout: (courseId: string) => `${root}courses/${courseId}/handout/`,
    /** The projected deck; `slide` opens it on that slide number. */
    slides: (courseId: string, slide?: number) => `${root}courses/${courseId}/slides/${slide ? `#${slide}` : ''}`,
    /** Every slide with its trainer notes and key messages, one per printed page. */
    slideNotes: (courseId: string) => `${root}courses/${courseId}/slides/notes/`,
    presenter: (courseId: string, slide?: number) => `${root}courses/${courseId}/presenter/${slide ? `#${slide}` : ''}`,
    guide: (courseId: string) => `${root}courses/${courseId}/guide/`,
    assessment: (courseId: string) => `${root}courses/${courseId}/assessment/`,
    /** An activity run with the whole room on a projector. */
    classroom: (courseId: string, activityId: string) => `${root}courses/${courseId}/classroom/${activityId}/`,
    certificates: () => `${root}certificates/`,
    certificate: () => `${root}certificate/`,
    verify: () => `${root}verify/`,
    myData: () => `${root}my-data/`,
    /**
     * The library (the seed documents as pages): its landing page, a document, or one of its chapters;
     * `anchor` is a line ("L176"), a range ("L131-142") or a heading id.
     */
    library: (key?: string, page?: string, anchor?: string) =>
      `${root}library/${key ? `${key}/` : ''}${page ? `${page}/` : ''}${anchor ? `#${anchor}` : ''}`,
    /** The search page, which searches the pages of its language; `query` fills its search box and runs it. */
    search: (query?: string) => `${root}search/${query ? `?q=${encodeURIComponent(query)}` : ''}`,
    /** Every activity of a course with its answers explained (not the final assessment's). */
    explanations: (courseId: string, activityId?: string) =>
      `${root}courses/${courseId}/explanations/${activityId ? `#${activityId}` : ''}`,
    asset: (path: string) => `${base}${path.replace(/^\//, '')}`,
  };
}

type LocalPaths = ReturnType<typeof pathsIn>;

/** The English site's addresses (code that builds English pages, and assets). */
export const paths: LocalPaths = pathsIn('en');

/**
 * One page in every language, as Base takes it (`alternates`: the language switcher and the
 * `hreflang` links): `address` names the page in one language's addresses.
 */
export function alternatesOf(
  address: (local: LocalPaths, lang: Language) => string,
): { lang: Language; href: string }[] {
  return LANGUAGES.map((lang) => ({ lang, href: address(pathsIn(lang), lang) }));
}
