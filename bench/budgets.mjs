// The performance budgets of the issue "Offline-first and npm run bench", in one place: the bench
// marks its figures against them and tests/e2e/budgets.spec.ts asserts the byte budgets.

const KiB = 1024;

/**
 * The pages measured, one of each kind. `bytes` is the first visit's total (gzip) budget; `lighthouse`
 * the minimum performance score; `lcpMs`, `cls`, `responseMs` (the throttled time until the page's
 * main control answers) the maxima. A kind with no figure has no budget: it is reported only.
 * `action` is what the bench does to time the page's main control; `query`, when set, is added to the
 * URL for that timing only (the search page runs the search it names).
 */
export const PAGES = [
  { id: 'catalogue', label: 'Catalogue', path: '/', action: 'visible' },
  {
    id: 'lesson',
    label: 'Lesson section',
    path: '/courses/cptm-2-7/definitions/',
    action: 'visible',
    budget: { bytes: 25 * KiB, lighthouse: 100, lcpMs: 1000, cls: 0 },
  },
  {
    id: 'sorting',
    label: 'Sorting activity',
    path: '/courses/cptm-2-7/learning-activity-2-7-1/',
    action: 'sorting',
    // 60 KiB until the interface spoke three languages: an island carries its text in English,
    // French and Arabic (about 5 KiB gzip here). Loading only the page's language is a follow-up.
    budget: { bytes: 64 * KiB, responseMs: 1800 },
  },
  { id: 'quiz', label: 'Quiz (knowledge check)', path: '/courses/cptm-2-7/lesson-closing/', action: 'quiz' },
  {
    id: 'deck',
    label: 'Slide deck',
    path: '/courses/cptm-2-7/slides/',
    action: 'deck',
    budget: { bytes: 40 * KiB, lighthouse: 98 },
  },
  { id: 'presenter', label: 'Presenter', path: '/courses/cptm-2-7/presenter/', action: 'visible' },
  { id: 'certificate', label: 'Certificates', path: '/certificates/', action: 'visible' },
  // Reported, not budgeted: the search page, and the time until its first result for a query.
  { id: 'search', label: 'Search', path: '/search/', query: '?q=SSIRS', action: 'search' },
  { id: 'verify', label: 'Verify', path: '/verify/', action: 'visible' },
];

/** Whole-site budgets. */
export const SITE_BUDGET = {
  /** Everything the service worker precaches (raw bytes, as stored in the cache). */
  precacheBytes: 1.5 * 1024 * KiB,
  /** `astro build` on a 2-core machine. */
  buildMs: 30_000,
};

/** Libraries that must load only on the pages that use them, recognised by their code. */
export const LIBRARIES = {
  dexie: /DexieError/,
  xstate: /xstate\.init/,
  svelte: /svelte\.dev\/e\//,
};
