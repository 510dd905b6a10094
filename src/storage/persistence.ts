/**
 * Whether the browser keeps this site's data when the device runs short of space. By default it is
 * "best effort": the browser may clear IndexedDB (progress, certificates) to free space, and phones
 * with little free space are the devices this training is taken on. Asking makes it persistent where
 * the browser agrees (Chromium decides by itself; Firefox asks the person).
 */
export type Persistence = 'persistent' | 'best-effort' | 'unknown';

type StorageManagerLike = Pick<StorageManager, 'persisted' | 'persist'>;

const manager = (): StorageManagerLike | undefined =>
  typeof navigator !== 'undefined' && typeof navigator.storage?.persisted === 'function'
    ? navigator.storage
    : undefined;

/** How this browser treats the site's data now; 'unknown' where it cannot say. */
export async function storagePersistence(storage = manager()): Promise<Persistence> {
  if (!storage) return 'unknown';
  try {
    return (await storage.persisted()) ? 'persistent' : 'best-effort';
  } catch {
    return 'unknown';
  }
}

/** Asks the browser to keep the site's data; resolves to what it decided. */
export async function askToPersist(storage = manager()): Promise<Persistence> {
  if (!storage || typeof storage.persist !== 'function') return 'unknown';
  try {
    return (await storage.persist()) ? 'persistent' : 'best-effort';
  } catch {
    return 'unknown';
  }
}
