import { describe, expect, it } from 'vitest';
import { certificateMessages } from '../../../src/i18n/messages/certificates';

const { en, fr, ar } = certificateMessages;

describe('certificate messages', () => {
  it('keep the English a supervisor and the tests have always read', () => {
    expect(en.intact).toBe('Intact: this record is exactly as it was issued.');
    expect(en.damaged).toBe('This verification link is damaged or incomplete.');
    expect(en.courseTitle('CPTM Lesson 2.7', 'Women, Peace and Security')).toBe(
      'CPTM Lesson 2.7: Women, Peace and Security',
    );
    expect(en.percent(92)).toBe('92 %');
    expect(en.day('2026-11-22')).toBe('22 November 2026');
  });

  it('write French titles, scores and days as French does', () => {
    expect(fr.courseTitle('CPTM, leçon 2.7', 'Femmes, paix et sécurité')).toBe(
      'CPTM, leçon 2.7\u00a0: Femmes, paix et sécurité',
    );
    expect(fr.percent(92)).toMatch(/^92\s%$/);
    expect(fr.day('2026-11-22')).toBe('22 novembre 2026');
    expect(fr.inLanguage('ar')).toBe('en arabe');
  });

  it('write Arabic with its own digits and month names, and Latin codes isolated', () => {
    expect(ar.day('2026-11-22')).toBe(
      new Intl.DateTimeFormat('ar', { dateStyle: 'long' }).format(Date.UTC(2026, 10, 22, 12)),
    );
    expect(ar.day('2026-11-22')).toMatch(/نوفمبر/);
    expect(ar.courseTitle('CPTM Lesson 2.7', 'Women, Peace and Security')).toBe(
      '\u2068CPTM Lesson 2.7\u2069: Women, Peace and Security',
    );
    expect(ar.languageName('fr')).toBe('الفرنسية');
    expect(ar.openCertificate('A3F9-0C12')).toBe('افتح الشهادة \u2068A3F9-0C12\u2069');
  });

  it('day() names the calendar day recorded, whatever the time zone', () => {
    // The record holds a day, not an instant: noon local time cannot fall on another date.
    for (const lang of ['en', 'fr', 'ar'] as const) {
      expect(certificateMessages[lang].day('2026-01-01')).not.toMatch(/2025|٢٠٢٥/);
    }
  });
});
