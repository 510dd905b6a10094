import { DOMParser } from '@xmldom/xmldom';
import { describe, expect, it } from 'vitest';
import { buildManifest } from '../../../src/lms/package/manifest.mjs';
import { PLACEHOLDER_BASE, relativizeText } from '../../../src/lms/package/relativize.mjs';

const course = {
  id: 'cptm-2-7',
  title: 'Women, Peace & Security <2.7>',
  edition: 'UN CPTM 2025',
  contentVersion: '2025.1',
  passPercent: 80,
};
const files = ['index.html', 'lms/cptm-2-7/index.html', '_astro/a&b.js', 'courses/cptm-2-7/index.html'];

function parse(xml: string) {
  const errors: string[] = [];
  const doc = new DOMParser({
    onError: (level: string, message: string) => {
      if (level !== 'warning') errors.push(message);
    },
  }).parseFromString(xml, 'text/xml');
  return { doc, errors };
}

describe('buildManifest', () => {
  for (const version of ['1.2', '2004'] as const) {
    it(`SCORM ${version}: well-formed, one SCO launching the course, every file listed, unique ids`, () => {
      const { doc, errors } = parse(buildManifest(version, course, 'lms/cptm-2-7/index.html', files));
      expect(errors).toEqual([]);
      const resources = doc.getElementsByTagName('resource');
      expect(resources.length).toBe(1);
      const resource = resources[0]!;
      expect(resource.getAttribute('href')).toBe('lms/cptm-2-7/index.html');
      expect(resource.getAttribute(version === '1.2' ? 'adlcp:scormtype' : 'adlcp:scormType')).toBe('sco');
      const listed = Array.from(resource.getElementsByTagName('file')).map((f) => f.getAttribute('href'));
      expect(listed).toEqual(files);
      const ids = Array.from(doc.getElementsByTagName('*'))
        .map((el) => el.getAttribute('identifier'))
        .filter(Boolean);
      expect(new Set(ids).size).toBe(ids.length);
      const item = doc.getElementsByTagName('item')[0]!;
      expect(item.getAttribute('identifierref')).toBe(resource.getAttribute('identifier'));
      expect(doc.getElementsByTagName('title')[0]?.textContent).toBe('Women, Peace & Security <2.7> (UN CPTM 2025)');
      expect(doc.getElementsByTagName('schemaversion')[0]?.textContent).toBe(
        version === '1.2' ? '1.2' : '2004 4th Edition',
      );
    });
  }

  it('carries the pass mark as the mastery score', () => {
    const v12 = parse(buildManifest('1.2', course, 'x.html', ['x.html'])).doc;
    expect(v12.getElementsByTagName('adlcp:masteryscore')[0]?.textContent).toBe('80');
    const v2004 = parse(buildManifest('2004', course, 'x.html', ['x.html'])).doc;
    expect(v2004.getElementsByTagName('imsss:minNormalizedMeasure')[0]?.textContent).toBe('0.80');
    expect(v2004.getElementsByTagName('imsss:primaryObjective')[0]?.getAttribute('satisfiedByMeasure')).toBe('true');
  });

  it('has no mastery score when the course has no scored work', () => {
    const xml = buildManifest('1.2', { ...course, passPercent: null }, 'x.html', ['x.html']);
    expect(xml).not.toContain('masteryscore');
    expect(buildManifest('2004', { ...course, passPercent: null }, 'x.html', ['x.html'])).not.toContain(
      'imsss:sequencing',
    );
  });
});

describe('relativizeText', () => {
  it('makes every site URL relative to the file and names index.html for folders', () => {
    const html = `<a href="${PLACEHOLDER_BASE}courses/cptm-2-7/">c</a><a href="${PLACEHOLDER_BASE}glossary/#sex">g</a><script src="${PLACEHOLDER_BASE}_astro/x.js"></script><a href="${PLACEHOLDER_BASE}">home</a><div data-x="{&quot;href&quot;:&quot;${PLACEHOLDER_BASE}verify/&quot;}"></div>`;
    expect(relativizeText(html, 'courses/cptm-2-7/definitions/index.html')).toBe(
      '<a href="../../../courses/cptm-2-7/index.html">c</a><a href="../../../glossary/index.html#sex">g</a><script src="../../../_astro/x.js"></script><a href="../../../index.html">home</a><div data-x="{&quot;href&quot;:&quot;../../../verify/index.html&quot;}"></div>',
    );
    expect(relativizeText(`<a href="${PLACEHOLDER_BASE}glossary/">g</a>`, 'index.html')).toBe(
      '<a href="./glossary/index.html">g</a>',
    );
  });

  it('leaves other text alone', () => {
    expect(relativizeText('<p>See ../notes and #main</p><a href="#main">x</a>', 'a/index.html')).toBe(
      '<p>See ../notes and #main</p><a href="#main">x</a>',
    );
  });
});
