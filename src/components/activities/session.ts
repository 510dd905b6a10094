import {
  createActor,
  type Actor,
  type AnyActorLogic,
  type EventFromLogic,
  type InputFrom,
  type SnapshotFrom,
} from 'xstate';
import {
  ACTIVITY_NOTE_PREFIX,
  clearActivityNote,
  clearSnapshot,
  loadSnapshot,
  mayHaveActivityData,
  noteActivity,
  readActivityNote,
  recordAttempt,
  syncSnapshot,
  watchActivity,
  type AttemptRow,
  type SnapshotRow,
} from '../../storage';
import { mergePlain, samePlain, toPlain } from '../../storage/plain';
import type { FinishedAttempt } from '../../machines/attempt';

/**
 * One activity session: the only code that saves, restores and merges an activity's state and
 * records its finished attempts. The islands (sorting, quiz, classroom) send events and read
 * snapshots; they never touch storage themselves.
 */

/** The one rule for an attempt's id: an attempt is known by its activity and when it started. */
export const attemptId = (activityId: string, startedAt: number) => `${activityId}:${startedAt}`;

export interface SessionOptions<Logic extends AnyActorLogic> {
  logic: Logic;
  /** Input for a fresh start (a new learner, or a saved state that cannot be used). */
  input: InputFrom<Logic>;
  activityId: string;
  courseId: string;
  /** Fingerprint of the activity's content; a snapshot taken against other content is discarded. */
  contentKey: string;
  /** The finished attempt a snapshot holds, or null while the attempt is under way. */
  result?: (snapshot: SnapshotFrom<Logic>) => FinishedAttempt | null;
}

export interface SessionView<Logic extends AnyActorLogic> {
  snapshot: SnapshotFrom<Logic>;
  /** Finished attempts, newest first (kept up to date from every tab). */
  attempts: AttemptRow[];
}

export interface ActivitySession<Logic extends AnyActorLogic> {
  getSnapshot(): SnapshotFrom<Logic>;
  /** Finished attempts, newest first. */
  getAttempts(): AttemptRow[];
  send(event: EventFromLogic<Logic>): void;
  /** Called with every new snapshot: the learner's own changes and those merged in from another tab. */
  subscribe(listener: (view: SessionView<Logic>) => void): () => void;
  /** Resolves once every change made so far is stored (or failed to be). */
  saved(): Promise<void>;
  /** Set when a saved state could not be used and the activity started again: a sentence for the learner. */
  restartedBecause: string | null;
  stop(): void;
}

export const RESTARTED = {
  changed: 'This activity has changed since you last worked on it, so it starts again.',
  unreadable: 'Your saved place in this activity could not be restored, so it starts again.',
} as const;

type Logic = AnyActorLogic;

/** Builds a running actor from plain saved data, or throws when the data does not fit the machine. */
function restore<L extends Logic>(logic: L, input: InputFrom<L>, saved: unknown): Actor<L> {
  const shape = saved as { status?: unknown; context?: unknown } | null;
  if (!shape || typeof shape.context !== 'object' || shape.context === null || shape.status !== 'active') {
    throw new Error('saved snapshot has an unexpected shape');
  }
  // Throws on a state the machine no longer has, before an actor exists to report it as unhandled.
  (logic as unknown as { resolveState?: (s: unknown) => unknown }).resolveState?.(shape);
  const actor = createActor(logic, { input, snapshot: saved as never });
  actor.start();
  if ((actor.getSnapshot() as { status?: string }).status === 'error') {
    actor.stop();
    throw new Error('restored snapshot is in error');
  }
  return actor;
}

const persisted = (actor: Actor<Logic>) => toPlain(actor.getPersistedSnapshot());

/**
 * Opens an activity: resumes its saved state when it fits this content, saves every change as plain
 * data (merged with what another tab saved meanwhile), follows changes made in another tab, and
 * records each finished attempt once. Storage problems are reported on the storage channel and
 * never stop the activity.
 */
export async function openActivitySession<L extends Logic>(options: SessionOptions<L>): Promise<ActivitySession<L>> {
  const { logic, input, activityId, courseId, contentKey, result } = options;
  let restartedBecause: string | null = null;
  let actor: Actor<L> | undefined;
  /** What storage held when this tab last read or wrote it: the base of every merge. */
  let base: unknown;
  /** The stored revision `base` is; rows at or below it are already taken in. */
  let baseRevision = 0;
  let saved: SnapshotRow | undefined;
  try {
    saved = await loadSnapshot(activityId);
  } catch {
    // Reported on the channel; the activity starts fresh and keeps trying to save.
  }
  if (saved && saved.contentKey === contentKey) {
    base = saved.snapshot;
    baseRevision = saved.revision ?? 0;
  }
  // What the page last showed, if the tab closed before storage had it: newer than the stored state.
  const note = readActivityNote(activityId);
  const noted =
    note?.contentKey !== contentKey
      ? undefined
      : base === undefined || note.baseRevision === baseRevision
        ? note.snapshot
        : mergePlain(note.base, note.snapshot, base);
  const resumeFrom = noted ?? base;
  if (saved && saved.contentKey !== contentKey && noted === undefined) restartedBecause = RESTARTED.changed;
  else if (resumeFrom !== undefined) {
    try {
      actor = restore(logic, input, resumeFrom);
    } catch {
      restartedBecause = RESTARTED.unreadable;
    }
  }
  if (restartedBecause) {
    clearActivityNote(activityId);
    await clearSnapshot(activityId).catch(() => undefined);
  }
  if (!actor) {
    actor = createActor(logic, { input });
    actor.start();
  }

  let current: Actor<L> = actor;
  let attempts: AttemptRow[] = [];
  let stopped = false;
  const listeners = new Set<(view: SessionView<L>) => void>();
  const notify = () => {
    const view = { snapshot: current.getSnapshot() as SnapshotFrom<L>, attempts };
    listeners.forEach((listener) => listener(view));
  };

  const recorded = new Set<string>();
  const recordFinished = () => {
    const done = result?.(current.getSnapshot() as SnapshotFrom<L>);
    if (!done) return;
    const id = attemptId(activityId, done.startedAt);
    if (recorded.has(id)) return;
    recorded.add(id);
    recordAttempt({ id, courseId, activityId, ...done }).catch(() => recorded.delete(id));
  };

  // Every write and every merge runs in turn, so a merge always starts from the latest base.
  let queue: Promise<void> = Promise.resolve();
  const inTurn = (task: () => Promise<void>) => {
    queue = queue.then(task).catch(() => undefined);
  };

  let subscription: { unsubscribe(): void } | undefined;
  const follow = (next: Actor<L>) => {
    subscription?.unsubscribe();
    current = next;
    subscription = next.subscribe(() => {
      notify();
      recordFinished();
      save();
    });
  };

  /** Moves the activity to a merged state (from another tab) without losing the learner's place. */
  const adopt = (plain: unknown) => {
    try {
      const next = restore(logic, input, plain);
      const previous = current;
      follow(next);
      previous.stop();
      notify();
      recordFinished();
    } catch {
      // A merge that makes no state this machine accepts: this tab's state stays, and its next
      // write (merged against what is stored now) replaces the stored one.
    }
  };

  /** Takes in what storage holds now (`stored`), given that this tab's state was `sent` when it read it. */
  const takeIn = (sent: unknown, stored: unknown, revision: number) => {
    const mine = persisted(current);
    const next = mergePlain(sent, mine, stored);
    base = stored;
    baseRevision = revision;
    if (!samePlain(next, mine)) adopt(next);
    return !samePlain(persisted(current), stored);
  };

  let dirty = false;
  const save = () => {
    if (stopped) return;
    noteActivity(activityId, { contentKey, baseRevision, base, snapshot: persisted(current) });
    if (dirty) return;
    dirty = true;
    inTurn(async () => {
      dirty = false;
      const sent = persisted(current);
      if (base !== undefined && samePlain(sent, base)) return;
      try {
        const stored = await syncSnapshot({ activityId, contentKey, base, snapshot: sent });
        if (takeIn(sent, stored.snapshot, stored.revision)) save();
        else clearActivityNote(activityId); // storage has what the page shows
      } catch {
        // Reported on the channel; the next change tries again.
      }
      void startWatching();
    });
  };

  let unwatch: (() => void) | undefined;
  let stopListeningForNotes: (() => void) | undefined;
  // Watching loads the database, so it starts only once something is saved: an activity nobody
  // has touched keeps Dexie off the page. Resolves once the first answer is in (or never comes).
  const startWatching = () =>
    new Promise<void>((heard) => {
      if (unwatch || stopped) return heard();
      unwatch = watchActivity(
        activityId,
        (row) => {
          heard();
          onRow(row);
        },
        heard,
      );
    });
  /** Another tab (or this one) stored something: take in what is new, after any write in progress. */
  const onRow = (row: { snapshot: SnapshotRow | undefined; attempts: AttemptRow[] }) => {
    attempts = row.attempts;
    const theirs = row.snapshot;
    if (theirs && theirs.contentKey === contentKey) {
      inTurn(async () => {
        const revision = theirs.revision ?? 0;
        if (revision > baseRevision && takeIn(base, theirs.snapshot, revision)) save();
      });
    }
    notify();
  };

  follow(actor);
  // Store a noted state storage never had, or replace one that could not be used.
  if (restartedBecause || noted !== undefined) save();
  if (mayHaveActivityData(activityId)) await startWatching();
  else {
    // Another tab may start this activity while this one has nothing saved: its first note says so.
    const onNote = (event: StorageEvent) => {
      if (event.key !== `${ACTIVITY_NOTE_PREFIX}${activityId}` || event.newValue === null) return;
      removeEventListener('storage', onNote);
      void startWatching();
    };
    if (typeof addEventListener === 'function') {
      addEventListener('storage', onNote);
      stopListeningForNotes = () => removeEventListener('storage', onNote);
    }
  }
  recordFinished(); // a finished attempt whose row never reached storage is stored now

  return {
    getSnapshot: () => current.getSnapshot() as SnapshotFrom<L>,
    getAttempts: () => attempts,
    saved: async () => {
      // A write can queue a merge, and a merge a write: wait until the queue stays empty.
      for (let last: Promise<void> | undefined; last !== queue;) {
        last = queue;
        await last;
      }
    },
    send: (event) => current.send(event),
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    restartedBecause,
    stop() {
      stopped = true;
      unwatch?.();
      stopListeningForNotes?.();
      subscription?.unsubscribe();
      current.stop();
    },
  };
}
