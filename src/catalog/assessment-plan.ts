import type { Language } from '../i18n/languages';
import { pageMessages } from '../i18n/messages/pages';
import { applyCount, type AssessmentPlan } from '../schemas/course';

/** Questions in one form of the final assessment, or null when the quiz asks its whole bank. */
export function formSize(plan: AssessmentPlan | undefined): number | null {
  return plan ? plan.blueprint.reduce((sum, cell) => sum + cell.questions, 0) : null;
}

/** The draw the quiz machine takes: one cell per module and outcome, with its count of apply questions. */
export function drawOf(plan: AssessmentPlan | undefined) {
  return plan
    ? {
        cells: plan.blueprint.map((cell) => ({
          group: cell.module,
          outcome: cell.outcome,
          count: cell.questions,
          apply: applyCount(cell),
        })),
      }
    : null;
}

/** One sentence a learner reads before starting: how many attempts, and how long between them. */
export function attemptRules(plan: AssessmentPlan | undefined, lang: Language = 'en'): string {
  return pageMessages[lang].attemptRule(plan?.maxAttempts ?? null, plan?.waitMinutes ?? null);
}
