import { describe, expect, it } from 'vitest';
import { isLmsLaunch } from '../../../src/scripts/lms';

/** A window as isLmsLaunch sees it: its own frame, its top frame and its URL. */
function fakeWindow(url: string, framed = false, crossOriginParent = false) {
  const self = {};
  const win = { self, location: new URL(url) } as unknown as Window;
  Object.defineProperty(win, 'top', {
    get: () => {
      if (crossOriginParent) throw new DOMException('Blocked a frame', 'SecurityError');
      return framed ? {} : self;
    },
  });
  return win;
}

describe('isLmsLaunch', () => {
  it('is false for the site opened on its own', () => {
    expect(isLmsLaunch(fakeWindow('https://gender-lens.example/courses/cptm-2-7/'))).toBe(false);
    expect(isLmsLaunch(fakeWindow('https://gender-lens.example/verify/?id=abc#data'))).toBe(false);
  });

  it('is true with ?lms in the URL, with or without a value', () => {
    expect(isLmsLaunch(fakeWindow('https://gender-lens.example/courses/cptm-2-7/?lms'))).toBe(true);
    expect(isLmsLaunch(fakeWindow('https://gender-lens.example/?a=1&lms=scorm12'))).toBe(true);
  });

  it('is true inside a frame, also when the parent is on another origin', () => {
    expect(isLmsLaunch(fakeWindow('https://lms.example/content/index.html', true))).toBe(true);
    expect(isLmsLaunch(fakeWindow('https://lms.example/content/index.html', true, true))).toBe(true);
  });
});
