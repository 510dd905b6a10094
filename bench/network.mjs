// What a first visit downloads, measured in Chromium: every request of a fresh, cacheless page,
// until the network is quiet after the load event, then after scrolling to the end of the page (so
// islands that hydrate when visible, and what they import lazily, are counted too). The service
// worker is blocked here: its precaching is reported once, as the precache size.
import { kindOf } from './static-weight.mjs';

/** Lighthouse's mobile screen (Moto G Power). */
export const MOBILE = {
  viewport: { width: 412, height: 823 },
  deviceScaleFactor: 1.75,
  isMobile: true,
  hasTouch: true,
};

async function settle(page) {
  await page.waitForLoadState('networkidle').catch(() => undefined);
}

/**
 * @param {import('@playwright/test').Browser} browser
 * @returns {Promise<{ requests: Array<{ path: string, kind: string, raw: number, gzip: number, phase: 'load' | 'scroll', status: number }>, offOrigin: string[] }>}
 */
export async function firstVisit(browser, origin, path) {
  const context = await browser.newContext({ ...MOBILE, serviceWorkers: 'block' });
  const page = await context.newPage();
  const requests = [];
  const offOrigin = [];
  let phase = 'load';
  page.on('requestfinished', async (request) => {
    const url = new URL(request.url());
    if (url.protocol === 'data:') return;
    if (url.origin !== origin) offOrigin.push(request.url());
    const response = await request.response();
    const sizes = await request.sizes();
    const body = await response?.body().catch(() => undefined);
    requests.push({
      path: url.pathname + url.search,
      kind: request.resourceType() === 'document' ? 'html' : kindOf(url.pathname),
      raw: body?.length ?? sizes.responseBodySize,
      // What came over the wire for the body: gzip when the server compressed it.
      gzip: sizes.responseBodySize,
      phase,
      status: response?.status() ?? 0,
    });
  });
  try {
    await page.goto(`${origin}${path}`, { waitUntil: 'load' });
    await settle(page);
    phase = 'scroll';
    // Scroll by screens, not in one jump, so every island on the way becomes visible.
    await page.evaluate(async () => {
      for (let y = 0; y < document.documentElement.scrollHeight; y += innerHeight * 0.8) {
        scrollTo(0, y);
        await new Promise((done) => setTimeout(done, 60));
      }
      scrollTo(0, document.documentElement.scrollHeight);
    });
    await settle(page);
    await page.waitForTimeout(300);
  } finally {
    await context.close();
  }
  return { requests, offOrigin };
}
