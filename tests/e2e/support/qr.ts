import { createRequire } from 'node:module';
import type { Browser, BrowserContext } from '@playwright/test';

/** 150 dpi: a desk scanner's default, and about what a phone camera resolves from an A4 sheet. */
const DPI = 150;
const CSS_DPI = 96;

/**
 * Prints a page as it comes out of the printer (print media, A4 landscape, at 150 dpi) and reads
 * the QR code on it, as a supervisor's scanner would. Returns the decoded text, or null when no
 * code can be read. The page opens in a copy of `from`'s storage, so it shows what the learner has.
 */
export async function readPrintedQr(browser: Browser, from: BrowserContext, url: string): Promise<string | null> {
  const printer = await browser.newContext({
    storageState: await from.storageState({ indexedDB: true }),
    viewport: { width: Math.round((297 / 25.4) * CSS_DPI), height: Math.round((210 / 25.4) * CSS_DPI) },
    deviceScaleFactor: DPI / CSS_DPI,
  });
  try {
    const page = await printer.newPage();
    await page.emulateMedia({ media: 'print' });
    await page.goto(url);
    await page.locator('[data-qr-modules]').waitFor();
    const sheet = await page.screenshot({ fullPage: true });
    const scanner = await printer.newPage();
    await scanner.addScriptTag({ path: createRequire(import.meta.url).resolve('jsqr/dist/jsQR.js') });
    return await scanner.evaluate(async (png) => {
      const image = new Image();
      image.src = `data:image/png;base64,${png}`;
      await image.decode();
      const canvas = Object.assign(document.createElement('canvas'), { width: image.width, height: image.height });
      const context = canvas.getContext('2d')!;
      context.drawImage(image, 0, 0);
      const { data, width, height } = context.getImageData(0, 0, image.width, image.height);
      const jsQR = (
        window as unknown as { jsQR: (d: Uint8ClampedArray, w: number, h: number) => { data: string } | null }
      ).jsQR;
      return jsQR(data, width, height)?.data ?? null;
    }, sheet.toString('base64'));
  } finally {
    await printer.close();
  }
}
