import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { collectionsFrom } from '../support/collections';
import { FIXTURE_CONTENT } from '../support/fixtures';

// Checks the catalog makes across files (links between lessons, activities and the glossary) fail
// the build naming the file and line. `astro:content` is mocked with the fixture tree's collections,
// so each case takes milliseconds, not a site build (schema errors: build-errors.test.ts).
let collections: Record<string, unknown[]> = {};
vi.mock('astro:content', () => ({ getCollection: async (name: string) => collections[name] ?? [] }));

const scratch: string[] = [];
afterEach(() => {
  vi.unstubAllEnvs();
  for (const dir of scratch.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** The catalog of a copy of the fixture tree with one edit, loaded afresh. */
async function catalogOf(edit: (dir: string) => void) {
  const dir = mkdtempSync(join(tmpdir(), 'gl-content-'));
  scratch.push(dir);
  cpSync(FIXTURE_CONTENT, dir, { recursive: true });
  edit(dir);
  collections = collectionsFrom(dir);
  vi.stubEnv('GENDER_LENS_CONTENT', dir); // the catalog reads the tree's translations from here
  vi.resetModules(); // getCatalog() loads once per module instance
  const { getCatalog } = await import('../../../src/catalog');
  return getCatalog();
}

function replaceIn(file: string, from: string, to: string): void {
  const text = readFileSync(file, 'utf8');
  if (!text.includes(from)) throw new Error(`${file} does not contain ${from}`);
  writeFileSync(file, text.replace(from, to));
}

describe('the catalog of a content tree', () => {
  it('loads the fixture tree as it is', async () => {
    const catalog = await catalogOf(() => undefined);
    expect(catalog.courses.map((c) => c.data.id)).toEqual(['demo']);
    const french = catalog.languages.get('fr')?.courses[0]?.sections.find((s) => s.data.id === 'first');
    expect(french).toMatchObject({ contentLanguage: 'fr', state: 'current', href: '/fr/courses/demo/first/' });
    expect(french?.rendered.slides[0]?.title).toBe('Définitions');
    const html = french?.rendered.segments.map((s) => (s.type === 'html' ? s.html : '')).join('');
    // Its glossary links lead to the French glossary.
    expect(html).toMatch(/<a [^>]*href="\/fr\/glossary\/#sex"[^>]*>sexe<\/a>/);
  });

  it('fails on a translated lesson whose glossary link names no entry, naming the file and line', async () => {
    await expect(
      catalogOf((d) => replaceIn(join(d, 'courses/demo/01-first.fr.md'), '[[sexe|sex]]', '[[sexe|sexe]]')),
    ).rejects.toThrow(/01-first\.fr\.md:12: glossary link \[\[sexe\|sexe\]\] matches no entry/);
  });

  it('fails on a lesson embedding an activity that does not exist, naming the file and line', async () => {
    await expect(
      catalogOf((d) =>
        replaceIn(join(d, 'courses/demo/02-second.md'), '::: activity demo-quiz', '::: activity demo-quizz'),
      ),
    ).rejects.toThrow(/courses\/demo\/02-second\.md:10: activity "demo-quizz" does not exist/);
  });

  it('fails on a lesson linking a passage that does not exist, naming the file and line', async () => {
    await expect(
      catalogOf((d) =>
        replaceIn(
          join(d, 'courses/demo/01-first.md'),
          '[[Sex]] refers to biological differences.',
          '[[Sex]] refers to biological differences ([see the passage](cite:cptm:9150)).',
        ),
      ),
    ).rejects.toThrow(/courses\/demo\/01-first\.md:11: citation "cptm:9150" points past the end of cptm-/);
  });
});
