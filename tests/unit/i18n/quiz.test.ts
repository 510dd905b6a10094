import { describe, expect, it } from 'vitest';
import { quizMessages } from '../../../src/i18n/messages/quiz';

const { en, fr, ar } = quizMessages;
const arabic = (n: number) => new Intl.NumberFormat('ar').format(n);

describe('quiz messages', () => {
  it('keeps the English text as it was', () => {
    expect(en.questionOf(2, 5)).toBe('Question 2 of 5');
    expect(en.finishedAnnouncement(4, 5, 80, true)).toBe('4 of 5 (80 %). Passed.');
    expect(en.finishedAnnouncement(1, 5, 20, false)).toBe('1 of 5 (20 %). Not passed yet.');
    expect(en.resultHeading(false, 1, 5, 20)).toBe('Not passed yet: 1 of 5 (20 %)');
    expect(en.passMark(80)).toBe('The pass mark is 80 %.');
    expect(en.attemptOf(1, 3)).toBe('This was attempt 1 of 3.');
    expect(en.usedAllAttempts(3)).toBe('You have used all 3 attempts.');
    expect(en.attemptSummary(3, 5, 60, false, 'D')).toBe('3 of 5 (60 %): not passed, D');
    expect(en.bestResult(4, 5, 80, true, 'D')).toBe('Best result: 4 of 5 (80 %), passed, on D.');
    expect(en.youChose('Sex', 'Gender is social.')).toBe('You chose “Sex”: Gender is social.');
    expect(en.yourAnswer(['A', 'B'])).toBe('Your answer: A; B.');
    expect(en.yourAnswer([])).toBe('Your answer: none.');
    expect(en.rightAnswer(['A'])).toBe('Right answer: A.');
    expect(en.reviewNotCorrect).toBe('Not correct.');
  });

  it('speaks French, with no-break spaces, guillemets and 0 and 1 in the singular', () => {
    expect(fr.questionOf(2, 5)).toBe('Question 2 sur 5');
    expect(fr.checkAnswer).toBe('Vérifier la réponse');
    expect(fr.passMark(80)).toMatch(/^La note de passage est de 80\s%\.$/);
    expect(fr.youChose('Sexe', 'Non.')).toBe('Vous avez choisi «\u00a0Sexe\u00a0»\u00a0: Non.');
    expect(fr.yourAnswer(['A', 'B'])).toBe('Votre réponse\u00a0: A\u00a0; B.');
    expect(fr.usedAllAttempts(1)).toBe('Vous avez utilisé votre seule tentative.');
    expect(fr.usedAllAttempts(3)).toBe('Vous avez utilisé vos 3 tentatives.');
  });

  it('speaks Arabic, in all six plural forms, with inserted text isolated', () => {
    expect(ar.checkAnswer).toBe('التحقق من الإجابة');
    expect(ar.questionOf(2, 5)).toBe(`السؤال ${arabic(2)} من ${arabic(5)}`);
    expect(ar.youChose('Sex', 'No.')).toBe('الإجابة المختارة «\u2068Sex\u2069»: \u2068No.\u2069');
    expect(ar.rightAnswer(['A', 'B'])).toBe('الإجابة الصحيحة: \u2068A\u2069؛ \u2068B\u2069.');
    const used = ar.usedAllAttempts;
    expect(used(0)).toBe('لا توجد أي محاولة متاحة.');
    expect(used(1)).toContain('المحاولة الوحيدة');
    expect(used(2)).toContain('المحاولتين');
    expect(used(3)).toContain(`${arabic(3)} محاولات`);
    expect(used(11)).toContain(`${arabic(11)} محاولة`);
    expect(used(100)).toContain(`${arabic(100)} محاولة`);
    expect(new Set([0, 1, 2, 3].map(used)).size).toBe(4);
  });
});
