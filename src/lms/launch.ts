import { courseStatus } from '../progress/completion';
import { courseScorePercent, type CertificateCourse } from '../progress/course';
import { markSectionSeen, recordAttempt, watchCourseProgress, type CourseProgress } from '../storage';
import { findScormApi, LmsConnection } from './scorm-api';
import { ScormSession, type SuspendPayload } from './scorm-session';

/** The compact resume data: sections seen and the best attempt per activity. */
export function suspendPayload(progress: Pick<CourseProgress, 'seen' | 'attempts'>): SuspendPayload {
  const best = new Map<string, SuspendPayload['a'][number]>();
  for (const a of progress.attempts) {
    const entry: SuspendPayload['a'][number] = [a.activityId, a.score, a.maxScore, a.passed ? 1 : 0, a.finishedAt];
    const kept = best.get(a.activityId);
    if (
      !kept ||
      entry[3] > kept[3] ||
      (entry[3] === kept[3] && entry[1] / (entry[2] || 1) > kept[1] / (kept[2] || 1))
    ) {
      best.set(a.activityId, entry);
    }
  }
  return { v: 1, s: [...progress.seen], a: [...best.values()] };
}

/** Writes resume data from the LMS into this device's storage (merged: nothing here is lost). */
async function restore(courseId: string, resume: SuspendPayload): Promise<void> {
  await Promise.all(resume.s.map((sectionId) => markSectionSeen(courseId, sectionId)));
  await Promise.all(
    resume.a.map(([activityId, score, maxScore, passed, finishedAt]) =>
      recordAttempt({
        id: `lms:${activityId}:${finishedAt}`,
        courseId,
        activityId,
        score,
        maxScore,
        passed: passed === 1,
        answers: {},
        startedAt: finishedAt,
        finishedAt,
      }),
    ),
  );
}

/**
 * The launch page of a SCORM package: it holds the one LMS session while the course's own pages run
 * in the frame below it, and reports what they store. Without an LMS it simply opens the course.
 */
export async function launchCourse(frame: HTMLIFrameElement, notice: HTMLElement, course: CertificateCourse) {
  // The packager may have written the root as "../../index.html": the folder is what counts.
  const root = new URL('.', new URL(frame.dataset.root ?? '../../', location.href));
  const start = new URL(frame.dataset.start ?? '', root);
  const found = findScormApi(window);
  if (!found) {
    location.replace(start.href);
    return;
  }
  const session = new ScormSession(new LmsConnection(found), {
    onProblem: (message) => {
      notice.textContent = message;
      notice.hidden = false;
    },
    schedule: (run, ms) => setTimeout(run, ms),
  });
  const { resume, location: bookmark } = session.start();
  if (resume) await restore(course.courseId, resume).catch(() => undefined); // reported; the LMS keeps the record

  const bookmarked = bookmark ? new URL(bookmark, root) : null;
  frame.src = (bookmarked && bookmarked.origin === root.origin ? bookmarked : start).href;
  frame.addEventListener('load', () => {
    try {
      const here = frame.contentWindow?.location.href;
      if (!here?.startsWith(root.href)) return;
      session.setLocation(here.slice(root.href.length));
      session.commit();
    } catch {
      // The learner followed a link to another site: nothing to bookmark.
    }
  });

  watchCourseProgress(course.courseId, (progress) => {
    const status = courseStatus(course.outline, progress);
    session.report({
      complete: status.complete,
      passed: course.scoredActivityIds.length > 0 ? status.complete : null,
      scorePercent: courseScorePercent(course, progress.attempts),
      progress: status.sections.total === 0 ? 1 : status.sections.seen / status.sections.total,
    });
    session.saveResume(suspendPayload(progress));
    session.commit();
  });
  // pagehide fires on close and on navigation away, including from an LMS's own frame.
  window.addEventListener('pagehide', () => session.finish(), { once: true });
}
