import { chromium } from '@playwright/test';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu'] });
const ctx = await b.newContext({ serviceWorkers: 'block' });
const p = await ctx.newPage();
p.on('console', m => console.log('console', m.type(), m.text()));
p.on('pageerror', e => console.log('pageerror', e.message));
await p.goto('http://127.0.0.1:4400/courses/cptm-2-7/lesson-closing/');
console.log('loading text:', await p.locator('[data-activity-loading]').count());
await p.locator('.quiz').scrollIntoViewIfNeeded();
await p.waitForSelector('.quiz[data-ready=true]');
for (let i = 0; i < 2; i++) {
  await p.locator('.quiz input').first().check();
  await p.getByRole('button', { name: 'Check answer' }).click();
  await p.getByRole('button', { name: 'Next question' }).click();
}
console.log(await p.locator('.quiz__progress').innerText());
await p.waitForTimeout(500);
await p.reload();
await p.locator('.quiz').scrollIntoViewIfNeeded();
await p.waitForSelector('.quiz[data-ready=true]');
console.log('after reload', await p.locator('.quiz__progress').innerText());
console.log('notice visible', await p.locator('[data-storage-notice]').isVisible());
await b.close();
