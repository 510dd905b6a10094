import { courseStatus, type CourseOutline } from '../progress/completion';
import { watchCourseProgress } from '../storage';
import { reportStorageFailure } from './storage-notice';

export interface ProgressOutline extends CourseOutline {
  courseId: string;
  title: string;
}

/** Fills a progress summary (bar, counts, resume link) and marks read sections in a section list. */
export function showCourseProgress(root: HTMLElement): void {
  const outline = JSON.parse(root.dataset.outline ?? 'null') as ProgressOutline | null;
  if (!outline) return;
  const text = root.querySelector<HTMLElement>('[data-progress-text]');
  const bar = root.querySelector<HTMLProgressElement>('progress');
  const resume = root.querySelector<HTMLElement>('[data-resume]');
  const resumeLink = resume?.querySelector<HTMLAnchorElement>('a');
  const sectionItems = document.querySelectorAll<HTMLElement>(
    `[data-section-list="${outline.courseId}"] [data-section]`,
  );

  watchCourseProgress(
    outline.courseId,
    (progress) => {
      const status = courseStatus(outline, progress);
      const { seen, total } = status.sections;
      if (text) {
        text.textContent = status.complete
          ? `Completed: all ${total} sections read.`
          : `${seen} of ${total} sections read.`;
      }
      if (bar) {
        bar.max = total;
        bar.value = seen;
        bar.hidden = false;
      }
      if (resume && resumeLink && progress.position) {
        resumeLink.href = progress.position.href;
        resumeLink.textContent = `Continue where you stopped: ${progress.position.title}`;
        resume.hidden = false;
      }
      const seenIds = new Set(progress.seen);
      for (const item of sectionItems) {
        const badge = item.querySelector<HTMLElement>('[data-seen-badge]');
        if (badge) badge.hidden = !seenIds.has(item.dataset.section ?? '');
      }
      root.dataset.state = status.complete ? 'complete' : seen > 0 ? 'started' : 'new';
    },
    (error) => {
      if (text) text.textContent = 'Progress is not available on this device.';
      reportStorageFailure(error);
    },
  );
}
