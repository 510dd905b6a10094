import { describe, expect, it } from 'vitest';
import { findScormApi, LmsConnection, type Scorm12Api } from '../../../src/lms/scorm-api';
import { decodeSuspend, encodeSuspend, ScormSession, type SuspendPayload } from '../../../src/lms/scorm-session';
import { fakeLms } from './support/fake-lms';

function session(version: '1.2' | '2004', initial: Record<string, string> = {}) {
  const lms = fakeLms(version, initial);
  const clock = { ms: 0 };
  const problems: string[] = [];
  const queue: (() => void)[] = [];
  const delays: number[] = [];
  const s = new ScormSession(new LmsConnection(lms.found), {
    onProblem: () => problems.push('told'),
    schedule: (run, ms) => {
      queue.push(run);
      delays.push(ms);
    },
    elapsed: () => clock.ms,
  });
  return { lms, s, problems, queue, delays, clock };
}

describe('findScormApi', () => {
  const api12 = { LMSInitialize: () => 'true' };
  const api2004 = { Initialize: () => 'true' };

  it('finds the API in the window, a parent, or the opener’s parents; 2004 before 1.2', () => {
    const top: any = { API: api12 };
    top.parent = top;
    const middle: any = { parent: top };
    const frame: any = { parent: middle };
    expect(findScormApi(frame)).toMatchObject({ version: '1.2' });
    middle.API_1484_11 = api2004;
    expect(findScormApi(frame)).toMatchObject({ version: '2004' });

    const lms: any = { API_1484_11: api2004 };
    lms.parent = lms;
    const popup: any = { opener: { parent: lms } };
    popup.parent = popup;
    expect(findScormApi(popup)).toMatchObject({ version: '2004' });
  });

  it('finds nothing outside an LMS, and survives cross-origin parents', () => {
    const alone: any = {};
    alone.parent = alone;
    expect(findScormApi(alone)).toBeNull();
    const guarded: any = {};
    Object.defineProperty(guarded, 'API', {
      get() {
        throw new DOMException('Blocked a frame', 'SecurityError');
      },
    });
    guarded.parent = guarded;
    expect(findScormApi({ parent: guarded } as any)).toBeNull();
  });
});

describe('ScormSession, SCORM 1.2', () => {
  it('resumes from the bookmark and suspend data, and reports passed with the score', () => {
    const payload: SuspendPayload = { v: 1, s: ['definitions'], a: [['quiz', 10, 12, 1, 5]] };
    const { lms, s } = session('1.2', {
      'cmi.core.lesson_location': 'courses/cptm-2-7/definitions/index.html',
      'cmi.suspend_data': JSON.stringify(payload),
    });
    expect(s.start()).toEqual({ resume: payload, location: 'courses/cptm-2-7/definitions/index.html' });
    s.report({ complete: false, scored: true, scorePercent: 75, done: 1, total: 4 });
    expect(lms.values['cmi.core.lesson_status']).toBe('incomplete');
    expect(lms.values['cmi.core.exit']).toBe('suspend');
    // No score before the course is complete: a mastery-score override would turn it into "passed".
    expect(lms.values['cmi.core.score.raw']).toBeUndefined();
    s.report({ complete: true, scored: true, scorePercent: 92, done: 4, total: 4 });
    expect(lms.values).toMatchObject({
      'cmi.core.lesson_status': 'passed',
      'cmi.core.score.raw': '92',
      'cmi.core.score.min': '0',
      'cmi.core.score.max': '100',
    });
    s.setLocation('courses/cptm-2-7/lesson-closing/index.html');
    expect(s.commit()).toBe(true);
    s.finish();
    expect(lms.values['cmi.core.lesson_location']).toBe('courses/cptm-2-7/lesson-closing/index.html');
    expect(lms.commits()).toBe(2);
  });

  it('reports "completed" for a course without scored work', () => {
    const { lms, s } = session('1.2');
    s.start();
    s.report({ complete: true, scored: false, scorePercent: null, done: 4, total: 4 });
    expect(lms.values['cmi.core.lesson_status']).toBe('completed');
    expect(lms.values['cmi.core.score.raw']).toBeUndefined();
  });

  it('keeps resume data inside the 4096-character limit, dropping unpassed attempts first', () => {
    const many: SuspendPayload = {
      v: 1,
      s: ['a'],
      a: Array.from({ length: 200 }, (_, i) => [`activity-${i}`, 1, 2, (i === 0 ? 1 : 0) as 0 | 1, 1]),
    };
    const { lms, s, problems } = session('1.2');
    s.start();
    s.saveResume(many);
    expect(decodeSuspend(lms.values['cmi.suspend_data']!)).toEqual({ v: 1, s: ['a'], a: [['activity-0', 1, 2, 1, 1]] });
    expect(problems).toEqual([]);
    const huge: SuspendPayload = { v: 1, s: Array.from({ length: 400 }, (_, i) => `section-number-${i}`), a: [] };
    s.saveResume(huge);
    expect(problems).toHaveLength(1);
  });
});

describe('ScormSession, SCORM 2004', () => {
  it('reports completion and success separately, with a scaled score and progress', () => {
    const { lms, s } = session('2004');
    s.start();
    s.report({ complete: false, scored: true, scorePercent: 75, done: 1, total: 4 });
    // success_status is evaluated from score.scaled by the standard: no score before the rule is met.
    expect(lms.values['cmi.score.scaled']).toBeUndefined();
    expect(lms.values['cmi.score.raw']).toBeUndefined();
    expect(lms.values).toMatchObject({
      'cmi.completion_status': 'incomplete',
      'cmi.success_status': 'unknown',
      'cmi.progress_measure': '0.25',
      'cmi.exit': 'suspend',
    });
    s.report({ complete: true, scored: true, scorePercent: 85, done: 4, total: 4 });
    expect(lms.values).toMatchObject({
      'cmi.completion_status': 'completed',
      'cmi.success_status': 'passed',
      'cmi.score.raw': '85',
      'cmi.score.scaled': '0.85',
      'cmi.exit': 'normal',
    });
    s.setLocation('x'.repeat(1001));
    expect(lms.values['cmi.location']).toBeUndefined();
  });
});

describe('session time', () => {
  for (const [version, element, first, last] of [
    ['1.2', 'cmi.core.session_time', '00:00:42.00', '01:05:00.50'],
    ['2004', 'cmi.session_time', 'PT42S', 'PT1H5M0.5S'],
  ] as const) {
    it(`SCORM ${version}: every commit, and the last one at exit, carries the session's time so far`, () => {
      const { lms, s, clock } = session(version);
      s.start();
      clock.ms = 42_000;
      s.commit();
      expect(lms.values[element]).toBe(first);
      clock.ms = 3_900_500;
      s.finish();
      expect(lms.values[element]).toBe(last);
      expect(lms.commits()).toBe(2);
    });
  }
});

describe('a 1.2 score left by an earlier package', () => {
  it('is blanked while the course rule is not met, so no mastery override can act on it', () => {
    const { lms, s } = session('1.2', { 'cmi.core.score.raw': '92' });
    s.start();
    s.report({ complete: false, scored: true, scorePercent: 92, done: 1, total: 4 });
    expect(lms.values['cmi.core.score.raw']).toBe('');
  });
});

describe('LMS errors', () => {
  it('a refused initialise: tells the learner once and reports nothing', () => {
    const { lms, s, problems } = session('2004');
    lms.fail.add('initialize');
    expect(s.start()).toEqual({ resume: null, location: null });
    s.report({ complete: true, scored: true, scorePercent: 100, done: 4, total: 4 });
    expect(s.commit()).toBe(false);
    expect(problems).toHaveLength(1);
    expect(lms.values['cmi.completion_status']).toBeUndefined();
  });

  it('a refused value: tells the learner once, whatever else fails', () => {
    const { lms, s, problems } = session('1.2');
    s.start();
    lms.fail.add('set cmi.core.lesson_status');
    lms.fail.add('set cmi.core.score.raw');
    s.report({ complete: true, scored: true, scorePercent: 90, done: 4, total: 4 });
    s.report({ complete: true, scored: true, scorePercent: 90, done: 4, total: 4 });
    expect(problems).toHaveLength(1);
  });

  it('a failed commit: told once, retried later with a growing delay, and succeeds when the LMS recovers', () => {
    const { lms, s, problems, queue, delays } = session('2004');
    s.start();
    s.report({ complete: true, scored: true, scorePercent: 90, done: 4, total: 4 });
    lms.fail.add('commit');
    expect(s.commit()).toBe(false);
    expect(s.commit()).toBe(false); // a retry is already pending: no second one
    expect(queue).toHaveLength(1);
    queue.shift()!();
    expect(queue).toHaveLength(1);
    expect(delays).toEqual([2000, 4000]);
    lms.fail.delete('commit');
    queue.shift()!();
    expect(lms.commits()).toBe(1);
    expect(queue).toHaveLength(0);
    expect(problems).toHaveLength(1);
  });

  it('an API that throws is treated as a refusal', () => {
    const lms = fakeLms('1.2');
    (lms.found.api as Scorm12Api).LMSCommit = () => {
      throw new Error('network down');
    };
    const connection = new LmsConnection(lms.found);
    expect(connection.commit()).toBe(false);
    expect(connection.lastFailure).toEqual({ call: 'commit', code: 'exception', message: 'network down' });
  });

  it('suspend data that is not ours is ignored', () => {
    expect(decodeSuspend('')).toBeNull();
    expect(decodeSuspend('{"v":2}')).toBeNull();
    expect(decodeSuspend('{"v":1,"s":["a",3],"a":[["q",1,2,1,5],["bad"]]}')).toEqual({
      v: 1,
      s: ['a'],
      a: [['q', 1, 2, 1, 5]],
    });
    expect(encodeSuspend({ v: 1, s: [], a: [] }, 10)).toBeNull();
  });
});
