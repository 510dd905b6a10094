/**
 * Backups: everything a learner has on this device in one versioned JSON file, and the import that
 * refuses anything it cannot trust before writing a single row.
 */
import { z } from 'astro/zod';
import { isIntact } from '../certificates/record';
import { LANGUAGES } from '../i18n/languages';
import { refusalMessage, type BackupDamage, type BackupRefusal } from '../i18n/messages/data';
import type { GenderLensDatabase } from './db';

export const BACKUP_FORMAT = 'gender-lens-backup';
export const BACKUP_VERSION = 1;
export const MAX_BACKUP_BYTES = 5 * 1024 * 1024;

const key = z.string().min(1).max(300);
const time = z.number().finite().nonnegative();

const BackupSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(BACKUP_VERSION),
  exportedAt: z.string(),
  data: z.object({
    profile: z.object({ key: z.literal('me'), name: z.string().max(1000) }).nullable(),
    sectionsSeen: z.array(z.object({ key, courseId: key, sectionId: key, seenAt: time })),
    sectionsOpened: z.array(z.object({ key, courseId: key, sectionId: key, openedAt: time })),
    positions: z.array(
      z.object({
        courseId: key,
        sectionId: key,
        href: z.string().max(2000),
        title: z.string().max(1000),
        updatedAt: time,
      }),
    ),
    attempts: z.array(
      z.object({
        id: key,
        courseId: key,
        activityId: key,
        score: z.number().finite().nonnegative(),
        maxScore: z.number().finite().nonnegative(),
        passed: z.boolean(),
        answers: z.record(z.array(z.string())),
        latencyMs: z.record(z.number().finite().nonnegative()).optional(),
        startedAt: time,
        finishedAt: time,
      }),
    ),
    certificates: z.array(
      z.object({
        id: z.string().regex(/^[0-9a-f]{32}$/),
        courseId: key,
        courseTitle: key,
        edition: key,
        learnerName: z.string().min(1).max(1000),
        completedOn: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
        score: z.number().int().min(0).max(100).nullable(),
        contentVersion: key,
        // Backups made before certificates recorded their language hold English ones.
        language: z.enum(LANGUAGES).default('en'),
        checksum: z.string().regex(/^[0-9a-f]{64}$/),
        issuedAt: time,
      }),
    ),
  }),
});

export type Backup = z.output<typeof BackupSchema>;

/**
 * A backup file refused before anything was written. `message` says why in English; `reason` (and
 * `damage`, for a damaged file) let the page say it in its own language (refusalMessage).
 */
export class BackupRefused extends Error {
  constructor(
    readonly reason: BackupRefusal,
    readonly damage?: BackupDamage,
  ) {
    super(refusalMessage('en', reason, damage));
    this.name = 'BackupRefused';
  }
}

export async function exportBackup(db: GenderLensDatabase, now = new Date()): Promise<Backup> {
  return db.transaction(
    'r',
    [db.profile, db.sectionsSeen, db.sectionsOpened, db.positions, db.attempts, db.certificates],
    async () => ({
      format: BACKUP_FORMAT,
      version: BACKUP_VERSION,
      exportedAt: now.toISOString(),
      data: {
        profile: (await db.profile.get('me')) ?? null,
        sectionsSeen: await db.sectionsSeen.toArray(),
        sectionsOpened: await db.sectionsOpened.toArray(),
        positions: await db.positions.toArray(),
        attempts: await db.attempts.toArray(),
        certificates: await db.certificates.toArray(),
      },
    }),
  );
}

/** Checks a file's text as a backup. Throws BackupRefused with the reason. */
export async function parseBackup(text: string): Promise<Backup> {
  if (new Blob([text]).size > MAX_BACKUP_BYTES) {
    throw new BackupRefused('tooLarge');
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new BackupRefused('unreadable');
  }
  const header = z.object({ format: z.string(), version: z.number() }).safeParse(json);
  if (!header.success || header.data.format !== BACKUP_FORMAT) {
    throw new BackupRefused('notBackup');
  }
  if (header.data.version > BACKUP_VERSION) {
    throw new BackupRefused('newer');
  }
  const parsed = BackupSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new BackupRefused('damaged', {
      field: issue?.path.join('.') ?? 'unknown field',
      problem: issue?.message ?? 'invalid',
    });
  }
  for (const certificate of parsed.data.data.certificates) {
    if (!(await isIntact(certificate))) {
      throw new BackupRefused('altered');
    }
  }
  return parsed.data;
}

export interface ImportSummary {
  sections: number;
  attempts: number;
  certificates: number;
}

/** Merges a checked backup in one transaction: nothing is duplicated and nothing already here is lost. */
export async function importBackup(db: GenderLensDatabase, backup: Backup): Promise<ImportSummary> {
  const { data } = backup;
  const summary: ImportSummary = { sections: 0, attempts: 0, certificates: 0 };
  await db.transaction(
    'rw',
    [db.profile, db.sectionsSeen, db.sectionsOpened, db.positions, db.attempts, db.certificates],
    async () => {
      for (const row of data.sectionsSeen) {
        const here = await db.sectionsSeen.get(row.key);
        if (!here) summary.sections += 1;
        // The earliest time a section was read is the true one.
        if (!here || row.seenAt < here.seenAt) await db.sectionsSeen.put(row);
      }
      for (const row of data.sectionsOpened) {
        if (!(await db.sectionsOpened.get(row.key))) await db.sectionsOpened.add(row);
      }
      for (const row of data.positions) {
        const here = await db.positions.get(row.courseId);
        if (!here || row.updatedAt > here.updatedAt) await db.positions.put(row);
      }
      for (const row of data.attempts) {
        if (!(await db.attempts.get(row.id))) {
          await db.attempts.add(row);
          summary.attempts += 1;
        }
      }
      for (const row of data.certificates) {
        if (!(await db.certificates.get(row.id))) {
          await db.certificates.add(row);
          summary.certificates += 1;
        }
      }
      if (data.profile?.name && !(await db.profile.get('me'))?.name) await db.profile.put(data.profile);
    },
  );
  return summary;
}
