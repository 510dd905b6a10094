import type { CompletionRule } from '../schemas/course';
import { scorePercent } from './course';

/** What the completion rule needs to know about a course's content. */
export interface CourseOutline {
  rule: CompletionRule;
  /** Sections the rule requires, in course order. */
  requiredSectionIds: string[];
}

/** What the completion rule needs to know about the learner (from storage). */
export interface LearnerRecord {
  seen: readonly string[];
  attempts: readonly { activityId: string; passed: boolean; score: number; maxScore: number }[];
}

export interface CourseStatus {
  complete: boolean;
  sections: { seen: number; total: number; missing: string[] };
  activities: { done: string[]; missing: string[] };
  /** Null when the course has no assessment. */
  assessment: {
    id: string;
    /** Opens once every required section has been seen. */
    open: boolean;
    passed: boolean;
    /** Best score so far, as a whole percentage; null before any attempt. */
    bestPercent: number | null;
    attempts: number;
  } | null;
}

/**
 * The one rule for every course: required sections seen, required activities passed, and the
 * assessment (if any) passed. Ids the learner saved that the content no longer has are ignored, so
 * a changed course never counts a removed section and always asks for an added one.
 */
export function courseStatus(outline: CourseOutline, learner: LearnerRecord): CourseStatus {
  const seen = new Set(learner.seen);
  const missingSections = outline.requiredSectionIds.filter((id) => !seen.has(id));
  const passedActivities = new Set(learner.attempts.filter((a) => a.passed).map((a) => a.activityId));
  const done = outline.rule.activities.filter((id) => passedActivities.has(id));
  const missingActivities = outline.rule.activities.filter((id) => !passedActivities.has(id));

  let assessment: CourseStatus['assessment'] = null;
  const assessmentId = outline.rule.assessment;
  if (assessmentId) {
    const attempts = learner.attempts.filter((a) => a.activityId === assessmentId);
    assessment = {
      id: assessmentId,
      open: missingSections.length === 0,
      passed: attempts.some((a) => a.passed),
      bestPercent: attempts.length === 0 ? null : Math.max(...attempts.map((a) => scorePercent(a.score, a.maxScore))),
      attempts: attempts.length,
    };
  }
  return {
    complete: missingSections.length === 0 && missingActivities.length === 0 && (assessment?.passed ?? true),
    sections: {
      seen: outline.requiredSectionIds.length - missingSections.length,
      total: outline.requiredSectionIds.length,
      missing: missingSections,
    },
    activities: { done, missing: missingActivities },
    assessment,
  };
}
