import { defineMessages, formatNumber, plural } from '../messages';

const fr = (n: number) => formatNumber('fr', n);
const ar = (n: number) => formatNumber('ar', n);
/** A course title (often Latin script) inside an Arabic sentence, isolated so it does not reorder it. */
const isolate = (text: string) => `\u2068${text}\u2069`;

/**
 * The final assessment's page (src/components/pages/AssessmentPage.astro): what the learner reads
 * before starting. Its one-sentence attempt rules are `pageMessages.attemptRule`, which the course
 * page states too (through `attemptRules`, src/catalog/assessment-plan.ts). Built pages only.
 */
export const assessmentMessages = /*#__PURE__*/ defineMessages('assessment', {
  en: {
    pageTitle: (course: string) => `Assessment – ${course}`,
    heading: 'Final assessment',
    /** `size` is the questions one attempt draws (formSize), null when the quiz asks its whole bank. */
    howItWorks: (size: number | null) =>
      `Each attempt draws ${size === null ? 'its questions' : plural('en', size, { one: '1 question', other: `${size} questions` })} from the whole course, with questions from every module and, as far as the question bank allows, none you were asked in your previous attempt. You see your score at the end. If you pass, the review shows every question with your answer, the right one and its source. If you do not pass yet, it shows which questions you got wrong, why, and which module to reread, but not the right options, so that your next attempt still tests what you know.`,
    /** Follows the attempt rules. */
    keptOnDevice: 'Each score is kept on this device.',
    limits:
      'Your answers are checked on this device, so the certificate is a record of completion for you and your supervisor; where your organization runs this course through its learning management system (SCORM), the LMS record is the authoritative one.',
  },
  fr: {
    pageTitle: (course: string) => `Évaluation – ${course}`,
    heading: 'Évaluation finale',
    howItWorks: (size: number | null) =>
      `${
        size !== null
          ? `Chaque tentative comporte ${plural('fr', size, { one: `${fr(size)} question tirée`, other: `${fr(size)} questions tirées` })} de l’ensemble du cours`
          : 'Chaque tentative tire ses questions de l’ensemble du cours'
      }, avec des questions de chaque module et, dans la mesure où la banque de questions le permet, aucune de celles qui vous ont été posées lors de votre tentative précédente. Vous voyez votre résultat à la fin. Si vous réussissez, la revue affiche chaque question avec votre réponse, la bonne réponse et sa source. Si vous ne réussissez pas encore, elle indique les questions auxquelles vous avez mal répondu, pourquoi, et quel module relire, mais pas les bonnes réponses, afin que votre prochaine tentative évalue toujours vos connaissances.`,
    keptOnDevice: 'Chaque résultat est conservé sur cet appareil.',
    limits:
      'Vos réponses sont vérifiées sur cet appareil\u00a0: le certificat est donc une attestation de suivi pour vous et votre supérieur hiérarchique. Lorsque votre organisation propose ce cours dans son système de gestion de l’apprentissage (SCORM), c’est l’enregistrement de ce système qui fait foi.',
  },
  ar: {
    pageTitle: (course: string) => `التقييم – ${isolate(course)}`,
    heading: 'التقييم النهائي',
    howItWorks: (size: number | null) =>
      `${
        size !== null
          ? `يُختار لكل محاولة ${plural('ar', size, {
              zero: `${ar(size)} سؤال`,
              one: 'سؤال واحد',
              two: 'سؤالان',
              few: `${ar(size)} أسئلة`,
              many: `${ar(size)} سؤالًا`,
              other: `${ar(size)} سؤال`,
            })} من الدورة كلها`
          : 'تُختار أسئلة كل محاولة من الدورة كلها'
      }، بحيث تشمل أسئلة من كل وحدة، ولا تتضمن، بقدر ما يسمح به بنك الأسئلة، أي سؤال طُرح في المحاولة السابقة. وتظهر النتيجة في النهاية. وفي حال الاجتياز، تعرض المراجعة كل سؤال مع الإجابة المقدَّمة والإجابة الصحيحة ومصدرها. وإذا لم يتم الاجتياز بعد، تبيّن المراجعة الأسئلة التي كانت إجاباتها غير صحيحة، وسبب ذلك، والوحدة التي ينبغي إعادة قراءتها، دون أن تبيّن الخيارات الصحيحة، لكي تظل المحاولة التالية اختبارًا لما تم تعلّمه.`,
    keptOnDevice: 'وتُحفظ كل نتيجة على هذا الجهاز.',
    limits:
      'يجري التحقق من الإجابات على هذا الجهاز، ولذا فإن الشهادة سجل لإتمام الدورة لكم ولرؤسائكم؛ وحيثما تقدّم مؤسستكم هذه الدورة عبر نظام إدارة التعلّم الخاص بها (\u2068SCORM\u2069)، يكون السجل في ذلك النظام هو السجل المعتمد.',
  },
});
