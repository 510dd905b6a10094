import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Activity, QuizActivity } from '../../src/schemas/activity';
import type { SectionData } from '../../src/schemas/section';
import { collectionsFrom } from './support/collections';

// The real content, through the real schemas: what ships must hold what the courses promise.
const content = collectionsFrom(join(process.cwd(), 'content')) as Record<string, { data: unknown }[]>;
const activities = (content.activities ?? []).map((a) => a.data as Activity);
const byId = new Map(activities.map((a) => [a.id, a]));
const sectionsOf = (course: string) =>
  (content.sections ?? []).map((s) => s.data as SectionData).filter((s) => s.course === course);

describe('I Know Gender for security personnel', () => {
  const modules = sectionsOf('i-know-gender');
  const bank = byId.get('ikg-final-assessment') as QuizActivity;

  it('has five modules of 15–25 minutes, each with objectives', () => {
    expect(modules).toHaveLength(5);
    for (const m of modules) {
      expect(m.minutes, m.id).toBeGreaterThanOrEqual(15);
      expect(m.minutes, m.id).toBeLessThanOrEqual(25);
      expect(m.objectives.length, m.id).toBeGreaterThan(0);
    }
  });

  it('ends every module with a knowledge check of 6–10 questions', () => {
    for (const m of modules) {
      const check = byId.get(`ikg-check-${m.id}`);
      expect(check?.kind, m.id).toBe('quiz');
      const count = (check as QuizActivity).questions.length;
      expect(count, m.id).toBeGreaterThanOrEqual(6);
      expect(count, m.id).toBeLessThanOrEqual(10);
    }
  });

  it('has a bank of at least 100 questions, at least half of them at level apply, in every module', () => {
    expect(bank.kind).toBe('quiz');
    expect(bank.passPercent).toBe(80);
    expect(bank.questions.length).toBeGreaterThanOrEqual(100);
    expect(bank.questions.filter((q) => q.level === 'apply').length * 2).toBeGreaterThanOrEqual(bank.questions.length);
    for (const m of modules) {
      expect(bank.questions.filter((q) => q.group === m.id).length, m.id).toBeGreaterThanOrEqual(3);
    }
  });

  it('puts a situation of at least 120 characters in every apply question', () => {
    for (const q of bank.questions.filter((q) => q.level === 'apply'))
      expect(q.prompt.length, q.id).toBeGreaterThanOrEqual(120);
  });

  it('gives every bank question a source and a right answer that exists, with unique ids', () => {
    const ids = bank.questions.map((q) => q.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const q of bank.questions) {
      expect(q.sources.length, q.id).toBeGreaterThan(0);
      expect(q.options.filter((o) => o.correct).length, q.id).toBeGreaterThan(0);
      expect(q.explanation.length, q.id).toBeGreaterThan(0);
    }
    // Assessment questions are not knowledge-check questions reused.
    const checkIds = new Set(
      activities
        .filter((a) => a.id.startsWith('ikg-check-'))
        .flatMap((a) => (a as QuizActivity).questions.map((q) => q.prompt)),
    );
    expect(bank.questions.filter((q) => checkIds.has(q.prompt))).toEqual([]);
  });
});

describe('CPTM Lesson 2.7 activities', () => {
  it('sorts at least 24 statements in 2.7.1, each with an explanation and a source', () => {
    const sorting = byId.get('sex-or-gender');
    if (sorting?.kind !== 'sorting') throw new Error('sex-or-gender is not a sorting activity');
    expect(sorting.items.length).toBeGreaterThanOrEqual(24);
    expect(sorting.categories.map((c) => c.id)).toEqual(['sex', 'gender']);
  });

  it('checks knowledge with 10+ questions covering all four learning outcomes, pass mark 80 %', () => {
    const quiz = byId.get('cptm-2-7-knowledge-check') as QuizActivity;
    expect(quiz.questions.length).toBeGreaterThanOrEqual(10);
    expect(quiz.passPercent).toBe(80);
    for (const outcome of [1, 2, 3, 4]) {
      expect(
        quiz.questions.some((q) => q.id.startsWith(`lo${outcome}-`)),
        `outcome ${outcome}`,
      ).toBe(true);
    }
  });

  it('says on each optional activity that Gender Lens wrote this version', () => {
    for (const id of ['impact-of-conflict', 'wps-resolutions', 'equal-treatment-unequal-results']) {
      expect(byId.get(id)?.authored, id).toMatch(/Gender Lens/);
    }
  });
});

describe('stable ids', () => {
  it('are unique across activities and within each course', () => {
    expect(new Set(activities.map((a) => a.id)).size).toBe(activities.length);
    for (const course of ['cptm-2-7', 'i-know-gender']) {
      const ids = sectionsOf(course).map((s) => s.id);
      expect(new Set(ids).size, course).toBe(ids.length);
    }
  });
});
