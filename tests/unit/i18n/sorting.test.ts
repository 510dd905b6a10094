import { describe, expect, it } from 'vitest';
import { sortingMessages } from '../../../src/i18n/messages/sorting';

const { en, fr, ar } = sortingMessages;

describe('sorting messages', () => {
  it('keeps the English the activity has always said', () => {
    expect(en.help(en.shortcutList([en.shortcut(['1', 'S'], 'Sex'), en.shortcut(['2'], 'Gender')]))).toBe(
      'Sort each statement: drag it by its handle into a box, or use its buttons. With a keyboard: focus the statement and press 1 or S for Sex, 2 for Gender.',
    );
    expect(en.placedAnnounced('Women give birth', 'Sex', 3, 10, true)).toBe(
      '“Women give birth” placed in Sex. 3 of 10 sorted. Next statement.',
    );
    expect(en.placedAnnounced('Women give birth', 'Sex', 10, 10, false)).toBe(
      '“Women give birth” placed in Sex. 10 of 10 sorted. All sorted: check your sorting.',
    );
    expect(en.allCorrectAnnounced(8, null)).toBe('All 8 statements are sorted correctly.');
    expect(en.allCorrectAnnounced(8, 6)).toBe('All 8 statements are sorted correctly. First try: 6 of 8.');
    expect(en.misplacedHelp(1)).toBe('1 statement is misplaced. Read why below, then try again.');
    expect(en.misplacedHelp(3)).toBe('3 statements are misplaced. Read why below, then try again.');
    expect(en.answerAnnounced('Gender', 'none')).toBe('Answer: Gender. The room had no clear majority.');
    expect(en.timeUpAnnounced(5)).toBe('Time is up: the 5 minutes for this activity are over.');
  });

  it('speaks French, with no-break spaces and guillemets', () => {
    expect(fr.shortcut(['1', 'S'], 'Sexe')).toBe('1 ou S pour «\u00a0Sexe\u00a0»');
    expect(fr.notThisBin('Sexe', 'Genre')).toBe(
      'Pas «\u00a0Sexe\u00a0»\u00a0: cette affirmation va dans «\u00a0Genre\u00a0».',
    );
    expect(fr.checkSorting).toBe('Vérifier mon classement');
    // French counts 0 and 1 in the singular.
    expect(fr.sortedCount(0, 10)).toBe('0 affirmation classée sur 10');
    expect(fr.sortedCount(1, 10)).toBe('1 affirmation classée sur 10');
    expect(fr.sortedCount(2, 10)).toBe('2 affirmations classées sur 10');
    expect(fr.misplacedHelp(2)).toBe('2 affirmations sont mal classées. Lisez pourquoi ci-dessous, puis réessayez.');
  });

  it('speaks Arabic, with all six plural forms and isolated inserted text', () => {
    const forms = [0, 1, 2, 3, 11, 100].map((n) => ar.backToSortAnnounced(n));
    expect(forms[0]).toBe('لم تُعَد أي عبارة إلى التصنيف.');
    expect(forms[1]).toBe('أُعيدت عبارة واحدة إلى التصنيف.');
    expect(forms[2]).toBe('أُعيدت عبارتان إلى التصنيف.');
    expect(forms[3]).toMatch(/^أُعيدت \S+ عبارات إلى التصنيف\.$/);
    expect(forms[4]).toMatch(/^أُعيدت \S+ عبارة إلى التصنيف\.$/);
    expect(forms[5]).toMatch(/^أُعيدت \S+ عبارة إلى التصنيف\.$/);
    expect(new Set(forms).size).toBe(6);
    expect(ar.sortedCount(2, 10)).toContain('عبارتين');
    expect(ar.moveTo('Gender')).toBe('النقل إلى «\u2068Gender\u2069»');
    expect(ar.checkSorting).toBe('التحقق من التصنيف');
  });
});
