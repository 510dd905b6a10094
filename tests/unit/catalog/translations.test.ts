import { cpSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadTranslations, structureDifference, translationSummary } from '../../../src/catalog/translations';
import { FIXTURE_CONTENT } from '../support/fixtures';

// The fixture tree holds a French section, sorting activity and glossary entry beside their English.
const scratch: string[] = [];
afterEach(() => {
  for (const dir of scratch.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function treeWith(edit: (dir: string) => void): string {
  const dir = mkdtempSync(join(tmpdir(), 'gl-translations-'));
  scratch.push(dir);
  cpSync(FIXTURE_CONTENT, dir, { recursive: true });
  edit(dir);
  return dir;
}

function replaceIn(file: string, from: string | RegExp, to: string): void {
  const text = readFileSync(file, 'utf8');
  if (!(typeof from === 'string' ? text.includes(from) : from.test(text))) throw new Error(`${file} lacks ${from}`);
  writeFileSync(file, text.replace(from, to));
}

const load = (dir: string) => loadTranslations(dir, dir);

describe('translations beside their English', () => {
  it('loads the French section, activity and glossary entry as current, and lists what is missing', () => {
    const { languages, status } = load(FIXTURE_CONTENT);
    const fr = languages.get('fr')!;
    expect(fr.sections.get('demo/first')).toMatchObject({ state: 'current', data: { title: 'Première section' } });
    expect(fr.sections.get('demo/first')?.body).toContain('[[sexe|sex]]');
    expect(fr.activities.get('demo-sort')).toMatchObject({ state: 'current', data: { title: 'Sexe ou genre ?' } });
    expect(fr.glossary.get('sex')?.data.term).toBe('Sexe');
    expect(fr.glossary.has('gender')).toBe(false);
    expect(status.filter((s) => s.lang === 'fr' && s.state === 'missing').map((s) => s.source)).toContain(
      'courses/demo/02-second.md',
    );
    expect(translationSummary(status)[0]).toMatch(
      /^fr: 3 of \d+ translated and current, 0 outdated, \d+ not translated/,
    );
  });

  it('marks a translation outdated once its English changes, and gives the version to write', () => {
    const dir = treeWith((d) => replaceIn(join(d, 'courses/demo/01-first.md'), 'biological differences', 'biology'));
    const { languages, status } = load(dir);
    expect(languages.get('fr')?.sections.get('demo/first')?.state).toBe('outdated');
    const entry = status.find((s) => s.lang === 'fr' && s.source === 'courses/demo/01-first.md');
    expect(entry).toMatchObject({ state: 'outdated', file: 'courses/demo/01-first.fr.md' });
    expect(entry?.version).toMatch(/^[0-9a-f]{12}$/);
  });

  it.each([
    [
      'a changed id',
      'activities/demo-sort.fr.yaml',
      'category: sex\n',
      'category: gender\n',
      /demo-sort\.fr\.yaml: items\[voices\]\.category: must stay "sex" as in the English/,
    ],
    [
      'a dropped card',
      'activities/demo-sort.fr.yaml',
      /  - id: egypt[\s\S]*?sources: \[cptm:158\]\n/,
      '',
      /demo-sort\.fr\.yaml: items: has 1 items where the English has 2/,
    ],
    [
      'a changed citation',
      'courses/demo/01-first.fr.md',
      'sources: [cptm:139-146]',
      'sources: [cptm:139-140]',
      /01-first\.fr\.md: sources: must stay \["cptm:139-146"\]/,
    ],
    [
      'a renumbered key message',
      'courses/demo/01-first.fr.md',
      '::: key-message 2',
      '::: key-message 3',
      /01-first\.fr\.md: block 2 is "::: key-message 3" where the English has "::: key-message 2"/,
    ],
    [
      'a missing version',
      'glossary.fr.yaml',
      /  translates: .*\n/,
      '',
      /glossary\.fr\.yaml: entry "sex": translates: must be the English version it translates, 12 hex digits \(now [0-9a-f]{12}\)/,
    ],
  ])('refuses %s, naming the file and the field', (_, file, from, to, message) => {
    const dir = treeWith((d) => replaceIn(join(d, file), from, to));
    expect(() => load(dir)).toThrow(message);
  });

  it('refuses a translation with no English beside it, and a language the site does not have', () => {
    const dir = treeWith((d) => {
      writeFileSync(join(d, 'activities/ghost.fr.yaml'), 'id: ghost\n');
      cpSync(join(d, 'activities/demo-sort.fr.yaml'), join(d, 'activities/demo-sort.es.yaml'));
    });
    expect(() => load(dir)).toThrow(/ghost\.fr\.yaml: translates nothing: there is no ghost\.yaml beside it/);
    expect(() => load(dir)).toThrow(/demo-sort\.es\.yaml: "es" is not a language of the site/);
  });

  it('lists every English file as missing when there are no translations', () => {
    const dir = treeWith((d) => {
      for (const file of ['courses/demo/01-first.fr.md', 'activities/demo-sort.fr.yaml', 'glossary.fr.yaml']) {
        unlinkSync(join(d, file));
      }
    });
    const { status } = load(dir);
    expect(status.every((s) => s.state === 'missing')).toBe(true);
  });
});

describe('structureDifference', () => {
  it('lets words change and nothing else', () => {
    const english = { id: 'q1', prompt: 'Which?', options: [{ id: 'a', text: 'Yes', correct: true }] };
    expect(structureDifference(english, { ...english, prompt: 'Laquelle ?' })).toBeNull();
    expect(structureDifference(english, { ...english, options: [{ id: 'a', text: 'Oui', correct: false }] })).toBe(
      'options[a].correct: must stay true as in the English (it is an id, a number or a citation, not words)',
    );
    expect(structureDifference(english, { ...english, hint: 'x' })).toBe('hint: is not in the English');
    expect(structureDifference({ authored: null }, { authored: 'x' })).toBe(
      'authored: is a string where the English has a null',
    );
  });
});
