// Lighthouse's performance category with its mobile defaults (Moto G Power screen, simulated slow
// 4G: 150 ms RTT, 1.6 Mbps down, 750 Kbps up, 4× CPU slowdown), on the system Chromium.
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';

/**
 * Runs Lighthouse `runs` times on one URL in one Chromium and returns each run's figures.
 * @returns {Promise<Array<{ score: number, lcpMs: number, tbtMs: number, cls: number, fcpMs: number }>>}
 */
export async function lighthouseRuns(chromePath, url, runs) {
  const chrome = await launch({
    chromePath,
    // No --disable-gpu: with it, headless Chromium composites on the main thread and Lighthouse
    // counts that work as long tasks that a phone does not have.
    chromeFlags: [
      '--headless=new',
      '--no-sandbox',
      '--disable-dev-shm-usage',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  const results = [];
  try {
    for (let i = 0; i < runs; i += 1) {
      const result = await lighthouse(url, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: ['performance'],
      });
      const lhr = result?.lhr;
      if (!lhr) throw new Error(`Lighthouse returned nothing for ${url}`);
      if (lhr.runtimeError) throw new Error(`Lighthouse: ${lhr.runtimeError.message}`);
      const audit = (id) => lhr.audits[id]?.numericValue ?? Number.NaN;
      results.push({
        score: Math.round((lhr.categories.performance.score ?? 0) * 100),
        lcpMs: audit('largest-contentful-paint'),
        tbtMs: audit('total-blocking-time'),
        cls: audit('cumulative-layout-shift'),
        fcpMs: audit('first-contentful-paint'),
        benchmarkIndex: lhr.environment.benchmarkIndex,
      });
    }
  } finally {
    chrome.kill();
  }
  return results;
}
