/**
 * Bookkeeping in localStorage, so that a lesson page can remember where the learner is and which
 * sections they read, and an activity can know it has nothing to resume, without loading the
 * database code (Dexie is about 32 KiB gzip: on a field connection that is worth keeping off a page
 * that only reads). IndexedDB stays the record: the journal is flushed into it whenever a page that
 * uses the database opens it, or hears (the `storage` event) that another page wrote a note.
 *
 * One key per note, never a shared list: two tabs writing at once cannot overwrite each other.
 */
import type { PositionRow } from './schema';

/** Every journal key starts with this; the `storage` event listeners look for it. */
export const JOURNAL_PREFIX = 'gl.journal.';
const POSITION = `${JOURNAL_PREFIX}position.`;
const SEEN = `${JOURNAL_PREFIX}seen.`;
const SNAPSHOTS = 'gl.snapshotIndex';
/** An activity's newest state, kept until IndexedDB has it (outside JOURNAL_PREFIX: not a progress note). */
export const ACTIVITY_NOTE_PREFIX = 'gl.activity.';

export interface PendingSeen {
  courseId: string;
  sectionId: string;
  seenAt: number;
}

function write(key: string, value: unknown): boolean {
  try {
    localStorage.setItem(key, JSON.stringify(value));
    return true;
  } catch {
    return false;
  }
}

/** Removes and returns every note whose key starts with `prefix`. */
function take<T>(prefix: string): T[] {
  const taken: T[] = [];
  try {
    const keys: string[] = [];
    for (let i = 0; i < localStorage.length; i += 1) {
      const key = localStorage.key(i);
      if (key?.startsWith(prefix)) keys.push(key);
    }
    for (const key of keys) {
      const text = localStorage.getItem(key);
      localStorage.removeItem(key);
      try {
        if (text) taken.push(JSON.parse(text) as T);
      } catch {
        // A note that is not ours to read: dropped.
      }
    }
  } catch {
    // localStorage blocked: nothing was noted.
  }
  return taken;
}

/** A note as read: its key and text (to forget it only if unchanged) and its value. */
export interface Note<T> {
  key: string;
  text: string;
  value: T;
}

/** Every note whose key starts with `prefix`, left in place until `forget` once it is stored. */
function read<T>(prefix: string): Note<T>[] {
  const notes: Note<T>[] = [];
  try {
    for (let i = 0; i < localStorage.length; i += 1) {
      const key = localStorage.key(i);
      const text = key?.startsWith(prefix) ? localStorage.getItem(key) : null;
      if (!key || !text) continue;
      try {
        notes.push({ key, text, value: JSON.parse(text) as T });
      } catch {
        // A note that is not ours to read: left alone.
      }
    }
  } catch {
    // localStorage blocked: nothing was noted.
  }
  return notes;
}

/**
 * Removes notes that are now stored. A note rewritten meanwhile (a newer place) stays for the next
 * flush. Notes are removed only after the database has them, so a page that goes away while they
 * are being stored (a reload, a closed tab) loses none.
 */
export function forget(notes: readonly Note<unknown>[]): void {
  try {
    for (const note of notes) if (localStorage.getItem(note.key) === note.text) localStorage.removeItem(note.key);
  } catch {
    // Nothing to forget.
  }
}

/** Notes the learner's place in a course; false when localStorage is unavailable (store it directly then). */
export function journalPosition(position: PositionRow): boolean {
  // One note per course and section: the latest wins, and each section counts as opened.
  return write(`${POSITION}${position.courseId}/${position.sectionId}`, position);
}

export function journalPositions(): Note<PositionRow>[] {
  return read<PositionRow>(POSITION).sort((a, b) => a.value.updatedAt - b.value.updatedAt);
}

/** Notes that a section was read to its end; false when localStorage is unavailable. */
export function journalSeen(entry: PendingSeen): boolean {
  return write(`${SEEN}${entry.courseId}/${entry.sectionId}`, entry);
}

export function journalSeenNotes(): Note<PendingSeen>[] {
  return read<PendingSeen>(SEEN);
}

/** Whether an activity may have saved state or attempts. True when unsure (no localStorage): then look. */
export function mayHaveActivityData(activityId: string): boolean {
  try {
    const index = localStorage.getItem(SNAPSHOTS);
    // Every activity with saved state or attempts on this device is indexed here; no index means none.
    if (localStorage.getItem(`${ACTIVITY_NOTE_PREFIX}${activityId}`) !== null) return true;
    return index !== null && (JSON.parse(index) as string[]).includes(activityId);
  } catch {
    return true;
  }
}

export function indexActivityData(activityId: string, present: boolean): void {
  let index: string[] = [];
  try {
    index = JSON.parse(localStorage.getItem(SNAPSHOTS) ?? '[]') as string[];
  } catch {
    // Start a fresh index.
  }
  const next = new Set(index);
  if (present) next.add(activityId);
  else next.delete(activityId);
  write(SNAPSHOTS, [...next]);
}

/**
 * An activity's state as it is in the page, noted synchronously at every change: IndexedDB writes
 * are asynchronous, and a learner who answers and closes the tab at once must not lose the answer.
 * `base` and `baseRevision` are what the page last had from IndexedDB, so the note merges like a write.
 */
export interface ActivityNote {
  contentKey: string;
  baseRevision: number;
  base: unknown;
  snapshot: unknown;
}

export function noteActivity(activityId: string, note: ActivityNote): boolean {
  return write(`${ACTIVITY_NOTE_PREFIX}${activityId}`, note);
}

export function readActivityNote(activityId: string): ActivityNote | undefined {
  try {
    const text = localStorage.getItem(`${ACTIVITY_NOTE_PREFIX}${activityId}`);
    return text === null ? undefined : (JSON.parse(text) as ActivityNote);
  } catch {
    return undefined;
  }
}

export function clearActivityNote(activityId: string): void {
  try {
    localStorage.removeItem(`${ACTIVITY_NOTE_PREFIX}${activityId}`);
  } catch {
    // Nothing was noted.
  }
}

export function clearJournal(): void {
  take(JOURNAL_PREFIX);
  take(ACTIVITY_NOTE_PREFIX);
  try {
    localStorage.removeItem(SNAPSHOTS);
  } catch {
    // Nothing to clear.
  }
}
