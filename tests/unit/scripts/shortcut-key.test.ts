import { describe, expect, it } from 'vitest';
import { shortcutLetter } from '../../../src/scripts/shortcut-key';

describe('shortcutLetter', () => {
  it('follows the physical key, so a shortcut works on an Arabic keyboard layout', () => {
    expect(shortcutLetter({ key: 'ق', code: 'KeyR' })).toBe('r');
    expect(shortcutLetter({ key: 'R', code: 'KeyR' })).toBe('r');
  });

  it('falls back to the character where there is no letter key', () => {
    expect(shortcutLetter({ key: 'B' })).toBe('b');
    expect(shortcutLetter({ key: '.', code: 'Period' })).toBe('.');
  });
});
