import { test as base, expect, type BrowserContext } from '@playwright/test';

/**
 * The one `test` every end-to-end spec uses. It fails a test on anything a learner's browser would
 * show as wrong that the test did not declare: an uncaught page error, a console error or warning
 * (a failed request logs one), or the "progress is not being saved" notice left showing. Tests that
 * provoke one on purpose declare it with `problems.expect(pattern, reason)`.
 */

interface Allowance {
  pattern: RegExp;
  reason: string;
}

/** Allowed in every test, each with its reason. */
const EVERYWHERE: Allowance[] = [
  {
    pattern: /^console warning: Service Worker registration blocked by Playwright/,
    reason:
      'playwright.config.ts blocks service workers outside offline.spec.ts (one would precache the site in every test); Chromium logs the blocked registration',
  },
];

export interface Problems {
  /** Declares a problem this test provokes on purpose (matched against "console error: …", "page error: …", "storage notice: …"). */
  expect(pattern: RegExp, reason: string): void;
}

export const test = base.extend<{ problems: Problems }>({
  problems: [
    async ({ context, browser }, use) => {
      const allowed: Allowance[] = [...EVERYWHERE];
      const unexpected: string[] = [];
      const note = (problem: string) => {
        if (!allowed.some((a) => a.pattern.test(problem))) unexpected.push(problem);
      };
      const contexts = new Set<BrowserContext>();
      const watch = (watched: BrowserContext) => {
        contexts.add(watched);
        watched.on('weberror', (error) => note(`page error: ${error.error().message}`));
        watched.on('console', (message) => {
          const type = message.type();
          if (type !== 'error' && type !== 'warning') return;
          const where = message.location().url;
          note(`console ${type}: ${message.text()}${where ? ` (${where})` : ''}`);
        });
      };
      watch(context);
      // Contexts a test makes itself (a second device, a supervisor) are watched too.
      const newContext = browser.newContext.bind(browser);
      browser.newContext = async (...args: Parameters<typeof newContext>) => {
        const made = await newContext(...args);
        watch(made);
        return made;
      };

      await use({ expect: (pattern, reason) => void allowed.push({ pattern, reason }) });

      browser.newContext = newContext;
      for (const watched of contexts) {
        for (const page of watched.pages()) {
          for (const frame of page.frames()) {
            const notice = await frame
              .locator('[data-storage-notice]:not([hidden])')
              .allTextContents()
              .catch(() => []);
            notice.forEach((text) => note(`storage notice: ${text}`));
          }
        }
      }
      expect(unexpected, 'unexpected page errors, console errors or warnings, or storage notices').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
export type { BrowserContext, FrameLocator, Locator, Page } from '@playwright/test';
