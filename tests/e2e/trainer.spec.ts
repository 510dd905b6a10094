import { expect, test, type Page } from './support/fixture';
import { expectNoAxeViolations } from './support/axe';

const COURSE = '/courses/cptm-2-7';
const DECK = `${COURSE}/slides/`;
const PRESENTER = `${COURSE}/presenter/`;

/** The slide the room sees: the only slide figure on screen. */
const shownSlide = (page: Page, number: number, title?: string | RegExp) =>
  page.getByRole('figure', { name: title ? `Slide ${number}: ${title}` : new RegExp(`^Slide ${number}:`) });

/** What the deck's live region says (other status regions on the page may be empty). */
const announced = (page: Page, text: string) =>
  expect(page.getByRole('status').filter({ hasText: new RegExp(`^${text}$`) })).toHaveCount(1);

async function expectOnSlide(page: Page, number: number): Promise<void> {
  await expect(shownSlide(page, number)).toBeVisible();
  await expect(page.getByRole('figure', { name: /^Slide \d+:/ }).filter({ visible: true })).toHaveCount(1);
}

/** PDF pages, counted from the page objects (not the /Pages tree). */
function pdfPages(pdf: Buffer): { count: number; landscape: number } {
  const text = pdf.toString('latin1');
  const boxes = [...text.matchAll(/\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/g)];
  return {
    count: (text.match(/\/Type\s*\/Page(?![s\w])/g) ?? []).length,
    landscape: boxes.filter((m) => Number(m[1]) > Number(m[2])).length,
  };
}

test.describe('the slide deck', () => {
  test('moves with the keyboard, jumps by typed number and keeps the slide in the URL', async ({ page }) => {
    await page.goto(DECK);
    await expect(shownSlide(page, 1, 'Aim and Relevance')).toBeVisible();
    await announced(page, 'Slide 1 of 17: Aim and Relevance');
    await expect(shownSlide(page, 1)).toContainText('UN CPTM 2025 Slide 1');
    await expect(shownSlide(page, 1)).toContainText('2.7 Women, Peace and Security');

    await page.keyboard.press('ArrowRight');
    await expectOnSlide(page, 2);
    await page.keyboard.press('Space');
    await expectOnSlide(page, 3);
    // The activity that follows slide 3 in the lesson can be run from here.
    await expect(page.getByRole('link', { name: 'Run the activity with the room' })).toHaveAttribute(
      'href',
      `${COURSE}/classroom/sex-or-gender/`,
    );
    // …and the classroom page leads back to the slide it was run from.
    await page.getByRole('link', { name: 'Run the activity with the room' }).click();
    await expect(page).toHaveURL(`${COURSE}/classroom/sex-or-gender/`);
    await page.getByRole('link', { name: 'Back to the slides, slide 3' }).click();
    await expectOnSlide(page, 3);
    // The slide shows before the deck's script has taken the keys (it loads after the page): wait for it.
    await expect(page.locator('[data-deck]')).toHaveAttribute('data-live', '');
    await page.keyboard.press('ArrowLeft');
    await expectOnSlide(page, 2);
    await page.keyboard.press('ArrowUp');
    await expectOnSlide(page, 1);
    await page.keyboard.press('ArrowLeft');
    await expectOnSlide(page, 1);
    await page.keyboard.press('End');
    await expectOnSlide(page, 17);
    await page.keyboard.press('PageDown');
    await expectOnSlide(page, 17);
    await page.keyboard.press('Home');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('PageDown');
    await expectOnSlide(page, 3);
    await page.keyboard.press('PageUp');
    await expectOnSlide(page, 2);

    await page.keyboard.press('1');
    await page.keyboard.press('0');
    await expect(page.getByText('Go to slide 10…')).toBeVisible();
    await page.keyboard.press('Enter');
    await expectOnSlide(page, 10);
    await expect(shownSlide(page, 10, 'Legal Framework')).toBeVisible();
    await announced(page, 'Slide 10 of 17: Legal Framework');
    await expect(page).toHaveURL(/\/slides\/#10$/);

    // A slide number out of range is ignored.
    await page.keyboard.press('9');
    await page.keyboard.press('9');
    await page.keyboard.press('Enter');
    await expectOnSlide(page, 10);

    await page.reload();
    await expectOnSlide(page, 10);

    await page.goto(`${DECK}?slide=13`);
    await expectOnSlide(page, 13);
    await expect(shownSlide(page, 13)).toContainText('The source gives this slide a title but no content.');
  });

  test('blanks the screen with B and shows it again', async ({ page }) => {
    await page.goto(`${DECK}#4`);
    await expectOnSlide(page, 4);
    await page.keyboard.press('b');
    await expect(shownSlide(page, 4)).toBeHidden();
    await expect(page.getByRole('button', { name: 'Blank screen' })).toHaveAttribute('aria-pressed', 'true');
    await announced(page, 'Screen blanked');
    await page.keyboard.press('B');
    await expect(shownSlide(page, 4)).toBeVisible();
  });

  test('Esc opens an overview grid of every slide, operable with the keyboard', async ({ page }) => {
    await page.goto(`${DECK}#5`);
    await expectNoAxeViolations(page, 'deck');
    await page.keyboard.press('Escape');
    const grid = page.getByRole('navigation', { name: 'All slides' });
    await expect(grid).toBeVisible();
    const buttons = grid.getByRole('button');
    await expect(buttons).toHaveCount(17);
    await expect(buttons.nth(4)).toBeFocused();
    await expect(buttons.nth(4)).toHaveAttribute('aria-current', 'true');
    await expectNoAxeViolations(page, 'deck with the overview open');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expect(grid.getByRole('button', { name: /Slide 7 Impact of Conflict/ })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(grid).toBeHidden();
    await expectOnSlide(page, 7);
    // Esc toggles: open and close again without moving.
    await page.keyboard.press('Escape');
    await expect(grid).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(grid).toBeHidden();
    await expectOnSlide(page, 7);
  });

  test('moves with the toolbar buttons and a swipe', async ({ browser }) => {
    const context = await browser.newContext({ hasTouch: true });
    const page = await context.newPage();
    await page.goto(DECK);
    await page.getByRole('button', { name: 'Next' }).click();
    await expectOnSlide(page, 2);
    const swipe = (fromX: number, toX: number) =>
      page.locator('[data-stage]').evaluate(
        (stage, [a, b]) => {
          const touch = (x: number) => new Touch({ identifier: 1, target: stage, clientX: x, clientY: 300 });
          stage.dispatchEvent(new TouchEvent('touchstart', { touches: [touch(a!)], changedTouches: [touch(a!)] }));
          stage.dispatchEvent(new TouchEvent('touchend', { touches: [], changedTouches: [touch(b!)] }));
        },
        [fromX, toX],
      );
    await swipe(600, 200);
    await expectOnSlide(page, 3);
    await swipe(200, 600);
    await expectOnSlide(page, 2);
    await context.close();
  });

  test('on a phone held upright a slide fills the screen in readable type; turned sideways it is 16:9 again', async ({
    browser,
  }) => {
    const context = await browser.newContext({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });
    const page = await context.newPage();
    await page.goto(`${DECK}#4`);
    await expectOnSlide(page, 4);
    const measure = () =>
      shownSlide(page, 4).evaluate((figure) => {
        const box = figure.getBoundingClientRect();
        const cell = figure.querySelector('td')!;
        return { width: box.width, height: box.height, type: parseFloat(getComputedStyle(cell).fontSize) };
      });
    const upright = await measure();
    expect(upright.type, 'table text in px').toBeGreaterThanOrEqual(14);
    expect(upright.height).toBeGreaterThan(upright.width);
    await expectNoAxeViolations(page, 'deck on a phone held upright');

    await page.setViewportSize({ width: 740, height: 360 });
    await expect.poll(async () => (await measure()).width / (await measure()).height).toBeCloseTo(16 / 9, 1);
    await context.close();
  });

  test('F turns full screen on and off', async ({ page }) => {
    await page.goto(DECK);
    await expectOnSlide(page, 1);
    const fullscreen = () => page.evaluate(() => document.fullscreenElement !== null);
    await page.keyboard.press('f');
    await expect.poll(fullscreen).toBe(true);
    await page.keyboard.press('f');
    await expect.poll(fullscreen).toBe(false);
  });

  test('respects reduced motion', async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto(DECK);
    const slide = page.locator('.deck__slide[data-current]');
    await expect(slide).toHaveCSS('animation-name', 'none');
  });

  test('prints one landscape page per slide', async ({ page }) => {
    await page.goto(`${DECK}#6`);
    await expectOnSlide(page, 6);
    await page.emulateMedia({ media: 'print' });
    const { count, landscape } = pdfPages(await page.pdf({ preferCSSPageSize: true }));
    expect(count).toBe(17);
    expect(landscape).toBe(17);
  });

  test('without JavaScript, every slide is there to read, stacked', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(DECK);
    await expect(page.getByRole('figure', { name: /^Slide \d+:/ }).filter({ visible: true })).toHaveCount(17);
    await context.close();
  });
});

test.describe('the presenter view', () => {
  test('opens from the deck and keeps both windows on the same slide', async ({ page, context }) => {
    await page.goto(`${DECK}#4`);
    await expectOnSlide(page, 4);
    const [presenter] = await Promise.all([
      context.waitForEvent('page'),
      page.getByRole('link', { name: 'Presenter view' }).click(),
    ]);
    await expect(presenter.getByText('Slide 4 of 17', { exact: true })).toBeVisible();
    await expect(presenter.getByText('Next: slide 5, Definitions')).toBeVisible();
    // The slide's key message and the trainer tips that follow it in the lesson.
    const notes = presenter.getByRole('region', { name: 'Notes' });
    await expect(notes.getByRole('note', { name: 'Key message 2' })).toBeVisible();
    await expect(notes).toContainText('Ask participants to reflect on their own societies');
    await expectNoAxeViolations(presenter, 'presenter view');

    // Presenter → audience.
    await presenter.keyboard.press('ArrowRight');
    await expect(presenter.getByText('Slide 5 of 17', { exact: true })).toBeVisible();
    await expectOnSlide(page, 5);
    // Audience → presenter.
    await page.bringToFront();
    await page.keyboard.press('ArrowRight');
    await expectOnSlide(page, 6);
    await expect(presenter.getByText('Slide 6 of 17', { exact: true })).toBeVisible();
    await expect(presenter.getByText('Next: slide 7, Impact of Conflict on Women and Girls')).toBeVisible();
    // A jump by number in the presenter view.
    await presenter.bringToFront();
    for (const key of ['1', '2', 'Enter']) await presenter.keyboard.press(key);
    await expectOnSlide(page, 12);
    // Blank the room's screen from the presenter view.
    await presenter.getByRole('button', { name: 'Blank audience screen' }).click();
    await expect(shownSlide(page, 12)).toBeHidden();
    await presenter.getByRole('button', { name: 'Blank audience screen' }).click();
    await expect(shownSlide(page, 12)).toBeVisible();
    await presenter.getByRole('button', { name: 'Previous' }).click();
    await expectOnSlide(page, 11);

    // Messages from another course's deck are ignored. One channel delivers in order, so the
    // windows' answers to a "hello" sent after another course's move say where that move left them.
    const deck = new URL(page.url()).pathname.split('/')[2];
    // The deck's position of slide 11 (slides are numbered as in the CPTM, which has gaps).
    const index = await page
      .locator('[data-slide]')
      .evaluateAll((all) => all.findIndex((slide) => (slide as HTMLElement).dataset.slide === '11'));
    const answers = await presenter.evaluate(
      (deck) =>
        new Promise<number[]>((resolve) => {
          const channel = new BroadcastChannel('gender-lens-deck');
          const heard: number[] = [];
          channel.onmessage = ({ data }) => {
            if (data.kind === 'state' && data.deck === deck) heard.push(data.index);
            if (heard.length === 2) resolve(heard); // the audience window and the presenter view
          };
          channel.postMessage({
            kind: 'state',
            deck: 'another-course',
            sender: 'someone',
            seq: 9999,
            index: 0,
            blank: false,
          });
          channel.postMessage({ kind: 'hello', deck, sender: 'someone' });
        }),
      deck,
    );
    expect(answers).toEqual([index, index]);
    await expectOnSlide(page, 11);
  });

  test('S in the deck opens the presenter view, which takes the deck’s slide', async ({ page, context }) => {
    await page.goto(`${DECK}#9`);
    await expectOnSlide(page, 9);
    const [presenter] = await Promise.all([context.waitForEvent('page'), page.keyboard.press('s')]);
    await expect(presenter).toHaveURL(/\/presenter\/#9$/);
    await expect(presenter.getByText('Slide 9 of 17', { exact: true })).toBeVisible();
  });

  test('times the lesson and counts the activity down to "time is up"', async ({ page }) => {
    await page.clock.install({ time: new Date('2025-03-01T09:00:00Z') });
    await page.goto(PRESENTER);
    // Time moves only when the test moves it.
    await page.clock.pauseAt(new Date('2025-03-01T09:01:00Z'));
    const lesson = page.getByRole('region', { name: 'Lesson time' });
    const activity = page.getByRole('region', { name: 'Activity countdown' });
    await expect(activity).toContainText('Required Learning Activity 2.7.1 · 15 minutes');
    await expect(activity.getByRole('timer')).toHaveText('15:00');

    await lesson.getByRole('button', { name: 'Start' }).click();
    await activity.getByRole('button', { name: 'Start' }).click();
    await page.clock.runFor('05:00');
    await expect(activity.getByRole('timer')).toHaveText('10:00');
    await expect(lesson.getByRole('timer')).toHaveText('5:00');
    await expect(lesson).toContainText('40:00 left');

    await activity.getByRole('button', { name: 'Pause' }).click();
    await lesson.getByRole('button', { name: 'Pause' }).click();
    await page.clock.runFor('02:00');
    await expect(activity.getByRole('timer')).toHaveText('10:00');
    await expect(lesson.getByRole('timer')).toHaveText('5:00');
    await lesson.getByRole('button', { name: 'Resume' }).click();
    await activity.getByRole('button', { name: 'Resume' }).click();
    await page.clock.runFor('09:59');
    await expect(activity.getByRole('timer')).toHaveText('0:01');
    await expect(activity.getByRole('alert')).toHaveText('');
    await page.clock.runFor('00:02');
    await expect(activity.getByRole('timer')).toHaveText('0:00');
    await expect(activity.getByRole('alert')).toHaveText('Time is up: Required Learning Activity 2.7.1 (15 minutes).');
    await expect(lesson.getByRole('timer')).toHaveText('15:01');

    await activity.getByRole('button', { name: 'Reset' }).click();
    await expect(activity.getByRole('timer')).toHaveText('15:00');
    await expect(activity.getByRole('alert')).toHaveText('');
  });

  test('reloading the presenter window in the middle of a class keeps both timers', async ({ page }) => {
    await page.clock.install({ time: new Date('2025-03-01T09:00:00Z') });
    await page.goto(PRESENTER);
    await page.clock.pauseAt(new Date('2025-03-01T09:01:00Z'));
    const lesson = page.getByRole('region', { name: 'Lesson time' });
    const activity = page.getByRole('region', { name: 'Activity countdown' });
    await lesson.getByRole('button', { name: 'Start' }).click();
    await activity.getByRole('button', { name: 'Start' }).click();
    await page.clock.runFor('04:00');
    await activity.getByRole('button', { name: 'Pause' }).click();
    await expect(activity.getByRole('timer')).toHaveText('11:00');

    await page.reload();
    await expect(lesson.getByRole('timer')).toHaveText('4:00');
    await expect(lesson.getByRole('button', { name: 'Pause' })).toBeVisible();
    await expect(activity.getByRole('timer')).toHaveText('11:00');
    await expect(activity.getByRole('button', { name: 'Resume' })).toBeVisible();
    await page.clock.runFor('01:00');
    await expect(lesson.getByRole('timer')).toHaveText('5:00');
    await expect(activity.getByRole('timer')).toHaveText('11:00');
  });
});

test.describe('printing and preparing', () => {
  test('the notes view prints each slide with its notes on its own portrait page', async ({ page }) => {
    await page.goto(`${COURSE}/slides/notes/`);
    const slides = page.getByRole('article');
    await expect(slides).toHaveCount(17);
    await expect(slides.nth(3)).toContainText('Key Message 2');
    await expect(slides.nth(3)).toContainText('Ask participants to reflect on their own societies');
    await page.emulateMedia({ media: 'print' });
    const { count, landscape } = pdfPages(await page.pdf({ preferCSSPageSize: true }));
    expect(count).toBe(17);
    expect(landscape).toBe(0);
  });

  test('the trainer’s guide gives the plan, materials, activity and the links to the trainer views', async ({
    page,
  }) => {
    await page.goto(COURSE + '/');
    const trainers = page.getByRole('list').filter({ has: page.getByRole('link', { name: 'Presenter view' }) });
    await expect(trainers.getByRole('link', { name: 'Slides', exact: true })).toHaveAttribute('href', DECK);
    await trainers.getByRole('link', { name: /Trainer.s guide/ }).click();

    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Trainer’s guide: Women, Peace and Security');
    await expect(page.getByRole('heading', { name: 'Aim' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Learning outcomes' })).toBeVisible();
    const plan = page.getByRole('table', { name: /Lesson map/ });
    await expect(plan.getByRole('row', { name: /Definitions/ })).toContainText('4–6');
    await expect(plan.getByRole('row', { name: /Definitions/ })).toContainText('0:18–0:25');
    await expect(plan.getByRole('row', { name: /Required Learning Activity 2.7.1/ })).toContainText('0:03–0:18');
    // The total is the sum of the parts' minutes, and the minimum from the course is stated.
    const minutes = await plan.locator('tbody tr td:nth-child(3)').allTextContents();
    const sum = minutes.reduce((total, m) => total + (Number(m) || 0), 0);
    await expect(plan.getByRole('row', { name: /Total/ })).toContainText(`1–17 ${sum}`);
    await expect(page.getByText('Minimum lesson duration: 45 minutes.')).toBeVisible();
    const needed = page.getByRole('list', { name: 'Materials' });
    await expect(needed.getByRole('listitem').filter({ hasText: 'Flipchart' })).toContainText('flipchart sheet');
    await expect(needed.getByRole('listitem').filter({ hasText: 'Handout' })).toContainText('Ensure you distribute');
    const activity = page.getByRole('region', { name: 'Required Learning Activity 2.7.1' });
    await expect(activity).toContainText('Brainstorm, discussion');
    await expect(activity).toContainText('2.7 Learning Support');
    await expect(activity).toContainText('not among the source documents');
    for (const [name, href] of [
      ['Slides', DECK],
      ['Presenter view', PRESENTER],
      ['Slides with notes', `${COURSE}/slides/notes/`],
      ['Handout – Summary of Key Messages', `${COURSE}/handout/`],
    ]) {
      const link = page.getByRole('navigation', { name: 'Trainer mode' }).getByRole('link', { name, exact: true });
      await expect(link).toHaveAttribute('href', href!);
    }
    await expectNoAxeViolations(page, 'trainer’s guide');
  });
});
