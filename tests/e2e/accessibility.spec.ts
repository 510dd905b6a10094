import { test } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import { builtPages } from './support/site';

test('axe finds no violations on any built page, in light and dark mode', async ({ page }) => {
  const pages = builtPages();
  // Library pages hold a whole document with an element per source line: axe takes longer on them.
  const budget = pages.reduce((sum, path) => sum + (path.startsWith('/library/') ? 30_000 : 5_000), 0);
  test.setTimeout(budget * 2 + 30_000);
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    for (const path of pages) {
      await page.goto(path);
      await expectNoAxeViolations(page, `${path} (${scheme})`);
    }
  }
});
