import { describe, expect, it } from 'vitest';
import type { CertificateCourse } from '../../../src/progress/course';
import {
  cut,
  interactionReport,
  objectiveReport,
  RECORD_LIMITS,
  type LmsQuestion,
} from '../../../src/lms/interactions';
import { attemptsToReport, courseObjectives, suspendPayload } from '../../../src/lms/launch';
import { LIMITS, LmsConnection, type ScormVersion } from '../../../src/lms/scorm-api';
import { ScormSession } from '../../../src/lms/scorm-session';
import { scorm12Time, scorm2004Duration, VisibleClock } from '../../../src/lms/session-time';
import type { AttemptRow } from '../../../src/storage';
import { fakeLms } from './support/fake-lms';
import { realCourse } from './support/real-courses';

describe('session time', () => {
  it('is written in each version’s format', () => {
    expect(scorm12Time(0)).toBe('00:00:00.00');
    expect(scorm12Time(3_723_456)).toBe('01:02:03.45');
    expect(scorm12Time(100 * 3_600_000 + 5_000)).toBe('100:00:05.00');
    expect(scorm12Time(20_000 * 3_600_000)).toBe('9999:59:59.99'); // CMITimespan holds four hour digits
    expect(scorm2004Duration(0)).toBe('PT0S');
    expect(scorm2004Duration(3_723_456)).toBe('PT1H2M3.45S');
    expect(scorm2004Duration(65_000)).toBe('PT1M5S');
  });

  it('counts only while the course is visible', () => {
    const clock = new VisibleClock(1_000, true);
    clock.visibility(false, 61_000); // a minute shown, then hidden for ten
    clock.visibility(true, 661_000);
    expect(clock.elapsed(691_000)).toBe(90_000);
    const hiddenAtStart = new VisibleClock(0, false);
    expect(hiddenAtStart.elapsed(50_000)).toBe(0);
  });
});

const single: LmsQuestion = {
  id: 'fa-gender-learned',
  type: 'single',
  prompt: 'The CPTM lesson says gender is "socially constructed". What does it say this means?',
  options: ['a', 'b', 'c', 'd'],
  correct: ['a'],
};
const multiple: LmsQuestion = {
  ...single,
  id: 'q-multi',
  type: 'multiple',
  options: ['a', 'b', 'c', 'd'],
  correct: ['a', 'c'],
};
const trueFalse: LmsQuestion = {
  ...single,
  id: 'q-tf',
  type: 'true-false',
  options: ['true', 'false'],
  correct: ['false'],
};
const at = Date.UTC(2026, 10, 30, 9, 15, 7);

describe('interactions', () => {
  it('SCORM 1.2: choice by option letter, true/false as t/f, wrong answers "wrong", time of day, no description', () => {
    const v = Object.fromEntries(
      interactionReport('1.2', 3, { activityId: 'quiz', question: multiple, answer: ['c', 'a'], at }),
    );
    expect(v).toMatchObject({
      'cmi.interactions.3.id': 'quiz.q-multi',
      'cmi.interactions.3.type': 'choice',
      'cmi.interactions.3.objectives.0.id': 'quiz',
      'cmi.interactions.3.student_response': 'a,c',
      'cmi.interactions.3.correct_responses.0.pattern': 'a,c',
      'cmi.interactions.3.result': 'correct',
      'cmi.interactions.3.weighting': '1',
    });
    expect(v['cmi.interactions.3.time']).toMatch(/^\d\d:\d\d:\d\d$/);
    expect(Object.keys(v).some((k) => k.endsWith('description'))).toBe(false);
    const tf = Object.fromEntries(
      interactionReport('1.2', 0, { activityId: 'quiz', question: trueFalse, answer: ['true'], at }),
    );
    expect(tf).toMatchObject({
      'cmi.interactions.0.type': 'true-false',
      'cmi.interactions.0.student_response': 't',
      'cmi.interactions.0.correct_responses.0.pattern': 'f',
      'cmi.interactions.0.result': 'wrong',
    });
  });

  it('SCORM 2004: option ids joined by [,], a UTC timestamp, "incorrect", and the prompt as description', () => {
    const v = Object.fromEntries(
      interactionReport('2004', 0, { activityId: 'quiz', question: multiple, answer: ['a'], at }),
    );
    expect(v).toMatchObject({
      'cmi.interactions.0.learner_response': 'a',
      'cmi.interactions.0.correct_responses.0.pattern': 'a[,]c',
      'cmi.interactions.0.result': 'incorrect',
      'cmi.interactions.0.timestamp': '2026-11-30T09:15:07.0Z',
      'cmi.interactions.0.description': single.prompt,
    });
    // id and type come first: the data model checks responses against the type.
    expect(
      interactionReport('2004', 0, { activityId: 'quiz', question: single, answer: ['a'], at })
        .slice(0, 2)
        .map(([e]) => e),
    ).toEqual(['cmi.interactions.0.id', 'cmi.interactions.0.type']);
  });

  it('latency: how long the learner took over the question, in each version’s time format', () => {
    const took = { activityId: 'quiz', question: single, answer: ['a'], at, latencyMs: 83_450 };
    expect(Object.fromEntries(interactionReport('1.2', 0, took))['cmi.interactions.0.latency']).toBe('00:01:23.45');
    expect(Object.fromEntries(interactionReport('2004', 0, took))['cmi.interactions.0.latency']).toBe('PT1M23.45S');
    // An answer from before the device kept times has none, rather than a made-up one.
    const untimed = interactionReport('2004', 0, { ...took, latencyMs: undefined });
    expect(untimed.some(([element]) => element.endsWith('.latency'))).toBe(false);
  });

  it('cuts a long prompt at a word, within the limit', () => {
    const long = `${'word '.repeat(80)}end`;
    const text = cut(long, 250);
    expect(text.length).toBeLessThanOrEqual(250);
    expect(text.endsWith('word…')).toBe(true);
  });
});

describe('objectives', () => {
  it('sections: not attempted, incomplete when opened, completed when read; activities: failed until passed, with the best score', () => {
    const obj = (version: ScormVersion, o: Parameters<typeof objectiveReport>[2]) =>
      Object.fromEntries(objectiveReport(version, 0, o));
    const section = { id: 'definitions', kind: 'section' as const, done: false, started: true, scorePercent: null };
    expect(obj('1.2', section)['cmi.objectives.0.status']).toBe('incomplete');
    expect(obj('1.2', { ...section, done: true })['cmi.objectives.0.status']).toBe('completed');
    expect(obj('2004', section)).toMatchObject({
      'cmi.objectives.0.completion_status': 'incomplete',
      'cmi.objectives.0.success_status': 'unknown',
    });
    const check = { id: 'check', kind: 'activity' as const, done: false, started: true, scorePercent: 67 };
    expect(obj('1.2', check)).toMatchObject({
      'cmi.objectives.0.status': 'failed',
      'cmi.objectives.0.score.raw': '67',
    });
    expect(obj('2004', { ...check, done: true, scorePercent: 92 })).toMatchObject({
      'cmi.objectives.0.success_status': 'passed',
      'cmi.objectives.0.completion_status': 'completed',
      'cmi.objectives.0.score.scaled': '0.92',
    });
  });
});

/**
 * A whole I Know Gender run in the LMS, the worst case for the records: every module read, every
 * module check taken twice (a fail, then a pass), and the final assessment failed until the last of
 * `finals` attempts, each drawing the 20 bank questions with the longest ids and prompts, answered
 * with the most options.
 */
function fullRun(version: ScormVersion, finals: number) {
  const ikg = realCourse('i-know-gender');
  const course = {
    courseId: ikg.id,
    scoredActivityIds: ikg.scoredActivityIds,
    outline: { ...ikg.outline, sections: ikg.sectionIds.map((id) => ({ id, title: id, href: id })) },
  } as unknown as CertificateCourse;
  const lms = fakeLms(version);
  const problems: string[] = [];
  const session = new ScormSession(new LmsConnection(lms.found), {
    onProblem: () => problems.push('told'),
    schedule: () => {},
    elapsed: () => 107 * 60_000,
  });
  session.start();
  let now = Date.UTC(2026, 10, 30, 8, 0, 0);
  const attempts: AttemptRow[] = [];
  const attempt = (activityId: string, passed: boolean) => {
    const quiz = ikg.quizzes.find((q) => q.id === activityId)!;
    const drawn =
      activityId === 'ikg-final-assessment'
        ? [...quiz.questions]
            .sort((a, b) => b.id.length + b.prompt.length - (a.id.length + a.prompt.length))
            .slice(0, 20)
        : quiz.questions;
    now += 600_000;
    attempts.unshift({
      id: `${activityId}-${now}`,
      courseId: ikg.id,
      activityId,
      score: passed ? drawn.length : 0,
      maxScore: drawn.length,
      passed,
      answers: Object.fromEntries(
        drawn.map((q) => [q.id, passed ? q.correct : q.options.filter((o) => !q.correct.includes(o))]),
      ),
      startedAt: now - 300_000,
      finishedAt: now,
    });
  };
  let reportedUntil = now;
  const progress = { seen: ikg.sectionIds, opened: ikg.sectionIds, attempts };
  const report = () => {
    session.reportObjectives(courseObjectives(course, ikg.quizzes, progress));
    for (const a of attemptsToReport(ikg.quizzes, progress, reportedUntil)) {
      session.reportAttempt(a.answers, a.passed ? 0 : 20);
      reportedUntil = a.finishedAt;
    }
    session.saveResume(suspendPayload(progress, reportedUntil));
    session.commit();
  };
  for (const quiz of ikg.quizzes.filter((q) => q.id !== 'ikg-final-assessment')) {
    attempt(quiz.id, false);
    attempt(quiz.id, true);
    report();
  }
  for (let i = 1; i <= finals; i += 1) {
    attempt('ikg-final-assessment', i === finals);
    report();
  }
  // The sorting activity of the course, too: it keeps a best attempt in suspend_data.
  attempts.unshift({
    ...attempts[0]!,
    id: 'sorting',
    activityId: 'ikg-sex-or-gender',
    score: 12,
    maxScore: 12,
    passed: true,
  });
  report();
  session.finish();
  return { lms, problems, session, ikg };
}

describe('a full I Know Gender run fits both versions’ limits', () => {
  for (const version of ['1.2', '2004'] as const) {
    it(`SCORM ${version}`, () => {
      const { lms, problems, ikg } = fullRun(version, 5);
      const values = lms.values;
      const count = Object.keys(values).filter((k) => /^cmi\.interactions\.\d+\.id$/.test(k)).length;
      const checks = ikg.quizzes.filter((q) => q.id !== 'ikg-final-assessment');
      const checkAnswers = checks.reduce((n, q) => n + q.questions.length, 0);
      expect(count).toBe(2 * checkAnswers + 5 * 20);
      expect(problems).toEqual([]);
      const limits = RECORD_LIMITS[version];
      for (const [element, value] of Object.entries(values)) {
        if (element.endsWith('.id')) expect(value.length, element).toBeLessThanOrEqual(limits.identifier);
        if (/response|pattern/.test(element)) expect(value.length, element).toBeLessThanOrEqual(limits.response);
        if (element.endsWith('.description')) expect(value.length, element).toBeLessThanOrEqual(limits.description);
      }
      const objectives = Object.keys(values).filter((k) => /^cmi\.objectives\.\d+\.id$/.test(k)).length;
      expect(objectives).toBe(ikg.sectionIds.length + ikg.quizzes.length);
      expect(values[version === '1.2' ? 'cmi.core.session_time' : 'cmi.session_time']).toBe(
        version === '1.2' ? '01:47:00.00' : 'PT1H47M0S',
      );
      const suspend = values['cmi.suspend_data']!;
      expect(suspend.length).toBeLessThanOrEqual(LIMITS[version].suspendData);
      console.log(
        `SCORM ${version}, I Know Gender, every check failed then passed, final assessment passed at the 5th attempt: ${count} interactions, ${objectives} objectives, suspend_data ${suspend.length} characters`,
      );
    });
  }

  it('failed attempts stop short of 250 interactions, keeping room for the passing one', () => {
    const { lms } = fullRun('2004', 30);
    const ids = Object.entries(lms.values).filter(([k]) => /^cmi\.interactions\.\d+\.id$/.test(k));
    const count = ids.length;
    expect(count).toBeLessThanOrEqual(250);
    // The last attempt sent is the passing one, all 20 questions of it, marked correct.
    const last = Object.entries(lms.values)
      .filter(([k]) => /^cmi\.interactions\.\d+\.result$/.test(k))
      .slice(-20);
    expect(last.map(([, v]) => v)).toEqual(Array(20).fill('correct'));
    expect(ids.slice(-20).every(([, v]) => v.startsWith('ikg-final-assessment.'))).toBe(true);
    // suspend_data keeps the best attempt per activity: thirty attempts take no more room than five.
    expect(lms.values['cmi.suspend_data']!.length).toBe(fullRun('2004', 5).lms.values['cmi.suspend_data']!.length);
    console.log(
      `worst case: 30 final assessment attempts leave ${count} interactions; suspend_data ${lms.values['cmi.suspend_data']!.length} characters (SCORM 1.2 allows 4096)`,
    );
  });
});
