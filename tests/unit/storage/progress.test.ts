// Dexie's liveQuery only runs when a global indexedDB existed as Dexie loaded (dexie/Dexie.js#2046);
// each test still gets its own fresh IDBFactory below.
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DATABASE_NAME, GenderLensDatabase } from '../../../src/storage/db';
import {
  closeStorage,
  configureStorage,
  describeStorageError,
  getCourseProgress,
  markSectionSeen,
  savePosition,
  watchCourseProgress,
  type CourseProgress,
} from '../../../src/storage';
import { SCHEMA_V1, SCHEMA_V2, SCHEMA_V4 } from '../../../src/storage/schema';

let indexedDB: IDBFactory;

beforeEach(() => {
  indexedDB = new IDBFactory();
  configureStorage({ indexedDB, IDBKeyRange });
});

afterEach(async () => {
  await closeStorage();
});

describe('section progress', () => {
  it('records sections seen per course and keeps the first time', async () => {
    await markSectionSeen('cptm-2-7', 'definitions', 1000);
    await markSectionSeen('cptm-2-7', 'definitions', 2000);
    await markSectionSeen('cptm-2-7', 'wps-agenda', 3000);
    await markSectionSeen('i-know-gender', 'gender-concepts', 4000);
    const progress = await getCourseProgress('cptm-2-7');
    expect(progress.seen.sort()).toEqual(['definitions', 'wps-agenda']);
    const db = new GenderLensDatabase({ indexedDB, IDBKeyRange });
    expect((await db.sectionsSeen.get('cptm-2-7/definitions'))?.seenAt).toBe(1000);
    db.close();
  });

  it('remembers the last position per course', async () => {
    await savePosition({ courseId: 'cptm-2-7', sectionId: 'definitions', href: '/d/', title: 'Definitions' }, 1);
    await savePosition(
      { courseId: 'cptm-2-7', sectionId: 'legal-framework', href: '/l/', title: 'Legal Framework' },
      2,
    );
    expect((await getCourseProgress('cptm-2-7')).position).toMatchObject({
      sectionId: 'legal-framework',
      updatedAt: 2,
    });
    expect((await getCourseProgress('other')).position).toBeUndefined();
  });

  it('keeps progress made from two connections at once (two tabs)', async () => {
    const otherTab = new GenderLensDatabase({ indexedDB, IDBKeyRange });
    await Promise.all([
      markSectionSeen('cptm-2-7', 'introduction'),
      otherTab.sectionsSeen.add({
        key: 'cptm-2-7/lesson-map',
        courseId: 'cptm-2-7',
        sectionId: 'lesson-map',
        seenAt: 5,
      }),
      markSectionSeen('cptm-2-7', 'definitions'),
    ]);
    otherTab.close();
    expect((await getCourseProgress('cptm-2-7')).seen.sort()).toEqual(['definitions', 'introduction', 'lesson-map']);
  });

  it('tells a watcher about the progress now and after each change', async () => {
    const seen: string[][] = [];
    // Waits on the watcher's own calls, not on a clock: on a busy machine the first call can come
    // later than any fixed pause.
    let resolveFirst: () => void = () => {};
    const first = new Promise<void>((resolve) => (resolveFirst = resolve));
    let resolveSecond: () => void = () => {};
    const second = new Promise<void>((resolve) => (resolveSecond = resolve));
    const stop = watchCourseProgress(
      'cptm-2-7',
      (progress: CourseProgress) => {
        seen.push([...progress.seen]);
        resolveFirst();
        if (progress.seen.length === 1) resolveSecond();
      },
      (error) => {
        throw error;
      },
    );
    await first;
    await markSectionSeen('cptm-2-7', 'definitions');
    await second;
    stop();
    expect(seen[0]).toEqual([]);
    expect(seen.at(-1)).toEqual(['definitions']);
  });
});

describe('schema upgrades keep existing rows', () => {
  it('opens a version 1 database as version 2 with its progress intact', async () => {
    const v1 = new Dexie(DATABASE_NAME, { indexedDB, IDBKeyRange });
    v1.version(1).stores(SCHEMA_V1);
    await v1
      .table('sectionsSeen')
      .add({ key: 'cptm-2-7/definitions', courseId: 'cptm-2-7', sectionId: 'definitions', seenAt: 7 });
    await v1
      .table('positions')
      .put({ courseId: 'cptm-2-7', sectionId: 'definitions', href: '/d/', title: 'D', updatedAt: 8 });
    v1.close();

    const progress = await getCourseProgress('cptm-2-7');
    expect(progress.seen).toEqual(['definitions']);
    expect(progress.position?.updatedAt).toBe(8);
    expect(progress.attempts).toEqual([]); // the new table exists and is empty
  });

  it('opens a version 2 database as version 3 with its attempts and snapshots intact', async () => {
    const v2 = new Dexie(DATABASE_NAME, { indexedDB, IDBKeyRange });
    v2.version(1).stores(SCHEMA_V1);
    v2.version(2).stores(SCHEMA_V2);
    await v2.table('attempts').add({
      id: 'quiz:1:1',
      courseId: 'cptm-2-7',
      activityId: 'quiz',
      score: 9,
      maxScore: 12,
      passed: false,
      answers: {},
      startedAt: 1,
      finishedAt: 2,
    });
    await v2
      .table('snapshots')
      .put({ activityId: 'quiz', contentKey: 'k', snapshot: { value: 'answering' }, updatedAt: 3 });
    await v2
      .table('sectionsSeen')
      .add({ key: 'cptm-2-7/definitions', courseId: 'cptm-2-7', sectionId: 'definitions', seenAt: 7 });
    v2.close();

    const progress = await getCourseProgress('cptm-2-7');
    expect(progress.attempts.map((a) => a.id)).toEqual(['quiz:1:1']);
    expect(progress.seen).toEqual(['definitions']);
    expect(progress.opened).toEqual([]);
    const db = new GenderLensDatabase({ indexedDB, IDBKeyRange });
    expect((await db.snapshots.get('quiz'))?.contentKey).toBe('k');
    expect(db.verno).toBeGreaterThanOrEqual(3);
    db.close();
  });
});

describe('storage failures become plain messages', () => {
  it('reports an unavailable IndexedDB (private mode, blocked storage) and does not hang', async () => {
    const broken = {
      open() {
        throw new DOMException('The user denied permission', 'SecurityError');
      },
    } as unknown as IDBFactory;
    configureStorage({ indexedDB: broken, IDBKeyRange });
    const error = await markSectionSeen('cptm-2-7', 'definitions').catch((e: unknown) => e);
    expect(describeStorageError(error).problem).toBe('unavailable');
  });

  it.each([
    [{ name: 'QuotaExceededError' }, 'full'],
    [{ name: 'AbortError', inner: { name: 'QuotaExceededError' } }, 'full'],
    [{ name: 'OpenFailedError', inner: { name: 'AbortError', inner: { name: 'QuotaExceededError' } } }, 'full'],
    [{ name: 'DatabaseClosedError' }, 'closed'],
    [{ name: 'MissingAPIError' }, 'unavailable'],
    [{ name: 'OpenFailedError', inner: { name: 'InvalidStateError' } }, 'unavailable'],
    [new TypeError('boom'), 'failed'],
  ])('%o is %s', (error, problem) => {
    const failure = describeStorageError(error);
    expect(failure.problem).toBe(problem);
    expect(failure.message).toMatch(/\w/);
  });

  it('says so when another tab upgrades the database, and a reload recovers', async () => {
    await markSectionSeen('cptm-2-7', 'definitions');
    // Another tab opens a newer schema: this connection steps aside instead of blocking it.
    const newer = new Dexie(DATABASE_NAME, { indexedDB, IDBKeyRange });
    // One version past the site's newest, with a table this build does not know.
    newer.version(5).stores({ ...SCHEMA_V4, extra: 'id' });
    await newer.open();
    const error = await markSectionSeen('cptm-2-7', 'wps-agenda').catch((e: unknown) => e);
    expect(describeStorageError(error).problem).toBe('closed');
    newer.close();
  });
});
