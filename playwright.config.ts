import { defineConfig, devices } from '@playwright/test';
import { findChromium } from './tests/e2e/support/browser.mjs';

const PORT = Number(process.env.E2E_PORT ?? 4329);
const found = findChromium();
const executablePath = 'path' in found ? found.path : undefined;

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  retries: 0,
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
  timeout: 30_000,
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    // Recording a trace (DOM snapshots and screenshots at every step) costs a third of the suite's
    // time on a two-core machine, and CI keeps no trace files: record them on developers' machines.
    trace: process.env.CI ? 'off' : 'retain-on-failure',
    // A service worker would precache the whole site in every test and could serve one test's pages
    // to the next; tests/e2e/offline.spec.ts allows it where it is the subject.
    serviceWorkers: 'block',
    ...devices['Desktop Chrome'],
    launchOptions: {
      executablePath,
      // Our machines have no GPU and a closed network: keep Chromium from trying either.
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-dev-shm-usage',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
  // The LMS journeys need the SCORM packages, a build of their own: one project builds them while the
  // site's tests run, and the journeys follow it.
  projects: [
    { name: 'scorm-packages', testMatch: /lms\.setup\.ts$/ },
    { name: 'site', testIgnore: /lms\.(setup|spec)\.ts$/ },
    { name: 'lms', testMatch: /lms\.spec\.ts$/, dependencies: ['scorm-packages'] },
  ],
  // Build once and serve the static output, as production does.
  webServer: {
    command: `npm run build && npx astro preview --port ${PORT} --host 127.0.0.1`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 240_000,
    stdout: 'pipe',
  },
});
