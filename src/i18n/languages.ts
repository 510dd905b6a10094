/** The languages Gender Lens is written in. English is the source; the others are translations of it. */
export const LANGUAGES = ['en', 'fr', 'ar'] as const;
export type Language = (typeof LANGUAGES)[number];

/** Languages whose content is translated from the English files (`<name>.<lang>.md|yaml`). */
export const TRANSLATED_LANGUAGES = ['fr', 'ar'] as const;
export type TranslatedLanguage = (typeof TRANSLATED_LANGUAGES)[number];

export function isTranslatedLanguage(value: string): value is TranslatedLanguage {
  return (TRANSLATED_LANGUAGES as readonly string[]).includes(value);
}

export function isLanguage(value: string | undefined): value is Language {
  return (LANGUAGES as readonly (string | undefined)[]).includes(value);
}

/** Each language named in itself, as a language switcher offers it. */
export const LANGUAGE_NAMES: Record<Language, string> = { en: 'English', fr: 'Français', ar: 'العربية' };

/** The direction a language is written in, for `dir` on <html>. */
export const DIRECTION: Record<Language, 'ltr' | 'rtl'> = { en: 'ltr', fr: 'ltr', ar: 'rtl' };

/** The language of the page the code runs in (its <html lang>), for scripts that run in the browser. */
export function pageLanguage(doc: Document = document): Language {
  const lang = doc.documentElement.lang;
  return isLanguage(lang) ? lang : 'en';
}

/**
 * The `lang` and `dir` an element needs when its content is in another language than its page (an
 * English section on an Arabic page), so screen readers pronounce it and the text runs its own way.
 */
export function contentLanguage(
  content: { contentLanguage: Language },
  page: Language,
): { lang?: Language; dir?: 'ltr' | 'rtl' } {
  return content.contentLanguage === page
    ? {}
    : { lang: content.contentLanguage, dir: DIRECTION[content.contentLanguage] };
}
