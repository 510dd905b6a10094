import { z } from 'astro/zod';
import { IdSchema, SourcesSchema } from './source';

/** What a learner must do for a course to count as complete. */
export const CompletionRuleSchema = z
  .object({
    /** `all` (every section not marked optional) or the ids of the required sections. */
    sections: z.union([z.literal('all'), z.array(IdSchema).min(1)]).default('all'),
    /** Activities that must be finished: a sorting activity fully sorted, a quiz passed. */
    activities: z.array(IdSchema).default([]),
    /** A quiz activity whose pass is required; it opens once the required sections are seen. */
    assessment: IdSchema.nullable().default(null),
  })
  .strict();

/** One cell of an assessment blueprint: how many questions a form draws for a module and outcome. */
export const BlueprintCellSchema = z
  .object({
    /** Section (module) id; matches the questions' `group`. */
    module: IdSchema,
    /** Learning outcome, numbered from 1 in the order of `outcomes`; matches the questions' `outcome`. */
    outcome: z.number().int().positive(),
    /** Questions each form draws for this module and outcome. */
    questions: z.number().int().positive(),
    /** Share of those questions at `level: apply`, in percent (rounded up to whole questions). */
    applyPercent: z.number().min(0).max(100).default(0),
  })
  .strict();

/** A duty the assessment must test, and how many questions of the bank must test it. */
export const AssessedDutySchema = z
  .object({
    /** Id that questions list in their `duties`. */
    id: IdSchema,
    /** What the duty is, in a few words, for the content report. */
    label: z.string().min(1),
    /** Seed lines that state the duty. */
    sources: SourcesSchema,
    /** Fewest questions in the bank that must test it. */
    minQuestions: z.number().int().positive().default(2),
  })
  .strict();

/** How the course's final assessment draws its forms and how often a learner may sit it. */
export const AssessmentPlanSchema = z
  .object({
    /** Every form draws exactly these cells; the build fails when the bank cannot fill one. */
    blueprint: z.array(BlueprintCellSchema).min(1),
    /** Duties the bank must test (questions tag them with `duties`). */
    duties: z.array(AssessedDutySchema).default([]),
    /** Most attempts a learner may start; null: no limit. */
    maxAttempts: z.number().int().positive().nullable().default(null),
    /** Minutes a learner waits after a finished attempt before the next; null: no wait. */
    waitMinutes: z.number().int().positive().nullable().default(null),
  })
  .strict();

/** Number of `apply` questions a blueprint cell draws. */
export function applyCount(cell: Pick<BlueprintCell, 'questions' | 'applyPercent'>): number {
  return Math.ceil((cell.questions * cell.applyPercent) / 100 - 1e-9);
}

export const CourseSchema = z
  .object({
    /** Stable course id; equals the course's folder name. */
    id: IdSchema,
    /** Short code shown above the title, e.g. "CPTM Lesson 2.7". */
    code: z.string().min(1),
    /** Course title. */
    title: z.string().min(1),
    /** Edition printed on slides and certificates, e.g. "UN CPTM 2025". */
    edition: z.string().min(1),
    /** Version of this content; printed on certificates so a record names what was studied. */
    contentVersion: z.string().min(1),
    /** One-paragraph description for the catalogue. */
    summary: z.string().min(1),
    /** Who the course is for. */
    audience: z.string().min(1),
    /** The course aim. */
    aim: z.string().min(1),
    /** Minimum duration in minutes. */
    minutes: z.number().int().positive(),
    /** Learning outcomes, in order. */
    outcomes: z.array(z.string().min(1)).min(1),
    /** The final assessment's blueprint and attempt rules (needs `completion.assessment`). */
    assessment: AssessmentPlanSchema.optional(),
    /** Optional framing shown on the course page and certificate (what the course is and is not). */
    disclaimer: z.string().min(1).optional(),
    /** Completion rule; defaults to "every required section seen". */
    completion: CompletionRuleSchema.default({}),
    /** Certificate wording. */
    certificate: z
      .object({
        /** Sentence between the learner's name and the course title, e.g. "has completed". */
        statement: z.string().min(1),
      })
      .strict(),
    /** Slide-deck frame: present when the course has slides. */
    deck: z
      .object({
        /** Header line shown on every slide. */
        header: z.string().min(1),
        /** Footer prefix, followed by "Slide N". */
        footer: z.string().min(1),
      })
      .strict()
      .optional(),
    /** Seed lines the course metadata comes from. */
    sources: SourcesSchema,
  })
  .strict();

export type Course = z.output<typeof CourseSchema>;
export type BlueprintCell = z.output<typeof BlueprintCellSchema>;
export type AssessmentPlan = z.output<typeof AssessmentPlanSchema>;
export type CompletionRule = z.output<typeof CompletionRuleSchema>;
