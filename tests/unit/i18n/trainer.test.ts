import { describe, expect, it } from 'vitest';
import { trainerLiveMessages, trainerMessages } from '../../../src/i18n/messages/trainer';

const { en, fr, ar } = trainerMessages;
const live = trainerLiveMessages;
const num = (n: number) => new Intl.NumberFormat('ar').format(n);

describe('trainer messages', () => {
  it('keeps the English text as it was', () => {
    expect(live.en.slideStatus(10, 17, 'Legal Framework')).toBe('Slide 10 of 17: Legal Framework');
    expect(live.en.slideOf(4, 17)).toBe('Slide 4 of 17');
    expect(live.en.goToSlide('10')).toBe('Go to slide 10…');
    expect(live.en.nextSlideIs(5, 'Definitions')).toBe('Next: slide 5, Definitions');
    expect(live.en.timeLeft('40:00')).toBe('40:00 left');
    expect(en.timeIsUpFor('Required Learning Activity 2.7.1', 15)).toBe(
      'Time is up: Required Learning Activity 2.7.1 (15 minutes).',
    );
    expect(en.guideHeading('Women, Peace and Security')).toBe('Trainer’s guide: Women, Peace and Security');
    expect(en.minimumDuration(45)).toBe('Minimum lesson duration: 45 minutes.');
    expect(en.keyMessageLabel(2)).toBe('Key Message 2:');
    expect(en.keyMessagesHeading(1)).toBe('Key message');
    expect(en.keyMessagesHeading(2)).toBe('Key messages');
    expect(en.slidesIntro(1, 17)).toBe(
      'Slides 1–17, in lesson order. With JavaScript on, this page shows one slide at a time, full screen, for a projector.',
    );
  });

  it('speaks French, with a no-break space before the colon and 0 and 1 in the singular', () => {
    expect(live.fr.slideStatus(4, 17, 'Définitions')).toBe('Diapositive 4 sur 17\u00a0: Définitions');
    expect(fr.slideNamed(4, 'Définitions')).toBe('Diapositive 4\u00a0: Définitions');
    expect(fr.minutesLong(0)).toBe('0 minute');
    expect(fr.minutesLong(1)).toBe('1 minute');
    expect(fr.minutesLong(15)).toBe('15 minutes');
    expect(fr.timeIsUpFor('Activité 2.7.1', 1)).toBe('Le temps est écoulé\u00a0: Activité 2.7.1 (1 minute).');
    expect(fr.keyMessagesHeading(1)).toBe('Message clé');
    expect(fr.keyMessagesHeading(3)).toBe('Messages clés');
    expect(fr.slideRange('3', 1)).toBe('diapositive 3');
    expect(fr.slideRange('4–6', 3)).toBe('diapositives 4–6');
    expect(fr.runWithRoom('Sexe ou genre\u00a0?')).toBe('Mener «\u00a0Sexe ou genre\u00a0?\u00a0» avec le groupe');
  });

  it('speaks Arabic, in all six plural forms, with Latin values isolated', () => {
    const minutes = [0, 1, 2, 3, 11, 100].map((n) => ar.minutesLong(n));
    expect(minutes).toEqual([
      `${num(0)} دقيقة`,
      'دقيقة واحدة',
      'دقيقتان',
      `${num(3)} دقائق`,
      `${num(11)} دقيقة`,
      `${num(100)} دقيقة`,
    ]);
    expect(ar.minimumDuration(45)).toBe(`الحد الأدنى لمدة الدرس: ${num(45)} دقيقة.`);
    expect(ar.keyMessagesHeading(1)).toBe('الرسالة الرئيسية');
    expect(ar.keyMessagesHeading(2)).toBe('الرسالتان الرئيسيتان');
    expect(ar.keyMessagesHeading(3)).toBe('الرسائل الرئيسية');
    expect(live.ar.slideStatus(2, 17, 'Learning Outcomes')).toBe(
      `الشريحة ${num(2)} من ${num(17)}: \u2068Learning Outcomes\u2069`,
    );
    expect(ar.timeIsUpFor('Required Learning Activity 2.7.1', 15)).toBe(
      `انتهى الوقت: \u2068Required Learning Activity 2.7.1\u2069 (${num(15)} دقيقة).`,
    );
    expect(ar.timeIsUpFor('Activity', 2)).toBe('انتهى الوقت: \u2068Activity\u2069 (دقيقتان).');
    // Right to left, the left arrow goes on to the next slide.
    expect(ar.keysNext.startsWith('←')).toBe(true);
    expect(ar.keysPrevious.startsWith('→')).toBe(true);
  });
});
