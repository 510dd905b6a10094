// @ts-check
// Turns a file of a site built with a placeholder base into one that works from any folder of any
// server: every URL becomes relative to the file that holds it, and folder URLs name their
// index.html, because an LMS serves package files as files and may not map "x/" to "x/index.html".

/** The base the build uses until the site and its packages get their own; no real URL contains it. */
export const PLACEHOLDER_BASE = '/__gender_lens_base__/';

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
