import { markSectionSeen, savePosition, storageMissing } from '../storage';
import { reportStorageFailure } from './storage-notice';

/**
 * On a section page: remember it as the place to resume, and count it as seen once the learner
 * reaches its end (not merely opens it).
 */
export function trackSection(article: HTMLElement): void {
  const { course, section, title } = article.dataset;
  if (!course || !section) return;
  const missing = storageMissing();
  if (missing) {
    reportStorageFailure(missing);
    return;
  }
  savePosition({ courseId: course, sectionId: section, href: location.pathname, title: title ?? section }).catch(
    reportStorageFailure,
  );
  const end = article.querySelector('[data-section-end]');
  if (!end) return;
  const observer = new IntersectionObserver((entries) => {
    if (!entries.some((e) => e.isIntersecting)) return;
    observer.disconnect();
    markSectionSeen(course, section).catch(reportStorageFailure);
  });
  observer.observe(end);
}
