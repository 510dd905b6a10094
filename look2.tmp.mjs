import { chromium } from '@playwright/test';
import { serveStatic } from './tests/e2e/support/static-server.mjs';
const server = await serveStatic({ root: './dist' });
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
for (const [w, name] of [[320, 'narrow'], [1280, 'wide']]) {
  const page = await browser.newPage({ viewport: { width: w, height: 900 } });
  page.on('console', (m) => console.log('console', m.type(), m.text()));
  page.on('pageerror', (e) => console.log('pageerror', e.message));
  for (const c of ['i-know-gender', 'cptm-2-7']) {
    await page.goto(server.url + `/courses/${c}/`);
    await page.waitForLoadState('networkidle');
    console.log(w, c, 'scrollWidth', await page.evaluate(() => document.documentElement.scrollWidth));
    await page.screenshot({ path: `/tmp/s16/${c}-${name}.png`, fullPage: true });
  }
  await page.goto(server.url + '/courses/i-know-gender/explanations/');
  console.log(w, 'expl scrollWidth', await page.evaluate(() => document.documentElement.scrollWidth));
  await page.screenshot({ path: `/tmp/s16/expl-${name}.png` });
}
await browser.close(); await server.close();
