import axe from 'axe-core';
import { expect, type Page } from '@playwright/test';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];

/**
 * The rules whose outcome depends on colour. Dark mode changes nothing but colours (custom
 * properties under `prefers-color-scheme: dark` in global.css and library.css), so a page already
 * checked in light mode needs only these again in dark.
 */
const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

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
  { colourOnly = false }: { colourOnly?: boolean } = {},
): Promise<void> {
  for (const frame of page.frames()) {
    // A frame still loading, or gone, has nothing to check yet; axe reports it as not tested.
    await frame
      .evaluate(() => 'axe' in window)
      .then((present) => present || frame.evaluate(axe.source))
      .catch(() => undefined);
  }
  const runOnly = colourOnly ? { type: 'rule', values: COLOUR_RULES } : { type: 'tag', values: TAGS };
  const violations = await page.evaluate(async (only) => {
    const results = await (window as unknown as { axe: typeof axe }).axe.run(document, {
      runOnly: only as axe.RunOnly,
      resultTypes: ['violations'],
    });
    return results.violations.map(
      (v) => `${v.id} (${v.impact}): ${v.help}\n    ${v.nodes.map((n) => n.target.join(' ')).join('\n    ')}`,
    );
  }, runOnly);
  expect(violations, `axe violations on ${context}`).toEqual([]);
}
