import { readFileSync } from 'node:fs';
import { getCollection, type CollectionEntry } from 'astro:content';
import type { Activity } from '../schemas/activity';
import type { Course } from '../schemas/course';
import type { GlossaryEntry } from '../schemas/glossary';
import type { SectionData } from '../schemas/section';
import { createMarkdown, createTermIndex, headingIdsIn } from '../render/markdown';
import { renderSection, type RenderedSection } from '../render/section';
import { LANGUAGES, type Language } from '../i18n/languages';
import { activityMessages } from '../i18n/messages/activity';
import { contentDir } from './content-dir';
import { assertIntegrity, type Filed } from './integrity';
import { pathsIn } from './paths';
import {
  loadTranslations,
  translationSummary,
  type LanguageContent,
  type TranslationState,
  type TranslationStatus,
} from './translations';

/**
 * Whether a view shows its English source, a translation (current, or made from an older English),
 * or the English because its translation is missing.
 */
export type ContentState = 'source' | TranslationState | 'missing';

export interface SectionView {
  data: SectionData;
  file: string;
  rendered: RenderedSection;
  href: string;
  /** The language the section's words are in: the page's, or English where its translation is missing. */
  contentLanguage: Language;
  state: ContentState;
}

export interface CourseView {
  data: Course;
  file: string;
  /** Sections in course order. */
  sections: SectionView[];
  /** Sections the completion rule requires. */
  requiredSectionIds: string[];
  href: string;
  /** The language of the pages this view builds. */
  lang: Language;
  contentLanguage: Language;
  state: ContentState;
}

/** A glossary entry in a page's language, or in English where its translation is missing. */
export interface GlossaryView {
  entry: GlossaryEntry;
  contentLanguage: Language;
  state: ContentState;
}

/** The site's content as one language's pages show it. */
export interface LocalCatalog {
  lang: Language;
  courses: CourseView[];
  /** Each activity in the language, or in English where its translation is missing. */
  activities: Map<string, Activity>;
  activityStates: Map<string, ContentState>;
  /** In the language's alphabetical order of terms. */
  glossary: GlossaryView[];
  /** Renders Markdown from content fields (activity instructions, summaries) with this language's glossary links. */
  markdown: (text: string) => string;
}

export interface Catalog {
  /** The English site, which every other language's is built from. */
  courses: CourseView[];
  activities: Map<string, Activity>;
  glossary: GlossaryEntry[];
  /** Renders Markdown from content fields (activity instructions, summaries) with glossary links. */
  markdown: (text: string) => string;
  /** Every language's view, English included. */
  languages: Map<Language, LocalCatalog>;
  /** Every English file (and glossary entry) in every language: current, outdated or missing. */
  translationStatus: TranslationStatus[];
}

/** The heading ids of a section's English page, which its translations reuse so a place keeps its address. */
function englishHeadingIds(
  english: LocalCatalog | undefined,
  courseId: string,
  sectionId: string,
): string[] | undefined {
  const section = english?.courses.find((c) => c.data.id === courseId)?.sections.find((s) => s.data.id === sectionId);
  if (!section) return undefined;
  return headingIdsIn(section.rendered.segments.map((s) => (s.type === 'html' ? s.html : '')).join(''));
}

/** A translated quiz's true-or-false options in its language (the schema names them in English). */
function withTrueFalseIn(lang: Language, activity: Activity): Activity {
  if (activity.kind !== 'quiz') return activity;
  const m = activityMessages[lang];
  return {
    ...activity,
    questions: activity.questions.map((q) =>
      q.type === 'true-false'
        ? { ...q, options: q.options.map((o) => ({ ...o, text: o.id === 'true' ? m.true : m.false })) }
        : q,
    ),
  };
}

/** Line on which a Markdown body starts in its file, so errors point at the file's own lines. */
function bodyFirstLine(file: string, body: string): number {
  try {
    const raw = readFileSync(file, 'utf8');
    const at = raw.indexOf(body);
    return at < 0 ? 1 : raw.slice(0, at).split('\n').length;
  } catch {
    return 1;
  }
}

function filed<T>(entry: { filePath?: string; id: string; data: T }): Filed<T> {
  return { file: entry.filePath ?? entry.id, data: entry.data };
}

async function loadCatalog(): Promise<Catalog> {
  const [courseEntries, sectionEntries, activityEntries, glossaryEntries] = await Promise.all([
    getCollection('courses'),
    getCollection('sections'),
    getCollection('activities'),
    getCollection('glossary'),
  ]);
  const content = {
    courses: courseEntries.map(filed),
    sections: sectionEntries.map(filed),
    activities: activityEntries.map(filed),
    glossary: glossaryEntries.map(filed),
  };
  assertIntegrity(content);

  const englishGlossary = content.glossary.map((g) => g.data);
  const englishActivities = new Map(content.activities.map((a) => [a.data.id, a.data]));
  const activityIds = new Set(englishActivities.keys());
  /** One language's view; translated content where there is some, English where not. */
  function localCatalog(lang: Language, translated?: LanguageContent, source?: LocalCatalog): LocalCatalog {
    const local = pathsIn(lang);
    const stateOf = (found: { state: TranslationState } | undefined): ContentState =>
      lang === 'en' ? 'source' : (found?.state ?? 'missing');
    const glossary = englishGlossary
      .map((entry): GlossaryView => {
        const found = translated?.glossary.get(entry.id);
        return { entry: found?.data ?? entry, contentLanguage: found ? lang : 'en', state: stateOf(found) };
      })
      .sort((a, b) => a.entry.term.localeCompare(b.entry.term, lang));
    const terms = createTermIndex(
      glossary.map((g) => g.entry),
      (id) => local.glossary(id),
    );
    const activities = new Map(
      [...englishActivities].map(([id, activity]) => {
        const found = translated?.activities.get(id)?.data;
        return [id, found ? withTrueFalseIn(lang, found) : activity];
      }),
    );
    const activityStates = new Map(
      [...englishActivities.keys()].map((id) => [id, stateOf(translated?.activities.get(id))]),
    );
    const courses = courseEntries
      .map((entry: CollectionEntry<'courses'>): CourseView => {
        const english = entry.data;
        const course = translated?.courses.get(english.id);
        const data = course?.data ?? english;
        const sections = sectionEntries
          .filter((s) => s.data.course === english.id)
          .sort((a, b) => a.data.order - b.data.order)
          .map((s): SectionView => {
            const found = translated?.sections.get(`${english.id}/${s.data.id}`);
            const file = found?.file ?? s.filePath ?? s.id;
            const body = found?.body ?? s.body ?? '';
            return {
              data: found?.data ?? s.data,
              file,
              // A translated section renders (and fails the build on a broken link) as the English does.
              rendered: renderSection(body, {
                file,
                firstLine: found?.firstLine ?? bodyFirstLine(file, body),
                terms,
                activityIds,
                deck: data.deck,
                lang,
                headingIds: found ? englishHeadingIds(source, s.data.course, s.data.id) : undefined,
                englishHref: found ? pathsIn('en').section(english.id, s.data.id) : undefined,
              }),
              href: local.section(english.id, s.data.id),
              contentLanguage: found ? lang : 'en',
              state: stateOf(found),
            };
          });
        const rule = english.completion.sections;
        return {
          data,
          file: course?.file ?? entry.filePath ?? entry.id,
          sections,
          requiredSectionIds: rule === 'all' ? sections.filter((s) => !s.data.optional).map((s) => s.data.id) : rule,
          href: local.course(english.id),
          lang,
          contentLanguage: course ? lang : 'en',
          state: stateOf(course),
        };
      })
      .sort((a, b) => a.data.title.localeCompare(b.data.title, lang));
    return { lang, courses, activities, activityStates, glossary, markdown: createMarkdown(terms, lang) };
  }

  // The English first, so a mistake in it is reported as itself, not as a translation that no longer matches.
  const english = localCatalog('en');
  const { languages: translations, status } = loadTranslations(contentDir());
  const languages = new Map(
    LANGUAGES.map((lang) => [lang, lang === 'en' ? english : localCatalog(lang, translations.get(lang), english)]),
  );
  for (const line of translationSummary(status)) console.info(`[translations] ${line}`);
  return {
    courses: english.courses,
    activities: english.activities,
    glossary: english.glossary.map((g) => g.entry),
    markdown: english.markdown,
    languages,
    translationStatus: status,
  };
}

let catalog: Promise<Catalog> | undefined;

/** The validated, rendered content of the whole site; built once per build and shared by every page. */
export function getCatalog(): Promise<Catalog> {
  catalog ??= loadCatalog();
  return catalog;
}

export async function getCourse(courseId: string): Promise<CourseView> {
  const course = (await getCatalog()).courses.find((c) => c.data.id === courseId);
  if (!course) throw new Error(`No course "${courseId}"`);
  return course;
}

/** The language an activity's words are in on the catalogue's pages: English where its translation is missing. */
export function activityLanguage(catalog: LocalCatalog, activityId: string): Language {
  return catalog.activityStates.get(activityId) === 'missing' ? 'en' : catalog.lang;
}

/** The site's content as the pages of one language show it. */
export async function getLocalCatalog(lang: Language): Promise<LocalCatalog> {
  return (await getCatalog()).languages.get(lang)!;
}
