import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

/** The words a true-or-false question's two options carry, per language. */
const TRUE_FALSE: Record<string, [string, string]> = {
  en: ['True', 'False'],
  fr: ['Vrai', 'Faux'],
  ar: ['صحيح', 'خطأ'],
};

/** An activity's content file (its translation, with `lang`), read as the tests' answer key. */
export function activityFile(id: string, lang = 'en'): any {
  const name = lang === 'en' ? `${id}.yaml` : `${id}.${lang}.yaml`;
  return parse(readFileSync(join('content', 'activities', name), 'utf8'));
}

/** Card text → category label, for a sorting activity. */
export function sortingKey(id: string, lang = 'en'): Map<string, string> {
  const activity = activityFile(id, lang);
  const labels = new Map<string, string>(activity.categories.map((c: any) => [c.id, c.label]));
  return new Map(activity.items.map((item: any) => [item.text, labels.get(item.category) as string]));
}

/** Question prompt → texts of its right options, for a quiz. */
export function quizKey(id: string, lang = 'en'): Map<string, string[]> {
  const activity = activityFile(id, lang);
  const [yes, no] = TRUE_FALSE[lang]!;
  return new Map(
    activity.questions.map((q: any) => [
      q.prompt,
      q.type === 'true-false' ? [q.answer ? yes : no] : q.options.filter((o: any) => o.correct).map((o: any) => o.text),
    ]),
  );
}

/** Question prompt → all option texts. */
export function quizOptions(id: string, lang = 'en'): Map<string, string[]> {
  const activity = activityFile(id, lang);
  return new Map(
    activity.questions.map((q: any) => [
      q.prompt,
      q.type === 'true-false' ? TRUE_FALSE[lang]! : q.options.map((o: any) => o.text),
    ]),
  );
}
