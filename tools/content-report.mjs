// `npm run content:report`: prints each final assessment's bank by module, outcome, level and type,
// its key-balance figures, duty coverage, and any citation of seed lines that do not exist. The
// report's logic is TypeScript shared with the build (src/catalog/content-report.ts).
import { withTypeScript } from './typescript.mjs';

await withTypeScript(
  ['/src/catalog/content-report.ts', '/src/catalog/content-dir.ts'],
  ({ contentReport }, { contentDir }) => {
    const { text, ok } = contentReport(contentDir());
    console.log(text);
    process.exitCode = ok ? 0 : 1;
  },
);
