import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import type { z } from 'astro/zod';
import { citationsIn } from '../library/cite';
import { splitBlocks, type Block } from '../render/blocks';
import { ContentError } from '../render/content-error';
import { ActivitySchema, type Activity } from '../schemas/activity';
import { CourseSchema, type Course } from '../schemas/course';
import { GlossaryEntrySchema, type GlossaryEntry } from '../schemas/glossary';
import { SectionSchema, type SectionData } from '../schemas/section';
import { isTranslatedLanguage, TRANSLATED_LANGUAGES, type TranslatedLanguage } from '../i18n/languages';

/**
 * Translations sit beside their English source (`04-definitions.fr.md`, `sex-or-gender.fr.yaml`,
 * `glossary.fr.yaml`) and say which version of it they translate (`translates:`). They are read
 * here, not as content collections, because checking one means comparing it with its source's raw
 * text: every id, number and citation must be the English's, and the version is a hash of the
 * English file. The format: docs/content-format.md, "Translations".
 */

/** A translation is current while its source is the version it says it translates. */
export type TranslationState = 'current' | 'outdated';

export interface Translated<T> {
  /** The translation's file, relative to the project. */
  file: string;
  /** The English file (and glossary entry) it translates. */
  source: string;
  state: TranslationState;
  data: T;
}

export interface TranslatedSection extends Translated<SectionData> {
  body: string;
  /** Line of the file on which the body starts, for error messages. */
  firstLine: number;
}

/** One language's translated content, keyed as the English is. */
export interface LanguageContent {
  lang: TranslatedLanguage;
  /** By course id. */
  courses: Map<string, Translated<Course>>;
  /** By `<course id>/<section id>`. */
  sections: Map<string, TranslatedSection>;
  /** By activity id. */
  activities: Map<string, Translated<Activity>>;
  /** By glossary entry id; entries without a translation are not here. */
  glossary: Map<string, Translated<GlossaryEntry>>;
}

/** What `npm run translations` and the build print: every source, per language, and its state. */
export interface TranslationStatus {
  lang: TranslatedLanguage;
  /** The English file, with `#<entry id>` for a glossary entry. */
  source: string;
  file: string | null;
  state: TranslationState | 'missing';
  /** The source's current version, the value `translates:` must hold. */
  version: string;
}

export interface Translations {
  languages: Map<TranslatedLanguage, LanguageContent>;
  status: TranslationStatus[];
}

/** Fields that are ids, numbers, rules or citations: a translation keeps them exactly as the English. */
const FIXED_FIELDS = new Set([
  'id',
  'course',
  'order',
  'minutes',
  'optional',
  'kind',
  'type',
  'category',
  'correct',
  'answer',
  'group',
  'level',
  'outcome',
  'duties',
  'passPercent',
  'sources',
  'source',
  'related',
  'code',
  'edition',
  'contentVersion',
  'completion',
  'assessment',
]);

const VERSION = /^[0-9a-f]{12}$/;
const TRANSLATION_FILE = /^(.+)\.([a-z]{2})\.(md|yaml)$/;
const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/;

/** Whether a content file's name marks it as a translation (`04-definitions.fr.md`), not a source. */
export function isTranslationFile(name: string): boolean {
  return TRANSLATION_FILE.test(name);
}

/** The version of an English file (or glossary entry) a translation names in `translates:`. */
export function sourceVersion(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 12);
}

function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'list';
  return typeof value === 'object' ? 'mapping' : typeof value;
}

function itemName(item: unknown, index: number): string {
  const id = (item as { id?: unknown } | null)?.id;
  return typeof id === 'string' ? `[${id}]` : `[${index}]`;
}

/**
 * The first place where a translation's structure departs from its source's, in words an author can
 * act on, or null. Text may differ; every fixed field, list length, key and non-text value may not.
 */
export function structureDifference(source: unknown, translation: unknown, path = ''): string | null {
  const field = path.split('.').at(-1)?.replace(/\[.*$/, '') ?? '';
  if (FIXED_FIELDS.has(field)) {
    return JSON.stringify(source) === JSON.stringify(translation)
      ? null
      : `${path}: must stay ${JSON.stringify(source)} as in the English (it is an id, a number or a citation, not words)`;
  }
  if (kindOf(source) !== kindOf(translation)) {
    return `${path || 'the file'}: is a ${kindOf(translation)} where the English has a ${kindOf(source)}`;
  }
  // Other wordings of a glossary term are words: a language has as many as it uses.
  if (field === 'aliases' && Array.isArray(translation) && translation.every((a) => typeof a === 'string')) return null;
  if (Array.isArray(source) && Array.isArray(translation)) {
    if (source.length !== translation.length) {
      return `${path}: has ${translation.length} items where the English has ${source.length}`;
    }
    for (const [index, item] of source.entries()) {
      const found = structureDifference(item, translation[index], `${path}${itemName(item, index)}`);
      if (found) return found;
    }
    return null;
  }
  if (kindOf(source) === 'mapping') {
    const s = source as Record<string, unknown>;
    const t = translation as Record<string, unknown>;
    const at = (key: string) => (path ? `${path}.${key}` : key);
    for (const key of Object.keys(s)) {
      if (!(key in t)) return `${at(key)}: missing (the English has it)`;
      const found = structureDifference(s[key], t[key], at(key));
      if (found) return found;
    }
    const extra = Object.keys(t).find((key) => !(key in s));
    return extra ? `${at(extra)}: is not in the English` : null;
  }
  if (typeof source === 'string') return null;
  return source === translation ? null : `${path}: must stay ${JSON.stringify(source)} as in the English`;
}

/** A block as the translation must repeat it: its kind and its number or activity id, not its words. */
function blockSignature(block: Block): string {
  switch (block.kind) {
    case 'slide':
    case 'key-message':
      return `::: ${block.kind} ${block.number}`;
    case 'activity':
      return `::: activity ${block.id}`;
    default:
      return `::: ${block.kind}`;
  }
}

function bodyDifference(source: string, translation: string, file: string, firstLine: number): string | null {
  const signatures = (text: string, name: string, line: number) =>
    splitBlocks(text, name, line)
      .filter((b) => b.kind !== 'markdown')
      .map(blockSignature);
  const want = signatures(source, file, 1);
  const have = signatures(translation, file, firstLine);
  for (let i = 0; i < Math.max(want.length, have.length); i += 1) {
    if (want[i] !== have[i]) {
      return `block ${i + 1} is ${have[i] ? `"${have[i]}"` : 'missing'} where the English has ${want[i] ? `"${want[i]}"` : 'no more blocks'}`;
    }
  }
  // Headings keep their English ids in order (a place has one address in every language).
  const headings = (text: string) => (text.match(/^#{2,6} /gm) ?? []).length;
  if (headings(source) !== headings(translation)) {
    return `has ${headings(translation)} headings where the English has ${headings(source)}; a translation keeps every heading`;
  }
  const cited = new Set(citationsIn(translation));
  const lost = [...new Set(citationsIn(source))].filter((c) => !cited.has(c));
  return lost.length > 0 ? `the English cites ${lost.join(', ')}; the translation must keep every citation` : null;
}

function splitTranslates(raw: unknown): { translates: unknown; rest: unknown } {
  if (kindOf(raw) !== 'mapping') return { translates: undefined, rest: raw };
  const { translates, ...rest } = raw as Record<string, unknown>;
  return { translates, rest };
}

function lineOf(text: string, at: number): number {
  return text.slice(0, at).split('\n').length;
}

/**
 * Reads every translation under a content folder, checks each against its English source, and lists
 * the state of every source in every language. Throws once, listing every problem, when a
 * translation's structure, version or fields are wrong.
 */
export function loadTranslations(contentDir: string, cwd = process.cwd()): Translations {
  const problems: ContentError[] = [];
  const status: TranslationStatus[] = [];
  const languages = new Map<TranslatedLanguage, LanguageContent>(
    TRANSLATED_LANGUAGES.map((lang) => [
      lang,
      { lang, courses: new Map(), sections: new Map(), activities: new Map(), glossary: new Map() },
    ]),
  );
  const rel = (file: string) => relative(cwd, file);
  const fail = (file: string, problem: string): null => {
    problems.push(new ContentError(rel(file), problem));
    return null;
  };

  /**
   * The checks every translated file (or glossary entry, named by `where`) shares; returns the
   * translation without `translates`, parsed by the English's schema.
   */
  function checked<T>(
    file: string,
    version: string,
    sourceRaw: unknown,
    raw: unknown,
    schema: z.ZodType<T, z.ZodTypeDef, unknown>,
    where = '',
  ): { data: T; state: TranslationState } | null {
    const { translates, rest } = splitTranslates(raw);
    if (typeof translates !== 'string' || !VERSION.test(translates)) {
      return fail(
        file,
        `${where}translates: must be the English version it translates, 12 hex digits (now ${version})`,
      );
    }
    const difference = structureDifference(sourceRaw, rest);
    if (difference) return fail(file, `${where}${difference}`);
    const parsed = schema.safeParse(rest);
    if (!parsed.success) {
      return fail(file, `${where}${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
    }
    return { data: parsed.data, state: translates === version ? 'current' : 'outdated' };
  }

  function translationsOf(folder: string, sourceName: string): Map<TranslatedLanguage, string> {
    const found = new Map<TranslatedLanguage, string>();
    const dot = sourceName.lastIndexOf('.');
    const [stem, ext] = [sourceName.slice(0, dot), sourceName.slice(dot + 1)];
    for (const lang of TRANSLATED_LANGUAGES) {
      const file = join(folder, `${stem}.${lang}.${ext}`);
      if (existsSync(file)) found.set(lang, file);
    }
    return found;
  }

  function eachLanguage(
    source: string,
    version: string,
    files: Map<TranslatedLanguage, string>,
    read: (lang: TranslatedLanguage, file: string) => TranslationState | null,
  ) {
    for (const lang of TRANSLATED_LANGUAGES) {
      const file = files.get(lang);
      const state = file ? read(lang, file) : 'missing';
      if (state) status.push({ lang, source: rel(source), file: file ? rel(file) : null, state, version });
    }
  }

  // A translation must have a source, and its language must be one the site has.
  const folders = [join(contentDir, 'activities'), contentDir];
  const coursesDir = join(contentDir, 'courses');
  if (existsSync(coursesDir)) folders.push(...readdirSync(coursesDir).map((c) => join(coursesDir, c)));
  for (const folder of folders.filter((f) => existsSync(f))) {
    for (const name of readdirSync(folder)) {
      const match = TRANSLATION_FILE.exec(name);
      if (!match) continue;
      const [, stem, lang, ext] = match as unknown as [string, string, string, string];
      if (!isTranslatedLanguage(lang)) {
        fail(join(folder, name), `"${lang}" is not a language of the site (${TRANSLATED_LANGUAGES.join(', ')})`);
      } else if (!existsSync(join(folder, `${stem}.${ext}`))) {
        fail(join(folder, name), `translates nothing: there is no ${stem}.${ext} beside it`);
      }
    }
  }

  for (const course of existsSync(coursesDir) ? readdirSync(coursesDir) : []) {
    const folder = join(coursesDir, course);
    const courseFile = join(folder, 'course.yaml');
    if (existsSync(courseFile)) {
      const text = readFileSync(courseFile, 'utf8');
      const version = sourceVersion(text);
      eachLanguage(courseFile, version, translationsOf(folder, 'course.yaml'), (lang, file) => {
        const ok = checked(file, version, parse(text), parse(readFileSync(file, 'utf8')), CourseSchema);
        if (!ok) return null;
        languages.get(lang)?.courses.set(ok.data.id, { file: rel(file), source: rel(courseFile), ...ok });
        return ok.state;
      });
    }
    for (const name of readdirSync(folder).filter((n) => /^[0-9].*\.md$/.test(n) && !isTranslationFile(n))) {
      const sourceFile = join(folder, name);
      const text = readFileSync(sourceFile, 'utf8');
      const version = sourceVersion(text);
      const sourceFront = FRONTMATTER.exec(text);
      if (!sourceFront) continue; // the build's own section loader reports a section without frontmatter
      eachLanguage(sourceFile, version, translationsOf(folder, name), (lang, file) => {
        const translated = readFileSync(file, 'utf8');
        const front = FRONTMATTER.exec(translated);
        if (!front) return fail(file, 'has no frontmatter (--- … ---) like its English');
        const ok = checked(file, version, parse(sourceFront[1] ?? ''), parse(front[1] ?? ''), SectionSchema);
        if (!ok) return null;
        const body = translated.slice(front[0].length);
        const firstLine = lineOf(translated, front[0].length);
        let difference: string | null;
        try {
          difference = bodyDifference(text.slice(sourceFront[0].length), body, rel(file), firstLine);
        } catch (error) {
          if (!(error instanceof ContentError)) throw error;
          problems.push(error);
          return null;
        }
        if (difference) return fail(file, difference);
        languages.get(lang)?.sections.set(`${ok.data.course}/${ok.data.id}`, {
          file: rel(file),
          source: rel(sourceFile),
          ...ok,
          body,
          firstLine,
        });
        return ok.state;
      });
    }
  }

  const activitiesDir = join(contentDir, 'activities');
  for (const name of existsSync(activitiesDir)
    ? readdirSync(activitiesDir).filter((n) => n.endsWith('.yaml') && !isTranslationFile(n))
    : []) {
    const sourceFile = join(activitiesDir, name);
    const text = readFileSync(sourceFile, 'utf8');
    const version = sourceVersion(text);
    eachLanguage(sourceFile, version, translationsOf(activitiesDir, name), (lang, file) => {
      const ok = checked(file, version, parse(text), parse(readFileSync(file, 'utf8')), ActivitySchema);
      if (!ok) return null;
      languages.get(lang)?.activities.set(ok.data.id, { file: rel(file), source: rel(sourceFile), ...ok });
      return ok.state;
    });
  }

  const glossaryFile = join(contentDir, 'glossary.yaml');
  if (existsSync(glossaryFile)) {
    const sourceEntries = parse(readFileSync(glossaryFile, 'utf8')) as { id: string }[];
    const byId = new Map(sourceEntries.map((e) => [e.id, e]));
    const translatedFiles = translationsOf(contentDir, 'glossary.yaml');
    const entriesByLanguage = new Map<TranslatedLanguage, Map<string, unknown>>();
    for (const [lang, file] of translatedFiles) {
      const raw: unknown = parse(readFileSync(file, 'utf8'));
      if (!Array.isArray(raw)) {
        fail(file, 'must be a list of glossary entries, as glossary.yaml is');
        continue;
      }
      const entries = new Map<string, unknown>();
      for (const [index, entry] of raw.entries()) {
        const id = (entry as { id?: unknown } | null)?.id;
        if (typeof id !== 'string' || !byId.has(id)) {
          fail(file, `entry ${index + 1}: id ${JSON.stringify(id)} is not an entry of glossary.yaml`);
        } else entries.set(id, entry);
      }
      entriesByLanguage.set(lang, entries);
    }
    for (const sourceEntry of sourceEntries) {
      const version = sourceVersion(JSON.stringify(sourceEntry));
      const files = new Map([...translatedFiles].filter(([lang]) => entriesByLanguage.get(lang)?.has(sourceEntry.id)));
      eachLanguage(`${glossaryFile}#${sourceEntry.id}`, version, files, (lang, file) => {
        const raw = entriesByLanguage.get(lang)?.get(sourceEntry.id);
        const ok = checked(file, version, sourceEntry, raw, GlossaryEntrySchema, `entry "${sourceEntry.id}": `);
        if (!ok) return null;
        languages.get(lang)?.glossary.set(sourceEntry.id, {
          file: rel(file),
          source: `${rel(glossaryFile)}#${sourceEntry.id}`,
          ...ok,
        });
        return ok.state;
      });
    }
  }

  if (problems.length > 0) {
    throw new Error(
      `Translations have ${problems.length} problem(s):\n${problems.map((p) => `  - ${p.message}`).join('\n')}`,
    );
  }
  return { languages, status };
}

/** The lines the build and `npm run translations` print: per language, what is outdated or missing. */
export function translationSummary(status: readonly TranslationStatus[]): string[] {
  return TRANSLATED_LANGUAGES.map((lang) => {
    const mine = status.filter((s) => s.lang === lang);
    const count = (state: TranslationStatus['state']) => mine.filter((s) => s.state === state).length;
    return `${lang}: ${count('current')} of ${mine.length} translated and current, ${count('outdated')} outdated, ${count('missing')} not translated (shown in English)`;
  });
}
