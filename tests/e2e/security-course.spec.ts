import { expect, test, type Page } from './support/fixture';
import { expectNoAxeViolations } from './support/axe';
import { quizKey, quizOptions } from './support/content';
import { tabTo } from './support/keyboard';
import { IKG_MODULES, readToEnd, ready } from './support/lesson';

const COURSE = '/courses/i-know-gender/';
const answers = quizKey('ikg-final-assessment');
const options = quizOptions('ikg-final-assessment');

/** Reads a module to its end, as a keyboard user paging down would. */
async function readModule(page: Page, id: string) {
  await page.goto(`${COURSE}${id}/`);
  await readToEnd(page);
}

/** Takes one attempt by keyboard, answering `wrong` questions wrongly; returns the prompts asked. */
async function attempt(page: Page, wrong: number) {
  const quiz = page.locator('.quiz');
  await ready(quiz);
  const total = 20;
  const prompts: string[] = [];
  await expect(quiz.getByText(`Question 1 of ${total}`)).toBeVisible();
  for (let i = 0; i < total; i += 1) {
    await expect(quiz.getByText(`Question ${i + 1} of ${total}`)).toBeVisible();
    const prompt = (await quiz.locator('legend').textContent())!.trim();
    prompts.push(prompt);
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
  return { quiz, prompts };
}

test('a security officer reads every module, fails the assessment, reviews without the key, retakes new questions, passes and sees the full review', async ({
  page,
}) => {
  test.setTimeout(180_000);
  await page.goto(COURSE);
  // What the course is not is said in "About this course and its sources", folded on the course page.
  await page.getByText('About this course and its sources').click();
  await expect(page.getByText(/It is NOT the United Nations "I Know Gender" course itself/)).toBeVisible();

  for (const id of IKG_MODULES.slice(0, 4)) await readModule(page, id);
  // With one module unread the assessment stays closed and says what is missing.
  await page.goto(`${COURSE}assessment/`);
  // The island wakes when the learner scrolls to it, past what the page says about attempts.
  await page.locator('.quiz').scrollIntoViewIfNeeded();
  const locked = page.locator('[data-locked]');
  await expect(locked).toContainText('Still to read');
  await expect(locked.getByRole('link')).toHaveText(['Gender-responsive security practice']);
  const limits = page.locator('[data-assessment-limits]');
  await expect(limits).toContainText(
    'Your answers are checked on this device, so the certificate is a record of completion for you and your supervisor',
  );
  await expect(limits).toContainText('the LMS record is the authoritative one');
  await expectNoAxeViolations(page, 'assessment locked');

  await readModule(page, IKG_MODULES[4]!);
  await page.goto(`${COURSE}assessment/`);
  const first = await attempt(page, 5);
  let quiz = first.quiz;
  await expect(quiz.getByRole('heading', { name: /^Not passed yet: 15 of 20 \(75 %\)/ })).toBeVisible();
  await tabTo(page, quiz.getByRole('button', { name: 'Review my answers' }));
  await page.keyboard.press('Enter');
  // A failed attempt: which questions were wrong, why and what to reread – but not the keyed options.
  const review = quiz.locator('[data-review]');
  const items = quiz.locator('.quiz__review-item');
  await expect(items).toHaveCount(20);
  const wrongItems = items.filter({ hasText: 'Not correct.' });
  await expect(wrongItems).toHaveCount(5);
  await expect(review.locator('[data-review-without-key]')).toBeVisible();
  await expect(review).not.toContainText('Right answer:');
  await expect(review).not.toContainText('Your answer:');
  for (let i = 0; i < 5; i += 1) {
    const item = wrongItems.nth(i);
    await expect(item.getByRole('link', { name: /./ })).toHaveAttribute('href', /\/courses\/i-know-gender\/[a-z-]+\/$/);
    await expect(item).toContainText('Reread:');
  }
  await expectNoAxeViolations(page, 'assessment review without the key');

  await tabTo(page, quiz.getByRole('button', { name: 'Try again' }));
  await page.keyboard.press('Enter');
  // The bank holds enough questions in every cell of the blueprint: none of the first form comes back.
  const second = await attempt(page, 2);
  quiz = second.quiz;
  expect(second.prompts.filter((p) => first.prompts.includes(p))).toEqual([]);
  await expect(quiz.getByRole('heading', { name: /^Passed: 18 of 20 \(90 %\)/ })).toBeVisible();
  await expect(quiz.locator('.quiz__history li')).toHaveCount(2);
  await tabTo(page, quiz.getByRole('button', { name: 'Review my answers' }));
  await page.keyboard.press('Enter');
  // After a pass, the full review: every answer, and the right one where the learner's was wrong.
  await expect(items).toHaveCount(20);
  await expect(quiz.locator('[data-review-without-key]')).toHaveCount(0);
  await expect(items.filter({ hasText: 'Right answer:' })).toHaveCount(2);
  await expect(items.first()).toContainText('Your answer:');
  await expect(items.first()).toContainText('Source:');
  await expectNoAxeViolations(page, 'assessment full review');

  await page.goto(COURSE);
  await page.reload();
  await expect(page.getByText('Completed: all 5 sections read.')).toBeVisible();
  await expect(page.getByText('Final assessment: best score 90 % in 2 attempts – passed.')).toBeVisible();
  for (const id of IKG_MODULES) {
    await expect(
      page.locator(`[data-section-list="i-know-gender"] [data-section="${id}"] [data-section-status]`),
    ).toHaveText('done');
  }
  await expectNoAxeViolations(page, 'course complete');
});
