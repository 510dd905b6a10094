import { describe, expect, it } from 'vitest';
import { ActivitySchema } from '../../../src/schemas/activity';
import { CourseSchema } from '../../../src/schemas/course';
import { GlossaryEntrySchema } from '../../../src/schemas/glossary';
import { SectionSchema } from '../../../src/schemas/section';
import { parseSource } from '../../../src/schemas/source';
import { fixtureMarkdown, fixtureYaml, issuesOf } from '../support/fixtures';

describe('source citations', () => {
  it('accepts a line or a range inside a seed', () => {
    expect(parseSource('cptm:140')).toEqual({ seed: 'cptm', from: 140, to: 140 });
    expect(parseSource('unsms:68-73')).toEqual({ seed: 'unsms', from: 68, to: 73 });
  });

  it.each([
    ['cptm140', 'is not of the form'],
    ['wiki:3', 'unknown seed "wiki"'],
    ['cptm:20-10', 'empty or reversed'],
    ['cptm:5000', 'points past the end of cptm-2025-lesson-2.7-women-peace-security.txt (919 lines)'],
  ])('refuses %s', (value, message) => {
    expect(parseSource(value)).toContain(message);
  });
});

describe('CourseSchema', () => {
  it('accepts the fixture course and fills defaults', () => {
    const course = CourseSchema.parse({ ...fixtureYaml('courses/demo/course.yaml'), completion: undefined });
    expect(course.completion).toEqual({ sections: 'all', activities: [], assessment: null });
  });

  it('names the field at fault', () => {
    const data = fixtureYaml('courses/demo/course.yaml');
    delete data.title;
    data.minutes = -5;
    data.sources = ['cptm:9999'];
    data.colour = 'blue';
    expect(issuesOf(CourseSchema.safeParse(data))).toEqual(
      expect.arrayContaining([
        'title: Required',
        'minutes: Number must be greater than 0',
        expect.stringMatching(/^sources\.0: "cptm:9999" points past the end/),
        "Unrecognized key(s) in object: 'colour'",
      ]),
    );
  });
});

describe('SectionSchema', () => {
  it('accepts fixture frontmatter', () => {
    expect(SectionSchema.parse(fixtureMarkdown('courses/demo/01-first.md').data)).toMatchObject({
      id: 'first',
      optional: false,
      objectives: [],
    });
  });

  it('refuses ids that are not stable slugs and a missing source list', () => {
    const { data } = fixtureMarkdown('courses/demo/01-first.md');
    data.id = 'First Section';
    data.sources = [];
    expect(issuesOf(SectionSchema.safeParse(data))).toEqual([
      'id: use lowercase letters, digits and single dashes',
      'sources: cite at least one seed line',
    ]);
  });
});

describe('ActivitySchema: sorting', () => {
  it('accepts the fixture', () => {
    expect(ActivitySchema.parse(fixtureYaml('activities/demo-sort.yaml'))).toMatchObject({
      kind: 'sorting',
      authored: null,
    });
  });

  it('refuses a card whose category does not exist', () => {
    const data = fixtureYaml('activities/demo-sort.yaml');
    data.items[1].category = 'culture';
    expect(issuesOf(ActivitySchema.safeParse(data))).toContain(
      'items.1.category: card "egypt" names category "culture", which is not one of: sex, gender',
    );
  });

  it('refuses duplicate card ids and an empty category', () => {
    const data = fixtureYaml('activities/demo-sort.yaml');
    data.items[1].id = 'voices';
    data.items[1].category = 'sex';
    expect(issuesOf(ActivitySchema.safeParse(data))).toEqual([
      'items.1.id: duplicate card id "voices"',
      'categories.1: category "gender" has no cards',
    ]);
  });

  it('names the field inside a card, not just "did not match"', () => {
    const data = fixtureYaml('activities/demo-sort.yaml');
    delete data.items[0].explanation;
    expect(issuesOf(ActivitySchema.safeParse(data))).toEqual(['items.0.explanation: Required']);
  });

  it('refuses an unknown kind', () => {
    const data = fixtureYaml('activities/demo-sort.yaml');
    data.kind = 'crossword';
    expect(issuesOf(ActivitySchema.safeParse(data))[0]).toMatch(/^kind: Invalid enum value/);
  });
});

describe('ActivitySchema: quiz', () => {
  it('turns true/false into a two-option question', () => {
    const quiz = ActivitySchema.parse(fixtureYaml('activities/demo-quiz.yaml'));
    if (quiz.kind !== 'quiz') throw new Error('expected a quiz');
    expect(quiz.questions[2]).toMatchObject({
      type: 'true-false',
      options: [
        { id: 'true', correct: false },
        { id: 'false', correct: true },
      ],
    });
  });

  it('refuses a single-answer question with no right answer, or with two', () => {
    const data = fixtureYaml('activities/demo-quiz.yaml');
    data.questions[0].options[0].correct = false;
    expect(issuesOf(ActivitySchema.safeParse(data))).toEqual([
      'questions.0.options: question "sex-is" (single) has 0 correct options; it needs exactly one',
    ]);
    data.questions[0].options[0].correct = true;
    data.questions[0].options[1].correct = true;
    expect(issuesOf(ActivitySchema.safeParse(data))[0]).toContain('has 2 correct options');
  });

  it('refuses duplicate question and option ids', () => {
    const data = fixtureYaml('activities/demo-quiz.yaml');
    data.questions[1].id = 'sex-is';
    data.questions[1].options[1].id = 'a';
    expect(issuesOf(ActivitySchema.safeParse(data))).toEqual([
      'questions.1.id: duplicate question id "sex-is"',
      'questions.1.options.1.id: duplicate option id "a"',
    ]);
  });

  it('names a bad field inside a true/false question', () => {
    const data = fixtureYaml('activities/demo-quiz.yaml');
    data.questions[2].answer = 'no';
    expect(issuesOf(ActivitySchema.safeParse(data))).toEqual(['questions.2.answer: Expected boolean, received string']);
  });

  it('requires every question to say its level, naming the question', () => {
    const data = fixtureYaml('activities/demo-quiz.yaml');
    delete data.questions[1].level;
    data.questions[2].level = 'remember';
    expect(issuesOf(ActivitySchema.safeParse(data))).toEqual([
      'questions.1.level: Required',
      "questions.2.level: Invalid enum value. Expected 'recall' | 'understand' | 'apply', received 'remember'",
    ]);
  });
});

describe('GlossaryEntrySchema', () => {
  it('accepts fixture entries', () => {
    for (const entry of fixtureYaml('glossary.yaml')) expect(GlossaryEntrySchema.safeParse(entry).success).toBe(true);
  });

  it('needs at least one sourced definition', () => {
    const [entry] = fixtureYaml('glossary.yaml');
    entry.definitions = [{ text: 'Biological.' }];
    expect(issuesOf(GlossaryEntrySchema.safeParse(entry))).toEqual(['definitions.0.source: Required']);
  });
});
