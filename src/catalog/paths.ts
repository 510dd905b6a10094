/** Every URL the site links to is built here, so pages and tests agree on the shape. */
const base = import.meta.env.BASE_URL.endsWith('/') ? import.meta.env.BASE_URL : `${import.meta.env.BASE_URL}/`;

export const paths = {
  home: () => base,
  glossary: (termId?: string) => `${base}glossary/${termId ? `#${termId}` : ''}`,
  course: (courseId: string) => `${base}courses/${courseId}/`,
  section: (courseId: string, sectionId: string) => `${base}courses/${courseId}/${sectionId}/`,
  handout: (courseId: string) => `${base}courses/${courseId}/handout/`,
  asset: (path: string) => `${base}${path.replace(/^\//, '')}`,
};
