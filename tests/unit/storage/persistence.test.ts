import { describe, expect, it } from 'vitest';
import { askToPersist, storagePersistence } from '../../../src/storage/persistence';

/** A StorageManager stand-in: what `persisted()` says now and what `persist()` would answer. */
function manager(persisted: boolean | Error, grants: boolean | Error = false) {
  const answer = (value: boolean | Error) => (value instanceof Error ? Promise.reject(value) : Promise.resolve(value));
  return { persisted: () => answer(persisted), persist: () => answer(grants) };
}

describe('keeping the data when space runs short', () => {
  it('reports what the browser does now', async () => {
    expect(await storagePersistence(manager(true))).toBe('persistent');
    expect(await storagePersistence(manager(false))).toBe('best-effort');
    expect(await storagePersistence(manager(new Error('SecurityError')))).toBe('unknown');
    expect(await storagePersistence(undefined)).toBe('unknown');
  });

  it('asks, and reports what the browser decided', async () => {
    expect(await askToPersist(manager(false, true))).toBe('persistent');
    expect(await askToPersist(manager(false, false))).toBe('best-effort');
    expect(await askToPersist(manager(false, new Error('NotAllowedError')))).toBe('unknown');
    expect(await askToPersist(undefined)).toBe('unknown');
  });
});
