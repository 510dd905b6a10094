/** What went wrong with on-device storage, in words a learner can act on. */
export type StorageProblem = 'unavailable' | 'full' | 'closed' | 'failed';

export interface StorageFailure {
  problem: StorageProblem;
  message: string;
}

const MESSAGES: Record<StorageProblem, string> = {
  unavailable:
    'Your progress is not being saved: this browser does not allow this site to store data (private browsing or blocked storage). You can still read everything.',
  full: 'Your progress is not being saved: this device’s storage is full. Free some space, then reload. You can still read everything.',
  closed:
    'Gender Lens was updated in another tab. Reload this page to keep saving your progress; nothing you saved is lost.',
  failed: 'Your progress could not be saved just now. You can still read everything; try reloading the page.',
};

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
  return { problem, message: MESSAGES[problem] };
}
