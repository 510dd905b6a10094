import type { Language } from '../languages';
import { defineMessages, formatNumber } from '../messages';

/** A title or category (often Latin script) inside an Arabic sentence, isolated so it does not reorder it. */
const isolate = (text: string) => `\u2068${text}\u2069`;
/** The categories as a list to choose from ("“Sex” or “Gender”"), each quoted as the language quotes. */
const choices = (lang: Language, labels: string[], quote: (label: string) => string) =>
  new Intl.ListFormat(lang, { type: 'disjunction' }).format(labels.map(quote));

/**
 * The classroom page of a sorting activity (src/components/pages/ClassroomPage.astro): how a trainer
 * runs it with the room. The island's own words are in `sortingMessages`. Built pages only.
 */
export const classroomMessages = /*#__PURE__*/ defineMessages('classroom', {
  en: {
    pageTitle: (activity: string) => `${activity} – classroom`,
    backToSlides: (slide: number) => `Back to the slides, slide ${slide}`,
    howToRun: 'How to run this with the room',
    /** `categories` are the activity's category labels. */
    howToRunSteps: (categories: string[]) =>
      `Show one statement at a time. Ask the room which it is, ${choices('en', categories, (c) => `“${c}”`)}; count the hands with the + and − buttons, then reveal the answer and its explanation. The tally keeps score for the room.`,
    /** The keys of ClassroomSorting.svelte, whose arrows follow the reading direction. */
    keys: 'Keys: → next statement, ← previous, R reveal the answer.',
  },
  fr: {
    pageTitle: (activity: string) => `${activity} – en salle`,
    backToSlides: (slide: number) => `Retour aux diapositives, diapositive ${formatNumber('fr', slide)}`,
    howToRun: 'Comment animer cette activité avec le groupe',
    howToRunSteps: (categories: string[]) =>
      `Montrez une affirmation à la fois. Demandez au groupe ce qu’elle décrit, ${choices('fr', categories, (c) => `«\u00a0${c}\u00a0»`)}\u00a0; comptez les mains levées avec les boutons + et −, puis affichez la réponse et son explication. Le décompte tient le score du groupe.`,
    keys: 'Touches\u00a0: → affirmation suivante, ← précédente, R afficher la réponse.',
  },
  ar: {
    pageTitle: (activity: string) => `${isolate(activity)} – في قاعة التدريب`,
    backToSlides: (slide: number) => `العودة إلى الشرائح، الشريحة ${formatNumber('ar', slide)}`,
    howToRun: 'طريقة تنفيذ هذا النشاط مع المشاركين',
    howToRunSteps: (categories: string[]) =>
      `يُرجى عرض عبارة واحدة في كل مرة، وسؤال المشاركين عمّا تصفه: ${choices('ar', categories, (c) => `«${isolate(c)}»`)}؛ ثم عدّ الأيدي المرفوعة باستخدام الزرين + و−، ثم كشف الإجابة وشرحها. ويحتفظ العدّاد بنتيجة المجموعة.`,
    // Right to left, the left arrow goes on to the next statement (ClassroomSorting.svelte).
    keys: 'المفاتيح: ← العبارة التالية، → العبارة السابقة، \u2068R\u2069 كشف الإجابة.',
  },
});
