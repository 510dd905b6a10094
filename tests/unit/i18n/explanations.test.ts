import { describe, expect, it } from 'vitest';
import { explanationsMessages } from '../../../src/i18n/messages/explanations';

const { en, fr, ar } = explanationsMessages;
/** A wrong option as the page quotes it, before why it is wrong. */
const notOption = (m: typeof en, option: string) => `${m.notOptionOpen}${option}${m.notOptionClose}`;

describe('answers explained messages', () => {
  it('keeps the English the page has always said', () => {
    expect(en.rightAnswers(1)).toBe('Right answer:');
    expect(en.rightAnswers(2)).toBe('Right answers:');
    expect(['A', 'B'].join(en.answerSeparator)).toBe('A; B');
    expect(notOption(en, 'Sex')).toBe('Not “Sex”:');
    expect(en.pageTitle('Women, Peace and Security')).toBe('Answers explained – Women, Peace and Security');
  });

  it('speaks French, with guillemets, no-break spaces and 0 and 1 in the singular', () => {
    expect(fr.rightAnswers(0)).toBe('Bonne réponse\u00a0:');
    expect(fr.rightAnswers(1)).toBe('Bonne réponse\u00a0:');
    expect(fr.rightAnswers(2)).toBe('Bonnes réponses\u00a0:');
    expect(['A', 'B'].join(fr.answerSeparator)).toBe('A\u00a0; B');
    expect(notOption(fr, 'Sexe')).toBe('Pas «\u00a0Sexe\u00a0»\u00a0:');
    expect(fr.tryItFirst).toBe('Faites-la d’abord\u00a0:');
    for (const text of [fr.lede, fr.assessmentNotListed, fr.description('Femmes, paix et sécurité')]) {
      expect(text).not.toMatch(/ [:;!?»]|« |'/);
    }
  });

  it('speaks Arabic, in all six plural forms, with the course title isolated', () => {
    expect([0, 1, 2, 3, 11, 100].map(ar.rightAnswers)).toEqual([
      'الإجابات الصحيحة:',
      'الإجابة الصحيحة:',
      'الإجابتان الصحيحتان:',
      'الإجابات الصحيحة:',
      'الإجابات الصحيحة:',
      'الإجابات الصحيحة:',
    ]);
    expect(['أ', 'ب'].join(ar.answerSeparator)).toBe('أ؛ ب');
    expect(ar.description('I Know Gender')).toContain('«\u2068I Know Gender\u2069»');
  });
});
