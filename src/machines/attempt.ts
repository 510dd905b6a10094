/** A finished attempt as its machine sees it: what the activity session stores as an attempt. */
export interface FinishedAttempt {
  score: number;
  maxScore: number;
  passed: boolean;
  /** What the learner answered, keyed by item or question id. */
  answers: Record<string, string[]>;
  /** Quizzes: per question, milliseconds from first shown to the learner's last change of answer. */
  latencyMs?: Record<string, number>;
  startedAt: number;
  finishedAt: number;
}
