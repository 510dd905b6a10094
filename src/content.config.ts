import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { join } from 'node:path';
import { contentDir } from './catalog/content-dir';
import { ActivitySchema } from './schemas/activity';
import { CourseSchema } from './schemas/course';
import { GlossaryEntrySchema } from './schemas/glossary';
import { SectionSchema } from './schemas/section';

const root = contentDir();
// Translations (`04-definitions.fr.md`) sit beside their sources; src/catalog/translations.ts reads them.
const notTranslations = (pattern: string) => [pattern, `!${pattern.replace(/\.(md|yaml)$/, '.??.$1')}`];

const courses = defineCollection({
  loader: glob({
    pattern: '*/course.yaml',
    base: join(root, 'courses'),
    generateId: ({ entry }) => entry.split('/')[0] ?? entry,
  }),
  schema: CourseSchema,
});

const sections = defineCollection({
  loader: glob({
    pattern: notTranslations('*/[0-9]*.md'),
    base: join(root, 'courses'),
    // Ids are unique per course only, so the collection key carries the course.
    generateId: ({ entry, data }) => `${entry.split('/')[0]}/${String(data.id ?? entry)}`,
  }),
  schema: SectionSchema,
});

const activities = defineCollection({
  loader: glob({ pattern: notTranslations('*.yaml'), base: join(root, 'activities') }),
  schema: ActivitySchema,
});

const glossary = defineCollection({
  loader: file(join(root, 'glossary.yaml')),
  schema: GlossaryEntrySchema,
});

export const collections = { courses, sections, activities, glossary };
