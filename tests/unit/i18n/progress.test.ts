import { describe, expect, it } from 'vitest';
import { progressMessages } from '../../../src/i18n/messages/progress';
import { count } from '../../../src/scripts/plural';

const { en, fr, ar } = progressMessages;

describe('progress messages', () => {
  it('keeps the English text as it was', () => {
    expect(en.sectionsRead(2, 11)).toBe('2 of 11 sections read.');
    expect(en.allSectionsRead(11)).toBe('Completed: all 11 sections read.');
    expect(en.continueAt('Definitions')).toBe('Continue where you stopped: Definitions');
    expect(en.passAssessment('Final Assessment')).toBe('Pass the final assessment');
    expect(en.passAssessmentBest('Final Assessment', 60)).toBe('Pass the final assessment (best so far 60 %)');
    expect(en.assessmentOpensLater('Final Assessment')).toBe(
      'The final assessment opens once every module is read to its end',
    );
    expect(en.sectionInProgress).toBe('in progress');
    expect(en.countedAsRead).toBe('✓ Counted as read.');
  });

  it('counts English attempts as count() did', () => {
    for (const n of [1, 2, 1200]) {
      const attempts = count(n, { one: 'attempt', other: 'attempts' });
      expect(en.assessmentBest('Assessment', 80, n)).toBe(`Assessment: best score 80 % in ${attempts}.`);
      expect(en.assessmentBestPassed('Assessment', 80, n)).toBe(`Assessment: best score 80 % in ${attempts} – passed.`);
    }
  });

  it('speaks French, with a no-break space before the colon and 0 and 1 in the singular', () => {
    expect(fr.continueWhereStopped).toBe('Reprendre là où vous en étiez');
    expect(fr.readToEnd('Définitions')).toBe('Lire jusqu’à la fin\u00a0: Définitions');
    expect(fr.sectionsRead(0, 11)).toBe('0 section lue sur 11.');
    expect(fr.sectionsRead(1, 11)).toBe('1 section lue sur 11.');
    expect(fr.sectionsRead(3, 11)).toBe('3 sections lues sur 11.');
    expect(fr.assessmentBest('Évaluation', 80, 2)).toMatch(
      /^Évaluation\u00a0: meilleur résultat de 80\s%\sen 2 tentatives\.$/,
    );
  });

  it('speaks Arabic, in all six plural forms, with titles isolated', () => {
    expect(ar.getCertificate).toBe('الحصول على الشهادة');
    expect(ar.continueAt('Definitions')).toBe('الاستئناف من حيث توقفت القراءة: \u2068Definitions\u2069');
    const num = (n: number) => new Intl.NumberFormat('ar').format(n);
    const read = (n: number) => ar.sectionsRead(n, 11);
    expect(read(0)).toBe(`لم تتم قراءة أي قسم من أصل ${num(11)}.`);
    expect(read(1)).toContain('قسم واحد');
    expect(read(2)).toContain('قسمين');
    expect(read(3)).toContain(`${num(3)} أقسام`);
    expect(read(11)).toContain(`${num(11)} قسمًا`);
    expect(read(100)).toContain(`${num(100)} قسم من`);
    expect(new Set([0, 1, 2, 3, 11, 100].map(read)).size).toBe(6);
    expect(ar.assessmentBest('Assessment', 80, 2)).toContain('في محاولتين');
  });
});
