import { describe, expect, it } from 'vitest';
import type { CertificateCourse } from '../../src/progress/course';
import { draftCertificate, isoDay } from '../../src/certificates/issue';

const course: CertificateCourse = {
  courseId: 'i-know-gender',
  href: '/courses/i-know-gender/',
  code: 'Security personnel course',
  title: 'I Know Gender for security personnel',
  lang: 'en',
  edition: 'Gender Lens 2026',
  contentVersion: '2026.1',
  statement: 'has completed',
  disclaimer: null,
  scoredActivityIds: ['final'],
  outline: {
    courseId: 'i-know-gender',
    title: 'I Know Gender',
    rule: { sections: 'all', activities: [], assessment: 'final' },
    requiredSectionIds: ['m1', 'm2'],
    sections: [],
    activities: [],
    assessment: null,
  },
};
const attempt = (score: number, passed: boolean, finishedAt: number) => ({
  activityId: 'final',
  score,
  maxScore: 20,
  passed,
  finishedAt,
});
const DAY = Date.UTC(2026, 10, 20, 12);

describe('draftCertificate', () => {
  it('uses the best assessment score and the day it was passed', () => {
    const draft = draftCertificate(
      course,
      { seen: ['m1', 'm2'], attempts: [attempt(15, false, DAY - 86_400_000), attempt(19, true, DAY)] },
      '  Amina   Diallo ',
      'f'.repeat(32),
      DAY + 5 * 86_400_000,
      'fr',
    );
    expect(draft).toEqual({
      ok: true,
      fields: {
        id: 'f'.repeat(32),
        courseId: 'i-know-gender',
        // Written as French writes it: a no-break space before the colon.
        courseTitle: 'Security personnel course\u00a0: I Know Gender for security personnel',
        edition: 'Gender Lens 2026',
        learnerName: 'Amina Diallo',
        completedOn: isoDay(DAY),
        score: 95,
        contentVersion: '2026.1',
        language: 'fr',
      },
    });
  });

  it('refuses an incomplete course, an empty name and an over-long one', () => {
    const learner = { seen: ['m1'], attempts: [attempt(20, true, DAY)] };
    expect(draftCertificate(course, learner, 'A', 'x', DAY, 'en')).toEqual({ ok: false, problem: 'incomplete' });
    const done = { seen: ['m1', 'm2'], attempts: [attempt(20, true, DAY)] };
    expect(draftCertificate(course, done, '   ', 'x', DAY, 'en')).toEqual({ ok: false, problem: 'name-missing' });
    expect(draftCertificate(course, done, 'ع'.repeat(200), 'x', DAY, 'ar').ok).toBe(true);
    expect(draftCertificate(course, done, 'ع'.repeat(201), 'x', DAY, 'ar')).toEqual({
      ok: false,
      problem: 'name-too-long',
    });
  });

  it('has no score when the course has nothing scored', () => {
    const unscored = {
      ...course,
      scoredActivityIds: [],
      outline: { ...course.outline, rule: { ...course.outline.rule, assessment: null } },
    };
    const draft = draftCertificate(unscored, { seen: ['m1', 'm2'], attempts: [] }, 'A', 'x', DAY, 'en');
    expect(draft.ok && draft.fields.score).toBeNull();
  });
});
