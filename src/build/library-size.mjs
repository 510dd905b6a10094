// @ts-check
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { listFiles } from './files.mjs';

/** Marks where the library's landing page states the library's size. */
export const SIZE_MARKER = '<!--library-size-->';

/**
 * "1.2 MB", "640 KB": sizes as a learner on a data plan reads them.
 * @param {number} bytes
 */
export function formatBytes(bytes) {
  return bytes >= 1_000_000 ? `${(bytes / 1_000_000).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1000))} KB`;
}

/**
 * The library's pages in a built site: their count, their bytes as stored, and gzipped as sent.
 * @param {string} outDir
 */
export function measureLibrary(outDir) {
  const library = join(outDir, 'library');
  const pages = listFiles(library)
    .filter((file) => file.endsWith('.html'))
    .map((file) => join(library, file));
  let bytes = 0;
  let gzipBytes = 0;
  for (const file of pages) {
    const content = readFileSync(file);
    bytes += content.length;
    gzipBytes += gzipSync(content).length;
  }
  return { pages: pages.length, bytes, gzipBytes };
}

/**
 * Writes the library's size into its landing page, in every language the site has one, once every
 * page is built: the size of the pages is only known when they are all written, and the "Save the
 * library" button must state it. The library is outside the service worker's precache, so changing
 * the page afterwards is safe. `describe` says the size in a language (astro.config.mjs gives the
 * library dictionary's; this module stays plain JavaScript for the benchmarks, which run in Node).
 * @param {{ languages?: readonly string[], describe?: (lang: string, downloadBytes: number, storedBytes: number) => string }} [options]
 * @returns {import('astro').AstroIntegration}
 */
export function librarySize({
  languages = ['en'],
  describe = (_lang, downloadBytes, storedBytes) =>
    `about ${formatBytes(downloadBytes)} to download, ${formatBytes(storedBytes)} on this device`,
} = {}) {
  return {
    name: 'gender-lens:library-size',
    hooks: {
      'astro:build:done': ({ dir }) => {
        const outDir = fileURLToPath(dir);
        for (const lang of languages) {
          // English at the root, the other languages under /<lang>/ (src/catalog/paths.ts).
          const root = lang === 'en' ? outDir : join(outDir, lang);
          const landing = join(root, 'library', 'index.html');
          const html = readFileSync(landing, 'utf8');
          if (!html.includes(SIZE_MARKER))
            throw new Error(`${landing} has no ${SIZE_MARKER} to state the library's size`);
          const { bytes, gzipBytes } = measureLibrary(root);
          writeFileSync(landing, html.replace(SIZE_MARKER, describe(lang, gzipBytes, bytes)));
        }
      },
    },
  };
}
