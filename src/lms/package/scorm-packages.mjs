// @ts-check
// The SCORM packages: every `astro build` writes, beside the site, a SCORM 1.2 and a SCORM 2004 4th
// edition zip of each course in each language (dist/ → dist-scorm/), made from the same build as the
// site. Each holds the whole site, so a learner can still switch language inside the LMS; what
// differs is the page it launches and the title an LMS lists it under.
//
// A package runs from whatever folder an LMS unzips it into, so its URLs must be relative, and the
// site's must start at its base. Both come from one build: it runs with a placeholder base that no
// real URL contains; the packages are written with the placeholder turned into the way back to the
// package root (relativize.mjs), then the site's files get the real base.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { zipSync } from 'fflate';
import { parse } from 'yaml';
import { listFiles } from '../../build/files.mjs';
import { LANGUAGES } from '../../i18n/languages';
import { buildManifest } from './manifest.mjs';
import { PLACEHOLDER_BASE, relativizeText } from './relativize.mjs';

const CONTENT = process.env.GENDER_LENS_CONTENT ?? join(process.cwd(), 'content');

/**
 * What a package leaves out: the service worker and web app manifest (an LMS serves and tracks the
 * course), and search in every language (an index of every course is no part of one course's package). A later
 * integration may have written some of these already; the rest are left out here.
 */
const SITE_ONLY_FILES = /^(sw\.js|manifest\.webmanifest|pagefind\/|([a-z]{2}\/)?search\/)/;

/** An element a page marks `data-site-only` (the manifest link, the header's search form, …). */
const SITE_ONLY_VOID = /<(?:link|meta)\b[^>]*\sdata-site-only\b[^>]*>/g;
const SITE_ONLY_ELEMENT = /<(\w+)\b[^>]*\sdata-site-only\b[^>]*>([\s\S]*?)<\/\1>/g;

/**
 * A page as a package holds it: without its `data-site-only` elements. Such an element must not
 * hold another element of its own kind (a form in a form): the end found would be the inner one's.
 * @param {string} html
 * @param {string} file for the message
 */
export function stripSiteOnly(html, file) {
  return html.replace(SITE_ONLY_VOID, '').replace(SITE_ONLY_ELEMENT, (_, tag, inner) => {
    if (new RegExp(`<${tag}\\b`).test(inner)) {
      throw new Error(`${file}: a data-site-only <${tag}> holds another <${tag}>; the package cannot leave it out`);
    }
    return '';
  });
}

/**
 * Every link and resource of a package page that names a file the package lacks: an LMS would show
 * its learner an error page. Fragment-only, external and data: URLs are not files.
 * @param {string} html relativized page
 * @param {string} file its path in the package
 * @param {Set<string>} files every file of the package
 */
export function missingTargets(html, file, files) {
  const missing = [];
  for (const [, url] of html.matchAll(/\s(?:href|src|action)="([^"]*)"/g)) {
    if (!url || /^(#|[a-z][a-z0-9+.-]*:|\/\/)/i.test(url)) continue;
    const target = new URL(url, `https://package.invalid/${file}`).pathname.slice(1);
    if (!files.has(decodeURIComponent(target))) missing.push(url);
  }
  return missing;
}

/**
 * Every package to write: each course in each language, with its metadata and pass mark read from
 * the content files (the title from the course's translation where there is one).
 */
export function packageCourses(contentDir = CONTENT) {
  /** @param {string} id */
  const activity = (id) => parse(readFileSync(join(contentDir, 'activities', `${id}.yaml`), 'utf8'));
  return readdirSync(join(contentDir, 'courses'))
    .filter((dir) => existsSync(join(contentDir, 'courses', dir, 'course.yaml')))
    .flatMap((dir) => {
      const course = parse(readFileSync(join(contentDir, 'courses', dir, 'course.yaml'), 'utf8'));
      const rule = course.completion ?? {};
      const scored = [rule.assessment, ...(rule.activities ?? [])].filter(Boolean).map(activity);
      const quiz = scored.find((a) => a.kind === 'quiz');
      return LANGUAGES.map((lang) => {
        const translation = join(contentDir, 'courses', dir, `course.${lang}.yaml`);
        const title = lang !== 'en' && existsSync(translation) ? parse(readFileSync(translation, 'utf8')).title : null;
        return {
          id: course.id,
          lang,
          title: title ?? course.title,
          edition: course.edition,
          contentVersion: String(course.contentVersion),
          passPercent: quiz ? quiz.passPercent : null,
        };
      });
    });
}

/**
 * A package's launch page and zip name: English keeps the names packages always had
 * (lms/cptm-2-7/, cptm-2-7-scorm12.zip); another language's launch page is under its folder, as
 * the site's pages are (fr/lms/cptm-2-7/), and its zip names it (cptm-2-7-fr-scorm12.zip).
 * @param {{ id: string; lang: string }} course
 * @param {'1.2' | '2004'} version
 */
export function packageNames(course, version) {
  const local = course.lang === 'en' ? '' : course.lang;
  return {
    launch: `${local && `${local}/`}lms/${course.id}/index.html`,
    zip: `${course.id}${local && `-${local}`}-scorm${version === '1.2' ? '12' : '2004'}.zip`,
  };
}

/**
 * The package's files, from a site built with the placeholder base: site-only files and elements
 * left out, every URL relative.
 * @param {string} siteDir
 * @returns {Record<string, Uint8Array>}
 */
export function packageFiles(siteDir) {
  const files = listFiles(siteDir).filter((file) => !SITE_ONLY_FILES.test(file) && file !== 'imsmanifest.xml');
  /** @type {Record<string, Uint8Array>} */
  const contents = {};
  for (const file of files) {
    const bytes = readFileSync(join(siteDir, file));
    if (!/\.(html|js|css|json)$/.test(file)) {
      contents[file] = bytes;
      continue;
    }
    let text = bytes.toString('utf8');
    if (file.endsWith('.html')) text = stripSiteOnly(text, file);
    contents[file] = new TextEncoder().encode(relativizeText(text, file));
  }
  const present = new Set(files);
  for (const file of files.filter((f) => f.endsWith('.html'))) {
    const missing = missingTargets(new TextDecoder().decode(contents[file]), file, present);
    if (missing.length > 0)
      throw new Error(`package page ${file} links to files the package lacks: ${missing.join(', ')}`);
  }
  return contents;
}

/**
 * Writes each course's packages into `outDir`.
 * @param {string} siteDir a site built with the placeholder base
 * @param {string} outDir
 * @param {import('./manifest.mjs').PackageCourse[]} courses
 */
export function writePackages(siteDir, outDir, courses = packageCourses()) {
  const contents = packageFiles(siteDir);
  const files = Object.keys(contents);
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  const written = [];
  for (const course of courses) {
    for (const version of /** @type {const} */ (['1.2', '2004'])) {
      const { launch, zip: name } = packageNames(course, version);
      if (!files.includes(launch)) throw new Error(`the build has no launch page ${launch}`);
      const manifest = buildManifest(version, course, launch, files);
      const zip = zipSync({ ...contents, 'imsmanifest.xml': new TextEncoder().encode(manifest) }, { level: 9 });
      writeFileSync(join(outDir, name), zip);
      written.push({ name, bytes: zip.length });
    }
  }
  return written;
}

/**
 * Gives the site's files their real base once the packages are written from them.
 * @param {string} siteDir
 * @param {string} base e.g. "/" or "/training/"
 */
export function applyBase(siteDir, base) {
  for (const file of listFiles(siteDir)) {
    const path = join(siteDir, file);
    const text = readFileSync(path, 'latin1');
    if (!text.includes(PLACEHOLDER_BASE)) continue;
    writeFileSync(path, readFileSync(path, 'utf8').split(PLACEHOLDER_BASE).join(base));
  }
}

/**
 * Astro integration: builds with the placeholder base, writes the packages into `<outDir>-scorm/`,
 * then gives the site its real base. List it before every integration that reads or changes the
 * built site (search index, service worker), so they see the site as served.
 * @returns {import('astro').AstroIntegration}
 */
export function scormPackages() {
  let base = '/';
  return {
    name: 'gender-lens:scorm-packages',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig }) => {
        if (command !== 'build') return;
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
        updateConfig({
          base: PLACEHOLDER_BASE,
          vite: {
            // A chunk's lazy imports preload their dependencies relative to the chunk itself
            // (new URL(dep, import.meta.url)): a relativized base would make them relative to the
            // page, which fails from every package page not at its root.
            experimental: {
              renderBuiltUrl: (
                /** @type {string} */ _file,
                /** @type {{ hostType: string; ssr: boolean }} */ { hostType, ssr },
              ) => (hostType === 'js' && !ssr ? { relative: true } : undefined),
            },
          },
        });
      },
      'astro:build:done': ({ dir, logger }) => {
        const siteDir = fileURLToPath(dir).replace(/\/$/, '');
        const outDir = `${siteDir}-scorm`;
        for (const { name, bytes } of writePackages(siteDir, outDir)) {
          logger.info(`${outDir}/${name}  ${(bytes / 1024).toFixed(0)} KiB`);
        }
        applyBase(siteDir, base);
      },
    },
  };
}
