// Fails `npm test` early with the install instructions rather than an obscure launch error.
import { findChromium } from './browser.mjs';

const found = findChromium();
if ('error' in found) {
  console.error(found.error);
  process.exit(1);
}
console.log(`End-to-end tests use ${found.source}${found.path ? ` (${found.path})` : ''}.`);
