// How long, on a first visit over a throttled connection, until the page's main control answers.
// Network: Lighthouse's mobile slow-4G figures (150 ms RTT, 1.6 Mbps down, 750 Kbps up) applied with
// CDP; CPU: 4× slowdown. A probe in the page tries the control every 25 ms from the first moment
// and records when it takes effect, in ms from the navigation's start:
//   sorting: pressing the first card's category button turns "0 of N sorted" into "1 of N sorted";
//   quiz: choosing an option checks it (options are disabled until the island is ready);
//   deck: ArrowRight moves to slide 2;
//   search: the first result is listed (the page opens with its query in the URL, as the header's
//     search form sends it; Pagefind, its WebAssembly and the index chunks load on that first visit);
//   visible (reading pages): the main content is painted (the page's largest contentful paint).
import { MOBILE } from './network.mjs';

export const THROTTLING = {
  rttMs: 150,
  downloadKbps: 1.6 * 1024,
  uploadKbps: 750,
  cpuSlowdown: 4,
};

/** Runs in the page from its first moment; sets window.__benchResponse. */
function probe(action) {
  if (window.top !== window.self || action === 'visible') return;
  const done = () => {
    if (window.__benchResponse === undefined) window.__benchResponse = performance.now();
  };
  const attempts = {
    sorting() {
      const count = document.querySelector('[data-sorted-count]');
      if (count && /^\s*[1-9]/.test(count.textContent ?? '')) return done();
      document.querySelector('.sorting')?.scrollIntoView({ block: 'center' });
      const buttons = [...document.querySelectorAll('[data-card] button')];
      const category = buttons.find((b) => !b.disabled && !/skip/i.test(b.textContent ?? ''));
      category?.click();
    },
    quiz() {
      const quiz = document.querySelector('.quiz');
      quiz?.scrollIntoView({ block: 'center' });
      const input = quiz?.querySelector('input[type="radio"]:not(:disabled), input[type="checkbox"]:not(:disabled)');
      if (!input) return;
      input.click();
      if (input.checked) done();
    },
    search() {
      if (document.querySelector('[data-search-results] li')) done();
    },
    deck() {
      const slides = [...document.querySelectorAll('[data-slide]')];
      const isSecond = () => slides.length > 1 && slides[1].hasAttribute('data-current');
      if (isSecond()) return done();
      document.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', code: 'ArrowRight', bubbles: true }));
      if (isSecond()) done();
    },
  };
  const attempt = attempts[action];
  const tick = () => {
    if (window.__benchResponse !== undefined) return;
    try {
      attempt();
    } catch {
      // The page is still loading: try again.
    }
    setTimeout(tick, 25);
  };
  setTimeout(tick, 0);
}

/**
 * One throttled first visit; returns the response time in ms.
 * @param {import('@playwright/test').Browser} browser
 */
export async function responseTime(browser, url, action, timeoutMs = 60_000) {
  const context = await browser.newContext({ ...MOBILE, serviceWorkers: 'block' });
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: THROTTLING.rttMs,
      downloadThroughput: (THROTTLING.downloadKbps * 1024) / 8,
      uploadThroughput: (THROTTLING.uploadKbps * 1024) / 8,
    });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLING.cpuSlowdown });
    await page.addInitScript(probe, action);
    if (action === 'visible') {
      await page.goto(url, { waitUntil: 'load', timeout: timeoutMs });
      await page.waitForTimeout(500);
      return await page.evaluate(
        () =>
          new Promise((resolve) => {
            new PerformanceObserver((list) => {
              const entries = list.getEntries();
              resolve(entries[entries.length - 1]?.startTime ?? Number.NaN);
            }).observe({ type: 'largest-contentful-paint', buffered: true });
            setTimeout(() => resolve(Number.NaN), 2000);
          }),
      );
    }
    await page.goto(url, { waitUntil: 'commit', timeout: timeoutMs });
    try {
      await page.waitForFunction(() => window.__benchResponse !== undefined, undefined, {
        timeout: timeoutMs,
        polling: 100,
      });
    } catch (error) {
      // Say what the page looked like, so a failure can be understood from the log.
      const state = await page
        .evaluate(() => ({
          readyState: document.readyState,
          islands: [...document.querySelectorAll('astro-island')].map((i) => i.hasAttribute('ssr')),
          ready: [...document.querySelectorAll('[data-ready]')].map((e) => e.getAttribute('data-ready')),
          count: document.querySelector('[data-sorted-count]')?.textContent,
        }))
        .catch(() => undefined);
      throw new Error(`no response within ${timeoutMs} ms: ${JSON.stringify(state)}`, { cause: error });
    }
    return await page.evaluate(() => window.__benchResponse);
  } finally {
    await context.close();
  }
}
