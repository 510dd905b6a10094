import { z } from 'astro/zod';
import { IdSchema, SourcesSchema } from './source';

/** Frontmatter of a section (lesson page or module) Markdown file. */
export const SectionSchema = z
  .object({
    /** Stable id, unique within its course; progress is keyed on it. */
    id: IdSchema,
    /** Id of the course the section belongs to (its folder). */
    course: IdSchema,
    /** Position in the course; unique within the course. */
    order: z.number().int().nonnegative(),
    /** Section title, the page's h1. */
    title: z.string().min(1),
    /** Reading time in minutes, shown to the learner. */
    minutes: z.number().int().positive().optional(),
    /** Learning objectives listed at the top of the section. */
    objectives: z.array(z.string().min(1)).default([]),
    /** Optional sections do not count towards completion. Default false. */
    optional: z.boolean().default(false),
    /** Seed lines the section reproduces. */
    sources: SourcesSchema,
  })
  .strict();

export type SectionData = z.output<typeof SectionSchema>;
