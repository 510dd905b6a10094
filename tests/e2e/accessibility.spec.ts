import { expect, test } from './support/fixture';
import { expectNoAxeViolations } from './support/axe';
import { builtPages, colourCheckedPages } from './support/site';

// Every built page, in shards so the workers share them: axe in light mode, its colour rules again
// in dark mode, and the page fits a 320 px screen with no sideways scrolling (WCAG 1.4.10 reflow).
// Of the library's chapters, made from one template, the colour rules run on the few that hold
// every kind of element the chapters use (colourCheckedPages): they are most of axe's time.
const SHARDS = 8;

for (let shard = 0; shard < SHARDS; shard += 1) {
  test(`every page, part ${shard + 1} of ${SHARDS}: no axe violations in light or dark mode, reflows at 320 px`, async ({
    page,
  }) => {
    const all = builtPages();
    const colourChecked = colourCheckedPages(all);
    const pages = all.filter((_, index) => index % SHARDS === shard);
    // Library pages hold a whole document with an element per source line: axe takes longer on them.
    test.setTimeout(
      30_000 + pages.reduce((sum, path) => sum + (/^\/((fr|ar)\/)?library\//.test(path) ? 20_000 : 10_000), 0),
    );
    await page.setViewportSize({ width: 320, height: 640 });
    for (const path of pages) {
      await page.emulateMedia({ colorScheme: 'light' });
      await page.goto(path);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, `${path} scrolls sideways at 320 px`).toBeLessThanOrEqual(0);
      if (!colourChecked.has(path)) {
        await expectNoAxeViolations(page, `${path} (light)`, { rules: 'structure' });
        continue;
      }
      await expectNoAxeViolations(page, `${path} (light)`);
      await page.emulateMedia({ colorScheme: 'dark' });
      await expectNoAxeViolations(page, `${path} (dark)`, { rules: 'colour' });
    }
  });
}
