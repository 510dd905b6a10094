import { expect, type Locator, type Page } from '@playwright/test';

/**
 * Moves focus with Tab only (as a keyboard user does) until `target` has it. Fails if the target
 * cannot be reached within `limit` presses, which is what a keyboard trap or a missing tab stop looks like.
 */
export async function tabTo(page: Page, target: Locator, limit = 80): Promise<void> {
  const handle = await target.elementHandle();
  if (!handle) throw new Error('tabTo: target not found');
  for (let i = 0; i < limit; i += 1) {
    await page.keyboard.press('Tab');
    if (await handle.evaluate((el) => el === document.activeElement)) return;
  }
  await expect(target, `not reachable with ${limit} Tab presses`).toBeFocused();
}
