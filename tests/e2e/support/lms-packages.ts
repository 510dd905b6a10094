import { join } from 'node:path';

/** Where the build writes the SCORM packages: beside the site (src/lms/package/scorm-packages.mjs). */
export const PACKAGES = join(process.cwd(), 'dist-scorm');

/** The packages the build writes, by zip name. */
export const LMS_PACKAGES = [
  'cptm-2-7-scorm12',
  'cptm-2-7-scorm2004',
  'i-know-gender-scorm12',
  'i-know-gender-scorm2004',
  'cptm-2-7-fr-scorm2004',
];

/** Where lms.setup.ts unpacks them, each in its own folder, as an LMS keeps an uploaded package. */
export const UNPACKED = join(PACKAGES, 'unpacked');

/** What a package's zip name says: its course, the language it launches in and its SCORM version. */
export function packageOf(name: string): { course: string; lang: string; version: '1.2' | '2004'; launch: string } {
  const [, course, lang = 'en', version] = name.match(/^(.+?)(?:-(fr|ar))?-scorm(12|2004)$/)!;
  return {
    course: course!,
    lang,
    version: version === '12' ? '1.2' : '2004',
    launch: `${lang === 'en' ? '' : `${lang}/`}lms/${course}/index.html`,
  };
}
