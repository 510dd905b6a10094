import { z } from 'astro/zod';
import { IdSchema, SourceSchema } from './source';

export const DefinitionSchema = z
  .object({
    /** The seed's own words (trimmed with … where needed). */
    text: z.string().min(1),
    /** The seed line(s) quoted. */
    source: SourceSchema,
  })
  .strict();

export const GlossaryEntrySchema = z
  .object({
    /** Stable id; the anchor on the glossary page and the target of `[[term|id]]` links. */
    id: IdSchema,
    /** The term as displayed. */
    term: z.string().min(1),
    /** Other lowercase wordings that `[[…]]` links may use for this entry. */
    aliases: z.array(z.string().min(1)).default([]),
    /** One definition per seed that defines the term. */
    definitions: z.array(DefinitionSchema).min(1),
    /** Where seeds differ or are silent, what the learner should know. */
    note: z.string().min(1).optional(),
    /** Ids of related entries. */
    related: z.array(IdSchema).default([]),
  })
  .strict();

export type GlossaryEntry = z.output<typeof GlossaryEntrySchema>;
