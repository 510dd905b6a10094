import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { FIXTURE_CONTENT } from '../support/fixtures';

// These run the real `astro sync` on a broken copy of the fixture tree: the author's experience is
// the build failing with the file and field named, which no unit test of a schema alone proves.
// Checks across files run on mocked collections instead (catalog-errors.test.ts).
const scratch: string[] = [];

function brokenCopy(edit: (dir: string) => void): string {
  const dir = mkdtempSync(join(tmpdir(), 'gl-content-'));
  scratch.push(dir);
  cpSync(FIXTURE_CONTENT, dir, { recursive: true });
  edit(dir);
  return dir;
}

function runAstro(command: 'sync', contentDir: string): { status: number | null; output: string } {
  const outDir = mkdtempSync(join(tmpdir(), 'gl-dist-'));
  const cacheDir = mkdtempSync(join(tmpdir(), 'gl-cache-'));
  scratch.push(outDir, cacheDir);
  const result = spawnSync('npx', ['astro', command], {
    env: {
      ...process.env,
      GENDER_LENS_CONTENT: contentDir,
      GENDER_LENS_OUT: outDir,
      GENDER_LENS_CACHE: cacheDir,
      ASTRO_TELEMETRY_DISABLED: '1',
    },
    encoding: 'utf8',
    // A full build of the fixture site takes over two minutes when the machine is shared.
    timeout: 240_000,
  });
  // Astro highlights parts of its messages with ANSI codes; the words are what the author reads.
  const output = `${result.stdout}\n${result.stderr}`.replace(/\u001b\[[0-9;]*m/g, '');
  return { status: result.status, output };
}

function replaceIn(file: string, from: string, to: string): void {
  const text = readFileSync(file, 'utf8');
  if (!text.includes(from)) throw new Error(`${file} does not contain ${from}`);
  writeFileSync(file, text.replace(from, to));
}

afterEach(() => {
  for (const dir of scratch.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('a malformed content file fails the build, naming the file and the field', () => {
  it('a section missing its title', () => {
    const dir = brokenCopy((d) => replaceIn(join(d, 'courses/demo/01-first.md'), 'title: First section\n', ''));
    const { status, output } = runAstro('sync', dir);
    expect(status).not.toBe(0);
    expect(output).toContain('courses/demo/01-first.md');
    expect(output).toContain('title: Required');
  });

  it('an activity card in a category that does not exist', () => {
    const dir = brokenCopy((d) =>
      replaceIn(join(d, 'activities/demo-sort.yaml'), 'category: gender', 'category: culture'),
    );
    const { status, output } = runAstro('sync', dir);
    expect(status).not.toBe(0);
    expect(output).toContain('activities/demo-sort.yaml');
    expect(output).toContain('items.1.category: card "egypt" names category "culture"');
  });

  it('a quiz question without a level', () => {
    const dir = brokenCopy((d) => replaceIn(join(d, 'activities/demo-quiz.yaml'), '    level: understand\n', ''));
    const { status, output } = runAstro('sync', dir);
    expect(status).not.toBe(0);
    expect(output).toContain('activities/demo-quiz.yaml');
    expect(output).toContain('questions.1.level: Required');
  });
});
