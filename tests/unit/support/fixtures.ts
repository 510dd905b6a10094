import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

export const FIXTURE_CONTENT = join(process.cwd(), 'tests', 'fixtures', 'content');

/** A fixture YAML file's data, fresh on every call so a test can break it freely. */
export function fixtureYaml(path: string): any {
  return parse(readFileSync(join(FIXTURE_CONTENT, path), 'utf8'));
}

/** A fixture Markdown file's frontmatter and body. */
export function fixtureMarkdown(path: string): { data: any; body: string } {
  const text = readFileSync(join(FIXTURE_CONTENT, path), 'utf8');
  const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text);
  if (!match) throw new Error(`${path} has no frontmatter`);
  return { data: parse(match[1] ?? ''), body: match[2] ?? '' };
}

/** "path.to.field: message" for each issue, the way an author reads them. */
export function issuesOf(result: {
  success: boolean;
  error?: { issues: { path: (string | number)[]; message: string }[] };
}): string[] {
  return result.success
    ? []
    : (result.error?.issues ?? []).map((i) => (i.path.length > 0 ? `${i.path.join('.')}: ${i.message}` : i.message));
}
