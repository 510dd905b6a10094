import { describe, expect, it } from 'vitest';
import { courseStatus, type CourseOutline } from '../../src/progress/completion';

const outline = (rule: Partial<CourseOutline['rule']> = {}): CourseOutline => ({
  rule: { sections: 'all', activities: [], assessment: null, ...rule },
  requiredSectionIds: ['a', 'b', 'c'],
});
const attempt = (activityId: string, score: number, maxScore: number, passed: boolean) => ({
  activityId,
  score,
  maxScore,
  passed,
});

describe('courseStatus', () => {
  it('is incomplete until every required section is seen', () => {
    const status = courseStatus(outline(), { seen: ['a', 'c'], attempts: [] });
    expect(status).toMatchObject({
      complete: false,
      sections: { seen: 2, total: 3, missing: ['b'] },
      assessment: null,
    });
    expect(courseStatus(outline(), { seen: ['a', 'b', 'c'], attempts: [] }).complete).toBe(true);
  });

  it('needs each required activity passed, not merely attempted', () => {
    const rule = outline({ activities: ['sort', 'quiz'] });
    const seen = ['a', 'b', 'c'];
    const failed = courseStatus(rule, {
      seen,
      attempts: [attempt('sort', 20, 24, false), attempt('quiz', 10, 12, true)],
    });
    expect(failed).toMatchObject({ complete: false, activities: { done: ['quiz'], missing: ['sort'] } });
    const retried = courseStatus(rule, {
      seen,
      attempts: [attempt('sort', 20, 24, false), attempt('sort', 24, 24, true), attempt('quiz', 10, 12, true)],
    });
    expect(retried.complete).toBe(true);
  });

  it('opens the assessment only once the sections are read, and completes when it is passed', () => {
    const rule = outline({ assessment: 'final' });
    expect(courseStatus(rule, { seen: ['a', 'b'], attempts: [] }).assessment).toEqual({
      id: 'final',
      open: false,
      passed: false,
      bestPercent: null,
      attempts: 0,
    });
    const failedOnce = courseStatus(rule, { seen: ['a', 'b', 'c'], attempts: [attempt('final', 14, 20, false)] });
    expect(failedOnce).toMatchObject({ complete: false, assessment: { open: true, passed: false, bestPercent: 70 } });
    const passed = courseStatus(rule, {
      seen: ['a', 'b', 'c'],
      attempts: [attempt('final', 14, 20, false), attempt('final', 17, 20, true)],
    });
    expect(passed).toMatchObject({ complete: true, assessment: { passed: true, bestPercent: 85, attempts: 2 } });
  });

  it('ignores saved ids the content no longer has, and asks for sections added since', () => {
    const changed: CourseOutline = { ...outline(), requiredSectionIds: ['a', 'c', 'd'] };
    const status = courseStatus(changed, { seen: ['a', 'b', 'c'], attempts: [attempt('gone', 1, 1, true)] });
    expect(status).toMatchObject({ complete: false, sections: { seen: 2, total: 3, missing: ['d'] } });
  });

  it('treats a course with nothing required as complete', () => {
    expect(courseStatus({ ...outline(), requiredSectionIds: [] }, { seen: [], attempts: [] }).complete).toBe(true);
  });
});
