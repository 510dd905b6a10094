// @ts-check
import svelte from '@astrojs/svelte';
import { defineConfig } from 'astro/config';

export default defineConfig({
  site: 'https://gender-lens.example',
  integrations: [svelte()],
  // Tests build fixture content into a scratch folder so they never clobber dist/.
  outDir: process.env.GENDER_LENS_OUT ?? './dist',
  cacheDir: process.env.GENDER_LENS_CACHE ?? './node_modules/.astro',
  trailingSlash: 'ignore',
  build: { format: 'directory' },
  // Everything the site needs ships with it: no telemetry, no fonts from elsewhere.
  devToolbar: { enabled: false },
  // Serves dev and preview on loopback only.
  server: { host: '127.0.0.1' },
});
