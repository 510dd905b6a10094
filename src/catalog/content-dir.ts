import { join } from 'node:path';

/**
 * The content folder: `content/` at the top level, outside src/, because people who do not touch
 * code write it. Tests build fixture trees by pointing GENDER_LENS_CONTENT elsewhere.
 */
export function contentDir(): string {
  return process.env.GENDER_LENS_CONTENT ?? join(process.cwd(), 'content');
}
