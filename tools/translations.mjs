// `npm run translations`: every English content file (and glossary entry) in every language, and
// whether its translation is current, outdated (the English changed since) or missing, with the
// version a translation's `translates:` must hold. Exits 1 when a translation is malformed. The
// checks are the build's own (src/catalog/translations.ts).
import { withTypeScript } from './typescript.mjs';

await withTypeScript(
  ['/src/catalog/translations.ts', '/src/catalog/content-dir.ts'],
  ({ loadTranslations, translationSummary }, { contentDir }) => {
    try {
      const { status } = loadTranslations(contentDir());
      for (const { lang, source, file, state, version } of [...status].sort((a, b) => a.lang.localeCompare(b.lang))) {
        console.log(`${lang}  ${state.padEnd(8)}  ${version}  ${source}${file ? `  ←  ${file}` : ''}`);
      }
      console.log('');
      for (const line of translationSummary(status)) console.log(line);
    } catch (error) {
      console.error(error instanceof Error ? error.message : error);
      process.exitCode = 1;
    }
  },
);
