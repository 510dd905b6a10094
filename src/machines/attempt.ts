import type { AttemptRow } from '../storage/schema';

/**
 * A finished attempt as its machine reports it: the stored attempt without the keys the activity
 * session adds (its id, course and activity), so the two shapes cannot drift apart.
 */
export type FinishedAttempt = Omit<AttemptRow, 'id' | 'courseId' | 'activityId'>;
