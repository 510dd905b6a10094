// Draws the app icons (web app manifest, home screen) from public/favicon.svg with Chromium, so the
// PNGs under public/icons/ always match the favicon. Run after changing the favicon:
//   node tools/make-icons.mjs
// The PNGs are committed: the build does not need a browser.
import { readFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { findChromium } from '../tests/e2e/support/browser.mjs';

const svg = readFileSync(new URL('../public/favicon.svg', import.meta.url), 'utf8');
/** The favicon's own blue, used as the full-bleed background of the maskable icon. */
const BLUE = '#0b5cad';

// A maskable icon is cropped to a circle (or another shape) by the launcher: only the central 80%
// is safe (https://www.w3.org/TR/appmanifest/#icon-masks), so the glyph sits inside it on a
// full-bleed background. The favicon's rounded square already has the blue, so it is drawn at 80%.
const icons = [
  { file: 'icon-192.png', size: 192, maskable: false },
  { file: 'icon-512.png', size: 512, maskable: false },
  { file: 'icon-maskable-512.png', size: 512, maskable: true },
  { file: 'apple-touch-icon.png', size: 180, maskable: true },
];

const found = findChromium();
if ('error' in found) throw new Error(found.error);
const browser = await chromium.launch({ executablePath: found.path, args: ['--no-sandbox', '--disable-gpu'] });
try {
  for (const { file, size, maskable } of icons) {
    const page = await browser.newPage({ viewport: { width: size, height: size }, deviceScaleFactor: 1 });
    const inner = maskable ? Math.round(size * 0.8) : size;
    await page.setContent(
      `<!doctype html><html><body style="margin:0;width:${size}px;height:${size}px;display:grid;place-items:center;background:${
        maskable ? BLUE : 'transparent'
      }"><div style="width:${inner}px;height:${inner}px">${svg.replace('<svg ', `<svg width="${inner}" height="${inner}" `)}</div></body></html>`,
    );
    await page.screenshot({ path: `public/icons/${file}`, omitBackground: !maskable });
    await page.close();
    console.log(`public/icons/${file} (${size}×${size}${maskable ? ', maskable' : ''})`);
  }
} finally {
  await browser.close();
}
