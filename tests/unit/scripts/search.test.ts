import { describe, expect, it } from 'vitest';
import { countMessage, toHit } from '../../../src/scripts/search';
import { isHashedSearchFile, searchCacheKey } from '../../../src/search/offline';

const page = {
  url: '/courses/i-know-gender/security-management/',
  excerpt: 'page excerpt with <mark>SSIRS</mark>',
  meta: { title: 'Gender considerations in security management', where: 'I Know Gender › Security management' },
};

describe('toHit: the passage a result shows', () => {
  it('links to the section of the page with the most matches', () => {
    const hit = toHit({
      ...page,
      sub_results: [
        { title: 'Reporting', url: `${page.url}#reporting`, excerpt: 'one <mark>SSIRS</mark>', locations: [4] },
        {
          title: 'Consent before SSIRS',
          url: `${page.url}#consent`,
          excerpt: 'two <mark>SSIRS</mark>',
          locations: [9, 12, 20],
        },
      ],
    });
    expect(hit).toEqual({
      title: 'Consent before SSIRS',
      href: `${page.url}#consent`,
      where: 'I Know Gender › Security management',
      excerpt: 'two <mark>SSIRS</mark>',
    });
  });

  it('prefers the passage with more of the words searched for over one word many times', () => {
    const hit = toHit({
      ...page,
      sub_results: [
        {
          title: 'Concepts',
          url: `${page.url}#concepts`,
          excerpt: '<mark>gender</mark> and <mark>gender,</mark> <mark>Gender</mark>',
          locations: [1, 2, 3, 4, 5],
        },
        {
          title: 'Parity',
          url: `${page.url}#parity`,
          excerpt: '<mark>gender</mark> <mark>parity</mark>',
          locations: [9, 10],
        },
      ],
    });
    expect(hit.title).toBe('Parity');
  });

  it('links to the page itself when the matches come before its first heading with an id', () => {
    const hit = toHit({
      ...page,
      sub_results: [{ title: page.meta.title, url: page.url, excerpt: 'top', locations: [1] }],
    });
    expect(hit).toMatchObject({ title: page.meta.title, href: page.url, excerpt: 'top' });
  });

  it('falls back to the page title and excerpt, and to the title for where, when Pagefind gives no more', () => {
    expect(toHit({ url: '/glossary/', excerpt: 'e', meta: { title: 'Glossary' } })).toEqual({
      title: 'Glossary',
      href: '/glossary/',
      where: 'Glossary',
      excerpt: 'e',
    });
  });
});

describe('countMessage: what the live region says', () => {
  it('counts results, in the singular too', () => {
    expect(countMessage('PEP', 3)).toBe('3 results for “PEP”.');
    expect(countMessage('PEP', 1)).toBe('1 result for “PEP”.');
  });
  it('says how many are listed when there are more', () => {
    expect(countMessage('gender', 31, 20)).toBe('31 results for “gender”; the first 20 are listed.');
  });
  it('suggests what to do when nothing is found', () => {
    expect(countMessage('zzz', 0)).toBe('No results for “zzz”. Try another word, or fewer words.');
  });
});

describe('the offline search cache', () => {
  it('keeps one copy of a file whatever query Pagefind adds to dodge the HTTP cache', () => {
    expect(searchCacheKey('https://x.org/pagefind/pagefind-entry.json?ts=1712')).toBe(
      'https://x.org/pagefind/pagefind-entry.json',
    );
  });
  it('knows which files are named by their content', () => {
    expect(isHashedSearchFile(new URL('https://x.org/pagefind/index/en_1a2b.pf_index'))).toBe(true);
    expect(isHashedSearchFile(new URL('https://x.org/pagefind/fragment/en_1a2b.pf_fragment'))).toBe(true);
    expect(isHashedSearchFile(new URL('https://x.org/pagefind/pagefind.js'))).toBe(false);
    expect(isHashedSearchFile(new URL('https://x.org/pagefind/pagefind-entry.json'))).toBe(false);
  });
});
