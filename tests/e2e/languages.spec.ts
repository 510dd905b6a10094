import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Locator, type Page } from './support/fixture';
import { quizKey, sortingKey } from './support/content';
import { IKG_MODULES, readToEnd, ready } from './support/lesson';
import { certificateMessages } from '../../src/i18n/messages/certificates';
import { dataMessages } from '../../src/i18n/messages/data';
import { libraryMessages } from '../../src/i18n/messages/library';
import { attemptRules } from '../../src/catalog/assessment-plan';
import { activityMessages } from '../../src/i18n/messages/activity';
import { assessmentMessages } from '../../src/i18n/messages/assessment';
import { classroomMessages } from '../../src/i18n/messages/classroom';
import { explanationsMessages } from '../../src/i18n/messages/explanations';
import { pageMessages } from '../../src/i18n/messages/pages';
import { progressMessages } from '../../src/i18n/messages/progress';
import { quizMessages } from '../../src/i18n/messages/quiz';
import { searchMessages } from '../../src/i18n/messages/search';
import { sortingMessages } from '../../src/i18n/messages/sorting';
import { trainerLiveMessages, trainerMessages } from '../../src/i18n/messages/trainer';

// CPTM Lesson 2.7 in French, the interface in Arabic, and one learner's progress whatever the language.

const fr = {
  pages: pageMessages.fr,
  progress: progressMessages.fr,
  quiz: quizMessages.fr,
  sorting: sortingMessages.fr,
  assessment: assessmentMessages.fr,
  explanations: explanationsMessages.fr,
  classroom: classroomMessages.fr,
  trainer: trainerMessages.fr,
};
const QUIZ = 'cptm-2-7-knowledge-check';
const SORTING = 'sex-or-gender';
const quizOn = (page: Page) => page.locator(`[data-activity="${QUIZ}"] .quiz`);
const sortingOn = (page: Page) => page.locator(`[data-activity="${SORTING}"] .sorting`);

test('a French learner finds the lesson in French, marked as an unofficial translation, and can switch language on the same page', async ({
  page,
}) => {
  await page.goto('/fr/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await page.getByRole('link', { name: 'Femmes, paix et sécurité' }).click();
  await expect(page).toHaveURL(/\/fr\/courses\/cptm-2-7\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Femmes, paix et sécurité');
  await expect(page.locator('[data-translation]')).toContainText(
    'Traduction non officielle réalisée pour Gender Lens ; le texte anglais du CPTM 2025 fait foi.',
  );
  // Every language's version of the page is announced to browsers and search engines.
  for (const lang of ['en', 'fr', 'ar']) {
    await expect(page.locator(`link[rel="alternate"][hreflang="${lang}"]`)).toHaveCount(1);
  }

  await page.goto('/fr/courses/cptm-2-7/definitions/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Définitions');
  await expect(page.locator('article')).toContainText(/Le sexe d.une personne/);
  await expect(page.locator('.trainer-tip__label').first()).toHaveText(fr.pages.trainerTip);
  const languages = page.getByRole('navigation', { name: fr.pages.languageNav });
  await expect(languages.getByRole('link', { name: 'Français' })).toHaveAttribute('aria-current', 'page');
  await languages.getByRole('link', { name: 'English' }).click();
  await expect(page).toHaveURL(/\/courses\/cptm-2-7\/definitions\/$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Definitions');
  await page.getByRole('navigation', { name: 'Language' }).getByRole('link', { name: 'العربية' }).click();
  await expect(page).toHaveURL(/\/ar\/courses\/cptm-2-7\/definitions\/$/);
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
});

test('switching language keeps the place: the same heading, in the other language', async ({ page }) => {
  await page.goto('/courses/cptm-2-7/definitions/');
  const heading = page.locator('article h2').nth(1);
  const id = await heading.getAttribute('id');
  await page.goto(`/courses/cptm-2-7/definitions/#${id}`);
  await page.getByRole('navigation', { name: 'Language' }).getByRole('link', { name: 'Français' }).click();
  await expect(page).toHaveURL(new RegExp(`/fr/courses/cptm-2-7/definitions/#${id}$`));
  await expect(page.locator(`#${id}`)).toHaveText('Sexe et genre : explications');
  await expect(page.locator(`#${id}`)).toBeInViewport();
});

test.describe('a first visit from a browser that prefers French', () => {
  test.use({ locale: 'fr-FR' });

  test('is offered French, in French, never sent there by itself, and the choice is remembered', async ({ page }) => {
    await page.goto('/courses/cptm-2-7/');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    const offer = page.locator('[data-language-offer="fr"]');
    await expect(offer).toBeVisible();
    await expect(offer).toContainText(fr.pages.languageOffer);
    await offer.getByRole('link', { name: fr.pages.languageOfferRead }).click();
    await expect(page).toHaveURL(/\/fr\/courses\/cptm-2-7\/$/);
    await expect(page.locator('[data-language-offer]:visible')).toHaveCount(0);
    // The choice is remembered: an English page (a shared link) offers French, and stays English.
    await page.goto('/glossary/');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.locator('[data-language-offer="fr"]')).toBeVisible();
    // "No, thanks" makes English the choice: no more offers.
    await page.locator('[data-language-offer="fr"]').getByRole('button', { name: fr.pages.languageOfferNo }).click();
    await page.goto('/courses/cptm-2-7/');
    await expect(page.locator('[data-language-offer]:visible')).toHaveCount(0);
  });
});

test('progress is one: read in English, continue in French, and the course counts each section once', async ({
  page,
}) => {
  await page.goto('/courses/cptm-2-7/introduction/');
  await readToEnd(page);
  await page.goto('/fr/courses/cptm-2-7/lesson-map/');
  await readToEnd(page);
  await page.goto('/fr/courses/cptm-2-7/introduction/');
  await readToEnd(page);
  await page.goto('/fr/courses/cptm-2-7/');
  await expect(page.getByText(fr.progress.sectionsRead(2, 11))).toBeVisible();
  await page.goto('/courses/cptm-2-7/');
  await expect(page.getByText('2 of 11 sections read.')).toBeVisible();
  // The place was last read in French; the English course page offers it in English.
  const resume = page.getByRole('link', { name: 'Continue where you stopped: Aim, Relevance and Learning Outcomes' });
  await expect(resume).toHaveAttribute('href', /^\/courses\/cptm-2-7\/introduction\/(#[\w-]+)?$/);
});

test('cards sorted in French are still sorted in English, and the French activity speaks French', async ({ page }) => {
  await page.goto('/fr/courses/cptm-2-7/learning-activity-2-7-1/');
  const sorting = sortingOn(page);
  await ready(sorting);
  await expect(sorting.getByRole('button', { name: fr.sorting.checkSorting })).toBeVisible();
  const key = sortingKey(SORTING, 'fr');
  const placed = await sortSome(sorting, key, 3);
  expect(placed).toHaveLength(3);
  await expect(sorting.locator('[data-sorted-count]')).toHaveText(fr.sorting.sortedCount(3, key.size));

  await page.goto('/courses/cptm-2-7/learning-activity-2-7-1/');
  const english = sortingOn(page);
  await ready(english);
  await expect(english.locator('[data-sorted-count]')).toHaveText(`3 of ${key.size} sorted`);
});

test('a knowledge check started in French goes on in English at the same question, with the answers given', async ({
  page,
}) => {
  await page.goto('/fr/courses/cptm-2-7/lesson-closing/');
  const quiz = quizOn(page);
  await ready(quiz);
  const key = quizKey(QUIZ, 'fr');
  for (let i = 0; i < 2; i += 1) {
    const prompt = (await quiz.locator('legend').textContent())!.trim();
    for (const text of key.get(prompt)!) await quiz.getByLabel(text, { exact: true }).check();
    await quiz.getByRole('button', { name: fr.quiz.checkAnswer }).click();
    await quiz.getByRole('button', { name: fr.quiz.nextQuestion }).click();
  }
  await expect(quiz.getByText(fr.quiz.questionOf(3, key.size))).toBeVisible();

  await page.goto('/courses/cptm-2-7/lesson-closing/');
  const english = quizOn(page);
  await ready(english);
  await expect(english.getByText(`Question 3 of ${key.size}`)).toBeVisible();
  // The same question, now in English.
  expect([...quizKey(QUIZ).keys()]).toContain((await english.locator('legend').textContent())!.trim());
});

test('the Arabic interface reads right to left, and English content in it is marked as English', async ({ page }) => {
  await page.goto('/ar/courses/cptm-2-7/definitions/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.locator('article')).toHaveAttribute('lang', 'en');
  await expect(page.locator('[data-translation="missing"]')).toContainText(pageMessages.ar.notTranslated);
  await expect(page.getByRole('link', { name: pageMessages.ar.skipToContent })).toBeAttached();
  // Mirrored: the next section sits on the left, the previous on the right.
  const previous = await page.locator('.pager .previous').boundingBox();
  const next = await page.locator('.pager .next').boundingBox();
  expect(next!.x).toBeLessThan(previous!.x);

  // An activity inside English content speaks Arabic, right to left; its English statements run left to right.
  await page.goto('/ar/courses/cptm-2-7/learning-activity-2-7-1/');
  const sorting = sortingOn(page);
  await ready(sorting);
  await expect(sorting).toHaveAttribute('dir', 'rtl');
  await expect(sorting.getByRole('button', { name: sortingMessages.ar.checkSorting })).toBeVisible();
  const card = sorting.locator('[data-card] .sort-card__text');
  await expect(card).toHaveAttribute('dir', 'auto');
  expect(await card.evaluate((element) => getComputedStyle(element).direction)).toBe('ltr');
  // By keyboard, as an Arabic reader expects: the left arrow goes on to the next statement, a number sorts it.
  const total = sortingKey(SORTING).size;
  const first = await card.textContent();
  await sorting.locator('[data-card]').focus();
  await page.keyboard.press('ArrowLeft');
  await expect(card).not.toHaveText(first!);
  await page.keyboard.press('ArrowRight');
  await expect(card).toHaveText(first!);
  await page.keyboard.press('1');
  await expect(sorting.locator('[data-sorted-count]')).toHaveText(sortingMessages.ar.sortedCount(1, total));
});

test('a French trainer runs the lesson in French: the deck moves by keyboard, the presenter view shows the French notes', async ({
  page,
}) => {
  const slides = '/fr/courses/cptm-2-7/slides/';
  const shown = page.locator('.deck__slide[data-current]');
  await page.goto(slides);
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await expect(shown).toHaveAttribute('data-slide', '1');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Space');
  await page.keyboard.press('PageDown');
  await expect(page).toHaveURL(/\/fr\/courses\/cptm-2-7\/slides\/#4$/);
  // Slide 4 is « Définitions », labelled in French, the only slide on screen.
  await expect(page.getByRole('figure', { name: pageMessages.fr.slideNamed(4, 'Définitions') })).toBeVisible();
  await expect(shown).toHaveCount(1);
  await expect(shown.locator('.slide__title')).toHaveText('Définitions');
  await expect(
    page.getByRole('status').filter({ hasText: trainerLiveMessages.fr.slideStatus(4, 17, 'Définitions') }),
  ).toHaveCount(1);
  await page.keyboard.press('ArrowLeft');
  await expect(page).toHaveURL(/#3$/);
  await page.getByRole('button', { name: trainerMessages.fr.next, exact: true }).click();
  await expect(page).toHaveURL(/#4$/);

  await page.goto('/fr/courses/cptm-2-7/presenter/#4');
  await expect(page.getByText(trainerLiveMessages.fr.slideOf(4, 17), { exact: true })).toBeVisible();
  const notes = page.getByRole('region', { name: trainerMessages.fr.notes });
  await expect(notes.getByRole('heading', { name: pageMessages.fr.trainerNotes })).toBeVisible();
  await expect(notes).toContainText('Demandez aux participants de réfléchir à leur propre société');
  // The course page leads to the trainer views in French.
  await page.goto('/fr/courses/cptm-2-7/');
  await expect(page.getByRole('link', { name: pageMessages.fr.trainersGuide })).toHaveAttribute(
    'href',
    '/fr/courses/cptm-2-7/guide/',
  );
});

test('the Arabic deck follows the reading direction: the left arrow goes on to the next slide', async ({ page }) => {
  const shown = page.locator('.deck__slide[data-current]');
  await page.goto('/ar/courses/cptm-2-7/slides/');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(shown).toHaveAttribute('data-slide', '1');
  await page.keyboard.press('ArrowLeft');
  await expect(page).toHaveURL(/\/ar\/courses\/cptm-2-7\/slides\/#2$/);
  await expect(shown).toHaveAttribute('data-slide', '2');
  await page.keyboard.press('ArrowLeft');
  await expect(page).toHaveURL(/#3$/);
  await page.keyboard.press('ArrowRight');
  await expect(page).toHaveURL(/#2$/);
  // Down, Page Down and Space still go on.
  await page.keyboard.press('ArrowDown');
  await expect(page).toHaveURL(/#3$/);
  await expect(shown).toHaveAttribute('data-slide', '3');

  // The presenter view's picture of the next slide, untranslated, reads left to right as English.
  await page.goto('/ar/courses/cptm-2-7/presenter/#3');
  const next = page.locator('[data-next-frame] figure');
  await expect(next).toHaveAttribute('lang', 'en');
  await expect(next).toHaveAttribute('dir', 'ltr');
});

test('a French learner backs up on /fr/my-data/, and the same file brings the progress back on /ar/my-data/, summed up in Arabic', async ({
  page,
}, testInfo) => {
  await page.goto('/fr/courses/cptm-2-7/introduction/');
  await readToEnd(page);
  await page.goto('/fr/courses/cptm-2-7/definitions/');
  await readToEnd(page);
  await page.goto('/fr/my-data/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(dataMessages.fr.title);
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: dataMessages.fr.exportButton }).click();
  const download = await downloading;
  // The same file as from the English page: its name and format say nothing of the language.
  expect(download.suggestedFilename()).toMatch(/^gender-lens-backup-\d{4}-\d{2}-\d{2}\.json$/);
  const file = testInfo.outputPath('backup.json');
  await download.saveAs(file);
  expect(JSON.parse(readFileSync(file, 'utf8'))).toMatchObject({ format: 'gender-lens-backup', version: 1 });
  await expect(page.getByRole('status').filter({ hasText: dataMessages.fr.exported })).toBeVisible();

  await page.getByRole('button', { name: dataMessages.fr.resetButton }).click();
  await page
    .getByRole('dialog', { name: dataMessages.fr.resetConfirmHeading })
    .getByRole('button', { name: dataMessages.fr.resetConfirm })
    .click();
  await expect(page.getByRole('status').filter({ hasText: dataMessages.fr.deleted })).toBeVisible();

  await page.goto('/ar/my-data/');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.locator('#backup-file')).toBeEnabled();
  await page.locator('#backup-file').setInputFiles(file);
  await expect(page.locator('[data-message]')).toHaveText(dataMessages.ar.imported(2, 0, 0));
  await page.goto('/ar/courses/cptm-2-7/');
  await expect(page.getByText(progressMessages.ar.sectionsRead(2, 11))).toBeVisible();
  // And the English page reads the same progress.
  await page.goto('/courses/cptm-2-7/');
  await expect(page.getByText('2 of 11 sections read.')).toBeVisible();
});

test('a damaged backup on /fr/my-data/ is refused in French, and the progress on the device stays', async ({
  page,
}, testInfo) => {
  await page.goto('/fr/courses/cptm-2-7/introduction/');
  await readToEnd(page);
  await page.goto('/fr/my-data/');
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: dataMessages.fr.exportButton }).click();
  const whole = testInfo.outputPath('backup.json');
  await (await downloading).saveAs(whole);
  const broken = testInfo.outputPath('broken.json');
  writeFileSync(broken, readFileSync(whole, 'utf8').slice(0, 120));

  await page.locator('#backup-file').setInputFiles(broken);
  await expect(page.getByRole('alert')).toHaveText(
    `${dataMessages.fr.refusedUnreadable} ${dataMessages.fr.nothingChanged}`,
  );
  // A file that is not a backup at all is refused with its own reason.
  const other = testInfo.outputPath('other.json');
  writeFileSync(other, JSON.stringify({ hello: 'world' }));
  await page.locator('#backup-file').setInputFiles(other);
  await expect(page.getByRole('alert')).toHaveText(
    `${dataMessages.fr.refusedNotBackup} ${dataMessages.fr.nothingChanged}`,
  );
  await page.goto('/fr/courses/cptm-2-7/');
  await expect(page.getByText(progressMessages.fr.sectionsRead(1, 11))).toBeVisible();
});

test('a French learner searches from a lesson’s header: the French pages are found, and the search speaks French', async ({
  page,
}) => {
  await page.goto('/fr/courses/cptm-2-7/definitions/');
  const header = page.getByRole('banner');
  await header.getByRole('searchbox', { name: fr.pages.search }).fill('sexe');
  await header.getByRole('button', { name: fr.pages.searchGo }).click();
  await expect(page).toHaveURL(/\/fr\/search\/\?q=sexe$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  const box = page.getByRole('searchbox', { name: searchMessages.fr.label });
  await expect(box).toHaveValue('sexe');
  const status = page.getByRole('status').filter({ hasText: '«\u00a0sexe\u00a0»' });
  await expect(status).toHaveText(/^\d+ résultats? pour «\u00a0sexe\u00a0»/);
  const results = page.getByRole('list', { name: searchMessages.fr.results }).getByRole('listitem');
  // Every result is a French page; the lesson's definitions are among them.
  const hrefs = await results.getByRole('link').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
  expect(hrefs.length).toBeGreaterThan(0);
  for (const href of hrefs) expect(href).toMatch(/^\/fr\//);
  const definitions = results.filter({ has: page.locator('a[href^="/fr/courses/cptm-2-7/definitions/"]') });
  await definitions.first().getByRole('link').click();
  await expect(page).toHaveURL(/\/fr\/courses\/cptm-2-7\/definitions\//);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Définitions');

  // Nothing found is said in French too.
  await page.goto('/fr/search/?q=xylophonequartz');
  await expect(page.getByRole('status').filter({ hasText: 'xylophonequartz' })).toHaveText(
    searchMessages.fr.noResults('xylophonequartz'),
  );

  // The Arabic search finds English documents too: each result runs in the direction of its words.
  await page.goto('/ar/search/?q=gender');
  const first = page.getByRole('list', { name: searchMessages.ar.results }).getByRole('listitem').first();
  await expect(first).toBeVisible();
  expect(await first.locator('.search-excerpt').evaluate((p) => getComputedStyle(p).direction)).toBe('ltr');
});

test('a citation on a French lesson opens the French library, and the Arabic chapter reads right to left around the English text', async ({
  page,
}) => {
  await page.goto('/fr/courses/cptm-2-7/definitions/');
  const sources = page.locator('details.sources');
  await sources.getByText(fr.pages.sources).click();
  const cite = sources.getByRole('link').first();
  await expect(cite).toHaveAttribute('href', /^\/fr\/library\/cptm\/#L\d+/);
  await cite.click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await expect(page.locator('.seed-text')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { level: 2, name: libraryMessages.fr.contents })).toBeVisible();
  // The way back to the lesson speaks French.
  const back = page.getByRole('link', { name: libraryMessages.fr.backToCitation });
  await expect(back).toBeVisible();
  await back.click();
  await expect(page).toHaveURL(/\/fr\/courses\/cptm-2-7\/definitions\//);

  const chapter = '/ar/library/dpo/chapter-7/';
  const line = 'L1997';
  await page.goto(`${chapter}#${line}`);
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
  // The document's own words are English, left to right; the site's words around them are Arabic.
  for (const part of [page.locator('.seed-text'), page.locator('h1')]) {
    await expect(part).toHaveAttribute('lang', 'en');
    await expect(part).toHaveAttribute('dir', 'ltr');
  }
  expect(await page.locator('.seed-text').evaluate((element) => getComputedStyle(element).direction)).toBe('ltr');
  const pager = page.getByRole('navigation', { name: libraryMessages.ar.pager });
  await expect(pager.getByText(libraryMessages.ar.next, { exact: true })).toBeVisible();
  await expect(pager.getByText(libraryMessages.ar.chapter(8))).toBeVisible();
  await expect(page.getByRole('navigation', { name: pageMessages.ar.breadcrumb })).toContainText(
    libraryMessages.ar.title,
  );
  // The switcher keeps the chapter and the line.
  await page
    .getByRole('navigation', { name: pageMessages.ar.languageNav })
    .getByRole('link', { name: 'Français' })
    .click();
  await expect(page).toHaveURL(new RegExp(`/fr/library/dpo/chapter-7/#${line}$`));
  await expect(page.locator(`#${line}`)).toBeInViewport();
  await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
});

test('a French learner takes the I Know Gender final assessment in French: its rules in French, its English questions marked as such', async ({
  page,
}) => {
  test.setTimeout(60_000);
  for (const id of IKG_MODULES.slice(0, 4)) {
    await page.goto(`/fr/courses/i-know-gender/${id}/`);
    await readToEnd(page);
  }
  await page.goto('/fr/courses/i-know-gender/');
  const link = page.getByRole('link', { name: 'Final assessment', exact: true });
  await expect(link).not.toHaveAttribute('hreflang');
  await link.click();
  await expect(page).toHaveURL(/\/fr\/courses\/i-know-gender\/assessment\/$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(fr.assessment.heading);
  await expect(page.locator('main')).toContainText(
    `${fr.assessment.howItWorks(20)} ${attemptRules(undefined, 'fr')} ${fr.assessment.keptOnDevice}`,
  );
  await expect(page.locator('[data-assessment-limits]')).toHaveText(fr.assessment.limits);
  // The questions are not translated yet: the page says so, and marks them as English.
  await expect(page.locator('[data-translation="missing"]')).toHaveText(fr.pages.notTranslated);
  await expect(page.locator('[lang="en"]').getByRole('heading', { level: 2, name: 'Final assessment' })).toBeVisible();

  // Locked until every module is read, in French, with the way to the module still to read.
  const quiz = page.locator('.quiz');
  await quiz.scrollIntoViewIfNeeded();
  const locked = quiz.locator('[data-locked]');
  await expect(locked).toContainText(fr.quiz.lockedStillToRead);
  await locked.getByRole('link').click();
  await expect(page).toHaveURL(/\/fr\/courses\/i-know-gender\/gender-responsive-security-practice\/$/);
  await readToEnd(page);

  await page.goto('/fr/courses/i-know-gender/assessment/');
  await ready(quiz);
  await expect(quiz.getByText(fr.quiz.questionOf(1, 20))).toBeVisible();
  const prompt = (await quiz.locator('legend').textContent())!.trim();
  for (const text of quizKey('ikg-final-assessment').get(prompt)!) await quiz.getByLabel(text, { exact: true }).check();
  await quiz.getByRole('button', { name: fr.quiz.nextQuestion }).click();
  await expect(quiz.getByText(fr.quiz.questionOf(2, 20))).toBeVisible();

  // The language switcher keeps the learner on the assessment, where the attempt goes on.
  await page.getByRole('navigation', { name: fr.pages.languageNav }).getByRole('link', { name: 'English' }).click();
  await expect(page).toHaveURL(/^[^#]*\/courses\/i-know-gender\/assessment\/$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await ready(quiz);
  await expect(quiz.getByText('Question 2 of 20')).toBeVisible();
});

test('answers explained in French: the French right answers of CPTM 2.7, and English ones marked as English', async ({
  page,
}) => {
  await page.goto('/fr/courses/cptm-2-7/');
  const link = page.getByRole('link', { name: fr.pages.answersExplained });
  await expect(link).not.toHaveAttribute('hreflang');
  await link.click();
  await expect(page).toHaveURL(/\/fr\/courses\/cptm-2-7\/explanations\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(fr.explanations.heading);
  await expect(page.locator('[data-translation="current"]')).toContainText(
    fr.pages.unofficialTranslation('UN CPTM 2025'),
  );

  // Each knowledge-check question with its French right answers.
  const check = page.locator('section.explained').filter({ has: page.locator(`h2#${QUIZ}`) });
  const key = quizKey(QUIZ, 'fr');
  await expect(check.locator('.explained-list > li')).toHaveCount(key.size);
  for (const [prompt, right] of key) {
    const question = check.locator('.explained-list > li').filter({ has: page.getByRole('heading', { name: prompt }) });
    await expect(question.locator('[data-right-answers]')).toHaveText(
      `${fr.explanations.rightAnswers(right.length)} ${right.join(fr.explanations.answerSeparator)}`,
    );
  }
  // Each sorting statement in French with its French category.
  const sorting = page.locator('section.explained').filter({ has: page.locator(`h2#${SORTING}`) });
  const [statement, category] = [...sortingKey(SORTING, 'fr')][0]!;
  await expect(
    sorting.locator('.explained-list > li').filter({ has: page.getByRole('heading', { name: statement }) }),
  ).toContainText(`${category}.`);
  // "Try it first" leads to the activity in the French lesson.
  await sorting.getByRole('link', { name: /Activité d.apprentissage 2\.7\.1/ }).click();
  await expect(page).toHaveURL(/\/fr\/courses\/cptm-2-7\/learning-activity-2-7-1\/#activity-sex-or-gender$/);

  // I Know Gender is not translated: its activities show in English, each marked, around French labels.
  await page.goto('/fr/courses/i-know-gender/explanations/');
  await expect(page.locator('[data-translation="missing"]')).toHaveText(fr.pages.notTranslated);
  const first = page.locator('section.explained').first();
  await expect(first.getByRole('heading', { level: 2 })).toHaveAttribute('lang', 'en');
  await expect(first.locator('.meta')).not.toHaveAttribute('lang');
  await expect(first.locator('.meta')).toContainText(fr.explanations.tryItFirst);
});

test('a French trainer runs the sorting with the room in French from the French deck, and comes back to the same slide', async ({
  page,
}) => {
  await page.goto('/fr/courses/cptm-2-7/slides/#3');
  await expect(page.locator('.deck__slide[data-current]')).toHaveAttribute('data-slide', '3');
  await page.getByRole('link', { name: fr.trainer.runActivityWithRoom }).click();
  await expect(page).toHaveURL(/\/fr\/courses\/cptm-2-7\/classroom\/sex-or-gender\/$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await page.getByText(fr.classroom.howToRun).click();
  await expect(page.getByText(fr.classroom.keys)).toBeVisible();

  const room = page.locator('.classroom');
  await expect(room).toHaveAttribute('data-ready', 'true');
  const key = sortingKey(SORTING, 'fr');
  const statement = (await room.locator('[data-classroom-card]').textContent())!.trim();
  const right = key.get(statement)!;
  await expect(room.locator('.classroom__position')).toHaveText(fr.sorting.statementOf(1, key.size));
  await room.getByRole('button', { name: fr.sorting.voteMore(right) }).click();
  await room.getByRole('button', { name: fr.sorting.revealAnswer }).click();
  await expect(room.locator('[data-answer]')).toContainText(fr.sorting.answer(right));
  await expect(room.locator('[data-tally]')).toHaveText(fr.sorting.roomTally(1, 1));

  await page.getByRole('link', { name: fr.classroom.backToSlides(3) }).click();
  await expect(page).toHaveURL(/\/fr\/courses\/cptm-2-7\/slides\/#3$/);
  await expect(page.locator('.deck__slide[data-current]')).toHaveAttribute('data-slide', '3');
});

test('the Arabic classroom view reads right to left: the left arrow shows the next statement, R (ق) reveals', async ({
  page,
}) => {
  const ar = sortingMessages.ar;
  await page.goto('/ar/courses/cptm-2-7/classroom/sex-or-gender/');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await page.getByText(classroomMessages.ar.howToRun).click();
  await expect(page.getByText(classroomMessages.ar.keys, { exact: false })).toBeVisible();
  const room = page.locator('.classroom');
  await expect(room).toHaveAttribute('data-ready', 'true');
  const total = sortingKey(SORTING).size;
  const position = room.locator('.classroom__position');
  await expect(position).toHaveText(ar.statementOf(1, total));
  // The statements are English: they run left to right inside the Arabic page.
  const card = room.locator('[data-classroom-card]');
  expect(await card.evaluate((element) => getComputedStyle(element).direction)).toBe('ltr');

  await page.locator('h1').click();
  await page.keyboard.press('ArrowLeft');
  await expect(position).toHaveText(ar.statementOf(2, total));
  await page.keyboard.press('ArrowRight');
  await expect(position).toHaveText(ar.statementOf(1, total));
  // On an Arabic keyboard the key marked R types ق: the shortcut follows the key.
  const answer = sortingKey(SORTING).get((await card.textContent())!.trim())!;
  await page.locator('body').dispatchEvent('keydown', { key: 'ق', code: 'KeyR', bubbles: true });
  await expect(room.locator('[data-answer]')).toContainText(ar.answer(answer));
});

/**
 * English interface text that has another wording in French, as the catalogues hold it; less what
 * the French content itself quotes in English (a document's English title after its French one).
 */
function englishOnlyMessages(lang: 'fr' | 'ar'): string[] {
  const quoted = translatedContent(lang);
  const found: string[] = [];
  for (const messages of [
    pageMessages,
    progressMessages,
    quizMessages,
    sortingMessages,
    trainerMessages,
    trainerLiveMessages,
    dataMessages,
    libraryMessages,
    searchMessages,
    certificateMessages,
    activityMessages,
    assessmentMessages,
    explanationsMessages,
    classroomMessages,
  ]) {
    for (const [key, value] of Object.entries(messages.en)) {
      const translated = (messages[lang] as Record<string, unknown>)[key];
      if (typeof value === 'string' && value !== translated && value.includes(' ') && !quoted.includes(value)) {
        found.push(value);
      }
    }
  }
  return found;
}

for (const [lang, name] of [
  ['fr', 'French'],
  ['ar', 'Arabic'],
] as const) {
  test(`no ${name} page shows English interface text outside what is marked as English content`, async ({ page }) => {
    test.setTimeout(90_000);
    const english = englishOnlyMessages(lang);
    expect(english.length).toBeGreaterThan(50);
    for (const path of pagesIn(lang)) {
      await page.goto(path);
      const text = await page.evaluate((own) => {
        const copy = document.body.cloneNode(true) as HTMLElement;
        for (const element of copy.querySelectorAll(`[lang]:not([lang="${own}"]), script, style, template`)) {
          element.remove();
        }
        return copy.textContent ?? '';
      }, lang);
      const shown = english.filter((message) => text.includes(message));
      expect(shown, path).toEqual([]);
    }
  });
}

async function sortSome(sorting: Locator, key: Map<string, string>, count: number): Promise<string[]> {
  const placed: string[] = [];
  for (let i = 0; i < count; i += 1) {
    const text = (await sorting.locator('[data-card] .sort-card__text').textContent())!.trim();
    await sorting
      .locator('[data-card]')
      .getByRole('button', { name: key.get(text)!, exact: true })
      .click();
    placed.push(text);
  }
  return placed;
}

/** Every translated content file of a language, as one text (what it may quote in English). */
function translatedContent(lang: 'fr' | 'ar'): string {
  const texts: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith(`.${lang}.md`) || name.endsWith(`.${lang}.yaml`)) texts.push(readFileSync(path, 'utf8'));
    }
  };
  walk(join(process.cwd(), 'content'));
  return texts.join('\n');
}

/** Every built page of a language. */
function pagesIn(lang: 'fr' | 'ar'): string[] {
  const root = join(process.cwd(), 'dist', lang);
  const pages: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name === 'index.html') pages.push(`/${path.slice(root.length - 2).replace(/index\.html$/, '')}`);
    }
  };
  walk(root);
  return pages;
}
