import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'astro/zod';

/** The seed documents content may cite, by the short key used in `sources`. */
export const SEEDS = {
  cptm: {
    file: 'cptm-2025-lesson-2.7-women-peace-security.txt',
    title: 'UN CPTM 2025, Lesson 2.7 “Women, Peace and Security”',
  },
  unsms: {
    file: 'unsms-policy-gender-considerations-in-security-management.txt',
    title: 'UNSMS Security Policy Manual, Chapter IV, Section M, “Gender Considerations in Security Management” (2016)',
  },
  undss: {
    file: 'undss-mainstreaming-gender.txt',
    title: 'UNDSS, “Mainstreaming gender into all policies & programmes”',
  },
  dpko: {
    file: 'dpko-dfs-policy-gender-responsive-peacekeeping-2018.txt',
    title: 'DPKO/DFS Policy “Gender Responsive United Nations Peacekeeping Operations” (2018)',
  },
  dpo: {
    file: 'dpo-gender-equality-wps-resource-package-2020.txt',
    title: 'DPO Gender Equality and Women, Peace and Security Resource Package (2020)',
  },
} as const;

export type SeedKey = keyof typeof SEEDS;

/** Where the seeds live; tests and fixture builds point elsewhere with GENDER_LENS_SEEDS. */
export function seedsDir(): string {
  return process.env.GENDER_LENS_SEEDS ?? join(process.cwd(), 'content', 'seeds');
}

const seedTexts = new Map<SeedKey, string[]>();

/** A seed file's lines (index 0 is line 1), read once per process. */
export function seedLines(key: SeedKey): string[] {
  let lines = seedTexts.get(key);
  if (lines === undefined) {
    const text = readFileSync(join(seedsDir(), SEEDS[key].file), 'utf8');
    lines = text.split('\n');
    if (text.endsWith('\n')) lines.pop();
    seedTexts.set(key, lines);
  }
  return lines;
}

/** Number of lines in a seed file. */
export function seedLineCount(key: SeedKey): number {
  return seedLines(key).length;
}

export interface SourceRef {
  seed: SeedKey;
  from: number;
  to: number;
}

const SOURCE_PATTERN = /^([a-z]+):(\d+)(?:-(\d+))?$/;

/** Parses `cptm:131-142` into its parts, or explains why it cannot. */
export function parseSource(value: string): SourceRef | string {
  const match = SOURCE_PATTERN.exec(value.trim());
  if (!match) return `"${value}" is not of the form seed:line or seed:first-last`;
  const [, seed = '', fromText, toText] = match;
  if (!(seed in SEEDS)) {
    return `"${value}" names an unknown seed "${seed}" (known: ${Object.keys(SEEDS).join(', ')})`;
  }
  const from = Number(fromText);
  const to = toText === undefined ? from : Number(toText);
  if (from < 1 || to < from) return `"${value}" has an empty or reversed line range`;
  const lines = seedLineCount(seed as SeedKey);
  if (to > lines) return `"${value}" points past the end of ${SEEDS[seed as SeedKey].file} (${lines} lines)`;
  // The library anchors lines with text; a citation that starts on a blank line points at nothing.
  if ((seedLines(seed as SeedKey)[from - 1] ?? '').trim() === '')
    return `"${value}" starts on line ${from} of ${SEEDS[seed as SeedKey].file}, which is blank: cite a line with text`;
  return { seed: seed as SeedKey, from, to };
}

/** A citation of seed lines, checked against the seed files: `cptm:140` or `cptm:131-142`. */
export const SourceSchema = z.string().superRefine((value, ctx) => {
  const parsed = parseSource(value);
  if (typeof parsed === 'string') ctx.addIssue({ code: z.ZodIssueCode.custom, message: parsed });
});

/** A non-empty list of citations. */
export const SourcesSchema = z.array(SourceSchema).min(1, 'cite at least one seed line');

/** Stable ids are what saved progress is keyed on: lowercase words joined by dashes. */
export const IdSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'use lowercase letters, digits and single dashes');
