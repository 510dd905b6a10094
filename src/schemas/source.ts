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

const lineCounts = new Map<SeedKey, number>();

/** Number of lines in a seed file, read once per process. */
export function seedLineCount(key: SeedKey): number {
  let count = lineCounts.get(key);
  if (count === undefined) {
    const text = readFileSync(join(seedsDir(), SEEDS[key].file), 'utf8');
    count = text.split('\n').length - (text.endsWith('\n') ? 1 : 0);
    lineCounts.set(key, count);
  }
  return count;
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

/** Human-readable citation such as "CPTM Lesson 2.7, lines 131–142". */
export function describeSource(value: string): string {
  const parsed = parseSource(value);
  if (typeof parsed === 'string') return value;
  const range = parsed.from === parsed.to ? `line ${parsed.from}` : `lines ${parsed.from}–${parsed.to}`;
  return `${SEEDS[parsed.seed].title}, ${range}`;
}
