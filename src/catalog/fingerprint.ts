import type { Activity } from '../schemas/activity';

/** A short stable hash (FNV-1a) of a value's JSON, to tell one version of an activity from another. */
export function fingerprint(value: unknown): string {
  const text = JSON.stringify(value);
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(36);
}

/**
 * The key saved progress in an activity is kept under, reused only while the activity's content is
 * unchanged: the fingerprint of its English content, which every translation keeps the ids and answers
 * of, so a learner (or a room) that changes language goes on where they were.
 */
export function activityContentKey(english: Activity): string {
  return fingerprint(english.kind === 'sorting' ? [english.categories, english.items] : english.questions);
}
