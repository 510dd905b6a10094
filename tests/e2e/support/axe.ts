import axe from 'axe-core';
import { expect, type Page } from '@playwright/test';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];

/**
 * The rules whose outcome depends on colour. Dark mode changes nothing but colours (custom
 * properties under `prefers-color-scheme: dark` in global.css and library.css), so a page already
 * checked in light mode needs only these again in dark. They are also most of axe's time on a page
 * of text (it works out the background behind every text node): 85 % on a library chapter.
 */
const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

/**
 * Which of axe's rules to run: `all` of them (WCAG 2.1 A/AA and best practices), only the `colour`
 * rules, or every rule but those (`structure`: names, roles, headings, ids, language…).
 */
export type AxeRules = 'all' | 'colour' | 'structure';

/**
 * Runs axe (WCAG 2.1 A/AA and best practices) on the page and every frame in it, and fails with a
 * readable list of violations.
 *
 * axe-core is put into each frame once and run there directly. @axe-core/playwright's AxeBuilder
 * re-injects it and opens a fresh page for every analysis: three to seven times slower on our
 * pages, and the accessibility suite runs it twice on each of them.
 */
export async function expectNoAxeViolations(
  page: Page,
  context = page.url(),
  { rules = 'all' }: { rules?: AxeRules } = {},
): Promise<void> {
  for (const frame of page.frames()) {
    // A frame still loading, or gone, has nothing to check yet; axe reports it as not tested.
    await frame
      .evaluate(() => 'axe' in window)
      .then((present) => present || frame.evaluate(axe.source))
      .catch(() => undefined);
  }
  const options: axe.RunOptions = {
    runOnly: rules === 'colour' ? { type: 'rule', values: COLOUR_RULES } : { type: 'tag', values: TAGS },
    rules: rules === 'structure' ? Object.fromEntries(COLOUR_RULES.map((id) => [id, { enabled: false }])) : undefined,
    resultTypes: ['violations'],
  };
  const violations = await page.evaluate(async (options) => {
    const results = await (window as unknown as { axe: typeof axe }).axe.run(document, options);
    return results.violations.map(
      (v) => `${v.id} (${v.impact}): ${v.help}\n    ${v.nodes.map((n) => n.target.join(' ')).join('\n    ')}`,
    );
  }, options);
  expect(violations, `axe violations on ${context}`).toEqual([]);
}
