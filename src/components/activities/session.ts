import { createActor, type AnyActorLogic, type Actor, type InputFrom } from 'xstate';
import { clearSnapshot, loadSnapshot, saveSnapshot } from '../../storage';
import { reportStorageFailure } from '../../scripts/storage-notice';

export interface SessionOptions<Logic extends AnyActorLogic> {
  logic: Logic;
  input: InputFrom<Logic>;
  activityId: string;
  /** Fingerprint of the activity's content; a snapshot taken against other content is discarded. */
  contentKey: string;
}

export interface Session<Logic extends AnyActorLogic> {
  actor: Actor<Logic>;
  /** Set when a saved snapshot could not be used and the activity started again. */
  restartedBecause: string | null;
}

/**
 * Starts an activity's actor, resumed from its saved snapshot when one fits this content, and saves
 * every change so a reload lands where the learner was. Storage problems never stop the activity.
 */
export async function startSession<Logic extends AnyActorLogic>(
  options: SessionOptions<Logic>,
): Promise<Session<Logic>> {
  const { logic, input, activityId, contentKey } = options;
  let restartedBecause: string | null = null;
  let actor: Actor<Logic> | undefined;
  let persist = true;
  try {
    const saved = await loadSnapshot(activityId);
    if (saved && saved.contentKey !== contentKey) {
      restartedBecause = 'This activity has changed since you last worked on it, so it starts again.';
      await clearSnapshot(activityId);
    } else if (saved) {
      try {
        const shape = saved.snapshot as { status?: unknown; context?: unknown } | null;
        if (!shape || typeof shape.context !== 'object' || shape.context === null || shape.status !== 'active') {
          throw new Error('saved snapshot has an unexpected shape');
        }
        // Throws on a state the machine no longer has, before an actor exists to report it as unhandled.
        (logic as unknown as { resolveState?: (s: unknown) => unknown }).resolveState?.(shape);
        actor = createActor(logic, { input, snapshot: saved.snapshot as never });
        actor.start();
        if ((actor.getSnapshot() as { status?: string }).status === 'error')
          throw new Error('restored snapshot is in error');
      } catch {
        actor?.stop();
        actor = undefined;
        restartedBecause = 'Your saved place in this activity could not be restored, so it starts again.';
        await clearSnapshot(activityId);
      }
    }
  } catch (error) {
    persist = false;
    reportStorageFailure(error);
  }
  if (!actor) {
    actor = createActor(logic, { input });
    actor.start();
  }
  if (persist) {
    const started = actor;
    const save = () =>
      saveSnapshot({ activityId, contentKey, snapshot: started.getPersistedSnapshot() }).catch(reportStorageFailure);
    if (restartedBecause) save(); // replace the snapshot that could not be used
    started.subscribe(save);
  }
  return { actor, restartedBecause };
}
