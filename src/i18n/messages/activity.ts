import { defineMessages, plural } from '../messages';

/**
 * What every activity shares: the loading line (src/components/activities/Loading.svelte), its
 * citations (SourceLinks.svelte) and the trainers' note above a sorting activity (ActivityBlock.astro).
 */
export const activityMessages = defineMessages('activity', {
  en: {
    loading: 'Getting this activity ready… (it starts when it comes into view)',
    /** Before an activity's citations, however many there are. */
    sources: (_count: number) => 'Source:',
    /** Between two citations. */
    sourceSeparator: ';',
    /** The trainers' note: its label, then the link, then what the classroom view does. */
    trainers: 'Trainers:',
    runWithRoom: 'run this activity with a room',
    runWithRoomHow: '(one statement at a time on the projector, with a vote tally and the timer).',
    /** The two options of a true-or-false question. */
    true: 'True',
    false: 'False',
  },
  fr: {
    loading: 'Préparation de l’activité… (elle démarre lorsqu’elle apparaît à l’écran)',
    sources: (count: number) => plural('fr', count, { one: 'Source\u00a0:', other: 'Sources\u00a0:' }),
    sourceSeparator: '\u00a0; ',
    trainers: 'Formateurs\u00a0:',
    runWithRoom: 'animer cette activité avec un groupe en salle',
    runWithRoomHow: '(une affirmation à la fois au projecteur, avec le décompte des votes et le minuteur).',
    true: 'Vrai',
    false: 'Faux',
  },
  ar: {
    loading: 'جارٍ تجهيز هذا النشاط… (يبدأ عند ظهوره على الشاشة)',
    sources: (count: number) =>
      plural('ar', count, {
        zero: 'المصادر:',
        one: 'المصدر:',
        two: 'المصدران:',
        few: 'المصادر:',
        many: 'المصادر:',
        other: 'المصادر:',
      }),
    sourceSeparator: '؛ ',
    trainers: 'للمدربين:',
    runWithRoom: 'تنفيذ هذا النشاط مع مجموعة في قاعة التدريب',
    runWithRoomHow: '(عبارة واحدة في كل مرة على جهاز العرض، مع فرز الأصوات والمؤقّت).',
    true: 'صحيح',
    false: 'خطأ',
  },
});
