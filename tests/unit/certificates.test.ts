import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  checksumOf,
  decodeRecord,
  encodeRecord,
  formatCertificateId,
  isIntact,
  newCertificateId,
  sealCertificate,
  type CertificateFields,
} from '../../src/certificates/record';

const fields: CertificateFields = {
  id: 'a3f90c12b4e5d6f708192a3b4c5d6e7f',
  courseId: 'cptm-2-7',
  courseTitle: 'Women, Peace and Security',
  edition: 'UN CPTM 2025',
  learnerName: 'Amina Diallo',
  completedOn: '2026-11-22',
  score: 92,
  contentVersion: '2025.1',
  language: 'en',
};

describe('certificate ids', () => {
  it('are 128 random bits, different every time, shown in groups of four', () => {
    const ids = new Set(Array.from({ length: 200 }, () => newCertificateId()));
    expect(ids.size).toBe(200);
    for (const id of ids) expect(id).toMatch(/^[0-9a-f]{32}$/);
    expect(formatCertificateId(fields.id)).toBe('A3F9-0C12-B4E5-D6F7-0819-2A3B-4C5D-6E7F');
  });
});

describe('checksums', () => {
  it('cover every field', async () => {
    const base = await checksumOf(fields);
    expect(base).toMatch(/^[0-9a-f]{64}$/);
    for (const key of Object.keys(fields) as (keyof CertificateFields)[]) {
      const changed = { ...fields, [key]: key === 'score' ? 91 : `${fields[key]}x` };
      expect(await checksumOf(changed), key).not.toBe(base);
    }
    expect(await checksumOf({ ...fields, score: null })).not.toBe(base);
  });
});

describe('the language a certificate was issued in', () => {
  it('leaves an English record hashed exactly as before certificates had a language, so old ones stay intact', async () => {
    const { language: _language, ...legacy } = fields;
    const before = createHash('sha256')
      .update(JSON.stringify(Object.values(legacy)))
      .digest('hex');
    expect(await checksumOf(fields)).toBe(before);
  });

  it('is sealed into a French or Arabic record and carried by its link', async () => {
    for (const language of ['fr', 'ar'] as const) {
      const record = await sealCertificate({ ...fields, language });
      expect(record.checksum).not.toBe((await sealCertificate(fields)).checksum);
      const decoded = decodeRecord(encodeRecord(record));
      expect(decoded).toEqual({ ok: true, record });
      expect(await isIntact(record)).toBe(true);
      // Claiming the certificate was English breaks the seal.
      expect(await isIntact({ ...record, language: 'en' })).toBe(false);
    }
  });
});

describe('verify links', () => {
  it('round-trip the whole record and check as intact', async () => {
    const record = await sealCertificate(fields);
    const decoded = decodeRecord(encodeRecord(record));
    expect(decoded).toEqual({ ok: true, record });
    expect(await isIntact(record)).toBe(true);
  });

  it('keep hostile and non-Latin names exactly, as data', async () => {
    const names = [
      '<img src=x onerror=alert(1)>',
      'ع'.repeat(200),
      '张伟'.repeat(100),
      'e\u0301\u0302\u0303'.repeat(50),
      '"; DROP TABLE certificates; --',
      '\u202eevil',
    ];
    for (const learnerName of names) {
      const record = await sealCertificate({ ...fields, learnerName });
      const decoded = decodeRecord(encodeRecord(record));
      expect(decoded.ok && decoded.record.learnerName).toBe(learnerName);
      expect(decoded.ok && (await isIntact(decoded.record))).toBe(true);
    }
  });

  it('say "altered" when one character of the link changes, or "damaged" when it no longer decodes', async () => {
    const link = encodeRecord(await sealCertificate(fields));
    let altered = 0;
    let damaged = 0;
    for (let i = 0; i < link.length; i += 1) {
      const replacement = link[i] === 'A' ? 'B' : 'A';
      const result = decodeRecord(link.slice(0, i) + replacement + link.slice(i + 1));
      if (!result.ok) damaged += 1;
      else if (!(await isIntact(result.record))) altered += 1;
      else throw new Error(`a change at ${i} went unnoticed`);
    }
    expect(altered + damaged).toBe(link.length);
    expect(altered).toBeGreaterThan(0);
  });

  it('never throw on random or hostile input (fuzz)', () => {
    let seed = 12345;
    const random = () => (seed = (seed * 1103515245 + 12345) >>> 0) / 2 ** 32;
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_#%=+/<>"\'{}[] \u0000é中';
    for (let i = 0; i < 2000; i += 1) {
      const length = Math.floor(random() * 300);
      const text = Array.from({ length }, () => alphabet[Math.floor(random() * alphabet.length)]).join('');
      const result = decodeRecord(text);
      expect(result.ok).toBe(false);
    }
    for (const hostile of [
      '',
      '#',
      'W10',
      'bnVsbA',
      btoa('[1,2,3]'),
      btoa('{"__proto__":{"x":1}}'),
      'x'.repeat(100000),
    ]) {
      expect(decodeRecord(hostile).ok).toBe(false);
    }
  });

  it('refuse a structurally valid record with a bad field', () => {
    const bad = (payload: unknown[]) =>
      decodeRecord(btoa(JSON.stringify(payload)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, ''));
    const good = [1, fields.id, 'c', 't', 'e', 'n', '2026-01-01', 50, 'v', 'f'.repeat(64)];
    expect(bad(good).ok).toBe(true);
    expect(bad([3, ...good.slice(1), 'fr'])).toEqual({ ok: false, problem: 'newer' });
    // Version 2 carries the language after the checksum; version 1 is English and has none.
    expect(bad([2, ...good.slice(1), 'fr'])).toMatchObject({ ok: true, record: { language: 'fr' } });
    expect(bad([2, ...good.slice(1)]).ok).toBe(false);
    expect(bad([2, ...good.slice(1), 'de']).ok).toBe(false);
    expect(bad([1, ...good.slice(1), 'fr']).ok).toBe(false);
    expect(bad([...good.slice(0, 7), 101, ...good.slice(8)]).ok).toBe(false);
    expect(bad([...good.slice(0, 6), '22/11/2026', ...good.slice(7)]).ok).toBe(false);
    expect(bad([...good.slice(0, 5), '', ...good.slice(6)]).ok).toBe(false);
  });
});
