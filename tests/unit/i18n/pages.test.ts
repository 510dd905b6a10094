import { describe, expect, it } from 'vitest';
import { pageMessages } from '../../../src/i18n/messages/pages';

const { en, fr, ar } = pageMessages;
const num = (n: number) => new Intl.NumberFormat('ar').format(n);
const pct = (p: number) => new Intl.NumberFormat('ar', { style: 'percent', maximumFractionDigits: 0 }).format(p / 100);

describe('page messages', () => {
  it('keeps the English text as it was', () => {
    expect(en.courseMeta(12, 90, 'CPTM 2025')).toBe('12 sections · at least 90 minutes · CPTM 2025');
    expect(en.sectionCount(11, 1)).toBe('11, 1 of them optional');
    expect(en.sectionCount(11, 0)).toBe('11');
    expect(en.passQuiz('Check', 80)).toBe('Pass “Check” (pass mark 80 %)');
    expect(en.assessmentTerms(20, 80)).toBe(': 20 questions, drawn afresh for each attempt; pass mark 80 %.');
    expect(en.attemptRule(3, 1440)).toBe(
      'You have at most 3 attempts, and you wait 1 day after finishing one before starting the next.',
    );
  });

  it('speaks French, with 0 and 1 in the singular', () => {
    expect(fr.sectionCount(11, 1)).toBe('11, dont 1 facultative');
    expect(fr.sectionCount(11, 2)).toBe('11, dont 2 facultatives');
    expect(fr.attemptRule(1, 60)).toBe(
      'Vous avez droit à 1 tentative au plus, et vous attendez 1 heure après en avoir terminé une avant de commencer la suivante.',
    );
    expect(fr.attemptRule(3, 2880)).toContain('vous attendez 2 jours');
  });

  it('speaks Arabic, in all six plural forms, with Latin values isolated', () => {
    expect(ar.sectionCount(11, 1)).toBe(`${num(11)}، منها قسم واحد اختياري`);
    expect(ar.sectionCount(11, 0)).toBe(num(11));
    expect(ar.attemptRule(3, 1440)).toBe(
      `يُسمح بما لا يزيد على ${num(3)} محاولات، ويلزم الانتظار مدة يوم واحد بعد إنهاء أي محاولة قبل بدء المحاولة التالية.`,
    );
    expect(ar.attemptRule(null, null)).toBe('عدد المحاولات غير محدود.');
    expect(ar.attemptRule(2, 120)).toContain('يُسمح بمحاولتين على الأكثر، ويلزم الانتظار مدة ساعتين');
    expect(ar.attemptRule(1, 45)).toContain(`مدة ${num(45)} دقيقة`);

    const meta = (n: number) => ar.courseMeta(n, 60, 'CPTM 2025');
    expect(meta(0)).toContain('بلا أقسام');
    expect(meta(1)).toContain('قسم واحد');
    expect(meta(2)).toContain('قسمان');
    expect(meta(3)).toContain(`${num(3)} أقسام`);
    expect(meta(11)).toContain(`${num(11)} قسمًا`);
    expect(meta(100)).toContain(`${num(100)} قسم ·`);
    expect(new Set([0, 1, 2, 3, 11, 100].map(meta)).size).toBe(6);
    expect(meta(12)).toBe(`${num(12)} قسمًا · ${num(60)} دقيقة على الأقل · \u2068CPTM 2025\u2069`);

    const waits = [0, 1, 2, 3, 11, 100].map((days) => ar.attemptRule(null, days * 1440));
    expect(waits[1]).toContain('مدة يوم واحد');
    expect(waits[2]).toContain('مدة يومين');
    expect(waits[3]).toContain(`مدة ${num(3)} أيام`);
    expect(waits[4]).toContain(`مدة ${num(11)} يومًا`);
    expect(waits[5]).toContain(`مدة ${num(100)} يوم `);

    expect(ar.passQuiz('Check', 80)).toBe(`اجتياز «\u2068Check\u2069» (درجة النجاح ${pct(80)})`);
    expect(ar.assessmentTerms(20, 80)).toBe(`: ${num(20)} سؤالًا تُختار من جديد في كل محاولة؛ ودرجة النجاح ${pct(80)}.`);
    expect(ar.assessmentTerms(null, 80)).toBe(`: درجة النجاح ${pct(80)}.`);
    expect(ar.sectionOf('CPTM 2.7', 2, 12)).toBe(`\u2068CPTM 2.7\u2069 · القسم ${num(2)} من ${num(12)}`);
  });
});
