// Which Chromium the end-to-end tests drive. Debian's build when present (Playwright cannot download
// its own browsers on our CI machines), an explicit path from CHROMIUM_PATH, or Playwright's own.
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

const DEBIAN_CHROMIUM = '/usr/bin/chromium';

/** @returns {{ path: string | undefined, source: string } | { error: string }} */
export function findChromium() {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    return existsSync(fromEnv)
      ? { path: fromEnv, source: 'CHROMIUM_PATH' }
      : { error: `CHROMIUM_PATH is set to ${fromEnv}, but there is no file there.` };
  }
  if (existsSync(DEBIAN_CHROMIUM)) return { path: DEBIAN_CHROMIUM, source: 'Debian chromium' };
  let bundled;
  try {
    bundled = chromium.executablePath();
  } catch {
    bundled = undefined;
  }
  if (bundled && existsSync(bundled)) return { path: undefined, source: "Playwright's chromium" };
  return {
    error: [
      'No Chromium found for the end-to-end tests. Install one of:',
      '  - Debian/Ubuntu: sudo apt-get install -y chromium   (used from /usr/bin/chromium)',
      "  - Playwright's own: npx playwright install chromium",
      '  - or set CHROMIUM_PATH=/path/to/chrome',
    ].join('\n'),
  };
}
