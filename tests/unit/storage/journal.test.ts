import 'fake-indexeddb/auto';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  closeStorage,
  configureStorage,
  deleteAllData,
  getCourseProgress,
  loadSnapshot,
  markSectionSeen,
  syncSnapshot,
  savePosition,
} from '../../../src/storage';
import { mayHaveActivityData } from '../../../src/storage/journal';

/** The browser's localStorage, as far as the journal uses it. */
class MemoryStorage {
  private items = new Map<string, string>();
  get length() {
    return this.items.size;
  }
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    this.items.set(key, value);
  }
  removeItem(key: string) {
    this.items.delete(key);
  }
  key(index: number) {
    return [...this.items.keys()][index] ?? null;
  }
}

let opened = 0;
beforeEach(() => {
  Object.assign(globalThis, { localStorage: new MemoryStorage() });
  opened = 0;
  const factory = new IDBFactory();
  const counting = new Proxy(factory, {
    get(target, key) {
      if (key === 'open') opened += 1;
      const value = Reflect.get(target, key);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
  configureStorage({ indexedDB: counting, IDBKeyRange });
});

afterEach(async () => {
  await closeStorage();
  delete (globalThis as { localStorage?: unknown }).localStorage;
});

describe('the journal keeps the database off a page’s first load', () => {
  it('notes a position without opening the database, and stores it when the database opens', async () => {
    await savePosition({ courseId: 'c', sectionId: 'a', href: '/a/', title: 'A' }, 1);
    await savePosition({ courseId: 'c', sectionId: 'b', href: '/b/', title: 'B' }, 2);
    expect(opened).toBe(0);
    const progress = await getCourseProgress('c');
    expect(progress.position).toMatchObject({ sectionId: 'b', updatedAt: 2 });
    expect(progress.opened.sort()).toEqual(['a', 'b']);
    expect(localStorage.length).toBe(0);
  });

  it('answers "no snapshot" for an activity never saved, without opening the database', async () => {
    expect(await loadSnapshot('quiz')).toBeUndefined();
    expect(opened).toBe(0);
    await syncSnapshot({ activityId: 'quiz', contentKey: 'k', base: undefined, snapshot: { value: 'answering' } });
    expect(mayHaveActivityData('quiz')).toBe(true);
    expect((await loadSnapshot('quiz'))?.contentKey).toBe('k');
    await deleteAllData();
    expect(mayHaveActivityData('quiz')).toBe(false);
  });
});

describe('a section read to its end', () => {
  it('is noted before the database loads, so leaving at once loses nothing', async () => {
    const saving = markSectionSeen('c', 'a', 5);
    // The page is closed now: the database never finished opening in this "tab".
    expect(JSON.parse(localStorage.getItem('gl.journal.seen.c/a') ?? 'null')).toEqual({
      courseId: 'c',
      sectionId: 'a',
      seenAt: 5,
    });
    await saving;
    // A reading page never opens the database for this…
    expect(opened).toBe(0);
    // …the next page that uses it stores the note.
    expect((await getCourseProgress('c')).seen).toEqual(['a']);
    expect(localStorage.getItem('gl.journal.seen.c/a')).toBeNull();
  });
});
