import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { isTranslationFile } from '../../../src/catalog/translations';
import { ActivitySchema } from '../../../src/schemas/activity';
import { CourseSchema } from '../../../src/schemas/course';
import { GlossaryEntrySchema } from '../../../src/schemas/glossary';
import { SectionSchema } from '../../../src/schemas/section';

/**
 * A content tree's collections as `astro:content`'s `getCollection` returns them, read with the same
 * schemas and the same ids as src/content.config.ts. Unit tests mock `astro:content` with this (as
 * Starlight's tests do), so a check of the catalog runs in milliseconds instead of a whole build.
 */
export function collectionsFrom(dir: string): Record<string, unknown[]> {
  const courseDirs = readdirSync(join(dir, 'courses'));
  const parsed = <T>(schema: { parse(value: unknown): T }, value: unknown) => schema.parse(value);
  return {
    courses: courseDirs.map((course) => {
      const filePath = join(dir, 'courses', course, 'course.yaml');
      return { id: course, filePath, data: parsed(CourseSchema, parse(readFileSync(filePath, 'utf8'))) };
    }),
    sections: courseDirs.flatMap((course) =>
      readdirSync(join(dir, 'courses', course))
        .filter((name) => /^[0-9].*\.md$/.test(name) && !isTranslationFile(name))
        .map((name) => {
          const filePath = join(dir, 'courses', course, name);
          const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(readFileSync(filePath, 'utf8'));
          if (!match) throw new Error(`${filePath} has no frontmatter`);
          const data = parsed(SectionSchema, parse(match[1] ?? ''));
          return { id: `${course}/${data.id}`, filePath, data, body: match[2] ?? '' };
        }),
    ),
    activities: readdirSync(join(dir, 'activities'))
      .filter((name) => name.endsWith('.yaml') && !isTranslationFile(name))
      .map((name) => {
        const filePath = join(dir, 'activities', name);
        const data = parsed(ActivitySchema, parse(readFileSync(filePath, 'utf8')));
        return { id: name.replace(/\.yaml$/, ''), filePath, data };
      }),
    glossary: (parse(readFileSync(join(dir, 'glossary.yaml'), 'utf8')) as { id: string }[]).map((entry) => ({
      id: entry.id,
      filePath: join(dir, 'glossary.yaml'),
      data: parsed(GlossaryEntrySchema, entry),
    })),
  };
}
