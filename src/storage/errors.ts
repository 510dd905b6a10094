import { pageLanguage, type Language } from '../i18n/languages';
import { storageMessages } from '../i18n/messages/storage';

/** What went wrong with on-device storage, in words a learner can act on. */
export type StorageProblem = 'unavailable' | 'full' | 'closed' | 'failed';

export interface StorageFailure {
  problem: StorageProblem;
  message: string;
}

/** The language of the page the storage runs in; English outside a browser (unit tests). */
const language = (): Language => (typeof document !== 'undefined' ? pageLanguage(document) : 'en');

function namesOf(error: unknown): string[] {
  const names: string[] = [];
  let current: unknown = error;
  // Dexie wraps the browser's error (e.g. an AbortError whose `inner` is a QuotaExceededError).
  for (let depth = 0; current && depth < 5; depth += 1) {
    if (typeof current === 'object' && current !== null && 'name' in current) names.push(String(current.name));
    current = typeof current === 'object' && current !== null && 'inner' in current ? current.inner : undefined;
  }
  return names;
}

/** Classifies any error thrown by the storage layer. */
export function describeStorageError(error: unknown): StorageFailure {
  const names = namesOf(error);
  const has = (...wanted: string[]) => names.some((n) => wanted.includes(n));
  let problem: StorageProblem = 'failed';
  if (has('QuotaExceededError')) problem = 'full';
  else if (has('DatabaseClosedError', 'VersionChangeError')) problem = 'closed';
  else if (has('MissingAPIError', 'SecurityError', 'InvalidStateError', 'OpenFailedError', 'NotAllowedError'))
    problem = 'unavailable';
  return { problem, message: storageMessages[language()][problem] };
}
