import { pageLanguage } from '../i18n/languages';
import { storageMessages } from '../i18n/messages/storage';
import { courseStatus } from '../progress/completion';
import { courseScorePercent, scorePercent, type CertificateCourse } from '../progress/course';
import { markSectionSeen, recordAttempt, watchCourseProgress, type CourseProgress } from '../storage';
import type { AnsweredQuestion, CourseObjective, LmsQuiz } from './interactions';
import { courseFacts } from './reporting';
import { findScormApi, LmsConnection } from './scorm-api';
import { ScormSession, type SuspendPayload } from './scorm-session';
import { VisibleClock } from './session-time';

/** The compact resume data: sections seen, the best attempt per activity, and what is already in the interactions. */
export function suspendPayload(
  progress: Pick<CourseProgress, 'seen' | 'attempts'>,
  reportedUntil: number,
): SuspendPayload {
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
  return { v: 1, s: [...progress.seen], a: [...best.values()], t: reportedUntil };
}

/** Every section, then every activity of the rule and every quiz of the course, as LMS objectives. */
export function courseObjectives(
  course: CertificateCourse,
  quizzes: readonly LmsQuiz[],
  progress: Pick<CourseProgress, 'seen' | 'opened' | 'attempts'>,
): CourseObjective[] {
  const { outline } = course;
  const activityIds = [
    ...new Set([
      ...outline.rule.activities,
      ...(outline.rule.assessment ? [outline.rule.assessment] : []),
      ...quizzes.map((q) => q.id),
    ]),
  ];
  return [
    ...outline.sections.map(({ id }) => ({
      id,
      kind: 'section' as const,
      done: progress.seen.includes(id),
      started: progress.seen.includes(id) || progress.opened.includes(id),
      scorePercent: null,
    })),
    ...activityIds.map((id) => {
      const attempts = progress.attempts.filter((a) => a.activityId === id);
      const scores = attempts.filter((a) => a.maxScore > 0).map((a) => scorePercent(a.score, a.maxScore));
      return {
        id,
        kind: 'activity' as const,
        done: attempts.some((a) => a.passed),
        started: attempts.length > 0,
        scorePercent: scores.length > 0 ? Math.max(...scores) : null,
      };
    }),
  ];
}

/** Quiz attempts finished after `since`, oldest first, each as its answered questions. */
export function attemptsToReport(
  quizzes: readonly LmsQuiz[],
  progress: Pick<CourseProgress, 'attempts'>,
  since: number,
): { finishedAt: number; passed: boolean; answers: AnsweredQuestion[] }[] {
  const byId = new Map(quizzes.map((quiz) => [quiz.id, quiz]));
  return progress.attempts
    .filter((a) => a.finishedAt > since && byId.has(a.activityId))
    .sort((x, y) => x.finishedAt - y.finishedAt)
    .map((attempt) => {
      const quiz = byId.get(attempt.activityId)!;
      const answers = quiz.questions
        .filter((question) => (attempt.answers[question.id] ?? []).length > 0)
        .map((question) => ({
          activityId: quiz.id,
          question,
          answer: attempt.answers[question.id]!,
          at: attempt.finishedAt,
          latencyMs: attempt.latencyMs?.[question.id],
        }));
      return { finishedAt: attempt.finishedAt, passed: attempt.passed, answers };
    });
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
export async function launchCourse(
  frame: HTMLIFrameElement,
  notice: HTMLElement,
  course: CertificateCourse,
  quizzes: readonly LmsQuiz[],
) {
  // The packager may have written the root as "../../index.html": the folder is what counts.
  const root = new URL('.', new URL(frame.dataset.root ?? '../../', location.href));
  const start = new URL(frame.dataset.start ?? '', root);
  const found = findScormApi(window);
  if (!found) {
    location.replace(start.href);
    return;
  }
  // The session's time counts while the course is open and shown (the frame shares this page's visibility).
  const clock = new VisibleClock(performance.now(), document.visibilityState === 'visible');
  document.addEventListener('visibilitychange', () =>
    clock.visibility(document.visibilityState === 'visible', performance.now()),
  );
  const session = new ScormSession(new LmsConnection(found), {
    onProblem: () => {
      notice.textContent = storageMessages[pageLanguage()].lmsNotAccepted;
      notice.hidden = false;
    },
    schedule: (run, ms) => setTimeout(run, ms),
    elapsed: () => clock.elapsed(performance.now()),
  });
  const startedAt = Date.now();
  const { resume, location: bookmark } = session.start();
  if (resume) await restore(course.courseId, resume).catch(() => undefined); // reported; the LMS keeps the record
  // Attempts up to this time are in the LMS's interactions already (or came before this LMS attempt).
  let reportedUntil = resume?.t ?? startedAt;
  // Failed attempts leave room for one attempt at the course's scored quiz, so its pass is recorded.
  const reserve = quizzes.find((quiz) => quiz.id === course.scoredActivityIds[0])?.perAttempt ?? 0;

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
    session.report(
      courseFacts(status, course.scoredActivityIds.length > 0, courseScorePercent(course, progress.attempts)),
    );
    session.reportObjectives(courseObjectives(course, quizzes, progress));
    for (const attempt of attemptsToReport(quizzes, progress, reportedUntil)) {
      session.reportAttempt(attempt.answers, attempt.passed ? 0 : reserve);
      reportedUntil = attempt.finishedAt;
    }
    session.saveResume(suspendPayload(progress, reportedUntil));
    session.commit();
  });
  // pagehide fires on close and on navigation away, including from an LMS's own frame.
  window.addEventListener('pagehide', () => session.finish(), { once: true });
}
