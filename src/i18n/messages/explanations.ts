import { defineMessages, plural } from '../messages';

/** A course title (often Latin script) inside an Arabic sentence, isolated so it does not reorder it. */
const isolate = (text: string) => `\u2068${text}\u2069`;

/**
 * Answers explained (src/components/pages/ExplanationsPage.astro): a course's activities with their
 * right answers, why, and their sources. The activities' own words come from the content, in the
 * page's language where translated. Built pages only.
 */
export const explanationsMessages = /*#__PURE__*/ defineMessages('explanations', {
  en: {
    pageTitle: (course: string) => `Answers explained – ${course}`,
    description: (course: string) =>
      `The right answers to the activities of ${course}, why they are right, and their sources.`,
    heading: 'Answers explained',
    lede: 'The right answers to this course’s activities, why they are right, and where the source documents say so. Try each activity first: the link under its title opens it.',
    /** Ends the lede for a course with a final assessment. */
    assessmentNotListed: 'The final assessment’s questions are not listed here.',
    activitiesOnPage: 'Activities on this page',
    /** Before the link to the section that holds the activity. */
    tryItFirst: 'Try it first:',
    /** Before a question's right options (`count` of them). */
    rightAnswers: (count: number) => plural('en', count, { one: 'Right answer:', other: 'Right answers:' }),
    /** Between two right options. */
    answerSeparator: '; ',
    /** A wrong option is quoted between these two, before why it is wrong: Not “Sex”: … */
    notOptionOpen: 'Not “',
    notOptionClose: '”:',
  },
  fr: {
    pageTitle: (course: string) => `Réponses expliquées – ${course}`,
    description: (course: string) =>
      `Les bonnes réponses aux activités du cours «\u00a0${course}\u00a0», pourquoi elles sont justes, et leurs sources.`,
    heading: 'Réponses expliquées',
    lede: 'Les bonnes réponses aux activités de ce cours, pourquoi elles sont justes, et où les documents sources le disent. Faites d’abord chaque activité\u00a0: le lien sous son titre l’ouvre.',
    assessmentNotListed: 'Les questions de l’évaluation finale ne figurent pas ici.',
    activitiesOnPage: 'Activités de cette page',
    tryItFirst: 'Faites-la d’abord\u00a0:',
    rightAnswers: (count: number) =>
      plural('fr', count, { one: 'Bonne réponse\u00a0:', other: 'Bonnes réponses\u00a0:' }),
    answerSeparator: '\u00a0; ',
    notOptionOpen: 'Pas «\u00a0',
    notOptionClose: '\u00a0»\u00a0:',
  },
  ar: {
    pageTitle: (course: string) => `شرح الإجابات – ${isolate(course)}`,
    description: (course: string) => `الإجابات الصحيحة عن أنشطة دورة «${isolate(course)}»، وتعليلها، ومصادرها.`,
    heading: 'شرح الإجابات',
    lede: 'الإجابات الصحيحة عن أنشطة هذه الدورة، وتعليلها، والمواضع التي تنص عليها فيها الوثائق المرجعية. يُرجى تجربة كل نشاط أولًا: فالرابط الوارد تحت عنوانه يفتحه.',
    assessmentNotListed: 'ولا تُدرج هنا أسئلة التقييم النهائي.',
    activitiesOnPage: 'الأنشطة الواردة في هذه الصفحة',
    tryItFirst: 'يُرجى تجربته أولًا:',
    rightAnswers: (count: number) =>
      plural('ar', count, {
        zero: 'الإجابات الصحيحة:',
        one: 'الإجابة الصحيحة:',
        two: 'الإجابتان الصحيحتان:',
        few: 'الإجابات الصحيحة:',
        many: 'الإجابات الصحيحة:',
        other: 'الإجابات الصحيحة:',
      }),
    answerSeparator: '؛ ',
    notOptionOpen: 'ليست الإجابة «',
    notOptionClose: '»:',
  },
});
