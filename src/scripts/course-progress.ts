import { courseStatus, type CourseStatus } from '../progress/completion';
import { watchCourseProgress, type CourseProgress } from '../storage';
import type { Linked, ProgressOutline } from '../progress/course';
import { count } from './plural';

type SectionState = 'done' | 'in progress' | 'not started';

export function sectionState(progress: Pick<CourseProgress, 'seen' | 'opened'>, sectionId: string): SectionState {
  if (progress.seen.includes(sectionId)) return 'done';
  return progress.opened.includes(sectionId) ? 'in progress' : 'not started';
}

/** The "what remains" list, as link text and target, in the order a learner would do it. */
export function remainingSteps(outline: ProgressOutline, status: CourseStatus): { text: string; href?: string }[] {
  const title = (list: Linked[], id: string) => list.find((x) => x.id === id);
  const steps: { text: string; href?: string }[] = [];
  for (const id of status.sections.missing) {
    const section = title(outline.sections, id);
    steps.push({ text: `Read to the end: ${section?.title ?? id}`, href: section?.href });
  }
  for (const id of status.activities.missing) {
    const activity = title(outline.activities, id);
    steps.push({ text: `Complete: ${activity?.title ?? id}`, href: activity?.href });
  }
  if (status.assessment && !status.assessment.passed && outline.assessment) {
    const best = status.assessment.bestPercent;
    steps.push({
      text: status.assessment.open
        ? `Pass the ${outline.assessment.title.toLowerCase()}${best === null ? '' : ` (best so far ${best} %)`}`
        : `The ${outline.assessment.title.toLowerCase()} opens once every module is read to its end`,
      href: status.assessment.open ? outline.assessment.href : undefined,
    });
  }
  return steps;
}

/** Fills a progress summary (bar, counts, what remains, resume link) and the status of each section. */
export function showCourseProgress(root: HTMLElement): void {
  const outline = JSON.parse(root.dataset.outline ?? 'null') as ProgressOutline | null;
  if (!outline) return;
  const text = root.querySelector<HTMLElement>('[data-progress-text]');
  const bar = root.querySelector<HTMLProgressElement>('progress');
  const resume = root.querySelector<HTMLElement>('[data-resume]');
  const resumeLink = resume?.querySelector<HTMLAnchorElement>('a');
  const remaining = root.querySelector<HTMLElement>('[data-remaining]');
  const assessmentLine = root.querySelector<HTMLElement>('[data-assessment-status]');
  const certificateLink = root.querySelector<HTMLElement>('[data-certificate-link]');
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
      if (assessmentLine && status.assessment) {
        const a = status.assessment;
        assessmentLine.textContent =
          a.bestPercent === null
            ? `${outline.assessment?.title ?? 'Assessment'}: not attempted yet.`
            : `${outline.assessment?.title ?? 'Assessment'}: best score ${a.bestPercent} % in ${count(a.attempts, { one: 'attempt', other: 'attempts' })}${a.passed ? ' – passed' : ''}.`;
        assessmentLine.hidden = false;
      }
      if (remaining) {
        const steps = remainingSteps(outline, status);
        remaining.replaceChildren(
          ...steps.map((step) => {
            const li = document.createElement('li');
            if (step.href) {
              const a = document.createElement('a');
              a.href = step.href;
              a.textContent = step.text;
              li.append(a);
            } else li.textContent = step.text;
            return li;
          }),
        );
        remaining.closest<HTMLElement>('[data-remaining-block]')!.hidden = steps.length === 0 || seen === 0;
      }
      for (const item of sectionItems) {
        const label = item.querySelector<HTMLElement>('[data-section-status]');
        if (label) {
          const state = sectionState(progress, item.dataset.section ?? '');
          label.textContent = state;
          item.dataset.status = state;
        }
      }
      if (certificateLink) certificateLink.hidden = !status.complete;
      root.dataset.state = status.complete ? 'complete' : seen > 0 ? 'started' : 'new';
    },
    () => {
      if (text) text.textContent = 'Progress is not available on this device.';
    },
  );
}
