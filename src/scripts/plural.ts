const rules = new Intl.PluralRules('en');

/** "1 certificate", "2 certificates": a number with the word its plural category asks for. */
export function count(n: number, forms: { one: string; other: string }): string {
  return `${new Intl.NumberFormat('en').format(n)} ${rules.select(n) === 'one' ? forms.one : forms.other}`;
}
