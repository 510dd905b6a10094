// @ts-check
import { readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { listFiles } from './files.mjs';

/** Where the index goes, under the built site; the search page and the service worker use the same name. */
export const SEARCH_FOLDER = 'pagefind';
/** The list of the index's files, which the search page saves for offline use in one go. */
export const SEARCH_FILE_LIST = 'search-files.json';

/**
 * Pagefind's ready-made search interfaces and highlighter, which the site does not use (the search
 * page is ours, src/scripts/search.ts), and the index for pages of no language (every page says its
 * <html lang>). Left out so nobody downloads or saves them.
 */
const UNUSED = /^(pagefind-(ui|component-ui|modular-ui)\.(js|css)|pagefind-highlight\.js|wasm\.unknown\.pagefind)$/;

/**
 * Indexes the built site for search with Pagefind and writes the index into `<site>/pagefind/`.
 * A page is indexed when its HTML has a `data-pagefind-body` element (Base.astro adds it to <main>
 * for pages that pass `search`); everything else is left out. Writes `search-files.json` beside the
 * index: every file of the index and their total size, and the same for each language's part, so
 * the search page can save its language's index for offline use and say how big it is.
 * @param {string} siteDir the built site
 * @param {{ log?: (message: string) => void }} [options]
 * @returns {Promise<{ pages: number, files: string[], bytes: number }>}
 */
export async function writeSearchIndex(siteDir, { log = () => {} } = {}) {
  const outputPath = join(siteDir, SEARCH_FOLDER);
  try {
    // No forced language: Pagefind indexes each page in the language of its <html lang> (English,
    // French, Arabic), with that language's word stemming, and the search page loads its own.
    const { errors, index } = await pagefind.createIndex();
    if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
    const added = await index.addDirectory({ path: siteDir });
    if (added.errors.length > 0) throw new Error(`Pagefind could not index ${siteDir}: ${added.errors.join('; ')}`);
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length > 0)
      throw new Error(`Pagefind could not write ${outputPath}: ${written.errors.join('; ')}`);
    // Pagefind reads every page but indexes only those with a data-pagefind-body element (when none
    // has one, it indexes them all, slides and certificates included: that is a mistake too).
    /** @type {{ languages: Record<string, { page_count: number }> }} */
    const entry = JSON.parse(readFileSync(join(outputPath, 'pagefind-entry.json'), 'utf8'));
    const pages = Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0);
    if (pages === 0 || pages === added.page_count) {
      throw new Error(
        `search index of ${siteDir}: ${pages} of ${added.page_count} pages indexed; mark the searchable ones with Base's \`search\` prop`,
      );
    }
    for (const name of readdirSync(outputPath)) if (UNUSED.test(name)) rmSync(join(outputPath, name));
    // The list names itself too: saving the index for offline use saves the list it was saved from.
    const files = [...listFiles(outputPath).filter((f) => f !== SEARCH_FILE_LIST), SEARCH_FILE_LIST].sort();
    /** @param {string[]} of */
    const size = (of) =>
      of.filter((f) => f !== SEARCH_FILE_LIST).reduce((sum, file) => sum + statSync(join(outputPath, file)).size, 0);
    const bytes = size(files);
    // Pagefind splits the index by each page's <html lang> and names each part's files by its
    // language ("fr_3727906be6.pf_meta", "wasm.fr.pagefind"): a search page saves its language's
    // part and the files every part shares, not the whole index.
    /** @type {Record<string, { bytes: number, files: string[] }>} */
    const languages = {};
    const codes = Object.keys(entry.languages);
    const languageOf = (/** @type {string} */ file) =>
      codes.find((code) => new RegExp(`(^|[/.])${code}[_.]`).test(file));
    for (const code of codes) {
      const own = files.filter((file) => [code, undefined].includes(languageOf(file)));
      languages[code] = { bytes: size(own), files: own };
    }
    writeFileSync(join(outputPath, SEARCH_FILE_LIST), JSON.stringify({ bytes, files, languages }));
    log(`search index: ${pages} of ${added.page_count} pages, ${files.length} files, ${(bytes / 1024).toFixed(0)} KiB`);
    return { pages, files, bytes };
  } finally {
    await pagefind.close();
  }
}

/**
 * Astro integration: writes the search index once the site is built. The service worker's precache
 * leaves `pagefind/` out (astro.config.mjs): the index is cached when search is first used
 * (src/sw.ts), so reading pages keep the precache small.
 * @returns {import('astro').AstroIntegration}
 */
export function searchIndex() {
  return {
    name: 'gender-lens:search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        await writeSearchIndex(fileURLToPath(dir), { log: (message) => logger.info(message) });
      },
    },
  };
}
