/**
 * The storage API the rest of the code calls. It is the only module (with db.ts) that touches Dexie,
 * and it loads Dexie on first use, so reading a page never waits for the database code.
 */
import type { DatabaseOptions, GenderLensDatabase } from './db';
import {
  clearJournal,
  JOURNAL_PREFIX,
  indexActivityData,
  journalPosition,
  journalSeen,
  mayHaveActivityData,
  forget,
  journalPositions,
  journalSeenNotes,
} from './journal';
import { reported, reportStorageFailure } from './failures';
import { mergePlain, samePlain, toPlain } from './plain';
import type { AttemptRow, CertificateRow, PositionRow, SnapshotRow } from './schema';

export type { AttemptRow, CertificateRow, PositionRow, SnapshotRow } from './schema';
export { describeStorageError, type StorageFailure } from './errors';
export { STORAGE_FAILURE_EVENT } from './failures';
/** Whether anything (state or attempts) may be stored for an activity; costs no database. */
export { mayHaveActivityData } from './journal';
/** An activity's unsaved newest state, noted synchronously (see journal.ts). */
export { ACTIVITY_NOTE_PREFIX, clearActivityNote, noteActivity, readActivityNote, type ActivityNote } from './journal';

let options: DatabaseOptions = {};
let opening: Promise<GenderLensDatabase> | undefined;

/** Tests inject fake-indexeddb here; call before any other function. */
export function configureStorage(next: DatabaseOptions): void {
  opening = undefined;
  options = next;
}

async function database(): Promise<GenderLensDatabase> {
  opening ??= (async () => {
    const { GenderLensDatabase } = await import('./db');
    const db = new GenderLensDatabase(options);
    await db.open();
    // Another tab upgraded the schema: close cleanly so it can proceed; the next call reports "closed".
    db.on('versionchange', () => {
      db.close();
      return false;
    });
    if (erasePending()) await eraseAll(db);
    await flushJournal(db);
    return db;
  })();
  try {
    return await opening;
  } catch (error) {
    opening = undefined; // let a later call try again (e.g. after the user frees space)
    throw error;
  }
}

/**
 * A check that costs nothing: whether this browser offers IndexedDB at all. Pages call it on load so
 * the "not being saved" notice shows at once, before anything would be stored (it is reported).
 */
export function storageMissing(): Error | null {
  let missing: Error | null = null;
  try {
    if (typeof indexedDB === 'undefined' || indexedDB === null) {
      missing = Object.assign(new Error('IndexedDB is not available'), { name: 'MissingAPIError' });
    }
  } catch (error) {
    missing = error instanceof Error ? error : new Error(String(error));
  }
  if (missing) reportStorageFailure(missing);
  return missing;
}

/**
 * What was noted while the database was not loaded becomes rows; a note is dropped only once its
 * row is stored (storing one twice changes nothing), so nothing is lost if this page goes away.
 */
async function flushJournal(db: GenderLensDatabase): Promise<void> {
  const positions = journalPositions();
  const seen = journalSeenNotes();
  for (const { value } of positions) await writePosition(db, value);
  for (const { value } of seen) await writeSeen(db, value.courseId, value.sectionId, value.seenAt);
  forget([...positions, ...seen]);
}

/** Closes the connection (tests; before a reset). */
export async function closeStorage(): Promise<void> {
  const current = opening;
  opening = undefined;
  if (current) (await current.catch(() => undefined))?.close();
}

export interface CourseProgress {
  courseId: string;
  /** Ids of sections read to their end. */
  seen: string[];
  /** Ids of sections opened at least once. */
  opened: string[];
  /** Where the learner last was. */
  position: PositionRow | undefined;
  /** Finished attempts, newest first. */
  attempts: AttemptRow[];
}

async function writeSeen(db: GenderLensDatabase, courseId: string, sectionId: string, seenAt: number) {
  const key = `${courseId}/${sectionId}`;
  await db.transaction('rw', db.sectionsSeen, async () => {
    const current = await db.sectionsSeen.get(key);
    if (!current || seenAt < current.seenAt) await db.sectionsSeen.put({ key, courseId, sectionId, seenAt });
  });
}

/**
 * Records that the learner reached the end of a section; the first time is kept. A page that does
 * not otherwise use the database only notes it (see journal.ts); it is stored when a page that uses
 * the database opens it or hears of the note.
 */
export function markSectionSeen(courseId: string, sectionId: string, now = Date.now()): Promise<void> {
  return reported(async () => {
    if (journalSeen({ courseId, sectionId, seenAt: now })) {
      if (opening) await flushJournal(await opening);
      return;
    }
    await writeSeen(await database(), courseId, sectionId, now);
  });
}

/** Stores a position and that its section was opened; an older position never replaces a newer one. */
async function writePosition(db: GenderLensDatabase, position: PositionRow): Promise<void> {
  const key = `${position.courseId}/${position.sectionId}`;
  await db.transaction('rw', db.positions, db.sectionsOpened, async () => {
    const current = await db.positions.get(position.courseId);
    if (!current || current.updatedAt <= position.updatedAt) await db.positions.put(position);
    if (!(await db.sectionsOpened.get(key))) {
      await db.sectionsOpened.add({
        key,
        courseId: position.courseId,
        sectionId: position.sectionId,
        openedAt: position.updatedAt,
      });
    }
  });
}

/**
 * Remembers the page the learner is on, for "Continue where you stopped", and that the section was
 * opened. It only notes them (without loading the database) and they are stored the next time the
 * database opens; where that note cannot be made, they are stored at once.
 */
export function savePosition(position: Omit<PositionRow, 'updatedAt'>, now = Date.now()): Promise<void> {
  return reported(async () => {
    if (journalPosition({ ...position, updatedAt: now })) {
      if (opening) await flushJournal(await opening);
      return;
    }
    await writePosition(await database(), { ...position, updatedAt: now });
  });
}

async function readCourseProgress(db: GenderLensDatabase, courseId: string): Promise<CourseProgress> {
  const [seenRows, openedRows, position, attempts] = await Promise.all([
    db.sectionsSeen.where('courseId').equals(courseId).toArray(),
    db.sectionsOpened.where('courseId').equals(courseId).toArray(),
    db.positions.get(courseId),
    db.attempts.where('courseId').equals(courseId).toArray(),
  ]);
  return {
    courseId,
    seen: seenRows.map((r) => r.sectionId),
    opened: openedRows.map((r) => r.sectionId),
    position,
    attempts: attempts.sort((a, b) => b.finishedAt - a.finishedAt),
  };
}

export function getCourseProgress(courseId: string): Promise<CourseProgress> {
  return reported(async () => readCourseProgress(await database(), courseId));
}

/**
 * Calls `onChange` with the course's progress now and whenever it changes, in this tab or another;
 * `onError` (after the failure is reported) when it cannot. Returns a function that stops watching.
 */
export function watchCourseProgress(
  courseId: string,
  onChange: (progress: CourseProgress) => void,
  onError: (error: unknown) => void = () => undefined,
): () => void {
  let stopped = false;
  let unsubscribe: (() => void) | undefined;
  const fail = (error: unknown) => {
    reportStorageFailure(error);
    onError(error);
  };
  void (async () => {
    try {
      const [db, { liveQuery }] = await Promise.all([database(), import('dexie')]);
      if (stopped) return;
      const subscription = liveQuery(() => readCourseProgress(db, courseId)).subscribe({
        next: onChange,
        error: fail,
      });
      // A lesson page in another tab or frame only notes progress in the journal: store it now,
      // which the live query then reports.
      const onNote = (event: StorageEvent) => {
        if (event.key?.startsWith(JOURNAL_PREFIX) && event.newValue !== null) flushJournal(db).catch(fail);
      };
      const events = typeof addEventListener === 'function'; // absent in Node (unit tests)
      if (events) addEventListener('storage', onNote);
      unsubscribe = () => {
        subscription.unsubscribe();
        if (events) removeEventListener('storage', onNote);
      };
    } catch (error) {
      fail(error);
    }
  })();
  return () => {
    stopped = true;
    unsubscribe?.();
  };
}

/** Stores a finished attempt (the same attempt stored twice stays one row: its id is its key). */
export function recordAttempt(attempt: AttemptRow): Promise<void> {
  return reported(async () => {
    const db = await database();
    await db.attempts.put(toPlain(attempt));
    indexActivityData(attempt.activityId, true);
  });
}

const newestFirst = (rows: AttemptRow[]) => rows.sort((a, b) => b.finishedAt - a.finishedAt);

export function listAttempts(activityId: string): Promise<AttemptRow[]> {
  return reported(async () =>
    newestFirst(await (await database()).attempts.where('activityId').equals(activityId).toArray()),
  );
}

/** The activity's saved state; answered without loading the database when nothing was ever saved. */
export function loadSnapshot(activityId: string): Promise<SnapshotRow | undefined> {
  if (!mayHaveActivityData(activityId)) return Promise.resolve(undefined);
  return reported(async () => (await database()).snapshots.get(activityId));
}

export function clearSnapshot(activityId: string): Promise<void> {
  return reported(async () => {
    await (await database()).snapshots.delete(activityId);
  });
}

/**
 * Stores an activity's state and returns what is stored afterwards. When another tab stored this
 * activity since `base` (what this tab last had from storage), both tabs' changes are merged in the
 * same transaction (see mergePlain), so two tabs never overwrite each other's placements or answers.
 */
export function syncSnapshot(row: {
  activityId: string;
  contentKey: string;
  base: unknown;
  snapshot: unknown;
  now?: number;
}): Promise<{ snapshot: unknown; revision: number }> {
  return reported(async () => {
    const db = await database();
    const mine = toPlain(row.snapshot);
    const stored = await db.transaction('rw', db.snapshots, async () => {
      const current = await db.snapshots.get(row.activityId);
      const theirs = current?.contentKey === row.contentKey ? current.snapshot : undefined;
      const merged = theirs === undefined ? mine : mergePlain(row.base, mine, theirs);
      let revision = current?.revision ?? 0;
      if (theirs === undefined || !samePlain(merged, theirs)) {
        revision += 1;
        await db.snapshots.put({
          activityId: row.activityId,
          contentKey: row.contentKey,
          snapshot: merged,
          updatedAt: row.now ?? Date.now(),
          revision,
        });
      }
      return { snapshot: merged, revision };
    });
    indexActivityData(row.activityId, true);
    return stored;
  });
}

/**
 * Calls `onChange` with an activity's saved row (undefined when there is none) now and whenever it
 * changes, in this tab or another; and its finished attempts, newest first. Returns a function that
 * stops watching.
 */
export function watchActivity(
  activityId: string,
  onChange: (saved: { snapshot: SnapshotRow | undefined; attempts: AttemptRow[] }) => void,
  onError: () => void = () => undefined,
): () => void {
  let stopped = false;
  let unsubscribe: (() => void) | undefined;
  void reported(async () => {
    const [db, { liveQuery }] = await Promise.all([database(), import('dexie')]);
    if (stopped) return;
    const query = liveQuery(async () => ({
      snapshot: await db.snapshots.get(activityId),
      attempts: newestFirst(await db.attempts.where('activityId').equals(activityId).toArray()),
    }));
    const subscription = query.subscribe({
      next: onChange,
      error: (error) => {
        reportStorageFailure(error);
        onError();
      },
    });
    unsubscribe = () => subscription.unsubscribe();
  }).catch(onError);
  return () => {
    stopped = true;
    unsubscribe?.();
  };
}

/** The name last used on a certificate, to offer it again. */
export function getProfileName(): Promise<string> {
  return reported(async () => (await (await database()).profile.get('me'))?.name ?? '');
}

/**
 * Certificates issued before certificates recorded their language were all English (their checksum
 * leaves the language out, so they stay intact): rows without one are read as English.
 */
function withLanguage(row: CertificateRow): CertificateRow {
  return { ...row, language: row.language ?? 'en' };
}

export function listCertificates(): Promise<CertificateRow[]> {
  return reported(async () =>
    (await (await database()).certificates.toArray()).map(withLanguage).sort((a, b) => b.issuedAt - a.issuedAt),
  );
}

export function getCertificate(id: string): Promise<CertificateRow | undefined> {
  return reported(async () => {
    const row = await (await database()).certificates.get(id);
    return row && withLanguage(row);
  });
}

/**
 * Stores a certificate and remembers the learner's name, in one transaction. When the course already
 * has a certificate and the learner did not ask for a new one, the existing one is returned instead.
 */
export function issueCertificate(
  certificate: CertificateRow,
  options: { replaceExisting?: boolean } = {},
): Promise<CertificateRow> {
  return reported(async () => {
    const db = await database();
    return db.transaction('rw', db.certificates, db.profile, async () => {
      if (!options.replaceExisting) {
        const existing = await db.certificates.where('courseId').equals(certificate.courseId).first();
        if (existing) return withLanguage(existing);
      }
      await db.certificates.add(toPlain(certificate));
      await db.profile.put({ key: 'me', name: certificate.learnerName });
      return certificate;
    });
  });
}

/**
 * "Delete everything" is noted synchronously before the database is touched, so it is final even
 * when the learner leaves the page before the deletion commits (the browser aborts a transaction
 * of a page that is going away): the next page that opens the database finishes it first.
 */
const ERASE_PENDING = 'gl.erasePending';

function erasePending(): boolean {
  try {
    return localStorage.getItem(ERASE_PENDING) !== null;
  } catch {
    return false;
  }
}

async function eraseAll(db: GenderLensDatabase): Promise<void> {
  await db.transaction('rw', db.tables, async () => {
    await Promise.all(db.tables.map((table) => table.clear()));
  });
  try {
    localStorage.removeItem(ERASE_PENDING);
  } catch {
    // Nothing was noted.
  }
}

/** Deletes everything Gender Lens stored on this device. */
export function deleteAllData(): Promise<void> {
  clearJournal();
  try {
    localStorage.setItem(ERASE_PENDING, String(Date.now()));
  } catch {
    // Without localStorage the deletion below is all there is.
  }
  return reported(async () => eraseAll(await database()));
}

/** The whole of this device's data as a backup file's text. */
export function exportData(): Promise<string> {
  return reported(async () => {
    const [db, { exportBackup }] = await Promise.all([database(), import('./backup')]);
    return JSON.stringify(await exportBackup(db), null, 2);
  });
}

/** Checks a backup file's text and merges it; throws BackupRefused (nothing written) when it cannot be trusted. */
export async function importData(text: string): Promise<import('./backup').ImportSummary> {
  const { parseBackup, importBackup } = await import('./backup');
  const backup = await parseBackup(text);
  return reported(async () => importBackup(await database(), backup));
}
