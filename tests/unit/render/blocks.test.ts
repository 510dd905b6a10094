import { describe, expect, it } from 'vitest';
import { splitBlocks } from '../../../src/render/blocks';
import { ContentError } from '../../../src/render/content-error';

const FILE = 'content/courses/x/01-a.md';

function errorOf(source: string): ContentError {
  try {
    splitBlocks(source, FILE);
  } catch (error) {
    if (error instanceof ContentError) return error;
    throw error;
  }
  throw new Error('expected a ContentError');
}

describe('splitBlocks', () => {
  it('splits prose and every block kind, keeping their arguments and lines', () => {
    const blocks = splitBlocks(
      [
        'Intro text.',
        '',
        '::: slide 4 "Definitions"',
        '- Biologically defined',
        ':::',
        '::: key-message 2',
        'Gender and sex have different meanings.',
        ':::',
        '::: trainer-tip',
        'Ask participants.',
        ':::',
        '::: activity sex-or-gender',
        ':::',
        '::: editorial',
        'The seed is silent.',
        ':::',
        '::: example "Women of Liberia"',
        'In 2003 …',
        ':::',
        'Outro.',
      ].join('\n'),
      FILE,
    );
    expect(blocks.map((b) => b.kind)).toEqual([
      'markdown',
      'slide',
      'key-message',
      'trainer-tip',
      'activity',
      'editorial',
      'example',
      'markdown',
    ]);
    expect(blocks[1]).toMatchObject({ number: 4, title: 'Definitions', body: '- Biologically defined', line: 3 });
    expect(blocks[2]).toMatchObject({ number: 2, line: 6 });
    expect(blocks[4]).toMatchObject({ id: 'sex-or-gender', line: 12 });
    expect(blocks[6]).toMatchObject({ title: 'Women of Liberia' });
    expect(blocks[7]).toMatchObject({ text: 'Outro.', line: 20 });
  });

  it('keeps a slide with an empty body (slide 13 has none in the seed)', () => {
    const [slide] = splitBlocks('::: slide 13 "Partnerships"\n:::', FILE);
    expect(slide).toMatchObject({ kind: 'slide', number: 13, body: '' });
  });

  it('ignores block syntax inside code fences', () => {
    const blocks = splitBlocks('```\n::: slide 1 "x"\n```', FILE);
    expect(blocks).toHaveLength(1);
    expect(blocks[0]?.kind).toBe('markdown');
  });

  it('rejects an unclosed block, naming the file and the opening line', () => {
    const error = errorOf('Text\n\n::: key-message 3\nInequality exists.\n');
    expect(error.message).toBe(`${FILE}:3: the key-message block is never closed with ":::"`);
  });

  it('rejects a block opened inside another, which is usually a missing ":::"', () => {
    const error = errorOf('::: trainer-tip\nTip\n::: key-message 4\nText\n:::');
    expect(error.message).toContain(`${FILE}:3:`);
    expect(error.message).toContain('blocks do not nest');
  });

  it('rejects an unknown block kind instead of dropping its text', () => {
    expect(errorOf('::: warning\nCareful\n:::').message).toContain('unknown block "::: warning"');
  });

  it('rejects a stray closing line', () => {
    expect(errorOf('Text\n:::\n').message).toBe(`${FILE}:2: a closing ":::" has no opening block`);
  });

  it.each([
    ['::: slide "No number"\nx\n:::', '::: slide <number> "<title>"'],
    ['::: slide 4\nx\n:::', '::: slide <number> "<title>"'],
    ['::: key-message two\nx\n:::', '::: key-message <number>'],
    ['::: activity Sex Or Gender\n:::', '::: activity <activity-id>'],
    ['::: trainer-tip for trainers\nx\n:::', '::: trainer-tip'],
    ['::: example\nx\n:::', '::: example "<title>"'],
  ])('rejects malformed arguments: %s', (source, usage) => {
    expect(errorOf(source).message).toContain(usage);
  });

  it('rejects empty key messages, tips and notes, and content inside an activity block', () => {
    expect(errorOf('::: key-message 1\n\n:::').message).toContain('key message 1 is empty');
    expect(errorOf('::: trainer-tip\n:::').message).toContain('trainer-tip block is empty');
    expect(errorOf('::: activity quiz\nQuestion?\n:::').message).toContain('must be empty');
  });
});
