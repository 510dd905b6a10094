import { describe, expect, it } from 'vitest';
import { attemptRules, drawOf, formSize } from '../../../src/catalog/assessment-plan';
import { AssessmentPlanSchema } from '../../../src/schemas/course';

const plan = (over: object = {}) =>
  AssessmentPlanSchema.parse({
    blueprint: [
      { module: 'first', outcome: 1, questions: 3, applyPercent: 33 },
      { module: 'second', outcome: 2, questions: 6, applyPercent: 66 },
    ],
    ...over,
  });

describe('the assessment plan a learner reads before starting', () => {
  it('says how many questions a form has and how many of each cell are apply questions', () => {
    expect(formSize(plan())).toBe(9);
    expect(formSize(undefined)).toBeNull();
    expect(drawOf(plan())).toEqual({
      cells: [
        { group: 'first', outcome: 1, count: 3, apply: 1 },
        { group: 'second', outcome: 2, count: 6, apply: 4 },
      ],
    });
  });

  it('states the attempt rules in one sentence, with no limits by default', () => {
    expect(attemptRules(plan())).toBe('Attempts are unlimited.');
    expect(attemptRules(plan({ maxAttempts: 3 }))).toBe('You have at most 3 attempts.');
    expect(attemptRules(plan({ maxAttempts: 1, waitMinutes: 60 }))).toBe(
      'You have at most 1 attempt, and you wait 1 hour after finishing one before starting the next.',
    );
    expect(attemptRules(plan({ waitMinutes: 2880 }))).toBe(
      'Attempts are unlimited, and you wait 2 days after finishing one before starting the next.',
    );
    expect(attemptRules(plan({ waitMinutes: 45 }))).toContain('you wait 45 minutes');
  });

  it('states them in the page’s language, each with its own plural forms', () => {
    expect(attemptRules(plan({ maxAttempts: 1, waitMinutes: 1440 }), 'fr')).toBe(
      'Vous avez droit à 1 tentative au plus, et vous attendez 1 jour après en avoir terminé une avant de commencer la suivante.',
    );
    expect(attemptRules(plan({ maxAttempts: 3, waitMinutes: 120 }), 'fr')).toBe(
      'Vous avez droit à 3 tentatives au plus, et vous attendez 2 heures après en avoir terminé une avant de commencer la suivante.',
    );
    expect(attemptRules(plan(), 'fr')).toBe('Le nombre de tentatives est illimité.');
    expect(attemptRules(plan({ maxAttempts: 2, waitMinutes: 2880 }), 'ar')).toBe(
      'يُسمح بمحاولتين على الأكثر، ويلزم الانتظار مدة يومين بعد إنهاء أي محاولة قبل بدء المحاولة التالية.',
    );
    expect(attemptRules(plan({ maxAttempts: 1 }), 'ar')).toBe('يُسمح بمحاولة واحدة فقط.');
    expect(attemptRules(undefined, 'ar')).toBe('عدد المحاولات غير محدود.');
  });
});
