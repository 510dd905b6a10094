import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { SEARCH_FILE_LIST, SEARCH_FOLDER, writeSearchIndex } from '../../../src/build/search-index.mjs';

let site: string;
afterEach(() => rmSync(site, { recursive: true, force: true }));

function page(path: string, main: string, lang = 'en') {
  const file = join(site, path);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `<!doctype html><html lang="${lang}"><head><title>t</title></head><body>${main}</body></html>`);
}

describe('writeSearchIndex', () => {
  it('indexes only the pages marked for search and lists the index files with their size', async () => {
    site = mkdtempSync(join(tmpdir(), 'gl-search-'));
    page(
      'courses/x/a/index.html',
      '<main data-pagefind-body data-pagefind-meta="where[data-search-where]" data-search-where="X › A"><h1>A</h1><p>Consent before SSIRS reporting.</p></main>',
    );
    page('certificates/index.html', '<main><h1>Certificates</h1><p>Not searched.</p></main>');
    const result = await writeSearchIndex(site);
    expect(result.pages).toBe(1);

    const folder = join(site, SEARCH_FOLDER);
    const list = JSON.parse(readFileSync(join(folder, SEARCH_FILE_LIST), 'utf8'));
    expect(list.files).toEqual(result.files);
    expect(list.files).toEqual(expect.arrayContaining(['pagefind.js', 'pagefind-entry.json', SEARCH_FILE_LIST]));
    expect(list.files.some((f: string) => f.endsWith('.pf_fragment'))).toBe(true);
    for (const file of list.files) expect(existsSync(join(folder, file)), file).toBe(true);
    expect(list.bytes).toBe(result.bytes);
    expect(list.bytes).toBeGreaterThan(0);
    // Pagefind's ready-made interfaces are not used by the site, so they are not shipped.
    expect(existsSync(join(folder, 'pagefind-ui.js'))).toBe(false);
    expect(existsSync(join(folder, 'pagefind-component-ui.js'))).toBe(false);
  });

  it('indexes each language apart and lists each language’s part with the files every part shares', async () => {
    site = mkdtempSync(join(tmpdir(), 'gl-search-'));
    page('courses/x/a/index.html', '<main data-pagefind-body><h1>A</h1><p>Consent before reporting.</p></main>');
    page('fr/courses/x/a/index.html', '<main data-pagefind-body><h1>A</h1><p>Le consentement.</p></main>', 'fr');
    page('certificates/index.html', '<main><h1>Certificates</h1></main>');
    const result = await writeSearchIndex(site);
    expect(result.pages).toBe(2);
    const list = JSON.parse(readFileSync(join(site, SEARCH_FOLDER, SEARCH_FILE_LIST), 'utf8'));
    expect(Object.keys(list.languages).sort()).toEqual(['en', 'fr']);
    const { en, fr } = list.languages as Record<'en' | 'fr', { bytes: number; files: string[] }>;
    for (const shared of ['pagefind.js', 'pagefind-entry.json']) {
      expect(en.files).toContain(shared);
      expect(fr.files).toContain(shared);
    }
    expect(fr.files).toContain('wasm.fr.pagefind');
    expect(fr.files.some((f) => /(^|\/)en_|\.en\./.test(f))).toBe(false);
    expect(en.files.some((f) => /(^|\/)fr_|\.fr\./.test(f))).toBe(false);
    // Each file is in its language's part or shared: together the parts are the whole index.
    expect(new Set([...en.files, ...fr.files])).toEqual(new Set(list.files));
    expect(fr.bytes).toBeLessThan(list.bytes);
  });

  it('fails the build when no page is marked for search', async () => {
    site = mkdtempSync(join(tmpdir(), 'gl-search-'));
    page('index.html', '<main><h1>Home</h1><p>Nothing marked.</p></main>');
    await expect(writeSearchIndex(site)).rejects.toThrow(/1 of 1 pages indexed; mark the searchable ones/);
  });
});
