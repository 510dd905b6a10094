import { describe, expect, it } from 'vitest';
import { activityMessages } from '../../../src/i18n/messages/activity';

const { en, fr, ar } = activityMessages;

describe('activity messages', () => {
  it('keeps the English text as it was', () => {
    expect(en.loading).toBe('Getting this activity ready… (it starts when it comes into view)');
    for (const n of [1, 2]) expect(en.sources(n)).toBe('Source:');
    expect(en.sourceSeparator).toBe(';');
    expect(en.trainers).toBe('Trainers:');
    expect(en.runWithRoom).toBe('run this activity with a room');
  });

  it('speaks French, with a no-break space before the colon and 0 and 1 in the singular', () => {
    expect(fr.sources(0)).toBe('Source\u00a0:');
    expect(fr.sources(1)).toBe('Source\u00a0:');
    expect(fr.sources(2)).toBe('Sources\u00a0:');
    expect(fr.sourceSeparator).toBe('\u00a0; ');
    expect(fr.trainers).toBe('Formateurs\u00a0:');
  });

  it('speaks Arabic, choosing among its plural forms', () => {
    expect(ar.loading).toContain('جارٍ تجهيز هذا النشاط');
    expect([0, 1, 2, 3, 11, 100].map(ar.sources)).toEqual([
      'المصادر:',
      'المصدر:',
      'المصدران:',
      'المصادر:',
      'المصادر:',
      'المصادر:',
    ]);
    expect(ar.sourceSeparator).toBe('؛ ');
  });
});
