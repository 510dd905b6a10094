/** The languages Gender Lens is written in. English is the source; the others are translations of it. */
export const LANGUAGES = ['en', 'fr', 'ar'] as const;
export type Language = (typeof LANGUAGES)[number];

/** Languages whose content is translated from the English files (`<name>.<lang>.md|yaml`). */
export const TRANSLATED_LANGUAGES = ['fr', 'ar'] as const;
export type TranslatedLanguage = (typeof TRANSLATED_LANGUAGES)[number];

export function isTranslatedLanguage(value: string): value is TranslatedLanguage {
  return (TRANSLATED_LANGUAGES as readonly string[]).includes(value);
}
