import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

/** An activity's content file, read as the tests' answer key. */
export function activityFile(id: string): any {
  return parse(readFileSync(join('content', 'activities', `${id}.yaml`), 'utf8'));
}

/** Card text → category label, for a sorting activity. */
export function sortingKey(id: string): Map<string, string> {
  const activity = activityFile(id);
  const labels = new Map<string, string>(activity.categories.map((c: any) => [c.id, c.label]));
  return new Map(activity.items.map((item: any) => [item.text, labels.get(item.category) as string]));
}

/** Question prompt → texts of its right options, for a quiz. */
export function quizKey(id: string): Map<string, string[]> {
  const activity = activityFile(id);
  return new Map(
    activity.questions.map((q: any) => [
      q.prompt,
      q.type === 'true-false'
        ? [q.answer ? 'True' : 'False']
        : q.options.filter((o: any) => o.correct).map((o: any) => o.text),
    ]),
  );
}

/** Question prompt → all option texts. */
export function quizOptions(id: string): Map<string, string[]> {
  const activity = activityFile(id);
  return new Map(
    activity.questions.map((q: any) => [
      q.prompt,
      q.type === 'true-false' ? ['True', 'False'] : q.options.map((o: any) => o.text),
    ]),
  );
}
