import { DOMParser } from '@xmldom/xmldom';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { buildManifest } from '../../../src/lms/package/manifest.mjs';
import {
  applyBase,
  missingTargets,
  packageCourses,
  packageFiles,
  packageNames,
  stripSiteOnly,
} from '../../../src/lms/package/scorm-packages.mjs';
import { PLACEHOLDER_BASE, relativizeText } from '../../../src/lms/package/relativize.mjs';

const course = {
  id: 'cptm-2-7',
  lang: 'en',
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

describe('a package per language', () => {
  it('lists each course in every language, titled in it where the course is translated', () => {
    const cptm = packageCourses().filter((c) => c.id === 'cptm-2-7');
    expect(cptm.map((c) => [c.lang, c.title])).toEqual([
      ['en', 'Women, Peace and Security'],
      ['fr', 'Femmes, paix et sécurité'],
      ['ar', expect.any(String)],
    ]);
    // The pass mark is the course's, whatever the language.
    expect(new Set(cptm.map((c) => c.passPercent)).size).toBe(1);
  });

  it('keeps the English names packages always had, and names the others by language', () => {
    expect(packageNames({ id: 'cptm-2-7', lang: 'en' }, '1.2')).toEqual({
      launch: 'lms/cptm-2-7/index.html',
      zip: 'cptm-2-7-scorm12.zip',
    });
    expect(packageNames({ id: 'cptm-2-7', lang: 'fr' }, '2004')).toEqual({
      launch: 'fr/lms/cptm-2-7/index.html',
      zip: 'cptm-2-7-fr-scorm2004.zip',
    });
  });

  it('gives each language its own manifest identifier, so an LMS can hold both', () => {
    const id = (lang: string) =>
      parse(buildManifest('2004', { ...course, lang }, 'x.html', ['x.html'])).doc.documentElement!.getAttribute(
        'identifier',
      );
    expect(id('en')).toBe('gender-lens-cptm-2-7-2025.1');
    expect(id('fr')).toBe('gender-lens-cptm-2-7-fr-2025.1');
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

describe('a package made from the site build', () => {
  const scratch: string[] = [];
  afterEach(() => {
    for (const dir of scratch.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  /** A built site in a scratch folder: path → text. */
  function site(files: Record<string, string>): string {
    const dir = mkdtempSync(join(tmpdir(), 'gl-site-'));
    scratch.push(dir);
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      writeFileSync(join(dir, path), text);
    }
    return dir;
  }

  const B = PLACEHOLDER_BASE;
  const page = (body: string) =>
    `<html><head><link rel="manifest" href="${B}manifest.webmanifest" data-site-only></head><body>` +
    `<form role="search" action="${B}search/" data-site-only><input name="q"></form>${body}</body></html>`;

  it('leaves out the service worker, the web app manifest, search and site-only elements; every URL is relative', () => {
    const dir = site({
      'index.html': page(`<a href="${B}courses/x/">x</a>`),
      'courses/x/index.html': page(`<a href="${B}">home</a><script src="${B}_astro/a.js"></script>`),
      '_astro/a.js': `import("./b.js")`,
      '_astro/b.js': '',
      'sw.js': 'self.__WB_MANIFEST',
      'manifest.webmanifest': '{}',
      'search/index.html': page(''),
      'pagefind/pagefind.js': '',
    });
    const files = packageFiles(dir);
    expect(Object.keys(files).sort()).toEqual(['_astro/a.js', '_astro/b.js', 'courses/x/index.html', 'index.html']);
    const text = (file: string) => new TextDecoder().decode(files[file]);
    expect(text('courses/x/index.html')).toBe(
      '<html><head></head><body><a href="../../index.html">home</a><script src="../../_astro/a.js"></script></body></html>',
    );
    expect(text('index.html')).not.toContain(B);
  });

  it('refuses a page that links to a file the package lacks, naming the page and the link', () => {
    const dir = site({ 'index.html': page(`<a href="${B}search/?q=x">search</a>`), 'search/index.html': '' });
    expect(() => packageFiles(dir)).toThrow(
      'package page index.html links to files the package lacks: ./search/index.html?q=x',
    );
  });

  it('refuses a site-only element that holds another of its kind', () => {
    expect(() => stripSiteOnly('<div data-site-only><div>a</div></div>', 'x.html')).toThrow(
      'x.html: a data-site-only <div> holds another <div>',
    );
  });

  it('counts fragments, external and data: URLs as no files', () => {
    const html =
      '<a href="#main">a</a><a href="https://un.org/">b</a><img src="data:image/png;base64,x"><a href="mailto:a@b">c</a><a href="./x.html#y">d</a>';
    expect(missingTargets(html, 'index.html', new Set(['x.html']))).toEqual([]);
    expect(missingTargets(html, 'index.html', new Set())).toEqual(['./x.html#y']);
  });

  it('gives the site its real base once the packages are written', () => {
    const dir = site({ 'index.html': `<a href="${B}glossary/">g</a>`, 'icons/a.png': 'png' });
    applyBase(dir, '/training/');
    expect(readFileSync(join(dir, 'index.html'), 'utf8')).toBe('<a href="/training/glossary/">g</a>');
  });
});
