import { expect, type FrameLocator, type Locator, type Page } from '@playwright/test';
import type { Language } from '../../../src/i18n/languages';
import { quizMessages } from '../../../src/i18n/messages/quiz';
import { sortingMessages } from '../../../src/i18n/messages/sorting';
import { quizKey, quizOptions, sortingKey } from './content';

/** The sections of CPTM Lesson 2.7 that its completion rule requires, in order. */
export const CPTM_REQUIRED_SECTIONS = [
  'introduction',
  'lesson-map',
  'learning-activity-2-7-1',
  'definitions',
  'wps-agenda',
  'legal-framework',
  'policy-guidance',
  'partnerships',
  'roles-and-responsibilities',
  'individual-peacekeepers',
  'lesson-closing',
];

/** The modules of I Know Gender, in order (its completion rule requires every one). */
export const IKG_MODULES = [
  'gender-concepts',
  'international-frameworks',
  'un-system-and-peace-operations',
  'security-management',
  'gender-responsive-security-practice',
];

/**
 * Reads the open section to its end, as a learner pressing End does, and waits until the page says
 * the section counted as read ("✓ Counted as read", once progress has noted it).
 */
export async function readToEnd(page: Page | FrameLocator): Promise<void> {
  const end = page.locator('[data-section-end]');
  if ('keyboard' in page) await page.keyboard.press('End');
  await end.scrollIntoViewIfNeeded();
  await expect(end).toHaveAttribute('data-read', '');
}

/** Waits for an island to hydrate: islands load when they scroll into view. */
export async function ready(island: Locator): Promise<void> {
  await island.scrollIntoViewIfNeeded();
  await expect(island).toHaveAttribute('data-ready', 'true');
}

/** Sorts every card of a sorting activity correctly with the card buttons, and checks (in the page's language). */
export async function sortAllCorrectly(
  sorting: Locator,
  activityId = 'sex-or-gender',
  lang: Language = 'en',
): Promise<void> {
  await ready(sorting);
  const key = sortingKey(activityId, lang);
  for (let i = 0; i < key.size; i += 1) {
    const text = (await sorting.locator('[data-card] .sort-card__text').textContent())!.trim();
    await sorting
      .locator('[data-card]')
      .getByRole('button', { name: key.get(text)!, exact: true })
      .click();
  }
  await sorting.getByRole('button', { name: sortingMessages[lang].checkSorting }).click();
  await expect(sorting).toHaveAttribute('data-state', 'complete');
}

/**
 * Answers the knowledge-check question on screen, rightly or with a wrong option, checks it and
 * waits for its verdict. Returns the option chosen.
 */
export async function answerQuestion(
  quiz: Locator,
  rightly: boolean,
  activityId = 'cptm-2-7-knowledge-check',
): Promise<string> {
  const prompt = (await quiz.locator('legend').textContent())!.trim();
  const right = quizKey(activityId).get(prompt)!;
  const chosen = rightly
    ? right
    : [
        quizOptions(activityId)
          .get(prompt)!
          .find((o) => !right.includes(o))!,
      ];
  for (const text of chosen) await quiz.getByLabel(text, { exact: true }).check();
  await quiz.getByRole('button', { name: 'Check answer' }).click();
  await expect(quiz.locator('.quiz__verdict')).toHaveText(rightly ? 'Correct.' : 'Not quite.');
  return chosen[0]!;
}

/** Answers every question of a knowledge check correctly, with its per-question feedback (in the page's language). */
export async function passKnowledgeCheck(
  quiz: Locator,
  activityId = 'cptm-2-7-knowledge-check',
  lang: Language = 'en',
): Promise<void> {
  const m = quizMessages[lang];
  await ready(quiz);
  const answers = quizKey(activityId, lang);
  for (let i = 0; i < answers.size; i += 1) {
    const prompt = (await quiz.locator('legend').textContent())!.trim();
    for (const text of answers.get(prompt)!) await quiz.getByLabel(text, { exact: true }).check();
    await quiz.getByRole('button', { name: m.checkAnswer }).click();
    await quiz.getByRole('button', { name: i === answers.size - 1 ? m.seeScore : m.nextQuestion }).click();
  }
  await expect(
    quiz.getByRole('heading', { name: m.resultHeading(true, answers.size, answers.size, 100) }),
  ).toBeVisible();
}
