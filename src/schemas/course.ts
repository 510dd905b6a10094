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
export type CompletionRule = z.output<typeof CompletionRuleSchema>;
