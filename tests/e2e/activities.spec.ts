import { expect, test, type Locator, type Page } from './support/fixture';
import { expectNoAxeViolations } from './support/axe';
import { quizKey, quizOptions, sortingKey } from './support/content';
import { tabTo } from './support/keyboard';
import { ready } from './support/lesson';

const SORTING_PAGE = '/courses/cptm-2-7/learning-activity-2-7-1/';
const key = sortingKey('sex-or-gender');
const TOTAL = key.size;
const other = (label: string) => (label === 'Sex' ? 'Gender' : 'Sex');

async function openSorting(page: Page): Promise<Locator> {
  await page.goto(SORTING_PAGE);
  const activity = page.locator('[data-activity="sex-or-gender"] .sorting');
  await activity.scrollIntoViewIfNeeded();
  await expect(activity).toHaveAttribute('data-ready', 'true');
  return activity;
}

async function topCardText(activity: Locator): Promise<string> {
  return (await activity.locator('[data-card] .sort-card__text').textContent())?.trim() ?? '';
}

async function expectFeedbackThenComplete(page: Page, activity: Locator, misplaced: number) {
  await expect(activity.getByRole('heading', { name: `${TOTAL - misplaced} of ${TOTAL} correct` })).toBeVisible();
  await expect(activity.locator('.placed-card--wrong')).toHaveCount(misplaced);
  await expect(activity.locator('.placed-card--wrong').first()).toContainText(/this belongs in (Sex|Gender)/);
  await expectNoAxeViolations(page, 'sorting feedback');
}

test.describe('Learning Activity 2.7.1, sex or gender?', () => {
  test('completed with the buttons, with feedback, score and a retry of the misplaced', async ({ page }) => {
    // Long by nature: 30 statements sorted, checked, two retried, and axe run at four points.
    test.setTimeout(60_000);
    const activity = await openSorting(page);
    await expectNoAxeViolations(page, 'sorting initial');
    for (let i = 0; i < TOTAL; i += 1) {
      const text = await topCardText(activity);
      const right = key.get(text)!;
      // Two deliberate mistakes.
      const choice = i < 2 ? other(right) : right;
      await activity.locator('[data-card]').getByRole('button', { name: choice, exact: true }).click();
      if (i === 3) await expectNoAxeViolations(page, 'sorting in progress');
    }
    await expect(activity.locator('[data-sorted-count]')).toHaveText(`${TOTAL} of ${TOTAL} sorted`);
    await activity.getByRole('button', { name: 'Check my sorting' }).click();
    await expectFeedbackThenComplete(page, activity, 2);

    await activity.getByRole('button', { name: 'Try the misplaced ones again' }).click();
    await expect(activity.locator('[data-sorted-count]')).toHaveText(`${TOTAL - 2} of ${TOTAL} sorted`);
    for (let i = 0; i < 2; i += 1) {
      const text = await topCardText(activity);
      await activity
        .locator('[data-card]')
        .getByRole('button', { name: key.get(text)!, exact: true })
        .click();
    }
    await activity.getByRole('button', { name: 'Check my sorting' }).click();
    await expect(activity.getByRole('heading', { name: `All ${TOTAL} statements sorted correctly` })).toBeVisible();
    await expect(activity).toContainText(`At your first check you had ${TOTAL - 2} of ${TOTAL} right.`);
    await expect(activity).toContainText('Gender and sex have different meanings');
    await expectNoAxeViolations(page, 'sorting complete');
  });

  test('completed by keyboard alone, with what happened announced', async ({ page }) => {
    const activity = await openSorting(page);
    const card = activity.locator('[data-card]');
    await tabTo(page, card);
    const live = activity.locator('[aria-live="polite"]');
    for (let i = 0; i < TOTAL; i += 1) {
      await expect(card).toBeFocused();
      const text = await topCardText(activity);
      if (i === 0) {
        // Arrow keys look at another statement without sorting it.
        await page.keyboard.press('ArrowRight');
        await expect(activity.locator('[data-card] .sort-card__text')).not.toHaveText(text);
        await page.keyboard.press('ArrowLeft');
        await expect(activity.locator('[data-card] .sort-card__text')).toHaveText(text);
      }
      await page.keyboard.press(key.get(text) === 'Sex' ? 's' : 'g');
      await expect(live).toContainText(`placed in ${key.get(text)}. ${i + 1} of ${TOTAL} sorted.`);
      if (i === TOTAL - 1) break;
    }
    const check = activity.getByRole('button', { name: 'Check my sorting' });
    await expect(check).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(live).toContainText(`All ${TOTAL} statements are sorted correctly.`);
    await expect(activity.getByRole('heading', { name: `All ${TOTAL} statements sorted correctly` })).toBeVisible();
  });

  test('completed by dragging cards with the mouse', async ({ page }) => {
    const activity = await openSorting(page);
    for (let i = 0; i < TOTAL; i += 1) {
      const text = await topCardText(activity);
      const bin = activity.locator(`[data-bin="${key.get(text) === 'Sex' ? 'sex' : 'gender'}"]`);
      await activity.locator('.sort-card__handle').dragTo(bin);
      await expect(activity.locator('[data-sorted-count]')).toHaveText(`${i + 1} of ${TOTAL} sorted`);
    }
    await activity.getByRole('button', { name: 'Check my sorting' }).click();
    await expect(activity.getByRole('heading', { name: `All ${TOTAL} statements sorted correctly` })).toBeVisible();
  });

  test('a reload in the middle resumes where the learner was', async ({ page }) => {
    const activity = await openSorting(page);
    const placed: string[] = [];
    for (let i = 0; i < 5; i += 1) {
      const text = await topCardText(activity);
      placed.push(text);
      await activity
        .locator('[data-card]')
        .getByRole('button', { name: key.get(text)!, exact: true })
        .click();
    }
    await page.reload();
    const again = page.locator('[data-activity="sex-or-gender"] .sorting');
    await again.scrollIntoViewIfNeeded();
    await expect(again).toHaveAttribute('data-ready', 'true');
    await expect(again.locator('[data-sorted-count]')).toHaveText(`5 of ${TOTAL} sorted`);
    for (const text of placed) await expect(again.locator('[data-placed]', { hasText: text })).toHaveCount(1);
  });

  test('works on a 320 px phone', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    const activity = await openSorting(page);
    const text = await topCardText(activity);
    await activity
      .locator('[data-card]')
      .getByRole('button', { name: key.get(text)!, exact: true })
      .click();
    await expect(activity.locator('[data-sorted-count]')).toHaveText(`1 of ${TOTAL} sorted`);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
  });
});

test.describe('the Lesson 2.7 knowledge check', () => {
  const QUIZ = 'cptm-2-7-knowledge-check';
  const answers = quizKey(QUIZ);
  const allOptions = quizOptions(QUIZ);

  /** Answers every question, getting `wrong` of them wrong, using only the keyboard. */
  async function takeQuiz(page: Page, wrong: number, { open = true } = {}) {
    if (open) await page.goto('/courses/cptm-2-7/lesson-closing/');
    const quiz = page.locator(`[data-activity="${QUIZ}"] .quiz`);
    await quiz.scrollIntoViewIfNeeded();
    await expect(quiz).toHaveAttribute('data-ready', 'true');
    const total = answers.size;
    for (let i = 0; i < total; i += 1) {
      await expect(quiz.getByText(`Question ${i + 1} of ${total}`)).toBeVisible();
      const prompt = (await quiz.locator('legend').textContent())!.trim();
      const right = answers.get(prompt)!;
      const choose = i < wrong ? [allOptions.get(prompt)!.find((o) => !right.includes(o))!] : right;
      for (const text of choose) {
        const option = quiz.getByLabel(text, { exact: true });
        await option.focus();
        await page.keyboard.press('Space');
        await expect(option).toBeChecked();
      }
      await tabTo(page, quiz.getByRole('button', { name: 'Check answer' }));
      await page.keyboard.press('Enter');
      await expect(quiz.locator('[data-feedback]')).toBeFocused();
      await expect(quiz.locator('.quiz__verdict')).toHaveText(i < wrong ? 'Not quite.' : 'Correct.');
      await expect(quiz.locator('[data-feedback]')).toContainText('Source:');
      if (i === 0) await expectNoAxeViolations(page, 'quiz feedback');
      await tabTo(page, quiz.getByRole('button', { name: i === total - 1 ? 'See my score' : 'Next question' }));
      await page.keyboard.press('Enter');
    }
    return { quiz, total };
  }

  test('passes at the pass mark, fails just below it, and the review shows every answer', async ({ page }) => {
    // Long by nature: two whole attempts, every answer chosen and checked with the keyboard alone.
    test.setTimeout(90_000);
    const total = answers.size;
    const maxWrongToPass = Math.floor(total * 0.2); // pass mark 80 %
    let { quiz } = await takeQuiz(page, maxWrongToPass + 1);
    const failedScore = total - maxWrongToPass - 1;
    await expect(
      quiz.getByRole('heading', { name: new RegExp(`^Not passed yet: ${failedScore} of ${total}`) }),
    ).toBeVisible();
    await quiz.getByRole('button', { name: 'Review my answers' }).click();
    await expect(quiz.locator('.quiz__review-item')).toHaveCount(total);
    await expect(quiz.locator('.quiz__review-item').first()).toContainText('Right answer:');
    await expectNoAxeViolations(page, 'quiz review');

    // Back on the page later, the result is still there; the learner chooses to try again.
    await page.reload();
    await ready(quiz);
    await expect(quiz.getByRole('heading', { name: /^Not passed yet/ })).toBeVisible();
    await quiz.getByRole('button', { name: 'Try again' }).click();
    ({ quiz } = await takeQuiz(page, maxWrongToPass, { open: false }));
    await expect(
      quiz.getByRole('heading', { name: new RegExp(`^Passed: ${total - maxWrongToPass} of ${total}`) }),
    ).toBeVisible();
    await expect(quiz.locator('.quiz__history li')).toHaveCount(2);
  });
});

test.describe('Learning Activity 2.7.1 on a touch phone', () => {
  test.use({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });

  test('a card is sorted by dragging it with a finger, and a drag that ends outside the boxes sorts nothing', async ({
    page,
  }) => {
    const activity = await openSorting(page);
    // Real touch input, as a phone's screen sends it (Chromium turns it into pointer events).
    const cdp = await page.context().newCDPSession(page);
    const touch = async (type: 'touchStart' | 'touchMove' | 'touchEnd', x = 0, y = 0) =>
      cdp.send('Input.dispatchTouchEvent', { type, touchPoints: type === 'touchEnd' ? [] : [{ x, y }] });
    const handle = activity.locator('.sort-card__handle');
    const bin = (id: string) => activity.locator(`[data-bin="${id}"]`);
    /** Drags the top card's handle by finger to a point picked once the handle is on screen. */
    const drag = async (to: () => Promise<{ x: number; y: number }>) => {
      await handle.scrollIntoViewIfNeeded();
      const box = (await handle.boundingBox())!;
      const from = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
      const end = await to();
      await touch('touchStart', from.x, from.y);
      for (let step = 1; step <= 8; step += 1) {
        await touch('touchMove', from.x + ((end.x - from.x) * step) / 8, from.y + ((end.y - from.y) * step) / 8);
      }
      await touch('touchEnd');
    };
    /** A point inside a box that is on screen. */
    const inside = (id: string) => async () => {
      const box = (await bin(id).boundingBox())!;
      const top = Math.max(box.y, 0);
      const bottom = Math.min(box.y + box.height, 740);
      // A finger can reach both boxes from the handle without scrolling.
      expect(bottom - top, `the ${id} box shows on screen next to the handle`).toBeGreaterThan(40);
      return { x: box.x + box.width / 2, y: (top + bottom) / 2 };
    };

    const first = await topCardText(activity);
    await drag(async () => ({ x: 180, y: 2 }));
    await expect(activity.locator('[data-sorted-count]')).toHaveText(`0 of ${TOTAL} sorted`);
    await expect(activity.locator('.sort-card__text').first()).toHaveText(first);

    const right = key.get(first) === 'Sex' ? 'sex' : 'gender';
    await drag(inside(right));
    await expect(activity.locator('[data-sorted-count]')).toHaveText(`1 of ${TOTAL} sorted`);
    await expect(bin(right).locator('[data-placed]', { hasText: first })).toHaveCount(1);

    const second = await topCardText(activity);
    const wrong = key.get(second) === 'Sex' ? 'gender' : 'sex';
    await drag(inside(wrong));
    await expect(activity.locator('[data-sorted-count]')).toHaveText(`2 of ${TOTAL} sorted`);
    await expect(bin(wrong).locator('[data-placed]', { hasText: second })).toHaveCount(1);
  });
});
