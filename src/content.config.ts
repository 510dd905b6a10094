import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { join } from 'node:path';
import { ActivitySchema } from './schemas/activity';
import { CourseSchema } from './schemas/course';
import { GlossaryEntrySchema } from './schemas/glossary';
import { SectionSchema } from './schemas/section';

// The content lives at the top level, outside src/, because it is authored by people who do not
// touch code. Tests build fixture trees by pointing GENDER_LENS_CONTENT elsewhere.
const contentDir = process.env.GENDER_LENS_CONTENT ?? './content';

const courses = defineCollection({
  loader: glob({
    pattern: '*/course.yaml',
    base: join(contentDir, 'courses'),
    generateId: ({ entry }) => entry.split('/')[0] ?? entry,
  }),
  schema: CourseSchema,
});

const sections = defineCollection({
  loader: glob({
    pattern: '*/[0-9]*.md',
    base: join(contentDir, 'courses'),
    // Ids are unique per course only, so the collection key carries the course.
    generateId: ({ entry, data }) => `${entry.split('/')[0]}/${String(data.id ?? entry)}`,
  }),
  schema: SectionSchema,
});

const activities = defineCollection({
  loader: glob({ pattern: '*.yaml', base: join(contentDir, 'activities') }),
  schema: ActivitySchema,
});

const glossary = defineCollection({
  loader: file(join(contentDir, 'glossary.yaml')),
  schema: GlossaryEntrySchema,
});

export const collections = { courses, sections, activities, glossary };
