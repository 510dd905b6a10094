import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isIntact, sealCertificate } from '../../../src/certificates/record';
import {
  closeStorage,
  configureStorage,
  deleteAllData,
  exportData,
  getCourseProgress,
  getProfileName,
  importData,
  issueCertificate,
  listCertificates,
  markSectionSeen,
  recordAttempt,
  savePosition,
} from '../../../src/storage';
import { DATABASE_NAME } from '../../../src/storage/db';
import { SCHEMA_V3 } from '../../../src/storage/schema';

let indexedDB: IDBFactory;
beforeEach(() => {
  indexedDB = new IDBFactory();
  configureStorage({ indexedDB, IDBKeyRange });
});
afterEach(() => closeStorage());

async function certificate(courseId: string, learnerName = 'Amina Diallo', issuedAt = 10) {
  const sealed = await sealCertificate({
    id: (courseId === 'cptm-2-7' ? 'a' : 'b').repeat(16) + String(issuedAt).padStart(16, '0'),
    courseId,
    courseTitle: 'Women, Peace and Security',
    edition: 'UN CPTM 2025',
    learnerName,
    completedOn: '2026-11-22',
    score: 92,
    contentVersion: '2025.1',
    language: 'en',
  });
  return { ...sealed, issuedAt };
}

async function seed() {
  await markSectionSeen('cptm-2-7', 'definitions', 5);
  await savePosition({ courseId: 'cptm-2-7', sectionId: 'definitions', href: '/d/', title: 'Definitions' }, 6);
  await recordAttempt({
    id: 'quiz:1:1',
    courseId: 'cptm-2-7',
    activityId: 'quiz',
    score: 10,
    maxScore: 12,
    passed: true,
    answers: { q1: ['a'] },
    startedAt: 1,
    finishedAt: 2,
  });
  await issueCertificate(await certificate('cptm-2-7'));
}

describe('certificates in storage', () => {
  it('issues once per course unless a new one is asked for, and remembers the name', async () => {
    const first = await issueCertificate(await certificate('cptm-2-7', 'Amina', 10));
    const again = await issueCertificate(await certificate('cptm-2-7', 'Amina D.', 20));
    expect(again.id).toBe(first.id);
    expect(await getProfileName()).toBe('Amina');
    const fresh = await issueCertificate(await certificate('cptm-2-7', 'Amina D.', 30), { replaceExisting: true });
    expect(fresh.id).not.toBe(first.id);
    expect(await getProfileName()).toBe('Amina D.');
    expect((await listCertificates()).map((c) => c.issuedAt)).toEqual([30, 10]);
  });

  it('reads a certificate issued before certificates recorded their language as English, and intact', async () => {
    const { language: _language, ...old } = await certificate('cptm-2-7');
    await issueCertificate(old as Awaited<ReturnType<typeof certificate>>);
    const row = (await listCertificates())[0]!;
    expect(row.language).toBe('en');
    expect(await isIntact(row)).toBe(true);
    // A backup made then (no language on its certificates) still imports, as English.
    const file = await exportData();
    await deleteAllData();
    expect(await importData(file)).toMatchObject({ certificates: 1 });
    expect((await listCertificates()).map((c) => c.language)).toEqual(['en']);
  });

  it('keeps the language of a French certificate through a backup', async () => {
    const french = { ...(await certificate('cptm-2-7')), language: 'fr' as const };
    await issueCertificate({ ...(await sealCertificate(french)), issuedAt: 10 });
    const file = await exportData();
    await deleteAllData();
    await importData(file);
    const row = (await listCertificates())[0]!;
    expect(row.language).toBe('fr');
    expect(await isIntact(row)).toBe(true);
  });
});

describe('backup', () => {
  it('exports everything, and importing into an empty device brings it all back', async () => {
    await seed();
    const file = await exportData();
    expect(JSON.parse(file)).toMatchObject({ format: 'gender-lens-backup', version: 1 });
    await deleteAllData();
    expect((await getCourseProgress('cptm-2-7')).seen).toEqual([]);
    expect(await importData(file)).toEqual({ sections: 1, attempts: 1, certificates: 1 });
    const progress = await getCourseProgress('cptm-2-7');
    expect(progress.seen).toEqual(['definitions']);
    expect(progress.position?.title).toBe('Definitions');
    expect(progress.attempts.map((a) => a.id)).toEqual(['quiz:1:1']);
    expect((await listCertificates()).map((c) => c.learnerName)).toEqual(['Amina Diallo']);
    expect(await getProfileName()).toBe('Amina Diallo');
  });

  it('merges without duplicating', async () => {
    await seed();
    const file = await exportData();
    expect(await importData(file)).toEqual({ sections: 0, attempts: 0, certificates: 0 });
    expect((await getCourseProgress('cptm-2-7')).attempts).toHaveLength(1);
    expect(await listCertificates()).toHaveLength(1);
  });

  async function expectRefused(text: string, reason: RegExp) {
    await seed();
    const before = await exportData();
    await expect(importData(text)).rejects.toThrow(reason);
    await expect(importData(text)).rejects.toThrow(/Nothing on this device was changed\./);
    expect(JSON.parse(await exportData()).data).toEqual(JSON.parse(before).data);
  }

  it('refuses a file that is not ours', () => expectRefused('{"hello":"world"}', /not a Gender Lens backup/));
  it('refuses a file that is not JSON at all', () => expectRefused('%PDF-1.7 …', /could not be read as a backup/));

  it('refuses a truncated file', async () => {
    await seed();
    const file = await exportData();
    await expectRefused(file.slice(0, file.length / 2), /incomplete/);
  });

  it('refuses a backup from a newer version', () =>
    expectRefused(JSON.stringify({ format: 'gender-lens-backup', version: 2, data: {} }), /newer version/));

  it('refuses a file over 5 MB', () => expectRefused(' '.repeat(5 * 1024 * 1024 + 1), /larger than 5 MB/));

  it('refuses a damaged row, naming it', async () => {
    await seed();
    const backup = JSON.parse(await exportData());
    backup.data.attempts[0].score = 'ten';
    await expectRefused(JSON.stringify(backup), /damaged \(data\.attempts\.0\.score/);
  });

  it('refuses a certificate altered after it was issued', async () => {
    await seed();
    const backup = JSON.parse(await exportData());
    backup.data.certificates[0].score = 100;
    await expectRefused(JSON.stringify(backup), /certificate in this backup was altered/);
  });

  it('keeps the earliest reading time and the latest position when merging', async () => {
    await seed();
    const backup = JSON.parse(await exportData());
    backup.data.sectionsSeen[0].seenAt = 1;
    backup.data.positions[0] = {
      ...backup.data.positions[0],
      sectionId: 'legal-framework',
      title: 'Legal',
      updatedAt: 99,
    };
    await importData(JSON.stringify(backup));
    const progress = await getCourseProgress('cptm-2-7');
    expect(progress.position?.title).toBe('Legal');
  });
});

describe('schema upgrade to version 4', () => {
  it('keeps version 3 rows', async () => {
    const v3 = new Dexie(DATABASE_NAME, { indexedDB, IDBKeyRange });
    v3.version(3).stores(SCHEMA_V3);
    await v3.table('sectionsOpened').add({ key: 'c/s', courseId: 'c', sectionId: 's', openedAt: 1 });
    await v3.table('attempts').add({
      id: 'a',
      courseId: 'c',
      activityId: 'q',
      score: 1,
      maxScore: 1,
      passed: true,
      answers: {},
      startedAt: 1,
      finishedAt: 2,
    });
    v3.close();
    const progress = await getCourseProgress('c');
    expect(progress.opened).toEqual(['s']);
    expect(progress.attempts).toHaveLength(1);
    expect(await listCertificates()).toEqual([]);
  });
});
