import { expect, test, type Page } from './support/fixture';
import { expectNoAxeViolations } from './support/axe';
import { quizKey, quizOptions } from './support/content';
import { tabTo } from './support/keyboard';
import { readToEnd } from './support/lesson';

const COURSE = '/courses/i-know-gender/';
const MODULES = [
  'gender-concepts',
  'international-frameworks',
  'un-system-and-peace-operations',
  'security-management',
  'gender-responsive-security-practice',
];
const answers = quizKey('ikg-final-assessment');
const options = quizOptions('ikg-final-assessment');

/** Reads a module to its end, as a keyboard user paging down would. */
async function readModule(page: Page, id: string) {
  await page.goto(`${COURSE}${id}/`);
  await readToEnd(page);
}

/** Takes one attempt by keyboard, answering `wrong` questions wrongly. */
async function attempt(page: Page, wrong: number) {
  const quiz = page.locator('.quiz');
  await expect(quiz).toHaveAttribute('data-ready', 'true');
  const total = 20;
  await expect(quiz.getByText(`Question 1 of ${total}`)).toBeVisible();
  for (let i = 0; i < total; i += 1) {
    await expect(quiz.getByText(`Question ${i + 1} of ${total}`)).toBeVisible();
    const prompt = (await quiz.locator('legend').textContent())!.trim();
    const right = answers.get(prompt)!;
    const choose = i < wrong ? [options.get(prompt)!.find((o) => !right.includes(o))!] : right;
    for (const text of choose) {
      await quiz.getByLabel(text, { exact: true }).focus();
      await page.keyboard.press('Space');
    }
    await tabTo(
      page,
      quiz.getByRole('button', { name: i === total - 1 ? 'Finish and see my score' : 'Next question' }),
    );
    await page.keyboard.press('Enter');
  }
  return quiz;
}

test('a security officer reads every module, fails the assessment once, reviews, passes, and the course is complete', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await page.goto(COURSE);
  await expect(page.getByText(/It is NOT the UN Women Training Centre.s own "I Know Gender" course/)).toBeVisible();

  for (const id of MODULES.slice(0, 4)) await readModule(page, id);
  // With one module unread the assessment stays closed and says what is missing.
  await page.goto(`${COURSE}assessment/`);
  const locked = page.locator('[data-locked]');
  await expect(locked).toContainText('Still to read');
  await expect(locked.getByRole('link')).toHaveText(['Gender-responsive security practice']);
  await expectNoAxeViolations(page, 'assessment locked');

  await readModule(page, MODULES[4]!);
  await page.goto(`${COURSE}assessment/`);
  let quiz = await attempt(page, 5);
  await expect(quiz.getByRole('heading', { name: /^Not passed yet: 15 of 20 \(75 %\)/ })).toBeVisible();
  await tabTo(page, quiz.getByRole('button', { name: 'Review my answers' }));
  await page.keyboard.press('Enter');
  const items = quiz.locator('.quiz__review-item');
  await expect(items).toHaveCount(20);
  await expect(items.filter({ hasText: 'Not correct.' })).toHaveCount(5);
  await expect(items.filter({ hasText: 'Not correct.' }).first()).toContainText('Right answer:');
  await expect(items.first()).toContainText('Source:');
  await expectNoAxeViolations(page, 'assessment review');

  await tabTo(page, quiz.getByRole('button', { name: 'Try again' }));
  await page.keyboard.press('Enter');
  quiz = await attempt(page, 0);
  await expect(quiz.getByRole('heading', { name: /^Passed: 20 of 20 \(100 %\)/ })).toBeVisible();
  await expect(quiz.locator('.quiz__history li')).toHaveCount(2);

  await page.goto(COURSE);
  await page.reload();
  await expect(page.getByText('Completed: all 5 sections read.')).toBeVisible();
  await expect(page.getByText('Final assessment: best score 100 % in 2 attempts – passed.')).toBeVisible();
  for (const id of MODULES) {
    await expect(
      page.locator(`[data-section-list="i-know-gender"] [data-section="${id}"] [data-section-status]`),
    ).toHaveText('done');
  }
  await expectNoAxeViolations(page, 'course complete');
});
