import { markSectionSeen, savePosition, storageMissing } from '../storage';

/** A heading counts as the place being read once its top has gone above this share of the screen. */
const READING_LINE = 0.3;

/**
 * On a section page: remember it as the place to resume, down to the heading being read (so a long
 * module resumes where the learner was, not at its top), and count it as seen once the learner
 * reaches its end (not merely opens it).
 */
export function trackSection(article: HTMLElement): void {
  const { course, section, title } = article.dataset;
  if (!course || !section) return;
  if (storageMissing()) return; // the storage notice says progress is not being saved
  let noted: string | null = null;
  const note = (href: string) => {
    if (href === noted) return;
    noted = href;
    savePosition({ courseId: course, sectionId: section, href, title: title ?? section }).catch(() => undefined);
  };
  // The section text's own headings (the objectives card and the activities are not places to resume).
  const headings = [...article.querySelectorAll<HTMLElement>(':scope > h2[id], :scope > h3[id]')];
  const place = () => {
    const line = innerHeight * READING_LINE;
    const current = scrollY > 0 ? headings.filter((h) => h.getBoundingClientRect().top <= line).at(-1) : undefined;
    note(current ? `${location.pathname}#${current.id}` : location.pathname);
  };
  place();
  let pending = false;
  addEventListener(
    'scroll',
    () => {
      if (pending) return;
      pending = true;
      // At most one look per frame, and none of it in the scroll handler itself.
      requestAnimationFrame(() => {
        pending = false;
        place();
      });
    },
    { passive: true },
  );

  const end = article.querySelector('[data-section-end]');
  if (!end) return;
  const observer = new IntersectionObserver((entries) => {
    if (!entries.some((e) => e.isIntersecting)) return;
    observer.disconnect();
    // The learner sees that the section counted (and tests wait on the same sign).
    markSectionSeen(course, section).then(
      () => {
        end.setAttribute('data-read', '');
        end.append(
          ' ',
          Object.assign(document.createElement('span'), {
            // The words come with the page, in its language, so no dictionary is fetched for them.
            textContent: end.getAttribute('data-read-label') ?? '',
          }),
        );
      },
      () => undefined, // reported by storage
    );
  });
  observer.observe(end);
}
