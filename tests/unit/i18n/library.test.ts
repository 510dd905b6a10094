import { describe, expect, it } from 'vitest';
import { formatBytes } from '../../../src/build/library-size.mjs';
import { libraryMessages } from '../../../src/i18n/messages/library';
import { citation, citationGroupHtml } from '../../../src/library/cite';

const { en, fr, ar } = libraryMessages;

describe('library messages', () => {
  it('keeps the English the library has always said', () => {
    expect(en.chapter(7)).toBe('Chapter 7:');
    expect(en.chapters(23)).toBe('23 chapters');
    expect(en.backToCitation).toBe('Back to where you were');
    // The size the build writes into /library/ reads as it did.
    expect(en.size(1_040_000, 290_400)).toBe(
      `about ${formatBytes(1_040_000)} to download, ${formatBytes(290_400)} on this device`,
    );
    expect(en.inEnglish).toBe('');
  });

  it('speaks French: no-break spaces before colons, sizes in Mo and ko', () => {
    expect(fr.chapter(7)).toBe('Chapitre 7\u00a0:');
    expect(fr.chapters(1)).toBe('1 chapitre');
    expect(fr.size(1_040_000, 290_400)).toBe('environ 1,0\u00a0Mo à télécharger, 290\u00a0ko sur cet appareil');
    expect(fr.someSaved(1, 30)).toBe('1 page de la bibliothèque sur 30 est enregistrée sur cet appareil.');
    for (const value of Object.values(fr)) {
      if (typeof value === 'string') expect(value, value).not.toMatch(/ [:;!?]|'/);
    }
  });

  it('speaks Arabic, with Arabic digits and the six plural forms of "chapter"', () => {
    const num = (n: number) => new Intl.NumberFormat('ar').format(n);
    expect(ar.chapter(7)).toBe(`الفصل ${num(7)}:`);
    expect(new Set([0, 1, 2, 3, 11, 100].map(ar.chapters)).size).toBe(6);
    expect(ar.chapters(23)).toBe(`${num(23)} فصلًا`);
  });

  it('citations open the library of the citing page’s language, their English labels marked', () => {
    const english = citation('unsms:68');
    const french = citation('unsms:68', 'fr');
    expect(english.href).toMatch(/^\/library\/unsms\/#L68$/);
    expect(french.href).toBe(`/fr${english.href}`);
    expect(french.label).toBe(english.label);
    const html = citationGroupHtml('unsms', '68', 'ar');
    expect(html).toContain(`href="/ar/library/unsms/#L68" lang="en"`);
    expect(citationGroupHtml('unsms', '68')).not.toContain('lang=');
  });
});
