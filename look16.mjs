import { chromium } from '@playwright/test';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu','--disable-dev-shm-usage'] });
const shots = [
  ['/courses/cptm-2-7/definitions/', 360, 'def360', async (p) => { await p.locator('.editorial').first().scrollIntoViewIfNeeded(); }],
  ['/courses/cptm-2-7/definitions/', 1100, 'defsrc', async (p) => { await p.locator('details.sources summary').click(); await p.locator('details.sources').scrollIntoViewIfNeeded(); }],
  ['/glossary/', 360, 'gloss', async (p) => { await p.locator('#gender-parity').scrollIntoViewIfNeeded(); }],
  ['/library/dpko/#L245', 360, 'dpko', async () => {}],
  ['/library/cptm/#L585-587', 1100, 'range', async () => {}],
  ['/courses/i-know-gender/international-frameworks/', 1100, 'ikg', async (p) => { await p.getByText('The seeds disagree', {exact:false}).or(p.getByText('The source documents disagree')).first().scrollIntoViewIfNeeded(); }],
];
for (const [u, w, name, act] of shots) {
  const page = await browser.newPage({ viewport: { width: w, height: 800 } });
  page.on('console', (m) => { if (m.type() !== 'log') console.log(name, 'console', m.type(), m.text()); });
  page.on('pageerror', (e) => console.log(name, 'pageerror', e.message));
  await page.goto('http://127.0.0.1:4416' + u);
  await act(page);
  console.log(name, 'scrollWidth', await page.evaluate(() => document.documentElement.scrollWidth));
  await page.screenshot({ path: `/tmp/shots16/${name}.png` });
  await page.close();
}
await browser.close();
