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

const minutes = (n: number) =>
  n % 1440 === 0
    ? `${n / 1440} day${n === 1440 ? '' : 's'}`
    : n % 60 === 0
      ? `${n / 60} hour${n === 60 ? '' : 's'}`
      : `${n} minutes`;

/** One sentence a learner reads before starting: how many attempts, and how long between them. */
export function attemptRules(plan: AssessmentPlan | undefined): string {
  const max = plan?.maxAttempts ?? null;
  const wait = plan?.waitMinutes ?? null;
  const count = max === null ? 'Attempts are unlimited' : `You have at most ${max} attempt${max === 1 ? '' : 's'}`;
  return wait === null
    ? `${count}.`
    : `${count}, and you wait ${minutes(wait)} after finishing one before starting the next.`;
}
