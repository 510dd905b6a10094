// Rewrites a site built with a placeholder base into one that works from any folder of any server:
// every URL becomes relative to the file that holds it, and folder URLs name their index.html,
// because an LMS serves package files as files and may not map "x/" to "x/index.html".
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** The base the package build uses; no real URL contains it. */
export const PLACEHOLDER_BASE = '/__gender_lens_base__/';

/** Every file under `dir`, as paths relative to it with forward slashes. */
export function listFiles(dir) {
  const files = [];
  const walk = (current) => {
    for (const name of readdirSync(current)) {
      const path = join(current, name);
      if (statSync(path).isDirectory()) walk(path);
      else files.push(relative(dir, path).split(sep).join('/'));
    }
  };
  walk(dir);
  return files.sort();
}

/**
 * The text of one file with the placeholder base replaced by the way back to the package root.
 * @param {string} text
 * @param {string} file path relative to the root, e.g. "courses/cptm-2-7/definitions/index.html"
 */
export function relativizeText(text, file) {
  const depth = file.split('/').length - 1;
  const up = depth === 0 ? './' : '../'.repeat(depth);
  const replaced = text.split(PLACEHOLDER_BASE).join(up);
  if (!file.endsWith('.html')) return replaced;
  // A relative URL that ends in "/" (before any #fragment or ?query, or as escaped JSON) is a folder:
  // name its index.html.
  return replaced.replace(/((?:\.\.?\/)+(?:[\w.-]+\/)*)(?=["'#?&\s]|&quot;|&#34;)/g, '$1index.html');
}

/** Rewrites every HTML, JS, CSS and manifest file of a built site in place. */
export function relativizeSite(dir) {
  for (const file of listFiles(dir)) {
    if (!/\.(html|js|css|webmanifest|json)$/.test(file)) continue;
    const path = join(dir, file);
    const text = readFileSync(path, 'utf8');
    if (!text.includes(PLACEHOLDER_BASE) && !file.endsWith('.html')) continue;
    writeFileSync(path, relativizeText(text, file));
  }
}
