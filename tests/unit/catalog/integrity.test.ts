import { describe, expect, it } from 'vitest';
import { checkIntegrity, type ContentSet } from '../../../src/catalog/integrity';
import { ActivitySchema } from '../../../src/schemas/activity';
import { CourseSchema } from '../../../src/schemas/course';
import { GlossaryEntrySchema } from '../../../src/schemas/glossary';
import { SectionSchema } from '../../../src/schemas/section';
import { fixtureMarkdown, fixtureYaml } from '../support/fixtures';

/** The fixture tree, parsed through the real schemas, as the build sees it. */
function fixtureSet(): ContentSet {
  const activity = (name: string) => ({
    file: `content/activities/${name}.yaml`,
    data: ActivitySchema.parse(fixtureYaml(`activities/${name}.yaml`)),
  });
  return {
    courses: [
      { file: 'content/courses/demo/course.yaml', data: CourseSchema.parse(fixtureYaml('courses/demo/course.yaml')) },
    ],
    sections: ['01-first', '02-second'].map((name) => ({
      file: `content/courses/demo/${name}.md`,
      data: SectionSchema.parse(fixtureMarkdown(`courses/demo/${name}.md`).data),
    })),
    activities: [activity('demo-sort'), activity('demo-quiz')],
    glossary: fixtureYaml('glossary.yaml').map((entry: unknown) => ({
      file: 'content/glossary.yaml',
      data: GlossaryEntrySchema.parse(entry),
    })),
  };
}

const messages = (set: ContentSet) => checkIntegrity(set).map((e) => e.message);

describe('checkIntegrity', () => {
  it('finds nothing wrong with the fixture tree', () => {
    expect(messages(fixtureSet())).toEqual([]);
  });

  it('reports a section pointing at a course that does not exist', () => {
    const set = fixtureSet();
    set.sections[1]!.data.course = 'demo-2';
    expect(messages(set)).toEqual([
      'content/courses/demo/02-second.md: course: "demo-2" is not a course (no content/courses/demo-2/course.yaml)',
      // The quiz's questions about that section, and the blueprint's cell for it, now point nowhere too.
      'content/activities/demo-quiz.yaml: questions[2].group: "second" is not a section of course "demo"',
      'content/activities/demo-quiz.yaml: questions[4].group: "second" is not a section of course "demo"',
      'content/courses/demo/course.yaml: assessment.blueprint[1].module: "second" is not a section of this course',
    ]);
  });

  it('reports duplicate section ids and orders within a course', () => {
    const set = fixtureSet();
    set.sections[1]!.data.id = 'first';
    set.sections[1]!.data.order = 1;
    expect(messages(set)).toEqual([
      'content/courses/demo/02-second.md: id: "first" is already used by content/courses/demo/01-first.md',
      'content/courses/demo/02-second.md: order: 1 is already used by content/courses/demo/01-first.md',
      'content/activities/demo-quiz.yaml: questions[2].group: "second" is not a section of course "demo"',
      'content/activities/demo-quiz.yaml: questions[4].group: "second" is not a section of course "demo"',
      'content/courses/demo/course.yaml: assessment.blueprint[1].module: "second" is not a section of this course',
    ]);
  });

  it('reports dangling completion links and an assessment that is not a quiz', () => {
    const set = fixtureSet();
    const rule = set.courses[0]!.data.completion;
    rule.sections = ['first', 'third'];
    rule.activities = ['demo-sort', 'missing'];
    rule.assessment = 'demo-sort';
    expect(messages(set)).toEqual([
      'content/courses/demo/course.yaml: completion.sections: "third" is not a section of this course',
      'content/courses/demo/course.yaml: completion.activities: "missing" does not exist (no content/activities/missing.yaml)',
      'content/courses/demo/course.yaml: completion.assessment: "demo-sort" is a sorting activity, not a quiz',
    ]);
  });

  it('reports an activity whose id differs from its file name or whose question group is not a section', () => {
    const set = fixtureSet();
    set.activities[0]!.data.id = 'sorting';
    const quiz = set.activities[1]!.data;
    if (quiz.kind !== 'quiz') throw new Error('fixture changed');
    quiz.questions[0]!.group = 'module-9';
    expect(messages(set)).toEqual([
      'content/courses/demo/course.yaml: completion.activities: "demo-sort" does not exist (no content/activities/demo-sort.yaml)',
      'content/activities/demo-sort.yaml: id: "sorting" must equal the file name "demo-sort"',
      'content/activities/demo-quiz.yaml: questions[0].group: "module-9" is not a section of course "demo"',
      'content/activities/demo-quiz.yaml: questions[0] "sex-is": no cell of the blueprint in content/courses/demo/course.yaml draws module "module-9", outcome 1',
    ]);
  });

  it('reports glossary cross-references and aliases that collide', () => {
    const set = fixtureSet();
    set.glossary[1]!.data.related = ['sexuality'];
    set.glossary[1]!.data.aliases = ['sex'];
    expect(messages(set)).toEqual([
      'content/glossary.yaml: gender.related: "sexuality" is not a glossary entry',
      'content/glossary.yaml: gender.aliases: "sex" also names "sex"',
    ]);
  });

  it('reports a section id that would hide one of the course pages', () => {
    const set = fixtureSet();
    set.sections[0]!.data.id = 'slides';
    expect(messages(set)[0]).toBe(
      'content/courses/demo/01-first.md: id: "slides" is the name of a course page (handout, slides, presenter, guide, classroom, assessment, explanations); choose another id',
    );
  });

  it('reports a citation in activity or glossary prose that names a missing or blank line', () => {
    const set = fixtureSet();
    set.activities[0]!.data.authored = 'Written from the lesson (cptm:9999).';
    set.glossary[0]!.data.note = 'The policy says so ([see the passage](cite:unsms:13)).';
    expect(messages(set)).toEqual([
      expect.stringMatching(
        /^content\/activities\/demo-sort\.yaml: authored: citation "cptm:9999" points past the end of cptm-.*\.txt/,
      ),
      expect.stringMatching(
        new RegExp(
          `^content/glossary\\.yaml: ${set.glossary[0]!.data.id}\\.note: citation "unsms:13" starts on line 13 .* which is blank`,
        ),
      ),
    ]);
  });

  it('reports a course without sections', () => {
    const set = fixtureSet();
    set.sections = [];
    expect(messages(set)).toContain(
      'content/courses/demo/course.yaml: the course has no sections (content/courses/demo/NN-<id>.md)',
    );
  });
});
