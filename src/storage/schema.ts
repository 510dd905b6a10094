import type { CertificateRecord } from '../certificates/record';

/** Rows kept in IndexedDB. Everything is keyed by content ids, never by titles or positions. */

/** A section the learner read to its end. */
export interface SectionSeenRow {
  /** `${courseId}/${sectionId}` */
  key: string;
  courseId: string;
  sectionId: string;
  /** First time the end was reached (ms since epoch). */
  seenAt: number;
}

/** A section the learner opened (not necessarily read to its end): the course shows it "in progress". */
export interface SectionOpenedRow {
  /** `${courseId}/${sectionId}` */
  key: string;
  courseId: string;
  sectionId: string;
  openedAt: number;
}

/** Where the learner last was in a course, for "Continue where you stopped". */
export interface PositionRow {
  courseId: string;
  sectionId: string;
  /** URL path of the page, so the link works without the catalogue. */
  href: string;
  /** Title shown in the link. */
  title: string;
  updatedAt: number;
}

/** A finished attempt at an activity (a sorting round checked, a quiz submitted). */
export interface AttemptRow {
  /** Random id, so attempts from two devices merge without colliding. */
  id: string;
  courseId: string;
  activityId: string;
  score: number;
  maxScore: number;
  passed: boolean;
  /** What the learner answered, keyed by item/question id. */
  answers: Record<string, string[]>;
  /** Quizzes: per question, milliseconds from first shown to the learner's last change of answer. */
  latencyMs?: Record<string, number>;
  startedAt: number;
  finishedAt: number;
}

/** An activity in progress, so it resumes mid-way after a reload. */
export interface SnapshotRow {
  activityId: string;
  /** Fingerprint of the activity content the snapshot was taken against. */
  contentKey: string;
  snapshot: unknown;
  updatedAt: number;
  /** +1 on every write, so a tab can tell a newer state from one it has already taken in. */
  revision?: number;
}

/** A certificate issued on this device: the sealed record, and when it was issued. */
export interface CertificateRow extends CertificateRecord {
  /** When it was issued (ms); lists are newest first. */
  issuedAt: number;
}

/** The learner's details kept for next time (one row, key "me"). */
export interface ProfileRow {
  key: 'me';
  /** The name to print on certificates. */
  name: string;
}

/** Schema versions are append-only: add a version, never edit one (see db.ts). */
export const SCHEMA_V1 = {
  sectionsSeen: 'key, courseId',
  positions: 'courseId',
} as const;

export const SCHEMA_V2 = {
  ...SCHEMA_V1,
  attempts: 'id, activityId, courseId, finishedAt',
  snapshots: 'activityId',
} as const;

export const SCHEMA_V3 = {
  ...SCHEMA_V2,
  sectionsOpened: 'key, courseId',
} as const;

export const SCHEMA_V4 = {
  ...SCHEMA_V3,
  certificates: 'id, courseId, issuedAt',
  profile: 'key',
} as const;
