import { join } from 'node:path';

/** The packages `npm run build:scorm` writes, by zip name. */
export const LMS_PACKAGES = [
  'cptm-2-7-scorm12',
  'cptm-2-7-scorm2004',
  'i-know-gender-scorm12',
  'i-know-gender-scorm2004',
];

/** Where lms.setup.ts unpacks them, each in its own folder, as an LMS keeps an uploaded package. */
export const UNPACKED = join(process.cwd(), 'dist-scorm', 'unpacked');
