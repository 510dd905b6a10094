import { describe, expect, it } from 'vitest';
import { classroomMessages } from '../../../src/i18n/messages/classroom';

const { en, fr, ar } = classroomMessages;

describe('classroom messages', () => {
  it('says in English how to run the round, naming the activity’s own categories', () => {
    expect(en.howToRunSteps(['Sex', 'Gender'])).toBe(
      'Show one statement at a time. Ask the room which it is, “Sex” or “Gender”; count the hands with the + and − buttons, then reveal the answer and its explanation. The tally keeps score for the room.',
    );
    expect(en.howToRunSteps(['Women and girls', 'Men and boys', 'Everyone'])).toContain(
      '“Women and girls”, “Men and boys”, or “Everyone”',
    );
    expect(en.backToSlides(3)).toBe('Back to the slides, slide 3');
    expect(en.keys.startsWith('Keys: → next statement, ← previous')).toBe(true);
  });

  it('speaks French, with guillemets and no-break spaces', () => {
    expect(fr.howToRunSteps(['Sexe', 'Genre'])).toContain(
      'Demandez au groupe ce qu’elle décrit, «\u00a0Sexe\u00a0» ou «\u00a0Genre\u00a0»\u00a0; comptez',
    );
    expect(fr.keys).toBe('Touches\u00a0: → affirmation suivante, ← précédente, R afficher la réponse.');
    expect(fr.backToSlides(3)).toBe('Retour aux diapositives, diapositive 3');
  });

  it('speaks Arabic: Latin labels isolated, and the left arrow goes on to the next statement', () => {
    expect(ar.howToRunSteps(['Sex', 'Gender'])).toContain('«\u2068Sex\u2069» أو «\u2068Gender\u2069»');
    // Right to left, the left arrow is "next" (ClassroomSorting.svelte mirrors the keys).
    expect(ar.keys).toMatch(/^المفاتيح: ← العبارة التالية، → العبارة السابقة، /);
    expect(ar.pageTitle('Sex or Gender?')).toBe('\u2068Sex or Gender?\u2069 – في قاعة التدريب');
  });
});
