import { describe, expect, it } from 'vitest';
import { assessmentMessages } from '../../../src/i18n/messages/assessment';

const { en, fr, ar } = assessmentMessages;
const num = (n: number) => new Intl.NumberFormat('ar').format(n);

describe('assessment messages', () => {
  it('keeps the English the assessment page has always said, with one question in the singular', () => {
    expect(en.howItWorks(20)).toMatch(
      /^Each attempt draws 20 questions from the whole course, with questions from every module and, as far as the question bank allows, none you were asked in your previous attempt\. You see your score at the end\./,
    );
    expect(en.howItWorks(1)).toMatch(/^Each attempt draws 1 question from/);
    expect(en.howItWorks(null)).toMatch(/^Each attempt draws its questions from/);
    expect(en.limits).toContain('the LMS record is the authoritative one.');
  });

  it('speaks French, with 0 and 1 in the singular and no-break spaces before the colon', () => {
    expect(fr.heading).toBe('Évaluation finale');
    expect(fr.howItWorks(0)).toMatch(/^Chaque tentative comporte 0 question tirée de l’ensemble du cours, /);
    expect(fr.howItWorks(1)).toMatch(/^Chaque tentative comporte 1 question tirée /);
    expect(fr.howItWorks(20)).toMatch(/^Chaque tentative comporte 20 questions tirées /);
    expect(fr.howItWorks(null)).toMatch(/^Chaque tentative tire ses questions de l’ensemble du cours, /);
    expect(fr.limits).toContain('sur cet appareil\u00a0: le certificat');
    for (const text of [fr.howItWorks(20), fr.limits, fr.keptOnDevice]) {
      expect(text).not.toMatch(/ [:;!?]|'/);
    }
  });

  it('speaks Arabic, in all six plural forms, with the course title isolated', () => {
    expect([0, 1, 2, 3, 11, 100].map((n) => ar.howItWorks(n).split('،')[0])).toEqual([
      `يُختار لكل محاولة ${num(0)} سؤال من الدورة كلها`,
      'يُختار لكل محاولة سؤال واحد من الدورة كلها',
      'يُختار لكل محاولة سؤالان من الدورة كلها',
      `يُختار لكل محاولة ${num(3)} أسئلة من الدورة كلها`,
      `يُختار لكل محاولة ${num(11)} سؤالًا من الدورة كلها`,
      `يُختار لكل محاولة ${num(100)} سؤال من الدورة كلها`,
    ]);
    expect(ar.howItWorks(null)).toMatch(/^تُختار أسئلة كل محاولة من الدورة كلها، /);
    expect(ar.pageTitle('I Know Gender')).toBe('التقييم – \u2068I Know Gender\u2069');
  });
});
