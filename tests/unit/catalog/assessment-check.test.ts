import { describe, expect, it } from 'vitest';
import { checkAssessments, keyBalance } from '../../../src/catalog/assessment-check';
import type { ContentSet } from '../../../src/catalog/integrity';
import type { QuizActivity, QuizQuestion } from '../../../src/schemas/activity';
import { ActivitySchema } from '../../../src/schemas/activity';
import { CourseSchema } from '../../../src/schemas/course';
import { SectionSchema } from '../../../src/schemas/section';
import { fixtureMarkdown, fixtureYaml } from '../support/fixtures';

const COURSE = 'content/courses/demo/course.yaml';
const QUIZ = 'content/activities/demo-quiz.yaml';

/** The fixture course and its assessment as the build sees them; `edit` breaks the raw YAML first. */
function fixture(edit: (raw: { course: any; quiz: any }) => void = () => {}): ContentSet {
  const raw = { course: fixtureYaml('courses/demo/course.yaml'), quiz: fixtureYaml('activities/demo-quiz.yaml') };
  edit(raw);
  return {
    courses: [{ file: COURSE, data: CourseSchema.parse(raw.course) }],
    sections: ['01-first', '02-second'].map((name) => ({
      file: `content/courses/demo/${name}.md`,
      data: SectionSchema.parse(fixtureMarkdown(`courses/demo/${name}.md`).data),
    })),
    activities: [{ file: QUIZ, data: ActivitySchema.parse(raw.quiz) }],
    glossary: [],
  };
}

const messages = (set: ContentSet) => checkAssessments(set).map((e) => e.message);
const question = (raw: any, id: string) => raw.questions.find((q: any) => q.id === id);

describe('checkAssessments: the blueprint', () => {
  it('finds nothing wrong with the fixture course and its bank', () => {
    expect(messages(fixture())).toEqual([]);
  });

  it('fails, naming course.yaml and the cell, when the bank cannot fill a cell', () => {
    const set = fixture(({ course }) => {
      course.assessment.blueprint[0].questions = 4;
    });
    expect(messages(set)).toEqual([
      `${COURSE}: assessment.blueprint[0]: the bank in ${QUIZ} cannot fill module "first", outcome 1: a form draws 2 apply and 2 other questions; the bank has 1 apply and 2 other`,
    ]);
  });

  it('counts levels: an apply share the bank has no apply questions for is unfillable', () => {
    const set = fixture(({ course }) => {
      course.assessment.blueprint[1].applyPercent = 100;
    });
    expect(messages(set)).toEqual([
      `${COURSE}: assessment.blueprint[1]: the bank in ${QUIZ} cannot fill module "second", outcome 1: a form draws 1 apply and 0 other questions; the bank has 0 apply and 2 other`,
    ]);
  });

  it('names cells for modules and outcomes that do not exist, and questions no cell draws', () => {
    const set = fixture(({ course, quiz }) => {
      course.assessment.blueprint.push({ module: 'third', outcome: 2, questions: 1 });
      delete question(quiz, 'same').outcome;
    });
    expect(messages(set)).toEqual([
      `${COURSE}: assessment.blueprint[2].module: "third" is not a section of this course`,
      `${COURSE}: assessment.blueprint[2].outcome: 2, but the course has 1 outcomes`,
      `${COURSE}: assessment.blueprint[2]: the bank in ${QUIZ} cannot fill module "third", outcome 2: a form draws 0 apply and 1 other questions; the bank has 0 apply and 0 other`,
      `${QUIZ}: questions[2] "same": needs a group and an outcome; the course's blueprint draws by module and outcome`,
    ]);
  });

  it('names duties that are unknown or tested by too few questions', () => {
    const set = fixture(({ course, quiz }) => {
      course.assessment.duties[0].minQuestions = 2;
      question(quiz, 'sex-is').duties = ['consent'];
    });
    expect(messages(set)).toEqual([
      `${QUIZ}: questions[0] "sex-is".duties: "consent" is not one of the duties in ${COURSE}`,
      `${COURSE}: assessment.duties: "name-it" is tested by 1 question(s) in ${QUIZ}; it needs 2`,
    ]);
  });
});

describe('checkAssessments: key balance', () => {
  it('names the questions when too many true/false questions are keyed True', () => {
    const set = fixture(({ quiz }) => {
      question(quiz, 'same').answer = true;
    });
    expect(messages(set)).toEqual([
      `${QUIZ}: key balance: 2 of 2 true/false questions are keyed True (100 %); keep it between 35 % and 65 %. Keyed True: same, learned; keyed False: none`,
    ]);
  });

  it('names the questions whose right option is the longest too often', () => {
    const set = fixture(({ quiz }) => {
      question(quiz, 'sex-is').options[0].text = 'Biologically defined, usually at birth';
    });
    expect(messages(set)).toEqual([
      `${QUIZ}: key balance: in 1 of 2 single-answer questions (50 %) the right option is the longest; at most 35 %. Questions: sex-is`,
    ]);
  });

  it('names multiple-answer questions keyed "every option but one" when they are more than half', () => {
    const set = fixture(({ quiz }) => {
      question(quiz, 'gender-is').options[2].correct = true;
    });
    expect(messages(set)).toEqual([
      `${QUIZ}: key balance: 1 of 1 multiple-answer questions are keyed "every option but one" (100 %); at most 50 %. Questions: gender-is`,
    ]);
  });

  it('names every wrong option without feedback', () => {
    const set = fixture(({ quiz }) => {
      delete question(quiz, 'gender-is').options[3].feedback;
    });
    expect(messages(set)).toEqual([
      `${QUIZ}: question "gender-is", option "d": a wrong option needs feedback saying why it is wrong`,
    ]);
  });

  it('asks for varied numbers of right options across multiple-answer questions', () => {
    const twin = (id: string): QuizQuestion => ({
      id,
      type: 'multiple',
      level: 'recall',
      duties: [],
      prompt: id,
      explanation: id,
      sources: ['cptm:140'],
      options: ['a', 'b', 'c', 'd'].map((o, i) => ({
        id: o,
        text: o,
        correct: i < 2,
        feedback: i < 2 ? undefined : 'no',
      })),
    });
    const balance = keyBalance([twin('m1'), twin('m2')]);
    expect(balance.multiple.rightCounts).toEqual({ 2: 2 });
    const set = fixture();
    (set.activities[0]!.data as QuizActivity).questions.push(twin('m1'));
    expect(messages(set)).toContain(
      `${QUIZ}: key balance: every multiple-answer question has 2 right options; vary the number`,
    );
  });
});
