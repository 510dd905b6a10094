import { LANGUAGES, type Language } from './languages';

/**
 * Interface text lives in one dictionary per area of the site (src/i18n/messages/<area>.ts), each
 * holding every language. Typed dictionaries, not a message compiler: English defines each key and
 * the values a message takes, `astro check` refuses a language that lacks a key or takes other
 * values, and `defineMessages` fails the build (and any test) naming the key and language. An island
 * imports only its own areas, so no page carries the whole site's text.
 */
export type Message = string | ((...values: never[]) => string);
export type Dictionary = Record<string, Message>;

/** One area's messages in every language; the shape is English's. */
export type Messages<D extends Dictionary> = { en: D } & Record<Exclude<Language, 'en'>, { [K in keyof D]: D[K] }>;

export function defineMessages<D extends Dictionary>(area: string, messages: Messages<D>): Messages<D> {
  const keys = Object.keys(messages.en);
  for (const lang of LANGUAGES) {
    const have = messages[lang] as Dictionary | undefined;
    for (const key of keys) {
      if (!have || !(key in have))
        throw new Error(`Message "${area}.${key}" is missing in ${lang} (src/i18n/messages/${area}.ts)`);
      if (typeof have[key] !== typeof messages.en[key]) {
        throw new Error(`Message "${area}.${key}" in ${lang} must be a ${typeof messages.en[key]}, as in English`);
      }
    }
    for (const key of Object.keys(have ?? {})) {
      if (!keys.includes(key)) throw new Error(`Message "${area}.${key}" in ${lang} is not an English key`);
    }
  }
  return messages;
}

/**
 * The form of a message for a count, by the language's own plural rules (`one`/`other` in English;
 * French counts 0 and 1 as `one`; Arabic has zero, one, two, few, many and other). Forms a language
 * does not use may be left out; `other` is always there.
 */
export function plural(
  lang: Language,
  count: number,
  forms: Partial<Record<Intl.LDMLPluralRule, string>> & { other: string },
): string {
  return forms[new Intl.PluralRules(lang).select(count)] ?? forms.other;
}

/** A number written as the language writes it (digits, decimal sign, grouping). */
export function formatNumber(lang: Language, value: number, options?: Intl.NumberFormatOptions): string {
  return new Intl.NumberFormat(lang, options).format(value);
}

/** A percentage written as the language writes it ("80 %" in French, "80%" in English). */
export function formatPercent(lang: Language, percent: number): string {
  return new Intl.NumberFormat(lang, { style: 'percent', maximumFractionDigits: 0 }).format(percent / 100);
}

/** A date (and, with `withTime`, its time) as the language writes it. */
export function formatDate(lang: Language, ms: number, withTime = false): string {
  return new Intl.DateTimeFormat(
    lang,
    withTime ? { dateStyle: 'medium', timeStyle: 'short' } : { dateStyle: 'long' },
  ).format(ms);
}
