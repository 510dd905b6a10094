import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { courseFacts, courseReport, type Report } from '../../../src/lms/reporting';
import { courseScorePercent } from '../../../src/progress/course';
import type { ScormVersion } from '../../../src/lms/scorm-api';
import { courseStatus, type LearnerRecord } from '../../../src/progress/completion';
import { realCourse, type RealCourse } from './support/real-courses';
import { SimulatedLms } from './support/simulated-lms';

// The reporting rule (src/lms/reporting.ts) walked through the real courses' journeys, under an LMS
// that applies the mastery-score override (Moodle's default) and one that does not. The tables in
// docs/lms-reporting.md are these journeys: `UPDATE_DOCS=1 npx vitest run tests/unit/lms/reporting.test.ts`
// rewrites them after a change to the rule.

type Step =
  | { event: string; read: number }
  | { event: string; attempt: [activityId: string, percent: number, passed: boolean] }
  | { event: 'exit' }
  | { event: 'relaunch' };

const JOURNEYS: Record<string, Step[]> = {
  'cptm-2-7': [
    { event: 'relaunch' },
    { event: 'section read (4 of 11)', read: 4 },
    { event: 'knowledge check failed (67 %)', attempt: ['cptm-2-7-knowledge-check', 67, false] },
    { event: 'exit' },
    { event: 'relaunch' },
    { event: 'knowledge check retaken, passed (92 %)', attempt: ['cptm-2-7-knowledge-check', 92, true] },
    { event: 'exit' },
    { event: 'relaunch' },
    { event: 'all 11 sections read', read: 11 },
    { event: 'sorting activity done: course rule met', attempt: ['sex-or-gender', 100, true] },
    { event: 'exit' },
    { event: 'relaunch' },
  ],
  'i-know-gender': [
    { event: 'relaunch' },
    { event: 'module read (1 of 5)', read: 1 },
    { event: 'module check passed (92 %)', attempt: ['ikg-check-gender-concepts', 92, true] },
    { event: 'exit' },
    { event: 'relaunch' },
    { event: 'all 5 modules read', read: 5 },
    { event: 'final assessment failed (65 %)', attempt: ['ikg-final-assessment', 65, false] },
    { event: 'exit' },
    { event: 'relaunch' },
    { event: 'final assessment retaken, passed (85 %): course rule met', attempt: ['ikg-final-assessment', 85, true] },
    { event: 'exit' },
    { event: 'relaunch' },
  ],
};

interface Row {
  event: string;
  sent: Record<ScormVersion, Report | null>;
  /** At exit, what each LMS keeps; at relaunch, the mode it opens in. Keyed "1.2 on", "1.2 off", … */
  lms: Record<string, string>;
  complete: boolean;
  score: number | null;
}

function walk(course: RealCourse): Row[] {
  const learner: LearnerRecord & { seen: string[]; attempts: LearnerRecord['attempts'][number][] } = {
    seen: [],
    attempts: [],
  };
  const lmss = (['1.2', '2004'] as const).flatMap((version) =>
    [true, false].map((override) => ({
      key: `${version} ${override ? 'on' : 'off'}`,
      version,
      lms: new SimulatedLms(version, course.mastery, override),
    })),
  );
  return JOURNEYS[course.id]!.map((step, index) => {
    if ('read' in step) learner.seen = course.outline.requiredSectionIds.slice(0, step.read);
    if ('attempt' in step) {
      const [activityId, percent, passed] = step.attempt;
      learner.attempts.push({ activityId, score: percent, maxScore: 100, passed });
    }
    const status = courseStatus(course.outline, learner);
    const score = courseScorePercent(course, learner.attempts);
    const facts = courseFacts(status, course.scoredActivityIds.length > 0, score);
    const row: Row = {
      event: index === 0 ? 'first launch' : step.event,
      sent: { '1.2': null, '2004': null },
      lms: {},
      complete: status.complete,
      score,
    };
    for (const { key, version, lms } of lmss) {
      if (step.event === 'exit') {
        const kept = lms.finish();
        row.lms[key] = `${kept.status}${kept.score ? `, ${kept.score}` : ''}`;
      } else if (step.event === 'relaunch') {
        row.lms[key] = lms.relaunchMode();
      }
      // Every launch and every change of progress sends the report.
      if (step.event !== 'exit') {
        const report = courseReport(version, facts);
        lms.apply(report);
        row.sent[version] = report;
      }
    }
    return row;
  });
}

const COURSES = ['cptm-2-7', 'i-know-gender'].map(realCourse);

describe('the reporting rule on the real courses’ journeys', () => {
  for (const course of COURSES) {
    it(`${course.id}: never passed, completed or failed before the rule is met; passed with the course's score after, with or without override`, () => {
      expect(course.mastery).toBe(80);
      const rows = walk(course);
      expect(rows.at(-2)!.complete).toBe(true); // the journey ends with the rule met
      for (const row of rows) {
        for (const [key, value] of Object.entries(row.lms)) {
          if (row.complete) {
            // Recorded passed, with the course's score; a relaunch shows the finished course in review.
            if (row.event === 'exit') {
              expect(value, `${row.event}, ${key}`).toBe(
                key.startsWith('1.2') ? `passed, ${row.score}` : `completed / passed, ${row.score}`,
              );
              expect(row.score!).toBeGreaterThanOrEqual(course.mastery!);
            }
          } else if (row.event === 'exit') {
            // Nothing an override can act on, and no grade that is not the course's.
            expect(value, `${row.event}, ${key}`).toBe(key.startsWith('1.2') ? 'incomplete' : 'incomplete / unknown');
          } else {
            // A failed attempt never puts the learner in review mode: they can retake in this LMS attempt.
            expect(value, `${row.event}, ${key}`).toBe('normal');
          }
        }
      }
    });

    it(`${course.id}, SCORM 2004: completion, success, progress and scaled score agree at every step`, () => {
      for (const row of walk(course)) {
        const sent = row.sent['2004'];
        if (!sent) continue;
        const v = Object.fromEntries(sent);
        expect(v['cmi.completion_status']).toBe(row.complete ? 'completed' : 'incomplete');
        expect(v['cmi.success_status']).toBe(row.complete ? 'passed' : 'unknown');
        expect(v['cmi.progress_measure'] === '1').toBe(row.complete);
        expect(Number(v['cmi.progress_measure'])).toBeLessThanOrEqual(1);
        if (row.complete) {
          expect(v['cmi.score.raw']).toBe(String(row.score));
          expect(Number(v['cmi.score.scaled'])).toBeCloseTo(row.score! / 100, 5);
        } else {
          expect(v['cmi.score.raw']).toBeNull();
          expect(v['cmi.score.scaled']).toBeNull();
        }
      }
    });
  }

  it('progress_measure grows with the rule’s parts and stays below 1 until the rule is met', () => {
    const facts = { complete: false, scored: true, scorePercent: null, done: 199, total: 200 };
    expect(Object.fromEntries(courseReport('2004', facts))['cmi.progress_measure']).toBe('0.99');
    expect(Object.fromEntries(courseReport('2004', { ...facts, done: 1, total: 3 }))['cmi.progress_measure']).toBe(
      '0.33',
    );
    expect(
      Object.fromEntries(courseReport('2004', { ...facts, complete: true, done: 3, total: 3 }))['cmi.progress_measure'],
    ).toBe('1');
  });

  it('a course without scored work is completed, with no score and no success', () => {
    const facts = { complete: true, scored: false, scorePercent: null, done: 2, total: 2 };
    expect(Object.fromEntries(courseReport('1.2', facts))).toMatchObject({
      'cmi.core.lesson_status': 'completed',
      'cmi.core.score.raw': null,
    });
    expect(Object.fromEntries(courseReport('2004', facts))).toMatchObject({
      'cmi.completion_status': 'completed',
      'cmi.success_status': 'unknown',
    });
  });
});

/** The journey as a Markdown table, for docs/lms-reporting.md. */
function table(course: RealCourse): string {
  const sent = (report: Report | null) => {
    if (!report) return '';
    const v = Object.fromEntries(report.map(([e, value]) => [e.replace(/^cmi\.(core\.)?/, ''), value]));
    const score =
      v['score.raw'] === null
        ? 'no score'
        : `score ${v['score.raw']}${'score.scaled' in v ? ` (scaled ${v['score.scaled']})` : ''}`;
    const exit = `exit ${v.exit === '' ? '""' : v.exit}`;
    return 'lesson_status' in v
      ? `${v.lesson_status}, ${score}, ${exit}`
      : `${v.completion_status} / ${v.success_status}, progress ${v.progress_measure}, ${score}, ${exit}`;
  };
  const kept = (row: Row, version: ScormVersion) => {
    const on = row.lms[`${version} on`];
    const off = row.lms[`${version} off`];
    if (on === undefined) return '';
    return on === off ? on : `on: ${on}; off: ${off}`;
  };
  const lines = [
    '| event | SCORM 1.2 sends | 1.2 LMS keeps (at exit) / opens in (at relaunch) | SCORM 2004 sends | 2004 LMS keeps / opens in |',
    '|---|---|---|---|---|',
    ...walk(course).map(
      (row) =>
        `| ${row.event} | ${sent(row.sent['1.2'])} | ${kept(row, '1.2')} | ${sent(row.sent['2004'])} | ${kept(row, '2004')} |`,
    ),
  ];
  return lines.join('\n');
}

describe('docs/lms-reporting.md', () => {
  it('holds the tables this rule produces', () => {
    const path = join(process.cwd(), 'docs', 'lms-reporting.md');
    let text = readFileSync(path, 'utf8');
    for (const course of COURSES) {
      const pattern = new RegExp(`(<!-- table:${course.id} -->\\n)[\\s\\S]*?(<!-- \\/table -->)`);
      expect(text, `docs/lms-reporting.md has no table for ${course.id}`).toMatch(pattern);
      text = text.replace(pattern, (_, open: string, close: string) => `${open}${table(course)}\n${close}`);
    }
    if (process.env.UPDATE_DOCS === '1') writeFileSync(path, text);
    expect(readFileSync(path, 'utf8'), 'run UPDATE_DOCS=1 npx vitest run tests/unit/lms/reporting.test.ts').toBe(text);
  });
});
