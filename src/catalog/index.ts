import { readFileSync } from 'node:fs';
import { getCollection, type CollectionEntry } from 'astro:content';
import type { Activity } from '../schemas/activity';
import type { Course } from '../schemas/course';
import type { GlossaryEntry } from '../schemas/glossary';
import type { SectionData } from '../schemas/section';
import { createMarkdown, createTermIndex } from '../render/markdown';
import { renderSection, type RenderedSection } from '../render/section';
import type { TranslatedLanguage } from '../i18n/languages';
import { contentDir } from './content-dir';
import { assertIntegrity, type Filed } from './integrity';
import { paths } from './paths';
import {
  loadTranslations,
  translationSummary,
  type LanguageContent,
  type TranslatedSection,
  type TranslationStatus,
} from './translations';

export interface SectionView {
  data: SectionData;
  file: string;
  rendered: RenderedSection;
  href: string;
}

export interface CourseView {
  data: Course;
  file: string;
  /** Sections in course order. */
  sections: SectionView[];
  /** Sections the completion rule requires. */
  requiredSectionIds: string[];
  href: string;
}

/** A translated section, rendered as its English is. */
export interface TranslatedSectionView extends TranslatedSection {
  rendered: RenderedSection;
}

/** One language's translations; what is not here is shown in English. */
export interface LanguageCatalog extends Omit<LanguageContent, 'sections'> {
  /** By `<course id>/<section id>`. */
  sections: Map<string, TranslatedSectionView>;
}

export interface Catalog {
  courses: CourseView[];
  activities: Map<string, Activity>;
  glossary: GlossaryEntry[];
  /** Renders Markdown from content fields (activity instructions, summaries) with glossary links. */
  markdown: (text: string) => string;
  translations: Map<TranslatedLanguage, LanguageCatalog>;
  /** Every English file (and glossary entry) in every language: current, outdated or missing. */
  translationStatus: TranslationStatus[];
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

  const glossary = content.glossary.map((g) => g.data).sort((a, b) => a.term.localeCompare(b.term, 'en'));
  const terms = createTermIndex(glossary, (id) => paths.glossary(id));
  const activities = new Map(content.activities.map((a) => [a.data.id, a.data]));
  const activityIds = new Set(activities.keys());

  const courses = courseEntries
    .map((entry: CollectionEntry<'courses'>): CourseView => {
      const course = entry.data;
      const sections = sectionEntries
        .filter((s) => s.data.course === course.id)
        .sort((a, b) => a.data.order - b.data.order)
        .map((s): SectionView => {
          const file = s.filePath ?? s.id;
          return {
            data: s.data,
            file,
            rendered: renderSection(s.body ?? '', {
              file,
              firstLine: bodyFirstLine(file, s.body ?? ''),
              terms,
              activityIds,
              deck: course.deck,
            }),
            href: paths.section(course.id, s.data.id),
          };
        });
      const rule = course.completion.sections;
      return {
        data: course,
        file: entry.filePath ?? entry.id,
        sections,
        requiredSectionIds: rule === 'all' ? sections.filter((s) => !s.data.optional).map((s) => s.data.id) : rule,
        href: paths.course(course.id),
      };
    })
    .sort((a, b) => a.data.title.localeCompare(b.data.title, 'en'));

  const { languages, status } = loadTranslations(contentDir());
  // Rendering every translated section here fails the build on a broken block or glossary link in
  // it, naming the file and line, exactly as for the English.
  const translations = new Map(
    [...languages].map(([lang, content]): [TranslatedLanguage, LanguageCatalog] => [
      lang,
      {
        ...content,
        sections: new Map(
          [...content.sections].map(([key, section]) => [
            key,
            {
              ...section,
              rendered: renderSection(section.body, {
                file: section.file,
                firstLine: section.firstLine,
                terms,
                activityIds,
                deck: courses.find((c) => c.data.id === section.data.course)?.data.deck,
              }),
            },
          ]),
        ),
      },
    ]),
  );
  for (const line of translationSummary(status)) console.info(`[translations] ${line}`);
  return { courses, activities, glossary, markdown: createMarkdown(terms), translations, translationStatus: status };
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
