import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { formatBytes, librarySize, measureLibrary, SIZE_MARKER } from '../../../src/build/library-size.mjs';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A built site with a library landing page and one document page. */
function site(landing: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'gl-library-size-'));
  dirs.push(dir);
  mkdirSync(join(dir, 'library', 'cptm'), { recursive: true });
  writeFileSync(join(dir, 'library', 'index.html'), landing);
  writeFileSync(join(dir, 'library', 'cptm', 'index.html'), '<p>Lesson 2.7</p>'.repeat(2000));
  writeFileSync(join(dir, 'index.html'), '<p>not the library</p>'.repeat(5000));
  return dir;
}

const runHook = (dir: string) =>
  (librarySize().hooks['astro:build:done'] as (options: { dir: URL }) => void)({ dir: pathToFileURL(`${dir}/`) });

describe('the library size stated on /library/', () => {
  it('measures only the library’s pages, raw and gzipped', () => {
    const dir = site(`<p>${SIZE_MARKER}</p>`);
    const page = readFileSync(join(dir, 'library', 'cptm', 'index.html'));
    const landing = readFileSync(join(dir, 'library', 'index.html'));
    expect(measureLibrary(dir)).toEqual({
      pages: 2,
      bytes: page.length + landing.length,
      gzipBytes: gzipSync(page).length + gzipSync(landing).length,
    });
  });

  it('writes the measured size into the landing page once the build is done', () => {
    const dir = site(`<button>Save the library</button> <span>${SIZE_MARKER}</span>`);
    const { bytes, gzipBytes } = measureLibrary(dir);
    runHook(dir);
    expect(readFileSync(join(dir, 'library', 'index.html'), 'utf8')).toContain(
      `<span>about ${formatBytes(gzipBytes)} to download, ${formatBytes(bytes)} on this device</span>`,
    );
  });

  it('fails the build when the landing page has lost its place for the size', () => {
    const dir = site('<p>no marker</p>');
    expect(() => runHook(dir)).toThrow(/library[\\/]index\.html has no <!--library-size-->/);
  });

  it('states sizes as a learner reads them', () => {
    expect(formatBytes(1_040_000)).toBe('1.0 MB');
    expect(formatBytes(290_400)).toBe('290 KB');
    expect(formatBytes(12)).toBe('1 KB');
  });
});
