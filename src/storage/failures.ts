import { describeStorageError, type StorageFailure } from './errors';

/**
 * The one channel for storage failures. Every function of the storage API reports its own failures
 * here (and still rejects, so the caller can carry on without the data); callers never report.
 * The page shows the message (`StorageNotice.astro` listens for the event), once.
 */
export const STORAGE_FAILURE_EVENT = 'gl:storage-failure';

let warned = false;

export function reportStorageFailure(error: unknown): StorageFailure {
  const failure = describeStorageError(error);
  // One console line per page, like the notice: a learner's console is not a log.
  if (!warned) console.warn('Gender Lens storage:', failure.problem, error);
  warned = true;
  if (typeof dispatchEvent === 'function' && typeof CustomEvent === 'function') {
    dispatchEvent(new CustomEvent<StorageFailure>(STORAGE_FAILURE_EVENT, { detail: failure }));
  }
  return failure;
}

/** Runs a storage operation and reports its failure on the channel before passing it on. */
export async function reported<T>(operation: () => Promise<T>): Promise<T> {
  try {
    return await operation();
  } catch (error) {
    reportStorageFailure(error);
    throw error;
  }
}
