import { describe, expect, it } from 'vitest';
import { searchMessages } from '../../../src/i18n/messages/search';
import { countMessage } from '../../../src/scripts/search';

const { fr, ar } = searchMessages;

describe('search messages', () => {
  it('counts results in French, quoting as French quotes, 0 and 1 in the singular', () => {
    expect(countMessage('PEP', 1, 1, 'fr')).toBe('1 résultat pour «\u00a0PEP\u00a0».');
    expect(countMessage('genre', 31, 20, 'fr')).toBe(
      '31 résultats pour «\u00a0genre\u00a0»\u00a0; les 20 premiers sont affichés.',
    );
    expect(countMessage('zzz', 0, 0, 'fr')).toBe(
      'Aucun résultat pour «\u00a0zzz\u00a0». Essayez un autre mot, ou moins de mots.',
    );
    expect(fr.searching('PEP')).toBe('Recherche de «\u00a0PEP\u00a0»…');
    expect(fr.savedOffline(640)).toBe(
      'La recherche fonctionne hors ligne sur cet appareil\u00a0: son index (640\u00a0Kio) est enregistré.',
    );
  });

  it('counts results in Arabic in its plural forms, the query isolated', () => {
    const num = (n: number) => new Intl.NumberFormat('ar').format(n);
    expect(countMessage('PEP', 1, 1, 'ar')).toBe('نتيجة واحدة عن «\u2068PEP\u2069».');
    expect(countMessage('PEP', 2, 2, 'ar')).toBe('نتيجتان عن «\u2068PEP\u2069».');
    expect(countMessage('PEP', 3, 3, 'ar')).toBe(`${num(3)} نتائج عن «\u2068PEP\u2069».`);
    expect(countMessage('PEP', 11, 11, 'ar')).toBe(`${num(11)} نتيجة عن «\u2068PEP\u2069».`);
    expect(countMessage('PEP', 31, 20, 'ar')).toContain(`تُعرض أول ${num(20)} نتيجة منها`);
    expect(countMessage('zzz', 0, 0, 'ar')).toBe(ar.noResults('zzz'));
  });
});
