import { expect, test } from './support/fixture';
import { tabTo } from './support/keyboard';

test.describe('a learner finds their way with the keyboard alone', () => {
  test('catalogue → course → section → next section → glossary', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1, name: 'Gender Lens' })).toBeVisible();

    // The skip link is the first tab stop and lands on the main content.
    await page.keyboard.press('Tab');
    await expect(page.getByRole('link', { name: 'Skip to content' })).toBeFocused();

    const courseLink = page.getByRole('link', { name: 'Women, Peace and Security' });
    await tabTo(page, courseLink);
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/courses\/cptm-2-7\/$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Women, Peace and Security' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Learning outcomes' })).toBeVisible();
    await expect(page.getByText('At least 45 minutes')).toBeVisible();

    await tabTo(page, page.getByRole('link', { name: 'Definitions', exact: true }));
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 1, name: 'Definitions' })).toBeVisible();
    await expect(page.getByRole('figure', { name: 'Slide 4: Definitions' })).toBeVisible();

    const pager = page.getByRole('navigation', { name: 'Previous and next section' });
    await tabTo(page, pager.getByRole('link', { name: /Next/ }));
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/courses\/cptm-2-7\/wps-agenda\/$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'The Women, Peace and Security (WPS) Agenda in UN Peacekeeping',
    );

    await tabTo(page, page.getByRole('navigation', { name: 'Site' }).getByRole('link', { name: 'Glossary' }));
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 1, name: 'Glossary' })).toBeVisible();
    await expect(page.locator('dt#gender-mainstreaming')).toHaveText('Gender mainstreaming');
  });

  test('a glossary link in the lesson opens the entry with its source', async ({ page }) => {
    await page.goto('/courses/cptm-2-7/definitions/');
    await page.locator('a.term', { hasText: /^Sex$/ }).first().click();
    await expect(page).toHaveURL(/\/glossary\/#sex$/);
    const entry = page.locator('#sex + dd');
    await expect(entry).toContainText('biological');
    await expect(entry).toContainText('Lesson 2.7');
  });

  test('trainer tips are hidden until the trainer notes switch turns them on, and the choice is remembered', async ({
    page,
  }) => {
    await page.goto('/courses/cptm-2-7/definitions/');
    const tip = page.getByRole('note', { name: 'Trainer tip' }).first();
    await expect(tip).toBeHidden();
    const toggle = page.getByRole('button', { name: 'Trainer notes' });
    await expect(toggle).toHaveAttribute('aria-pressed', 'false');
    await toggle.focus();
    await page.keyboard.press('Enter');
    await expect(toggle).toHaveAttribute('aria-pressed', 'true');
    await expect(tip).toBeVisible();
    await page.goto('/courses/cptm-2-7/wps-agenda/');
    await expect(page.getByRole('note', { name: 'Trainer tip' }).first()).toBeVisible();
    await expect(page.getByRole('button', { name: 'Trainer notes' })).toHaveAttribute('aria-pressed', 'true');
  });
});

test('the handout of key messages prints on two A4 pages', async ({ page }) => {
  await page.goto('/courses/cptm-2-7/handout/');
  await expect(page.locator('.handout__item')).toHaveCount(16);
  await page.emulateMedia({ media: 'print' });
  const pdf = (await page.pdf({ format: 'A4', preferCSSPageSize: true })).toString('latin1');
  expect((pdf.match(/\/Type\s*\/Page[^s]/g) ?? []).length).toBeLessThanOrEqual(2);
});
