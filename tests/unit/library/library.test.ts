import { describe, expect, it } from 'vitest';
import { checkCitations, citationGroupHtml, resolveCitation, type Citation } from '../../../src/library/cite';
import { DOCUMENTS } from '../../../src/library/documents';
import { getLibrary } from '../../../src/library/library';
import { parseSeed, type Block } from '../../../src/library/parse';
import { renderLibraryPage } from '../../../src/library/render';
import { ContentError } from '../../../src/render/content-error';
import { seedLines } from '../../../src/schemas/source';

/** Lines `from`–`to` of a seed, exactly as the file has them. */
const excerpt = (key: 'cptm' | 'unsms' | 'dpko' | 'dpo' | 'undss', from: number, to: number) =>
  seedLines(key).slice(from - 1, to);

const summary = (blocks: Block[]) =>
  blocks.map((b) => {
    switch (b.kind) {
      case 'list':
        return `${b.ordered ? 'ol' : 'ul'}:${b.items.map((i) => i.lines.map((l) => l.n).join('+')).join(',')}`;
      case 'table':
        return `table:${b.rows.map((r) => r.cells.length).join(',')}`;
      case 'paragraph':
        return `p${b.number ? `[${b.number}]` : ''}:${b.lines.map((l) => l.n).join('+')}`;
      case 'heading':
        return `h${b.level}:${b.lines[0]?.n}`;
      default:
        return `${b.kind}${'number' in b ? `[${b.number}]` : ''}:${b.lines.map((l) => l.n).join('+')}`;
    }
  });

describe('parseSeed on real excerpts', () => {
  it('reads the UNSMS policy: section headings, numbered paragraphs and sub-paragraphs, superscript footnotes', () => {
    const blocks = parseSeed(excerpt('unsms', 18, 42), DOCUMENTS.unsms.parse, 18);
    expect(summary(blocks)).toEqual([
      'h2:18',
      'p[1]:20',
      'p[2]:21',
      'p[3]:22',
      'footnote[1]:24',
      'h2:26',
      'p[4]:28',
      'p[5]:29',
      'h2:31',
      'p[6]:33',
      'h2:35',
      'p[7]:37',
      'p[8]:38',
      'p[9]:39',
      'footnote[2]:41',
    ]);
    const sub = parseSeed(excerpt('unsms', 57, 64), DOCUMENTS.unsms.parse, 57);
    expect(summary(sub)).toEqual([
      'p[17]:57',
      'ul:59',
      'p[17.1]:60',
      'p[17.2]:61',
      'p[17.3]:62',
      'p[17.4]:63',
      'p[17.5]:64',
    ]);
  });

  it('joins the Resource Package’s wrapped lines into paragraphs under their headings, and finds its footnotes', () => {
    const blocks = parseSeed(excerpt('dpo', 199, 345), DOCUMENTS.dpo.parse, 199);
    const headings = blocks
      .filter((b) => b.kind === 'heading')
      .map((b) => (b.kind === 'heading' ? b.lines[0]?.text : ''));
    expect(headings).toEqual(
      expect.arrayContaining([
        'Gender Concepts',
        'Conflict Related Sexual Violence (CRSV)',
        'Gender',
        'Sex',
        'Sources',
      ]),
    );
    const sex = blocks.find((b) => b.kind === 'paragraph' && b.lines[0]?.n === 266);
    expect(sex && summary([sex])).toEqual(['p:266']);
    const gender = blocks.find((b) => b.kind === 'paragraph' && b.lines[0]?.n === 215);
    expect(gender && summary([gender])).toEqual(['p:215+216+217+218+219+220']);
    const notes = blocks.filter((b) => b.kind === 'footnote').map((b) => (b.kind === 'footnote' ? b.number : ''));
    expect(notes).toEqual(['1', '2', '3', '4', '5', '6', '7', '8']);
    expect(blocks.some((b) => b.kind === 'links' && b.lines[0]?.n === 320)).toBe(true);
  });

  it('keeps bullets that wrap over several lines as one item, and numbered questions as an ordered list', () => {
    const bullets = parseSeed(excerpt('dpo', 385, 397), DOCUMENTS.dpo.parse, 385);
    expect(summary(bullets)).toEqual(['ul:385+386+387,389+390,392+393+394,396+397']);
    const questions = parseSeed(excerpt('dpo', 1366, 1370), DOCUMENTS.dpo.parse, 1366);
    expect(summary(questions)).toEqual(['ol:1366,1368,1370']);
  });

  it('does not take a number that opens a sentence for a footnote', () => {
    // "2020 is a year which marks…" (the foreword) is prose.
    const blocks = parseSeed(excerpt('dpo', 20, 25), DOCUMENTS.dpo.parse, 20);
    expect(summary(blocks)).toEqual(['p:20+21+22+23+24+25']);
  });

  it('reads the lesson’s tab-separated lesson map as a table, one line per paragraph elsewhere', () => {
    const map = parseSeed(excerpt('cptm', 70, 82), DOCUMENTS.cptm.parse, 70);
    expect(summary(map)).toEqual(['p:70', 'table:3,3,3,3,3,3,3,3,3,3,3']);
    const list = parseSeed(excerpt('cptm', 40, 45), DOCUMENTS.cptm.parse, 40);
    expect(summary(list)).toEqual(['p:40', 'ol:42,43,44,45']);
  });
});

describe('the library', () => {
  const library = getLibrary();

  it('has a page per document and one per chapter of the Resource Package, every line with text on one page', () => {
    expect(library.pagesOf('dpo').map((p) => p.slug)).toEqual([
      '',
      ...Array.from({ length: 23 }, (_, i) => `chapter-${i + 1}`),
    ]);
    expect(library.pagesOf('dpo')[2]?.title).toBe('Chapter 2: Gender Equality and Women, Peace and Security Mandates');
    expect(library.pagesOf('dpo')[21]?.title).toBe('Chapter 21: Mine Action');
    for (const key of ['cptm', 'unsms', 'undss', 'dpko', 'dpo'] as const) {
      seedLines(key).forEach((text, index) => {
        const cleaned = text.replace(/\uFFFD/g, '').trim();
        if (cleaned !== '' && cleaned !== '-')
          expect(library.place(key, index + 1), `${key}:${index + 1}`).toBeDefined();
      });
    }
  });

  it('renders every line with text under its own anchor, and each cited range as a target that lights up its lines', () => {
    const page = library.pagesOf('unsms')[0]!;
    const { html, coverHtml, rangeCss } = renderLibraryPage(page, [[60, 64]]);
    expect(coverHtml).toContain('<span class="ln" id="L16">Gender Considerations in Security Management</span>');
    expect(html).toContain('<span class="range-anchor" id="L60-64"></span><span class="ln" id="L60">');
    expect(html).toMatch(/<sup class="fnref"><a href="#fn-1"[^>]*>1<\/a><\/sup>/);
    expect(html).toContain('<p class="footnote" id="fn-1">');
    expect(rangeCss).toContain(':root:has(#L60-64:target) :is(#L60,#L61,#L62,#L63,#L64)');
  });
});

describe('citations as readable references', () => {
  const cases: [string, Citation][] = [
    ['unsms:64', { label: 'UNSMS policy, para 17.5', href: '/library/unsms/#L64' }],
    ['unsms:60-64', { label: 'UNSMS policy, paras 17.1–17.5', href: '/library/unsms/#L60-64' }],
    ['cptm:140', { label: 'CPTM Lesson 2.7 · Definitions, Slide 4', href: '/library/cptm/#L140' }],
    ['cptm:146', { label: 'CPTM Lesson 2.7 · Definitions, Key Message 2', href: '/library/cptm/#L146' }],
    ['dpko:62', { label: 'DPKO/DFS policy (2018), para 9', href: '/library/dpko/#L62' }],
    ['dpko:245', { label: 'DPKO/DFS policy (2018), definition of “Gender”', href: '/library/dpko/#L245' }],
    ['dpo:266', { label: 'DPO Resource Package, Chapter 1 · Sex', href: '/library/dpo/chapter-1/#L266' }],
    ['undss:45', { label: 'UNDSS page · HIV post-exposure prophylaxis (PEP)', href: '/library/undss/#L45' }],
  ];
  it.each(cases)('%s reads as a place in the document and links to it', (value, expected) => {
    expect(resolveCitation(value)).toEqual(expected);
  });

  it('refuses a line that does not exist or is blank, naming the seed file', () => {
    expect(resolveCitation('cptm:5000')).toMatch(
      /points past the end of cptm-2025-lesson-2\.7-women-peace-security\.txt/,
    );
    expect(resolveCitation('unsms:13')).toMatch(/line 13 of unsms-policy-.*\.txt, which is blank/);
  });

  it('names the content file and its line when prose cites a missing line', () => {
    const text = 'Fine (unsms:68).\nThe lesson says so. [See the passage](cite:cptm:99999).';
    expect(() => checkCitations(text, 'content/courses/x/01-a.md', 10)).toThrow(ContentError);
    expect(() => checkCitations(text, 'content/courses/x/01-a.md', 10)).toThrow(
      /content\/courses\/x\/01-a\.md:11: citation/,
    );
  });

  it('writes several places in one document once, and a repeated place as “another passage”', () => {
    const html = citationGroupHtml('cptm', '140, 155');
    expect(html).toBe(
      '<a class="cite" href="/library/cptm/#L140">CPTM Lesson 2.7 · Definitions, Slide 4</a>; <a class="cite" href="/library/cptm/#L155">Definitions</a>',
    );
    expect(citationGroupHtml('cptm', '150, 155')).toContain(
      ' and <a class="cite" href="/library/cptm/#L155">another passage</a>',
    );
  });
});
