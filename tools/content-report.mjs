// `npm run content:report`: prints each final assessment's bank by module, outcome, level and type,
// its key-balance figures, duty coverage, and any citation of seed lines that do not exist. The
// report's logic is TypeScript shared with the build (src/catalog/content-report.ts); Vite runs it.
import { join } from 'node:path';
import { createServer } from 'vite';

const server = await createServer({
  configFile: false,
  logLevel: 'error',
  server: { middlewareMode: true },
  appType: 'custom',
  // Nothing to pre-bundle: without this, Vite scans every HTML file it finds (built sites included).
  optimizeDeps: { noDiscovery: true, entries: [] },
});
try {
  const { contentReport } = await server.ssrLoadModule('/src/catalog/content-report.ts');
  const { text, ok } = contentReport(process.env.GENDER_LENS_CONTENT ?? join(process.cwd(), 'content'));
  console.log(text);
  process.exitCode = ok ? 0 : 1;
} finally {
  await server.close();
}
