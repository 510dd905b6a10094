// What a page of the built site loads, read from dist/ alone (no browser): its HTML, then every
// script, style, icon and image the HTML references (islands' component and renderer included),
// then the JS module graph from the chunks' import statements. Dynamic import() targets are listed
// apart: whether they load at page load depends on what the code does, which only the bench sees.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, extname, join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';

/** gzip size as a web server sends it (zlib's default level, as nginx/Node middlewares use). */
export function gzipSize(buffer) {
  return gzipSync(buffer).length;
}

/** "html" | "js" | "css" | "other", by file extension. */
export function kindOf(file) {
  const ext = extname(file.split('?')[0] ?? '').toLowerCase();
  if (ext === '.html' || ext === '') return 'html';
  if (ext === '.js' || ext === '.mjs') return 'js';
  if (ext === '.css') return 'css';
  return 'other';
}

const attr = (tag, name) =>
  tag
    .match(new RegExp(`\\b${name}=(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`))
    ?.slice(1)
    .find(Boolean);

/** Same-origin URLs a page's HTML makes the browser load, as site paths ("/_astro/x.js"). */
export function referencesOf(html) {
  const refs = new Set();
  const add = (url) => {
    if (!url || /^(?:[a-z]+:)?\/\//i.test(url) || url.startsWith('data:') || url.startsWith('#')) return;
    refs.add(url.replace(/&amp;/g, '&').split('#')[0]);
  };
  for (const [tag] of html.matchAll(/<script\b[^>]*>/g)) add(attr(tag, 'src'));
  for (const [tag] of html.matchAll(/<link\b[^>]*>/g)) {
    const rel = (attr(tag, 'rel') ?? '').toLowerCase().split(/\s+/);
    // What the browser fetches while loading: styles, preloads and the favicon. The manifest and the
    // touch icon are fetched only to install the app.
    if (rel.some((r) => ['stylesheet', 'modulepreload', 'preload', 'icon'].includes(r))) add(attr(tag, 'href'));
  }
  for (const [tag] of html.matchAll(/<img\b[^>]*>/g)) add(attr(tag, 'src'));
  for (const [tag] of html.matchAll(/<astro-island\b[^>]*>/g)) {
    for (const name of ['component-url', 'renderer-url', 'before-hydration-url']) add(attr(tag, name));
  }
  // Inline module scripts can import chunks, and the loaders of src/build/after-load.mjs name the
  // module they fetch once the page has loaded as a string: every visit loads it, so it counts.
  for (const [, body] of html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)) {
    for (const spec of staticImports(body)) if (spec.startsWith('/')) add(spec);
    for (const [, url] of body.matchAll(/["'](\/[^"'\s]+\.js)["']/g)) add(url);
  }
  return [...refs];
}

/** Specifiers of the static import/export-from statements of a (minified) module. */
export function staticImports(code) {
  return [...code.matchAll(/(?:^|[^\w$.])(?:import|export)\s*(?:[\w$*{}\s,]*?\bfrom\s*)?["']([^"'\n]+)["']/g)].map(
    (m) => m[1],
  );
}

/** Specifiers of the dynamic import() calls of a module, with the chunks Vite preloads for them. */
export function dynamicImports(code) {
  const specs = [...code.matchAll(/\bimport\(\s*["']([^"'\n]+)["']\s*\)/g)].map((m) => m[1]);
  // Vite's preload map lists the dynamic chunks' own dependencies, relative to the chunk (the build
  // makes chunk URLs relative, src/lms/package/scorm-packages.mjs) or from the site root:
  // m.f=["./a.js", …] or m.f=["_astro/a.js", …].
  for (const [, list] of code.matchAll(/\.f=\[((?:"[^"]+",?)+)\]/g)) {
    for (const [, file] of list.matchAll(/"([^"]+)"/g)) specs.push(/^\.\.?\//.test(file) ? file : `/${file}`);
  }
  return specs;
}

/** Path inside dist/ of a site URL path, resolving "/x/" to "x/index.html". */
function fileOf(distDir, sitePath) {
  const clean = decodeURIComponent(sitePath.split('?')[0]);
  return join(distDir, clean.endsWith('/') ? `${clean}index.html` : clean);
}

/**
 * What a first visit of `pagePath` loads, from dist/ alone.
 * @returns {{ files: Array<{ path: string, kind: string, raw: number, gzip: number, how: 'static' | 'dynamic' }>, missing: string[] }}
 */
export function pageWeight(distDir, pagePath) {
  const files = new Map();
  const missing = [];
  const visit = (sitePath, how) => {
    const existing = files.get(sitePath);
    if (existing) {
      if (how === 'static') existing.how = 'static';
      return;
    }
    const file = fileOf(distDir, sitePath);
    if (!existsSync(file)) {
      missing.push(sitePath);
      return;
    }
    const buffer = readFileSync(file);
    const entry = { path: sitePath, kind: kindOf(file), raw: buffer.length, gzip: gzipSize(buffer), how };
    files.set(sitePath, entry);
    if (entry.kind === 'html') {
      for (const ref of referencesOf(buffer.toString('utf8'))) visit(ref, how);
    } else if (entry.kind === 'js') {
      const code = buffer.toString('utf8');
      const resolve = (spec) => (spec.startsWith('/') ? spec : posix.join(dirname(sitePath), spec));
      for (const spec of staticImports(code)) if (/^[./]/.test(spec)) visit(resolve(spec), how);
      for (const spec of dynamicImports(code)) if (/^[./]/.test(spec)) visit(resolve(spec), 'dynamic');
    }
  };
  visit(pagePath, 'static');
  // A chunk reached both ways loads statically; a later static visit upgrades the entry above, but
  // its own imports were walked as dynamic: walk statically reached chunks again to settle them.
  let changed = true;
  while (changed) {
    changed = false;
    for (const entry of files.values()) {
      if (entry.how !== 'static' || entry.kind !== 'js') continue;
      const code = readFileSync(fileOf(distDir, entry.path), 'utf8');
      for (const spec of staticImports(code)) {
        if (!/^[./]/.test(spec)) continue;
        const target = files.get(spec.startsWith('/') ? spec : posix.join(dirname(entry.path), spec));
        if (target && target.how !== 'static') {
          target.how = 'static';
          changed = true;
        }
      }
    }
  }
  return { files: [...files.values()], missing };
}

/**
 * @typedef {{ raw: number, gzip: number, count: number }} KindTotal
 * @typedef {{ requests: number, raw: number, gzip: number, byKind: Record<'html' | 'js' | 'css' | 'other', KindTotal> }} Totals
 */

/**
 * Sums of a list of files, by kind, raw and gzip.
 * @param {Array<{ kind: string, raw: number, gzip: number }>} files
 * @returns {Totals}
 */
export function totals(files) {
  const empty = () => ({ raw: 0, gzip: 0, count: 0 });
  /** @type {Totals} */
  const sum = {
    requests: files.length,
    raw: 0,
    gzip: 0,
    byKind: { html: empty(), js: empty(), css: empty(), other: empty() },
  };
  for (const f of files) {
    sum.raw += f.raw;
    sum.gzip += f.gzip;
    const k = sum.byKind[/** @type {'html' | 'js' | 'css' | 'other'} */ (f.kind)] ?? sum.byKind.other;
    k.raw += f.raw;
    k.gzip += f.gzip;
    k.count += 1;
  }
  return sum;
}

/** Which of the given libraries (name → code marker) a list of files contains. */
export function librariesIn(distDir, files, libraries) {
  const found = new Set();
  for (const f of files) {
    if (f.kind !== 'js') continue;
    const code = readFileSync(fileOf(distDir, f.path), 'utf8');
    for (const [name, marker] of Object.entries(libraries)) if (marker.test(code)) found.add(name);
  }
  return [...found].sort();
}

/**
 * What dist/sw.js keeps: the precache manifest (the first visit, in English) and, apart, the pages
 * it keeps for a learner who reads another language (its folder: "fr/…"), each with its total size.
 */
export function precacheOf(distDir) {
  const sw = join(distDir, 'sw.js');
  if (!existsSync(sw)) return undefined;
  const urls = [...new Set([...readFileSync(sw, 'utf8').matchAll(/"url":"([^"]+)"/g)].map((m) => m[1]))];
  /** @param {string[]} list */
  const weigh = (list) => {
    let raw = 0;
    let gzip = 0;
    for (const url of list) {
      const buffer = readFileSync(join(distDir, url));
      raw += buffer.length;
      gzip += gzipSize(buffer);
    }
    return { entries: list.length, raw, gzip };
  };
  /** @type {Record<string, { entries: number, raw: number, gzip: number }>} */
  const languages = {};
  for (const lang of new Set(urls.map((url) => url.match(/^(fr|ar)\//)?.[1]).filter(Boolean))) {
    languages[/** @type {string} */ (lang)] = weigh(urls.filter((url) => url.startsWith(`${lang}/`)));
  }
  return { ...weigh(urls.filter((url) => !/^(fr|ar)\//.test(url))), languages };
}

/**
 * The search index (dist/pagefind/, written by src/build/search-index.mjs): not precached, fetched
 * when search is first used and saved whole for offline use then. Undefined when the build has none.
 */
export function searchIndexOf(distDir) {
  const list = join(distDir, 'pagefind', 'search-files.json');
  if (!existsSync(list)) return undefined;
  const { files } = JSON.parse(readFileSync(list, 'utf8'));
  let raw = 0;
  let gzip = 0;
  for (const file of files) {
    const buffer = readFileSync(join(distDir, 'pagefind', file));
    raw += buffer.length;
    // Pagefind's index files are gzipped already; its scripts are served gzipped like the site's.
    gzip += /\.(pf_\w+|pagefind)$/.test(file) ? buffer.length : gzipSize(buffer);
  }
  return { files: files.length, raw, gzip };
}
