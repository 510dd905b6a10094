// `npm run build:scorm`: builds the site for packaging (relative URLs, no service worker) and writes,
// for each course, a SCORM 1.2 and a SCORM 2004 4th edition zip into dist-scorm/.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { zipSync } from 'fflate';
import { parse } from 'yaml';
import { buildManifest } from './manifest.mjs';
import { listFiles, PLACEHOLDER_BASE, relativizeSite } from './relativize.mjs';

const ROOT = process.cwd();
const OUT = join(ROOT, 'dist-scorm');
const SITE = join(OUT, 'site');
const CONTENT = process.env.GENDER_LENS_CONTENT ?? join(ROOT, 'content');

/** Course metadata and its pass mark, read from the content files. */
export function packageCourses(contentDir = CONTENT) {
  const activity = (id) => parse(readFileSync(join(contentDir, 'activities', `${id}.yaml`), 'utf8'));
  return readdirSync(join(contentDir, 'courses'))
    .filter((dir) => existsSync(join(contentDir, 'courses', dir, 'course.yaml')))
    .map((dir) => {
      const course = parse(readFileSync(join(contentDir, 'courses', dir, 'course.yaml'), 'utf8'));
      const rule = course.completion ?? {};
      const scored = [rule.assessment, ...(rule.activities ?? [])].filter(Boolean).map(activity);
      const quiz = scored.find((a) => a.kind === 'quiz');
      return {
        id: course.id,
        title: course.title,
        edition: course.edition,
        contentVersion: String(course.contentVersion),
        passPercent: quiz ? quiz.passPercent : null,
      };
    });
}

function buildSite() {
  rmSync(OUT, { recursive: true, force: true });
  const result = spawnSync('npx', ['astro', 'build'], {
    stdio: 'inherit',
    env: { ...process.env, GENDER_LENS_BASE: PLACEHOLDER_BASE, GENDER_LENS_OUT: SITE, GENDER_LENS_LMS: '1' },
  });
  if (result.status !== 0) throw new Error('astro build failed');
  relativizeSite(SITE);
}

export function writePackages(siteDir = SITE, outDir = OUT, courses = packageCourses()) {
  const files = listFiles(siteDir).filter((file) => file !== 'imsmanifest.xml');
  const contents = Object.fromEntries(files.map((file) => [file, readFileSync(join(siteDir, file))]));
  const written = [];
  for (const course of courses) {
    const launch = `lms/${course.id}/index.html`;
    if (!files.includes(launch)) throw new Error(`the build has no launch page ${launch}`);
    for (const version of /** @type {const} */ (['1.2', '2004'])) {
      const manifest = buildManifest(version, course, launch, files);
      const zip = zipSync({ ...contents, 'imsmanifest.xml': new TextEncoder().encode(manifest) }, { level: 9 });
      const name = `${course.id}-scorm${version === '1.2' ? '12' : '2004'}.zip`;
      mkdirSync(outDir, { recursive: true });
      writeFileSync(join(outDir, name), zip);
      written.push({ name, bytes: zip.length });
    }
  }
  return written;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  buildSite();
  for (const { name, bytes } of writePackages()) {
    console.log(`dist-scorm/${name}  ${(bytes / 1024).toFixed(0)} KiB`);
  }
}
