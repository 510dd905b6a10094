import { describe, expect, it } from 'vitest';
import { mergePlain, samePlain, toPlain } from '../../../src/storage/plain';

describe('toPlain', () => {
  it('unwraps proxies into data the structured clone accepts', () => {
    const proxied = new Proxy({ a: [1, { b: 'x' }] }, {});
    expect(() => structuredClone(proxied)).toThrow();
    expect(structuredClone(toPlain(proxied))).toEqual({ a: [1, { b: 'x' }] });
  });
});

describe('mergePlain (base, mine, theirs)', () => {
  const base = { value: 'sorting', context: { placements: { a: 'sex' }, round: 1 } };

  it('keeps both sides’ changes to different keys', () => {
    const mine = { value: 'sorting', context: { placements: { a: 'sex', b: 'gender' }, round: 1 } };
    const theirs = { value: 'sorting', context: { placements: { a: 'sex', c: 'sex' }, round: 1 } };
    expect(mergePlain(base, mine, theirs)).toEqual({
      value: 'sorting',
      context: { placements: { a: 'sex', b: 'gender', c: 'sex' }, round: 1 },
    });
  });

  it('takes a removal from the side that made it', () => {
    const mine = { value: 'sorting', context: { placements: { a: 'sex' }, round: 1 } };
    const theirs = { value: 'sorting', context: { placements: {}, round: 1 } };
    expect(mergePlain(base, mine, theirs)).toEqual(theirs);
  });

  it('prefers this tab when both changed the same value (its write is the newest)', () => {
    const mine = { value: 'feedback', context: { placements: { a: 'gender' }, round: 2 } };
    const theirs = { value: 'sorting', context: { placements: { a: 'sex', b: 'sex' }, round: 1 } };
    expect(mergePlain(base, mine, theirs)).toEqual({
      value: 'feedback',
      context: { placements: { a: 'gender', b: 'sex' }, round: 2 },
    });
  });

  it('treats lists as values', () => {
    expect(mergePlain(['a'], ['a', 'b'], ['a', 'c'])).toEqual(['a', 'b']);
    expect(mergePlain(['a'], ['a'], ['a', 'c'])).toEqual(['a', 'c']);
  });

  it('compares data, not object identity or key order', () => {
    expect(samePlain({ a: 1, b: [1, 2] }, { b: [1, 2], a: 1 })).toBe(true);
    expect(samePlain({ a: 1 }, { a: 1, b: undefined })).toBe(false);
  });
});
