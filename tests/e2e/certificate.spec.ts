import { expect, test, type Page } from './support/fixture';
import { readFileSync, writeFileSync } from 'node:fs';
import { expectNoAxeViolations } from './support/axe';
import { readPrintedQr } from './support/qr';
import { CPTM_REQUIRED_SECTIONS, passKnowledgeCheck, readToEnd, sortAllCorrectly } from './support/lesson';
import { certificateMessages } from '../../src/i18n/messages/certificates';
import { pageMessages } from '../../src/i18n/messages/pages';
import { progressMessages } from '../../src/i18n/messages/progress';

const HOSTILE = '<img src=x onerror=alert(1)>';
const ARABIC = 'ع'.repeat(200);
async function read(page: Page, section: string, root = '/') {
  // A background tab gets no animation frames; a learner reads in the tab in front.
  await page.bringToFront();
  await page.goto(`${root}courses/cptm-2-7/${section}/`);
  await readToEnd(page);
}

/** Completes CPTM Lesson 2.7 through its real pages, in English or in French. */
async function completeLesson(page: Page, lang: 'en' | 'fr' = 'en') {
  const root = lang === 'en' ? '/' : `/${lang}/`;
  for (const section of CPTM_REQUIRED_SECTIONS) await read(page, section, root);
  await page.goto(`${root}courses/cptm-2-7/learning-activity-2-7-1/`);
  await sortAllCorrectly(page.locator('.sorting'), 'sex-or-gender', lang);
  await page.goto(`${root}courses/cptm-2-7/lesson-closing/`);
  await passKnowledgeCheck(page.locator('.quiz'), 'cptm-2-7-knowledge-check', lang);
}

async function pdfPages(page: Page, format: 'A4' | 'Letter'): Promise<number> {
  await page.emulateMedia({ media: 'print' });
  const pdf = (await page.pdf({ format, landscape: true, printBackground: true })).toString('latin1');
  await page.emulateMedia({ media: 'screen' });
  return (pdf.match(/\/Type\s*\/Page[^s]/g) ?? []).length;
}

test('a learner completes the lesson, issues a certificate, and a supervisor checks it', async ({ page, browser }) => {
  // Long by nature: the whole lesson, two certificates, a supervisor's check and a printed scan.
  test.setTimeout(240_000);
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await completeLesson(page);

  await page.goto('/courses/cptm-2-7/');
  await page.getByRole('link', { name: 'Get your certificate' }).click();
  const form = page.locator('[data-certificate-course="cptm-2-7"]');
  await form.getByLabel('Name to print').fill(HOSTILE);
  await form.getByRole('button', { name: 'Issue my certificate' }).click();
  await expect(page).toHaveURL(/\/certificate\/#[0-9a-f]{32}$/);
  await expect(page.locator('[data-learner-name]')).toHaveText(HOSTILE);
  expect(await page.locator('.certificate img').count()).toBe(0);
  await expect(page.locator('.certificate')).toContainText('CPTM Lesson 2.7: Women, Peace and Security');
  await expect(page.locator('.certificate')).toContainText('Score');
  await expectNoAxeViolations(page, 'certificate');
  expect(await pdfPages(page, 'A4')).toBe(1);
  expect(await pdfPages(page, 'Letter')).toBe(1);

  // Completing again does not make a second certificate unless asked.
  await page.goto('/certificates/');
  await expect(page.locator('[data-certificate-list] > li')).toHaveCount(1);
  await expectNoAxeViolations(page, 'my certificates');

  // The supervisor opens the link on another device: no stored data.
  await page.goto(page.url());
  await page.locator('[data-certificate-list] a').first().click();
  const verifyHref = await page.locator('[data-verify-link]').getAttribute('href');
  expect(verifyHref).toMatch(/\/verify\/#[A-Za-z0-9_-]+$/);
  const supervisor = await browser.newContext();
  const check = await supervisor.newPage();
  check.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await check.goto(verifyHref!);
  await expect(check.getByRole('status').filter({ hasText: 'Intact' })).toBeVisible();
  await expect(check.locator('[data-field="name"]')).toHaveText(HOSTILE);
  await expect(check.locator('[data-field="course"]')).toHaveText('CPTM Lesson 2.7: Women, Peace and Security');
  await expect(check.locator('[data-field="score"]')).toHaveText(/^\d+ %$/);
  await expect(check.getByText(/anyone with the know-how can make a record/)).toBeVisible();
  await expectNoAxeViolations(check, 'verify intact');

  // One character of the record changed: a better score.
  const fragment = verifyHref!.split('#')[1]!;
  const json = Buffer.from(fragment, 'base64url').toString('utf8');
  const edited = json.replace(/,(\d+),"2025\.1"/, (_m, score) => `,${score === '100' ? '99' : '100'},"2025.1"`);
  expect(edited).not.toBe(json);
  await check.goto(`${verifyHref!.split('#')[0]}#${Buffer.from(edited).toString('base64url')}`);
  await expect(check.getByRole('status').filter({ hasText: 'Altered' })).toBeVisible();
  await check.goto(`${verifyHref!.split('#')[0]}#${fragment.slice(0, -7)}`);
  await expect(check.getByRole('status').filter({ hasText: 'damaged or incomplete' })).toBeVisible();
  await supervisor.close();

  // A new certificate on request, with a 200-character Arabic name that still fits one page.
  await page.goto('/certificates/');
  await page.getByRole('button', { name: 'Issue a new certificate' }).click();
  await page.locator('[data-certificate-course="cptm-2-7"]').getByLabel('Name to print').fill(ARABIC);
  await page
    .locator('[data-certificate-course="cptm-2-7"]')
    .getByRole('button', { name: 'Issue a new certificate' })
    .click();
  await expect(page.locator('[data-learner-name]')).toHaveText(ARABIC);
  expect(await pdfPages(page, 'A4')).toBe(1);
  // The densest code a name can make still reads from the printed sheet, and opens this record.
  const arabicLink = await page.locator('[data-verify-link]').getAttribute('href');
  expect(await readPrintedQr(browser, page.context(), page.url())).toBe(arabicLink);
  // On a 320 px phone the certificate, its number and its link fit the screen.
  await page.setViewportSize({ width: 320, height: 640 });
  await expect(page.locator('[data-verify-link]')).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
  await page.goto('/certificates/');
  await expect(page.locator('[data-certificate-list] > li')).toHaveCount(2);
  await expect(page.locator('[data-certificate-list] > li').first()).toContainText(ARABIC);
  expect(dialogs).toEqual([]);
});

test('backup: export, delete everything, import it back; a corrupted file is refused and nothing is lost', async ({
  page,
}, testInfo) => {
  await read(page, 'introduction');
  await read(page, 'definitions');
  await page.goto('/my-data/');
  await expectNoAxeViolations(page, 'my data');
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download a backup file' }).click();
  const file = testInfo.outputPath('backup.json');
  await (await downloading).saveAs(file);
  expect(JSON.parse(readFileSync(file, 'utf8'))).toMatchObject({ format: 'gender-lens-backup', version: 1 });

  await page.getByRole('button', { name: 'Delete all my data…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Delete everything?' });
  await expect(dialog).toBeVisible();
  await expectNoAxeViolations(page, 'delete dialog');
  await dialog.getByRole('button', { name: 'Yes, delete everything' }).click();
  // The learner leaves at once, before the deletion can have finished: it is final all the same.
  await page.goto('/courses/cptm-2-7/');
  await expect(page.getByText('0 of 11 sections read.')).toBeVisible();
  await page.reload();
  await expect(page.getByText('0 of 11 sections read.')).toBeVisible();

  await page.goto('/my-data/');
  // The learner can choose a file once the page's script can take it.
  await expect(page.locator('#backup-file')).toBeEnabled();
  await page.locator('#backup-file').setInputFiles(file);
  await expect(page.locator('[data-message]')).toContainText('Backup imported: 2 sections');
  await page.goto('/courses/cptm-2-7/');
  await expect(page.getByText('2 of 11 sections read.')).toBeVisible();

  const broken = testInfo.outputPath('broken.json');
  writeFileSync(broken, readFileSync(file, 'utf8').slice(0, 200));
  await page.goto('/my-data/');
  await expect(page.locator('#backup-file')).toBeEnabled();
  await page.locator('#backup-file').setInputFiles(broken);
  await expect(page.getByRole('alert')).toContainText('incomplete');
  await expect(page.getByRole('alert')).toContainText('Nothing on this device was changed.');
  await page.goto('/courses/cptm-2-7/');
  await expect(page.getByText('2 of 11 sections read.')).toBeVisible();
});

test('two tabs making progress at once lose nothing', async ({ context }) => {
  // Both tabs stay open, each with its own connection to the database, while the learner goes back and forth.
  const [a, b] = [await context.newPage(), await context.newPage()];
  await read(a, 'introduction');
  await read(b, 'lesson-map');
  await read(a, 'definitions');
  await read(b, 'wps-agenda');
  await a.goto('/courses/cptm-2-7/');
  await expect(a.getByText('4 of 11 sections read.')).toBeVisible();
  // The other tab's course page updates live when this tab reads on.
  await b.goto('/courses/cptm-2-7/');
  await expect(b.getByText('4 of 11 sections read.')).toBeVisible();
  await read(a, 'legal-framework');
  await b.bringToFront();
  await expect(b.getByText('5 of 11 sections read.')).toBeVisible();
});

test.describe('before any script runs', () => {
  test.use({ javaScriptEnabled: false });

  test('My certificates already lists every course, so nothing moves when the device’s progress arrives', async ({
    page,
  }) => {
    await page.goto('/certificates/');
    await expect(page.getByRole('heading', { level: 2, name: 'Courses' })).toBeVisible();
    for (const title of ['I Know Gender for security personnel', 'Women, Peace and Security']) {
      const course = page.getByRole('listitem').filter({ has: page.getByRole('heading', { level: 3, name: title }) });
      await expect(course).toContainText('Looking for your progress on this device…');
    }
    await expect(page.getByRole('heading', { level: 2, name: 'Certificates on this device' })).toBeVisible();
  });

  test('My data offers no control that would do nothing: a backup chosen now would be lost', async ({ page }) => {
    await page.goto('/my-data/');
    await expect(page.getByRole('heading', { level: 2, name: 'Import a backup' })).toBeVisible();
    await expect(page.locator('#backup-file')).toBeDisabled();
    for (const name of ['Download a backup file', 'Delete all my data…']) {
      await expect(page.getByRole('button', { name })).toBeDisabled();
    }
  });
});

for (const grants of [true, false]) {
  test(`My data asks the browser to keep the data when space runs short (${grants ? 'granted' : 'refused'})`, async ({
    page,
  }) => {
    // The browser's answer is the browser's to give: stand in for it, as a phone with little space would.
    // What it decided lasts across a reload, as the browser's own decision would.
    await page.addInitScript((granted) => {
      const KEY = 'test.persisted';
      Object.defineProperty(navigator.storage, 'persisted', { value: async () => sessionStorage.getItem(KEY) === '1' });
      Object.defineProperty(navigator.storage, 'persist', {
        value: async () => {
          if (granted) sessionStorage.setItem(KEY, '1');
          return granted;
        },
      });
    }, grants);
    await page.goto('/my-data/');
    const keep = page.getByRole('region', { name: 'Keep my data on this device' });
    await expect(keep).toContainText('this browser may clear your progress and certificates');
    await expectNoAxeViolations(page, 'my data, best-effort storage');
    await keep.getByRole('button', { name: 'Ask the browser to keep my data' }).click();
    if (grants) {
      await expect(page.getByRole('status').filter({ hasText: 'Done: this browser will keep' })).toBeVisible();
      await expect(keep).toContainText('This browser keeps your Gender Lens data');
      await page.reload();
      await expect(keep).toContainText('This browser keeps your Gender Lens data');
    } else {
      await expect(page.getByRole('status').filter({ hasText: 'The browser did not agree this time.' })).toBeVisible();
      await expect(keep.getByRole('button', { name: 'Ask the browser to keep my data' })).toBeVisible();
    }
  });
}

test('a French learner completes the lesson in French, gets a French certificate, and a supervisor checks it in Arabic', async ({
  page,
  browser,
}) => {
  // Long by nature: the whole lesson in French, a certificate and a supervisor's check.
  test.setTimeout(240_000);
  const fr = certificateMessages.fr;
  const ar = certificateMessages.ar;
  await completeLesson(page, 'fr');

  await page.goto('/fr/courses/cptm-2-7/');
  await page.getByRole('link', { name: progressMessages.fr.getCertificate }).click();
  await expect(page).toHaveURL(/\/fr\/certificates\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(fr.listTitle);
  const form = page.locator('[data-certificate-course="cptm-2-7"]');
  await expect(form.getByRole('heading', { level: 3 })).toHaveText('Femmes, paix et sécurité');
  // A name left empty is refused in French, and nothing is issued.
  await form.getByRole('button', { name: fr.issueMine }).click();
  await expect(form.getByRole('alert')).toHaveText(fr.nameMissing);
  await form.getByLabel(fr.nameLabel).fill('Amina Diallo');
  await form.getByRole('button', { name: fr.issueMine }).click();

  // The certificate speaks French, with the English under each heading.
  await expect(page).toHaveURL(/\/fr\/certificate\/#[0-9a-f]{32}$/);
  const sheet = page.locator('.certificate');
  await expect(sheet).toHaveAttribute('lang', 'fr');
  await expect(sheet.getByRole('heading', { level: 2 })).toHaveText(fr.sheetTitle);
  await expect(sheet.locator('[lang="en"]').first()).toHaveText(certificateMessages.en.sheetTitle);
  await expect(sheet.locator('[data-course-title]')).toHaveText('CPTM Lesson 2.7\u00a0: Femmes, paix et sécurité');
  await expect(sheet).toContainText('CPTM Lesson 2.7: Women, Peace and Security');
  await expect(sheet).toContainText('a terminé le cours en autoformation');
  // The day and the score as French writes them.
  const today = new Intl.DateTimeFormat('fr', { dateStyle: 'long' }).format(Date.now());
  await expect(sheet.locator('time')).toHaveText(today);
  await expect(sheet.locator('[data-score]')).toHaveText(/^\d+\u00a0%$/);
  await expect(page.getByRole('button', { name: fr.print })).toBeVisible();
  await expectNoAxeViolations(page, 'French certificate');
  expect(await pdfPages(page, 'A4')).toBe(1);

  // Its link opens the check in French; a supervisor who reads Arabic switches language, and the
  // record (which is in the link's hash) goes with them.
  const verifyHref = await page.locator('[data-verify-link]').getAttribute('href');
  expect(verifyHref).toMatch(/\/fr\/verify\/#[A-Za-z0-9_-]+$/);
  const supervisor = await browser.newContext();
  const check = await supervisor.newPage();
  await check.goto(verifyHref!);
  await expect(check.getByRole('status').filter({ hasText: fr.intact })).toBeVisible();
  await check
    .getByRole('navigation', { name: pageMessages.fr.languageNav })
    .getByRole('link', { name: 'العربية' })
    .click();
  await expect(check).toHaveURL(/\/ar\/verify\/#[A-Za-z0-9_-]+$/);
  await expect(check.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(check.getByRole('status').filter({ hasText: ar.intact })).toBeVisible();
  await expect(check.locator('[data-field="name"]')).toHaveText('Amina Diallo');
  await expect(check.locator('[data-field="course"]')).toHaveText('CPTM Lesson 2.7\u00a0: Femmes, paix et sécurité');
  await expect(check.locator('[data-field="course"] [lang="fr"]')).toHaveCount(1);
  await expect(check.locator('[data-field="language"]')).toHaveText(ar.languageName('fr'));
  await expect(check.locator('[data-field="date"]')).toHaveText(
    new Intl.DateTimeFormat('ar', { dateStyle: 'long' }).format(Date.now()),
  );
  await expect(check.getByRole('heading', { level: 2 })).toHaveText(ar.limitsHeading);
  await expectNoAxeViolations(check, 'verify in Arabic');
  // Claiming the certificate was English breaks its seal.
  const fragment = verifyHref!.split('#')[1]!;
  const payload = JSON.parse(Buffer.from(fragment, 'base64url').toString('utf8')) as unknown[];
  payload[payload.length - 1] = 'en';
  await check.goto(`/ar/verify/#${Buffer.from(JSON.stringify(payload)).toString('base64url')}`);
  await expect(check.getByRole('status').filter({ hasText: ar.altered })).toBeVisible();
  await supervisor.close();

  // My certificates in Arabic lists it as a French certificate.
  await page.goto('/ar/certificates/');
  const listed = page.locator('[data-certificate-list] > li');
  await expect(listed).toHaveCount(1);
  await expect(listed).toContainText(ar.inLanguage('fr'));
  const course = page.locator('[data-certificate-course="cptm-2-7"]');
  await expect(course).toContainText(ar.openYourCertificate);

  // Issued again from the Arabic page, the certificate is Arabic, right to left, and prints on one page.
  await course.getByRole('button', { name: ar.issueNew }).click();
  await course.getByLabel(ar.nameLabel).fill('أمينة ديالو');
  await course.getByRole('button', { name: ar.issueNew }).click();
  await expect(page).toHaveURL(/\/ar\/certificate\/#[0-9a-f]{32}$/);
  const arabic = page.locator('.certificate');
  await expect(arabic).toHaveAttribute('lang', 'ar');
  await expect(arabic).toHaveAttribute('dir', 'rtl');
  await expect(arabic.getByRole('heading', { level: 2 })).toHaveText(ar.sheetTitle);
  await expect(arabic.locator('[data-learner-name]')).toHaveText('أمينة ديالو');
  await expect(arabic.locator('[data-course-title]')).toContainText('المرأة والسلام والأمن');
  await expect(arabic).toContainText('CPTM Lesson 2.7: Women, Peace and Security');
  await expectNoAxeViolations(page, 'Arabic certificate');
  expect(await pdfPages(page, 'A4')).toBe(1);
});
