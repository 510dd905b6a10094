import { courseStatus, type CourseStatus } from '../progress/completion';
import { watchCourseProgress, type CourseProgress } from '../storage';
import type { Linked, ProgressOutline } from '../progress/course';
import { DIRECTION, pageLanguage, type Language } from '../i18n/languages';
import { progressMessages } from '../i18n/messages/progress';

type SectionState = 'done' | 'in progress' | 'not started';

/** A section's state as the learner reads it (the state itself stays in `data-status`). */
const STATE_LABEL = {
  done: 'sectionDone',
  'in progress': 'sectionInProgress',
  'not started': 'sectionNotStarted',
} as const satisfies Record<SectionState, keyof (typeof progressMessages)['en']>;

export function sectionState(progress: Pick<CourseProgress, 'seen' | 'opened'>, sectionId: string): SectionState {
  if (progress.seen.includes(sectionId)) return 'done';
  return progress.opened.includes(sectionId) ? 'in progress' : 'not started';
}

/** Where a title in another language than the page's goes in a message, to be marked as such. */
const TITLE = '\uE000';

/**
 * A message about an item: its text, or, when the item's title is in another language than the
 * page's (an English activity on a French page), the text with TITLE where the title goes, so the
 * page can mark the title with its own `lang` (fillText).
 */
export interface Said {
  text: string;
  title?: { text: string; lang: Language };
}

function say(message: (title: string) => string, item: Pick<Linked, 'title' | 'lang'>): Said {
  return item.lang
    ? { text: message(TITLE), title: { text: item.title, lang: item.lang } }
    : { text: message(item.title) };
}

/** Shows a message in an element, its title in another language marked with that language. */
export function fillText(element: HTMLElement, said: Said): void {
  if (!said.title) {
    element.textContent = said.text;
    return;
  }
  const [before = '', after = ''] = said.text.split(TITLE);
  const title = document.createElement('span');
  title.lang = said.title.lang;
  title.dir = DIRECTION[said.title.lang];
  title.textContent = said.title.text;
  element.replaceChildren(before, title, after);
}

/** The "what remains" list, as link text and target, in the order a learner would do it. */
export function remainingSteps(
  outline: ProgressOutline,
  status: CourseStatus,
  lang: Language = 'en',
): (Said & { href?: string })[] {
  const m = progressMessages[lang];
  const find = (list: Linked[], id: string) => list.find((x) => x.id === id) ?? { title: id };
  const steps: (Said & { href?: string })[] = [];
  for (const id of status.sections.missing) {
    const section = find(outline.sections, id);
    steps.push({ ...say(m.readToEnd, section), href: 'href' in section ? section.href : undefined });
  }
  for (const id of status.activities.missing) {
    const activity = find(outline.activities, id);
    steps.push({ ...say(m.completeActivity, activity), href: 'href' in activity ? activity.href : undefined });
  }
  if (status.assessment && !status.assessment.passed && outline.assessment) {
    const best = status.assessment.bestPercent;
    const message = status.assessment.open
      ? best === null
        ? m.passAssessment
        : (title: string) => m.passAssessmentBest(title, best)
      : m.assessmentOpensLater;
    steps.push({
      ...say(message, outline.assessment),
      href: status.assessment.open ? outline.assessment.href : undefined,
    });
  }
  return steps;
}

/** Fills a progress summary (bar, counts, what remains, resume link) and the status of each section. */
export function showCourseProgress(root: HTMLElement): void {
  const outline = JSON.parse(root.dataset.outline ?? 'null') as ProgressOutline | null;
  if (!outline) return;
  const lang = pageLanguage(document);
  const m = progressMessages[lang];
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
        text.textContent = status.complete ? m.allSectionsRead(total) : m.sectionsRead(seen, total);
      }
      if (bar) {
        bar.max = total;
        bar.value = seen;
        bar.hidden = false;
      }
      if (resume && resumeLink && progress.position) {
        // The place is kept in the language it was read in; this page offers it in its own language
        // (the same section, at the same heading: headings keep one id in every language).
        const { sectionId, href, title } = progress.position;
        const here = outline.sections.find((s) => s.id === sectionId);
        const hash = href.includes('#') ? href.slice(href.indexOf('#')) : '';
        resumeLink.href = here ? `${here.href}${hash}` : href;
        fillText(resumeLink, say(m.continueAt, here ?? { title }));
        resume.hidden = false;
      }
      if (assessmentLine && status.assessment) {
        const a = status.assessment;
        const best = a.bestPercent;
        fillText(
          assessmentLine,
          say(
            best === null
              ? m.assessmentNotAttempted
              : (title) =>
                  a.passed
                    ? m.assessmentBestPassed(title, best, a.attempts)
                    : m.assessmentBest(title, best, a.attempts),
            outline.assessment ?? { title: m.assessment },
          ),
        );
        assessmentLine.hidden = false;
      }
      if (remaining) {
        const steps = remainingSteps(outline, status, lang);
        remaining.replaceChildren(
          ...steps.map((step) => {
            const li = document.createElement('li');
            if (step.href) {
              const a = document.createElement('a');
              a.href = step.href;
              fillText(a, step);
              li.append(a);
            } else fillText(li, step);
            return li;
          }),
        );
        remaining.closest<HTMLElement>('[data-remaining-block]')!.hidden = steps.length === 0 || seen === 0;
      }
      for (const item of sectionItems) {
        const label = item.querySelector<HTMLElement>('[data-section-status]');
        if (label) {
          const state = sectionState(progress, item.dataset.section ?? '');
          label.textContent = m[STATE_LABEL[state]];
          item.dataset.status = state;
        }
      }
      if (certificateLink) certificateLink.hidden = !status.complete;
      root.dataset.state = status.complete ? 'complete' : seen > 0 ? 'started' : 'new';
    },
    () => {
      if (text) text.textContent = m.notAvailable;
    },
  );
}
