import { expect, test } from './support/fixture';
import { expectNoAxeViolations } from './support/axe';
import { sortingKey } from './support/content';

const key = sortingKey('sex-or-gender');

test('a trainer runs the sorting activity with the room: votes, reveal, tally and the 15-minute timer', async ({
  page,
}) => {
  await page.clock.install({ time: new Date('2026-03-01T09:00:00Z') });
  await page.goto('/courses/cptm-2-7/learning-activity-2-7-1/');
  await page.getByRole('link', { name: 'run this activity with a room' }).click();
  await expect(page).toHaveURL(/\/courses\/cptm-2-7\/classroom\/sex-or-gender\/$/);
  const room = page.locator('.classroom');
  await expect(room).toHaveAttribute('data-ready', 'true');
  await expect(room.locator('[data-time-left]')).toHaveText('15:00');
  await expectNoAxeViolations(page, 'classroom');

  const first = (await room.locator('[data-classroom-card]').textContent())!.trim();
  const right = key.get(first)!;
  const wrong = right === 'Sex' ? 'Gender' : 'Sex';
  for (let i = 0; i < 5; i += 1) await page.getByRole('button', { name: `One vote more for ${right}` }).click();
  await page.getByRole('button', { name: `One vote more for ${wrong}` }).click();
  await page.getByRole('button', { name: 'Reveal the answer' }).click();
  await expect(room.locator('[data-answer]')).toContainText(`Answer: ${right}`);
  await expect(room.locator('[data-tally]')).toHaveText('Room: 1 of 1 right');
  await expect(page.getByRole('button', { name: `One vote more for ${right}` })).toBeDisabled();

  // Keyboard: → shows the next statement.
  await page.locator('h1').click();
  await page.keyboard.press('ArrowRight');
  await expect(room.locator('.classroom__position')).toHaveText(`Statement 2 of ${key.size}`);

  // From here the page's time moves only when the test moves it.
  await page.clock.pauseAt(new Date('2026-03-01T10:00:00Z'));
  await page.getByRole('button', { name: 'Start timer' }).click();
  await page.clock.runFor(60_000);
  await expect(room.locator('[data-time-left]')).toHaveText('14:00');
  await page.getByRole('button', { name: 'Pause timer' }).click();
  await page.clock.runFor(120_000);
  await expect(room.locator('[data-time-left]')).toHaveText('14:00');
  await page.getByRole('button', { name: 'Start timer' }).click();
  await page.clock.runFor(14 * 60_000 + 1_000);
  await expect(room.locator('[data-time-left]')).toHaveText('Time is up');
});
