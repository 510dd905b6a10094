import { describe, expect, it } from 'vitest';
import { ContentError } from '../../../src/render/content-error';
import { createTermIndex } from '../../../src/render/markdown';
import { renderSection, type RenderContext } from '../../../src/render/section';

const terms = createTermIndex(
  [
    { id: 'gender', term: 'Gender', aliases: [] },
    { id: 'gender-mainstreaming', term: 'Gender mainstreaming', aliases: ['integrating a gender perspective'] },
  ],
  (id) => `/glossary/#${id}`,
);

const context: RenderContext = {
  file: 'content/courses/cptm-2-7/04-definitions.md',
  terms,
  activityIds: new Set(['sex-or-gender']),
  deck: { header: '2.7 Women, Peace and Security', footer: 'UN CPTM 2025' },
};

function html(source: string): string {
  return renderSection(source, context)
    .segments.map((s) => (s.type === 'html' ? s.html : `[activity ${s.id}]`))
    .join('');
}

describe('renderSection', () => {
  it('gives the text’s headings ids to resume at: unique, never one the page uses, none inside slides', () => {
    const out = html(
      [
        '## Gender & power',
        '### Women’s roles',
        '## Gender & power',
        '## Objectives',
        '## Main',
        '::: slide 4 "Definitions"',
        '## Inside a slide',
        ':::',
      ].join('\n'),
    );
    expect(out).toContain('<h2 id="gender-power">Gender &amp; power</h2>');
    expect(out).toContain('<h3 id="womens-roles">Women’s roles</h3>');
    expect(out).toContain('<h2 id="gender-power-2">Gender &amp; power</h2>');
    expect(out).toContain('<h2 id="objectives-2">Objectives</h2>');
    expect(out).toContain('<h2 id="main-2">Main</h2>');
    expect(out).toContain('<h2>Inside a slide</h2>');
  });

  it('links each part and slide of a translation to its English original, at the same id', () => {
    const french = renderSection(
      ['## Sexe et genre', 'Texte.', '### Détail', '::: slide 4 "Définitions"', 'Corps.', ':::'].join('\n'),
      {
        ...context,
        lang: 'fr',
        headingIds: ['sex-and-gender', 'detail'],
        englishHref: '/courses/cptm-2-7/definitions/',
      },
    )
      .segments.map((s) => (s.type === 'html' ? s.html : ''))
      .join('');
    expect(french).toContain(
      '<h2 id="sex-and-gender">Sexe et genre</h2><p class="english-original meta"><a href="/courses/cptm-2-7/definitions/#sex-and-gender" hreflang="en">Cette partie en anglais</a></p>',
    );
    // Parts only, not every sub-heading.
    expect(french).not.toContain('#detail"');
    expect(french).toContain(
      '</figure><p class="english-original meta"><a href="/courses/cptm-2-7/definitions/#slide-4" hreflang="en">Diapositive 4 en anglais</a></p>',
    );
    // The English itself has none.
    expect(html('## Sex and gender\n::: slide 4 "Definitions"\nBody.\n:::')).not.toContain('english-original');
  });

  it('renders a slide in the CPTM frame, with a table kept as a table', () => {
    const out = html(
      '::: slide 4 "Definitions"\n| The sex of a person is: | The gender of a person: |\n|---|---|\n| Biologically defined | Is socially constructed |\n:::',
    );
    expect(out).toContain('<figure class="slide" id="slide-4" aria-label="Slide 4: Definitions">');
    expect(out).toContain('<p class="slide__header">2.7 Women, Peace and Security</p>');
    expect(out).toContain('<th>The sex of a person is:</th>');
    expect(out).toContain('<td>Biologically defined</td>');
    expect(out).toContain('<p class="slide__footer">UN CPTM 2025 Slide 4</p>');
  });

  it('says so when a slide has no body rather than inventing one', () => {
    const rendered = renderSection('::: slide 13 "Partnerships"\n:::', context);
    expect(rendered.slides[0]).toMatchObject({ number: 13, title: 'Partnerships', html: '' });
    expect(html('::: slide 13 "Partnerships"\n:::')).toContain('a title but no content');
  });

  it('sets key messages apart and collects them for the handout', () => {
    const rendered = renderSection('::: key-message 2\nGender and sex have **different** meanings.\n:::', context);
    expect(rendered.keyMessages).toEqual([
      { number: 2, html: '<p>Gender and sex have <strong>different</strong> meanings.</p>\n' },
    ]);
    expect(html('::: key-message 2\nText\n:::')).toContain('<p class="key-message__label">Key Message 2</p>');
  });

  it('marks trainer tips so they can be hidden, and attaches them to their slide as speaker notes', () => {
    const rendered = renderSection(
      '::: trainer-tip\nBefore the slide.\n:::\n\n::: slide 4 "Definitions"\nBody\n:::\n\n::: key-message 2\nKM\n:::\n\n::: trainer-tip\nAfter the slide.\n:::\n\n::: slide 5 "Next"\nB\n:::',
      context,
    );
    expect(rendered.trainerTips).toHaveLength(2);
    expect(rendered.slides[0]?.notes).toEqual(['<p>Before the slide.</p>\n', '<p>After the slide.</p>\n']);
    expect(rendered.slides[0]?.keyMessages).toEqual([2]);
    expect(rendered.slides[1]?.notes).toEqual([]);
    expect(html('::: trainer-tip\nAsk.\n:::')).toContain('class="trainer-tip"');
  });

  it('splits the page around an activity so the page can place the activity there', () => {
    const rendered = renderSection('Before.\n\n::: activity sex-or-gender\n:::\n\nAfter.', context);
    expect(rendered.segments.map((s) => s.type)).toEqual(['html', 'activity', 'html']);
    expect(rendered.activityIds).toEqual(['sex-or-gender']);
  });

  it('fails on an unknown activity id, naming file and line', () => {
    expect(() => renderSection('Text\n\n::: activity no-such-thing\n:::', context)).toThrow(
      new ContentError(
        context.file,
        'activity "no-such-thing" does not exist (no content/activities/no-such-thing.yaml)',
        3,
      ),
    );
  });

  it('renders editorial notes and examples', () => {
    expect(html('::: editorial\nThe seed says 2000.\n:::')).toContain('<p class="editorial__label">Editor’s note</p>');
    expect(html('::: example "Women of Liberia"\nIn 2003.\n:::')).toContain(
      '<figcaption>Example – Women of Liberia</figcaption>',
    );
  });

  it('links glossary terms by their words, an alias, or an explicit id', () => {
    const out = html(
      '[[Gender]] and [[gender mainstreaming]], also [[integrating a gender perspective]] or [[it|gender]].',
    );
    expect(out).toContain('<a class="term" href="/glossary/#gender">Gender</a>');
    expect(out).toContain('<a class="term" href="/glossary/#gender-mainstreaming">gender mainstreaming</a>');
    expect(out).toContain(
      '<a class="term" href="/glossary/#gender-mainstreaming">integrating a gender perspective</a>',
    );
    expect(out).toContain('<a class="term" href="/glossary/#gender">it</a>');
  });

  it('fails on a glossary link to no entry, with its exact line', () => {
    expect(() => renderSection('Line one.\n\nSee [[gender balance]].', context)).toThrow(
      'content/courses/cptm-2-7/04-definitions.md:3: glossary link [[gender balance]] matches no entry',
    );
    expect(() => renderSection('::: key-message 1\nA\nSee [[x|nope]].\n:::', context)).toThrow('04-definitions.md:3:');
  });

  it('refuses slides in a course that has no deck', () => {
    expect(() => renderSection('::: slide 1 "Aim"\nx\n:::', { ...context, deck: undefined })).toThrow('has no `deck`');
  });

  it('refuses the same slide number twice', () => {
    expect(() => renderSection('::: slide 1 "A"\nx\n:::\n::: slide 1 "B"\ny\n:::', context)).toThrow(
      'slide 1 appears twice',
    );
  });
});
