import { describe, expect, it } from 'vitest';
import { count } from '../../../src/scripts/plural';

describe('count', () => {
  it('says one thing in the singular and any other number in the plural', () => {
    const certificates = { one: 'certificate', other: 'certificates' };
    expect(count(1, certificates)).toBe('1 certificate');
    expect(count(0, certificates)).toBe('0 certificates');
    expect(count(2, certificates)).toBe('2 certificates');
    expect(count(1200, certificates)).toBe('1,200 certificates');
  });
});
