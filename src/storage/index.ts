/**
 * The storage API the rest of the code calls. It is the only module (with db.ts) that touches Dexie,
 * and it loads Dexie on first use, so reading a page never waits for the database code.
 */
import type { DatabaseOptions, GenderLensDatabase } from './db';
import {
  clearJournal,
  JOURNAL_PREFIX,
  indexSnapshot,
  journalPosition,
  journalSeen,
  mayHaveSnapshot,
  takeJournalPositions,
  takeJournalSeen,
} from './journal';
import type { AttemptRow, CertificateRow, PositionRow, SnapshotRow } from './schema';

export type { AttemptRow, CertificateRow, PositionRow, SnapshotRow } from './schema';
export { describeStorageError, type StorageFailure } from './errors';

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
 * the "not being saved" notice shows at once, before anything would be stored.
 */
export function storageMissing(): Error | null {
  try {
    if (typeof indexedDB === 'undefined' || indexedDB === null) {
      return Object.assign(new Error('IndexedDB is not available'), { name: 'MissingAPIError' });
    }
  } catch (error) {
    return error instanceof Error ? error : new Error(String(error));
  }
  return null;
}

/** What was noted while the database was not loaded becomes rows (and stays noted if that fails). */
async function flushJournal(db: GenderLensDatabase): Promise<void> {
  const positions = takeJournalPositions();
  const seen = takeJournalSeen();
  try {
    for (const position of positions) await writePosition(db, position);
    for (const entry of seen) await writeSeen(db, entry.courseId, entry.sectionId, entry.seenAt);
  } catch (error) {
    positions.forEach(journalPosition);
    seen.forEach(journalSeen);
    throw error;
  }
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
export async function markSectionSeen(courseId: string, sectionId: string, now = Date.now()): Promise<void> {
  if (journalSeen({ courseId, sectionId, seenAt: now })) {
    if (opening) await flushJournal(await opening);
    return;
  }
  await writeSeen(await database(), courseId, sectionId, now);
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
export async function savePosition(position: Omit<PositionRow, 'updatedAt'>, now = Date.now()): Promise<void> {
  if (journalPosition({ ...position, updatedAt: now })) {
    if (opening) await flushJournal(await opening);
    return;
  }
  await writePosition(await database(), { ...position, updatedAt: now });
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

export async function getCourseProgress(courseId: string): Promise<CourseProgress> {
  return readCourseProgress(await database(), courseId);
}

/**
 * Calls `onChange` with the course's progress now and whenever it changes, in this tab or another.
 * Returns a function that stops watching.
 */
export function watchCourseProgress(
  courseId: string,
  onChange: (progress: CourseProgress) => void,
  onError: (error: unknown) => void,
): () => void {
  let stopped = false;
  let unsubscribe: (() => void) | undefined;
  void (async () => {
    try {
      const [db, { liveQuery }] = await Promise.all([database(), import('dexie')]);
      if (stopped) return;
      const subscription = liveQuery(() => readCourseProgress(db, courseId)).subscribe({
        next: onChange,
        error: onError,
      });
      // A lesson page in another tab or frame only notes progress in the journal: store it now,
      // which the live query then reports.
      const onNote = (event: StorageEvent) => {
        if (event.key?.startsWith(JOURNAL_PREFIX) && event.newValue !== null) flushJournal(db).catch(onError);
      };
      const events = typeof addEventListener === 'function'; // absent in Node (unit tests)
      if (events) addEventListener('storage', onNote);
      unsubscribe = () => {
        subscription.unsubscribe();
        if (events) removeEventListener('storage', onNote);
      };
    } catch (error) {
      onError(error);
    }
  })();
  return () => {
    stopped = true;
    unsubscribe?.();
  };
}

/** Stores a finished attempt. */
export async function recordAttempt(attempt: AttemptRow): Promise<void> {
  const db = await database();
  await db.attempts.put(attempt);
}

export async function listAttempts(activityId: string): Promise<AttemptRow[]> {
  const db = await database();
  return (await db.attempts.where('activityId').equals(activityId).toArray()).sort(
    (a, b) => b.finishedAt - a.finishedAt,
  );
}

/** Saves an activity mid-way. */
export async function saveSnapshot(row: Omit<SnapshotRow, 'updatedAt'>, now = Date.now()): Promise<void> {
  const db = await database();
  await db.snapshots.put({ ...row, updatedAt: now });
  indexSnapshot(row.activityId, true);
}

/** The activity's saved state; answered without loading the database when nothing was ever saved. */
export async function loadSnapshot(activityId: string): Promise<SnapshotRow | undefined> {
  if (!mayHaveSnapshot(activityId)) return undefined;
  return (await database()).snapshots.get(activityId);
}

export async function clearSnapshot(activityId: string): Promise<void> {
  await (await database()).snapshots.delete(activityId);
  indexSnapshot(activityId, false);
}

/** The name last used on a certificate, to offer it again. */
export async function getProfileName(): Promise<string> {
  return (await (await database()).profile.get('me'))?.name ?? '';
}

export async function listCertificates(): Promise<CertificateRow[]> {
  const db = await database();
  return (await db.certificates.toArray()).sort((a, b) => b.issuedAt - a.issuedAt);
}

export async function getCertificate(id: string): Promise<CertificateRow | undefined> {
  return (await database()).certificates.get(id);
}

/**
 * Stores a certificate and remembers the learner's name, in one transaction. When the course already
 * has a certificate and the learner did not ask for a new one, the existing one is returned instead.
 */
export async function issueCertificate(
  certificate: CertificateRow,
  options: { replaceExisting?: boolean } = {},
): Promise<CertificateRow> {
  const db = await database();
  return db.transaction('rw', db.certificates, db.profile, async () => {
    if (!options.replaceExisting) {
      const existing = await db.certificates.where('courseId').equals(certificate.courseId).first();
      if (existing) return existing;
    }
    await db.certificates.add(certificate);
    await db.profile.put({ key: 'me', name: certificate.learnerName });
    return certificate;
  });
}

/** Deletes everything Gender Lens stored on this device. */
export async function deleteAllData(): Promise<void> {
  const db = await database();
  await db.transaction('rw', db.tables, async () => {
    await Promise.all(db.tables.map((table) => table.clear()));
  });
  clearJournal();
}

/** The whole of this device's data as a backup file's text. */
export async function exportData(): Promise<string> {
  const [db, { exportBackup }] = await Promise.all([database(), import('./backup')]);
  return JSON.stringify(await exportBackup(db), null, 2);
}

/** Checks a backup file's text and merges it; throws BackupRefused (nothing written) when it cannot be trusted. */
export async function importData(text: string): Promise<import('./backup').ImportSummary> {
  const { parseBackup, importBackup } = await import('./backup');
  const backup = await parseBackup(text);
  return importBackup(await database(), backup);
}
