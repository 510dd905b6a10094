/**
 * A few bytes of bookkeeping in localStorage, so that a page can remember where the learner is, and
 * an activity can know it has nothing to resume, without loading the database code (Dexie is about
 * 32 KiB gzip: on a field connection that is worth keeping off a lesson's first load). IndexedDB
 * stays the record: the journal is flushed into it the next time the database opens.
 */
import type { PositionRow } from './schema';

const POSITIONS = 'gl.pendingPositions';
const SEEN = 'gl.pendingSeen';
const SNAPSHOTS = 'gl.snapshotIndex';

function read<T>(key: string, fallback: T): T {
  try {
    const text = localStorage.getItem(key);
    return text ? (JSON.parse(text) as T) : fallback;
  } catch {
    return fallback;
  }
}

function write(key: string, value: unknown): boolean {
  try {
    localStorage.setItem(key, JSON.stringify(value));
    return true;
  } catch {
    return false;
  }
}

/** Notes a position for the database; false when localStorage is unavailable (write it directly then). */
export function journalPosition(position: PositionRow): boolean {
  const pending = read<PositionRow[]>(POSITIONS, []).filter(
    (p) => !(p.courseId === position.courseId && p.sectionId === position.sectionId),
  );
  return write(POSITIONS, [...pending, position]);
}

/** Positions noted since the database last opened, oldest first; removed from the journal. */
export function takeJournalPositions(): PositionRow[] {
  const pending = read<PositionRow[]>(POSITIONS, []);
  try {
    localStorage.removeItem(POSITIONS);
  } catch {
    // Nothing was journaled if storage is blocked.
  }
  return Array.isArray(pending) ? pending : [];
}

export interface PendingSeen {
  courseId: string;
  sectionId: string;
  seenAt: number;
}

/**
 * Notes at once that a section was read to its end: the learner may leave the page before the
 * database has loaded, and the note is stored the next time it opens.
 */
export function journalSeen(entry: PendingSeen): boolean {
  return write(SEEN, [...read<PendingSeen[]>(SEEN, []), entry]);
}

export function takeJournalSeen(): PendingSeen[] {
  const pending = read<PendingSeen[]>(SEEN, []);
  try {
    localStorage.removeItem(SEEN);
  } catch {
    // Nothing was journaled if storage is blocked.
  }
  return Array.isArray(pending) ? pending : [];
}

/** Whether an activity may have a saved snapshot. True when unsure (no localStorage): then look. */
export function mayHaveSnapshot(activityId: string): boolean {
  try {
    const index = localStorage.getItem(SNAPSHOTS);
    // Every snapshot saved on this device is indexed here; no index means none was ever saved.
    return index !== null && (JSON.parse(index) as string[]).includes(activityId);
  } catch {
    return true;
  }
}

export function indexSnapshot(activityId: string, present: boolean): void {
  const index = new Set(read<string[]>(SNAPSHOTS, []));
  if (present) index.add(activityId);
  else index.delete(activityId);
  write(SNAPSHOTS, [...index]);
}

export function clearJournal(): void {
  try {
    localStorage.removeItem(POSITIONS);
    localStorage.removeItem(SEEN);
    localStorage.removeItem(SNAPSHOTS);
  } catch {
    // Nothing to clear.
  }
}
