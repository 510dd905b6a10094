// @ts-check
import { relative } from 'node:path';

const SUFFIX = '?after-load';
const PREFIX = '\0after-load:';

/**
 * Vite plugin: `import load from './x.ts?after-load'` gives a function that fetches x.ts once the
 * page has loaded and painted, and resolves to its exports. x.ts is built as a chunk of its own.
 *
 * Why: a module script written into the page is requested with the HTML at high priority. On a slow
 * link it shares the connection with the stylesheet the text waits for, and Lighthouse counts it
 * against the first paint. A page script that only calls such a loader has no imports of its own, so
 * Astro inlines it into the page, and nothing but the HTML and its stylesheet comes before the text.
 *
 * In the client build the loader imports the hashed chunk (which shares chunks with the rest of the
 * site) by its URL from the site's base; in dev it imports the source file, which Vite serves; the
 * server build never runs page scripts.
 * @returns {import('vite').Plugin}
 */
export function afterLoadScripts() {
  /** @type {import('vite').ResolvedConfig} */
  let config;
  /** The chunks this plugin emitted, by Rollup reference id. */
  const references = new Set();
  return {
    name: 'gender-lens:after-load',
    // Before Vite's own resolver, which would otherwise take the query for an ordinary import.
    enforce: 'pre',
    configResolved(resolved) {
      config = resolved;
    },
    async resolveId(source, importer) {
      if (!source.endsWith(SUFFIX)) return null;
      const target = await this.resolve(source.slice(0, -SUFFIX.length), importer, { skipSelf: true });
      if (!target) throw new Error(`after-load: cannot find ${source} (imported by ${importer})`);
      return PREFIX + target.id;
    },
    load(id) {
      if (!id.startsWith(PREFIX)) return null;
      const file = id.slice(PREFIX.length);
      if (config.command === 'serve') {
        return loader(JSON.stringify(`${config.base}${relative(config.root, file).split('\\').join('/')}`));
      }
      if (config.build.ssr) return 'export default () => new Promise(() => {});';
      const reference = this.emitFile({ type: 'chunk', id: file });
      references.add(reference);
      return loader(`import.meta.ROLLUP_FILE_URL_${reference}`);
    },
    // From the site's base, not relative to the importing chunk: Astro inlines that chunk into
    // pages at every depth, where `import.meta.url` is the page's own address.
    resolveFileUrl({ referenceId, fileName }) {
      return references.has(referenceId) ? JSON.stringify(`${config.base}${fileName}`) : null;
    },
  };
}

/**
 * The loader's code. It waits for the load event, then for the next frame to be painted (a
 * requestAnimationFrame callback runs just before a paint, a task queued from it just after): in
 * Chromium the first paint can come after the load event. Each page script gets its own copy (about
 * 200 bytes minified) because a shared one would be an import, and scripts with imports are not inlined.
 * @param {string} urlExpression JavaScript that evaluates to the module's URL
 */
function loader(urlExpression) {
  return `const url = ${urlExpression};
const loaded = new Promise((resolve) => {
  if (document.readyState === 'complete') resolve();
  else addEventListener('load', () => resolve(), { once: true });
});
const painted = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
export default () => loaded.then(painted).then(() => import(/* @vite-ignore */ url));
`;
}
