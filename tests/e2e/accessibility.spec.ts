import { test } from './support/fixture';
import { expectNoAxeViolations } from './support/axe';
import { builtPages } from './support/site';

test('axe finds no violations on any built page, in light and dark mode', async ({ page }) => {
  const pages = builtPages();
  test.setTimeout(pages.length * 2 * 5_000 + 30_000);
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    for (const path of pages) {
      await page.goto(path);
      await expectNoAxeViolations(page, `${path} (${scheme})`);
    }
  }
});
