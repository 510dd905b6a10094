import { describe, expect, it } from 'vitest';
import type { CourseView, SectionView } from '../../../src/catalog';
import { buildDeck, clockMinutes, materials, withoutSlides } from '../../../src/catalog/deck';
import { createTermIndex } from '../../../src/render/markdown';
import { renderSection } from '../../../src/render/section';
import { ActivitySchema, type Activity } from '../../../src/schemas/activity';
import { CourseSchema } from '../../../src/schemas/course';
import { SectionSchema } from '../../../src/schemas/section';
import { fixtureYaml } from '../support/fixtures';

const course = CourseSchema.parse(fixtureYaml('courses/demo/course.yaml'));
const activities = new Map<string, Activity>(
  ['demo-sort', 'demo-quiz'].map((id) => [id, ActivitySchema.parse(fixtureYaml(`activities/${id}.yaml`))]),
);
const terms = createTermIndex([], (id) => `/glossary/#${id}`);

function section(id: string, order: number, body: string, extra: Record<string, unknown> = {}): SectionView {
  const data = SectionSchema.parse({ id, course: 'demo', order, title: `Part ${id}`, sources: ['cptm:3'], ...extra });
  return {
    data,
    file: `${id}.md`,
    href: `/courses/demo/${id}/`,
    contentLanguage: 'en',
    state: 'source',
    rendered: renderSection(body, {
      file: `${id}.md`,
      terms,
      activityIds: new Set(activities.keys()),
      deck: course.deck,
    }),
  };
}

const sections = [
  section(
    'opening',
    1,
    '::: slide 1 "Welcome"\nHello\n:::\n\n::: slide 2 "Aim"\n:::\n\n::: trainer-tip\nUse a flipchart. Keep it short.\n:::\n\n::: key-message 1\nFirst.\n:::',
    { minutes: 5 },
  ),
  section('map', 2, '::: trainer-tip\nSee the Learning Support file.\n:::\n\n::: key-message 2\nSecond.\n:::', {
    minutes: 1,
  }),
  section(
    'sorting',
    3,
    '::: slide 3 "Sex or gender?"\nTime: 15 minutes\n:::\n\n## How\n\nBrainstorm.\n\n::: activity demo-sort\n:::\n\n::: slide 4 "After"\nText\n:::',
    { minutes: 15 },
  ),
  section('closing', 4, '::: trainer-tip\nDistribute the Handout to all participants.\n:::', { minutes: 2 }),
  section('extra', 5, '## More\n\n::: activity demo-quiz\n:::', { minutes: 30, optional: true }),
];
const view: CourseView = {
  data: course,
  file: 'course.yaml',
  sections,
  requiredSectionIds: [],
  href: '/courses/demo/',
  lang: 'en',
  contentLanguage: 'en',
  state: 'source',
};

describe('buildDeck', () => {
  const deck = buildDeck(view, activities)!;

  it('puts every slide of every section in order, in the course frame', () => {
    expect(deck.slides.map((s) => s.number)).toEqual([1, 2, 3, 4]);
    expect(deck.slides.map((s) => s.index)).toEqual([0, 1, 2, 3]);
    expect(deck.slides[0]!.figure).toContain('<p class="slide__footer">FIXTURE Slide 1</p>');
    expect(deck.slides[1]!.figure).toContain('The source gives this slide a title but no content.');
  });

  it('gives each slide the notes and key messages that follow it, across sections without slides', () => {
    expect(deck.slides[0]!.notes).toEqual([]);
    expect(deck.slides[1]!.notes).toEqual([
      '<p>Use a flipchart. Keep it short.</p>\n',
      '<p>See the Learning Support file.</p>\n',
    ]);
    expect(deck.slides[1]!.keyMessages.map((k) => k.number)).toEqual([1, 2]);
    // The closing has no slide: its tip goes with the last slide.
    expect(deck.slides[3]!.notes).toEqual(['<p>Distribute the Handout to all participants.</p>\n']);
  });

  it('links the activity that follows a slide to its classroom mode, and only kinds that have one', () => {
    expect(deck.slides[2]!.activities).toEqual([
      {
        id: 'demo-sort',
        title: activities.get('demo-sort')!.title,
        classroomHref: '/courses/demo/classroom/demo-sort/',
        lessonHref: '/courses/demo/sorting/#activity-demo-sort',
      },
    ]);
    expect(deck.slides[3]!.activities).toEqual([]);
    const quiz = deck.plan.find((p) => p.id === 'extra')!.activities[0]!;
    expect(quiz.classroomHref).toBeNull();
  });

  it('keeps a trainer in the deck’s language: a French deck runs the activity in the French classroom view', () => {
    const french = buildDeck({ ...view, lang: 'fr' }, activities)!;
    expect(french.slides[2]!.activities[0]!.classroomHref).toBe('/fr/courses/demo/classroom/demo-sort/');
  });

  it('plans the lesson: start times of the required parts, optional parts untimed', () => {
    expect(deck.plan.map((p) => [p.id, p.startMinute, p.minutes, p.slides])).toEqual([
      ['opening', 0, 5, [1, 2]],
      ['map', 5, 1, []],
      ['sorting', 6, 15, [3, 4]],
      ['closing', 21, 2, []],
      ['extra', null, 30, []],
    ]);
    expect(deck.timedActivity).toEqual({ title: 'Part sorting', minutes: 15 });
    expect(deck.lessonMinutes).toBe(course.minutes);
    expect(clockMinutes(18)).toBe('0:18');
    expect(clockMinutes(75)).toBe('1:15');
  });

  it('is null for a course without a deck', () => {
    expect(buildDeck({ ...view, data: { ...course, deck: undefined } }, activities)).toBeNull();
  });
});

describe('trainer guide helpers', () => {
  it('finds the materials the trainer tips ask for, with the sentence that says so', () => {
    expect(materials(view).map((m) => [m.label, m.quote, m.section.title])).toEqual([
      ['Flipchart', 'Use a flipchart.', 'Part opening'],
      ['Handout – Summary of Key Messages', 'Distribute the Handout to all participants.', 'Part closing'],
    ]);
  });

  it('drops slide figures and moves headings one level down, without the ids two sections could share', () => {
    const html = sections[2]!.rendered.segments[0]!;
    expect(html.type).toBe('html');
    const out = withoutSlides(html.type === 'html' ? html.html : '');
    expect(out).not.toContain('<figure');
    expect(out).toContain('<h3>How</h3>');
  });
});
