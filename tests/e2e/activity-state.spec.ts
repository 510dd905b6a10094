import { expect, test, type Locator, type Page } from './support/fixture';
import { quizKey, sortingKey } from './support/content';
import { expectNoAxeViolations } from './support/axe';
import { answerQuestion, ready } from './support/lesson';

// Nothing a learner does in an activity is lost: every kind resumes exactly where it was after a
// reload, two tabs on one activity keep each other's work, and earlier results can be found again.

const QUIZ_PAGE = '/courses/cptm-2-7/lesson-closing/';
const QUIZ = 'cptm-2-7-knowledge-check';
const SORTING_PAGE = '/courses/cptm-2-7/learning-activity-2-7-1/';
const sortKey = sortingKey('sex-or-gender');
const answers = quizKey(QUIZ);

const quizOn = (page: Page) => page.locator(`[data-activity="${QUIZ}"] .quiz`);
const sortingOn = (page: Page) => page.locator('[data-activity="sex-or-gender"] .sorting');

const answer = (quiz: Locator, rightly: boolean) => answerQuestion(quiz, rightly, QUIZ);

test('a knowledge check resumes at the question reached, with the answer given and its feedback', async ({ page }) => {
  await page.goto(QUIZ_PAGE);
  let quiz = quizOn(page);
  await ready(quiz);
  await answer(quiz, true);
  await quiz.getByRole('button', { name: 'Next question' }).click();
  const second = await answer(quiz, false);
  const total = answers.size;
  await expect(quiz.getByText(`Question 2 of ${total}`)).toBeVisible();

  await page.reload();
  quiz = quizOn(page);
  await ready(quiz);
  await expect(quiz.getByText(`Question 2 of ${total}`)).toBeVisible();
  await expect(quiz.getByLabel(second, { exact: true })).toBeChecked();
  await expect(quiz.locator('.quiz__verdict')).toHaveText('Not quite.');
  await quiz.getByRole('button', { name: 'Next question' }).click();
  await expect(quiz.getByText(`Question 3 of ${total}`)).toBeVisible();

  await page.reload();
  quiz = quizOn(page);
  await ready(quiz);
  await expect(quiz.getByText(`Question 3 of ${total}`)).toBeVisible();
});

test('a finished check shows its results again, the best of them and every attempt, and offers a new attempt', async ({
  page,
}) => {
  await page.goto(QUIZ_PAGE);
  let quiz = quizOn(page);
  await ready(quiz);
  const total = answers.size;
  for (let i = 0; i < total; i += 1) {
    await answer(quiz, i > 0);
    await quiz.getByRole('button', { name: i === total - 1 ? 'See my score' : 'Next question' }).click();
  }
  await expect(quiz.getByRole('heading', { name: /^Passed/ })).toBeVisible();

  // Closing the page and coming back: the result is there, not a new attempt at question 1.
  await page.reload();
  quiz = quizOn(page);
  await ready(quiz);
  await expect(
    quiz.getByRole('heading', {
      name: `Passed: ${total - 1} of ${total} (${Math.round(((total - 1) / total) * 100)} %)`,
    }),
  ).toBeVisible();
  await expect(quiz.locator('[data-attempts] li')).toHaveCount(1);
  await quiz.getByRole('button', { name: 'Try again' }).click();
  await expect(quiz.getByText(`Question 1 of ${total}`)).toBeVisible();

  // A new attempt not yet begun: the learner sees the results first and chooses to start.
  await page.reload();
  quiz = quizOn(page);
  await ready(quiz);
  await expect(quiz.getByRole('heading', { name: 'Your results so far' })).toBeVisible();
  await expect(quiz.locator('[data-best-result]')).toContainText(`Best result: ${total - 1} of ${total}`);
  await expect(quiz.locator('[data-best-result]')).toContainText('passed');
  await expect(quiz.getByText(`Question 1 of ${total}`)).toHaveCount(0);
  await expectNoAxeViolations(page, 'earlier results');
  await quiz.getByRole('button', { name: 'Start a new attempt' }).click();
  await expect(quiz.getByText(`Question 1 of ${total}`)).toBeVisible();
});

test('two tabs sorting the same activity keep every placement', async ({ context }) => {
  const [a, b] = [await context.newPage(), await context.newPage()];
  for (const page of [a, b]) {
    await page.goto(SORTING_PAGE);
    await ready(sortingOn(page));
  }
  const placed: string[] = [];
  /** Places the top card of the tab's pile (skipping cards the other tab has already placed). */
  async function place(page: Page, count: number) {
    await page.bringToFront();
    const sorting = sortingOn(page);
    for (let i = 0; i < count; i += 1) {
      const text = (await sorting.locator('[data-card] .sort-card__text').textContent())!.trim();
      await sorting
        .locator('[data-card]')
        .getByRole('button', { name: sortKey.get(text)!, exact: true })
        .click();
      await expect(sorting.locator('[data-placed]', { hasText: text })).toHaveCount(1);
      placed.push(text);
    }
  }
  await place(a, 5);
  // Tab b hears of tab a's placements and shows them.
  await expect(sortingOn(b).locator('[data-sorted-count]')).toHaveText(`5 of ${sortKey.size} sorted`);
  await place(b, 5);
  await place(a, 3);
  await expect(sortingOn(b).locator('[data-sorted-count]')).toHaveText(`13 of ${sortKey.size} sorted`);

  for (const page of [a, b]) {
    await page.reload();
    const sorting = sortingOn(page);
    await ready(sorting);
    await expect(sorting.locator('[data-sorted-count]')).toHaveText(`${placed.length} of ${sortKey.size} sorted`);
    for (const text of placed) await expect(sorting.locator('[data-placed]', { hasText: text })).toHaveCount(1);
  }
});

test('the classroom keeps the room’s tallies across a reload', async ({ page }) => {
  await page.goto('/courses/cptm-2-7/classroom/sex-or-gender/');
  const room = page.locator('.classroom');
  await expect(room).toHaveAttribute('data-ready', 'true');
  const first = (await room.locator('[data-classroom-card]').textContent())!.trim();
  const right = sortKey.get(first)!;
  for (let i = 0; i < 3; i += 1) await page.getByRole('button', { name: `One vote more for ${right}` }).click();
  await page.getByRole('button', { name: 'Reveal the answer' }).click();
  await page.getByRole('button', { name: 'Next statement' }).click();
  await page.getByRole('button', { name: `One vote more for Sex` }).click();
  await expect(room.locator('[data-votes="sex"]')).toHaveText('1');

  await page.reload();
  await expect(room).toHaveAttribute('data-ready', 'true');
  await expect(room.locator('.classroom__position')).toHaveText(`Statement 2 of ${sortKey.size}`);
  await expect(room.locator('[data-votes="sex"]')).toHaveText('1');
  await expect(room.locator('[data-tally]')).toHaveText('Room: 1 of 1 right');
  await page.getByRole('button', { name: 'Previous statement' }).click();
  await expect(room.locator(`[data-votes]`).filter({ hasText: '3' })).toHaveCount(1);
});
