import { onMount } from 'svelte';
import { createActor, type AnyActorLogic, type EventFromLogic, type InputFrom, type SnapshotFrom } from 'xstate';
import { pageLanguage } from '../../i18n/languages';
import { storageMessages } from '../../i18n/messages/storage';
import type { AttemptRow } from '../../storage';
import { openActivitySession, RESTARTED, type ActivitySession, type SessionOptions } from './session';

/** The sentence for a restarted activity in the page's language (session.ts gives the English one). */
function restartNotice(because: string | null): string | null {
  if (because === null) return null;
  const messages = storageMessages[typeof document !== 'undefined' ? pageLanguage(document) : 'en'];
  if (because === RESTARTED.changed) return messages.restartedChanged;
  if (because === RESTARTED.unreadable) return messages.restartedUnreadable;
  return because;
}

export interface ActivityOptions<Logic extends AnyActorLogic> extends Omit<SessionOptions<Logic>, 'input'> {
  /** Input of the first render (also the build-time HTML): the activity as a newcomer sees it. */
  firstInput: InputFrom<Logic>;
  /** Input of a fresh start in the browser (a new seed, the time now). */
  input: () => InputFrom<Logic>;
  /** `manual`: the island calls `open()` itself (an assessment first checks the modules read). */
  open?: 'mount' | 'manual';
}

/**
 * The Svelte 5 side of an activity session, the same for every island: reactive `snapshot`,
 * `attempts`, `ready` and `notice`, and `send`. Everything about saving lives in session.ts.
 */
export function useActivity<Logic extends AnyActorLogic>(options: ActivityOptions<Logic>) {
  const first = createActor(options.logic, { input: options.firstInput }).getSnapshot() as SnapshotFrom<Logic>;
  // Snapshots are immutable: raw state, no deep proxy.
  let snapshot = $state.raw(first);
  let attempts: AttemptRow[] = $state.raw([]);
  let ready = $state(false);
  let notice: string | null = $state(null);
  let session: ActivitySession<Logic> | undefined;
  let destroyed = false;
  let stopListening: (() => void) | undefined;

  async function open() {
    if (session || destroyed) return;
    const opened = await openActivitySession({ ...options, input: options.input() });
    if (destroyed) return opened.stop();
    session = opened;
    notice = restartNotice(opened.restartedBecause);
    snapshot = opened.getSnapshot();
    attempts = opened.getAttempts();
    stopListening = opened.subscribe((view) => {
      snapshot = view.snapshot;
      attempts = view.attempts;
    });
    ready = true;
  }

  onMount(() => {
    if (options.open !== 'manual') void open();
    return () => {
      destroyed = true;
      stopListening?.();
      session?.stop();
    };
  });

  return {
    get snapshot() {
      return snapshot;
    },
    get attempts() {
      return attempts;
    },
    get ready() {
      return ready;
    },
    get notice() {
      return notice;
    },
    open,
    /** Sends an event and returns the snapshot after it (for what to announce). */
    send(event: EventFromLogic<Logic>): SnapshotFrom<Logic> {
      if (!session) return snapshot;
      session.send(event);
      return session.getSnapshot();
    },
  };
}
