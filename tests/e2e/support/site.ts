import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** Every page the build produced, as a URL path ("/", "/glossary/", …). */
export function builtPages(distDir = join(process.cwd(), 'dist')): string[] {
  const pages: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name === 'index.html') {
        const rel = relative(distDir, dir).split(sep).join('/');
        pages.push(rel === '' ? '/' : `/${rel}/`);
      }
    }
  };
  walk(distDir);
  return pages.sort();
}

/**
 * Pages made from one template, many times over: the library's chapters (one document's chapters
 * on one page template, differing only in their text), in each language.
 */
const TEMPLATE_GROUPS = [
  /^\/library\/[^/]+\/chapter-\d+\/$/,
  /^\/fr\/library\/[^/]+\/chapter-\d+\/$/,
  /^\/ar\/library\/[^/]+\/chapter-\d+\/$/,
];

/** The kinds of element a page's <main> holds: each tag and each class it uses. */
function elementKinds(distDir: string, path: string): Set<string> {
  const html = readFileSync(join(distDir, path, 'index.html'), 'utf8');
  const main = html.slice(html.indexOf('<main'), html.indexOf('</main>'));
  const kinds = new Set([...main.matchAll(/<([a-z][a-z0-9]*)[\s>]/g)].map((m) => `<${m[1]}>`));
  for (const [, classes] of main.matchAll(/class="([^"]*)"/g))
    for (const c of classes!.split(/\s+/)) kinds.add(`.${c}`);
  return kinds;
}

/**
 * The pages whose colours are checked: every page, except that of pages made from one template
 * (TEMPLATE_GROUPS) only as few as hold every kind of element the group uses, every tag and class.
 * Colour contrast depends on which elements with which classes sit on which background, not on
 * the words in them, so those few cover the rest; the rest still get every other rule.
 */
export function colourCheckedPages(pages: readonly string[], distDir = join(process.cwd(), 'dist')): Set<string> {
  const checked = new Set(pages.filter((path) => !TEMPLATE_GROUPS.some((group) => group.test(path))));
  for (const group of TEMPLATE_GROUPS) {
    const members = new Map(
      pages.filter((path) => group.test(path)).map((path) => [path, elementKinds(distDir, path)]),
    );
    const covered = new Set<string>();
    const all = new Set([...members.values()].flatMap((kinds) => [...kinds]));
    // Greedy: the page adding most kinds not yet covered, until every kind is.
    while (covered.size < all.size) {
      const [best] = [...members].sort(
        ([a, x], [b, y]) =>
          [...y].filter((k) => !covered.has(k)).length - [...x].filter((k) => !covered.has(k)).length ||
          a.localeCompare(b),
      )[0]!;
      checked.add(best);
      for (const kind of members.get(best)!) covered.add(kind);
      members.delete(best);
    }
  }
  return checked;
}
