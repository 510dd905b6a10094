import { defineMessages, formatNumber, formatPercent, plural } from '../messages';

/** A value (often Latin script) inside an Arabic sentence, isolated so it does not reorder the sentence. */
const isolate = (text: string) => `\u2068${text}\u2069`;
const fr = (n: number) => formatNumber('fr', n);
const ar = (n: number) => formatNumber('ar', n);

/**
 * Quizzes and assessments (src/components/activities/QuizActivity.svelte). Dates come in already
 * written in the page's language.
 */
export const quizMessages = defineMessages('quiz', {
  en: {
    checkingModules: 'Checking which modules you have read…',
    lockedStillToRead: 'The assessment opens once every module is read to its end. Still to read:',
    /** The verdict after a question is checked, shown and announced. */
    correct: 'Correct.',
    notQuite: 'Not quite.',
    finishedAnnouncement: (score: number, maxScore: number, percent: number, passed: boolean) =>
      `${score} of ${maxScore} (${percent} %). ${passed ? 'Passed.' : 'Not passed yet.'}`,
    newAttemptStarted: 'New attempt started.',
    usedAllAttempts: (max: number) => `You have used all ${max} attempts.`,
    nextAttemptFrom: (date: string) => `You can start your next attempt from ${date}.`,
    yourAttempts: (count: number) => `Your attempts (${count})`,
    attemptSummary: (score: number, maxScore: number, percent: number, passed: boolean, date: string) =>
      `${score} of ${maxScore} (${percent} %): ${passed ? 'passed' : 'not passed'}, ${date}`,
    resultsSoFar: 'Your results so far',
    bestResult: (score: number, maxScore: number, percent: number, passed: boolean, date: string) =>
      `Best result: ${score} of ${maxScore} (${percent} %), ${passed ? 'passed' : 'not passed yet'}, on ${date}.`,
    startNewAttempt: 'Start a new attempt',
    questionOf: (n: number, total: number) => `Question ${n} of ${total}`,
    chooseAll: 'Choose all that apply.',
    /** Beside an option once a question is checked. */
    markRight: 'right answer',
    markWrongPick: 'your answer, not right',
    previousQuestion: 'Previous question',
    checkAnswer: 'Check answer',
    nextQuestion: 'Next question',
    finishAndSeeScore: 'Finish and see my score',
    answerEveryQuestion: 'Answer every question to finish.',
    seeScore: 'See my score',
    resultHeading: (passed: boolean, score: number, maxScore: number, percent: number) =>
      `${passed ? 'Passed' : 'Not passed yet'}: ${score} of ${maxScore} (${percent} %)`,
    passMark: (percent: number) => `The pass mark is ${percent} %.`,
    wellDone: 'Well done.',
    reviewAndReread: 'Review which answers were wrong and reread those modules, then try again.',
    reviewAndRetry: 'Review your answers, then try again.',
    attemptOf: (n: number, max: number) => `This was attempt ${n} of ${max}.`,
    reviewMyAnswers: 'Review my answers',
    tryAgain: 'Try again',
    reviewLabel: 'Review of your answers',
    reviewHeading: 'Review',
    reviewWithoutKey:
      'You have not passed yet, so the review shows which questions you got wrong, why, and which module to reread, but not the right options: your next attempt still tests what you know.',
    reviewCorrect: 'Correct.',
    reviewNotCorrect: 'Not correct.',
    youChose: (option: string, feedback: string) => `You chose “${option}”: ${feedback}`,
    /** Before a link to the module to read again. */
    reread: 'Reread:',
    yourAnswer: (options: string[]) => `Your answer: ${options.join('; ') || 'none'}.`,
    rightAnswer: (options: string[]) => `Right answer: ${options.join('; ')}.`,
    closeReview: 'Close review',
  },
  fr: {
    checkingModules: 'Vérification des modules que vous avez lus…',
    lockedStillToRead:
      'L’évaluation est accessible une fois tous les modules lus jusqu’à la fin. Modules qu’il vous reste à lire\u00a0:',
    correct: 'Bonne réponse.',
    notQuite: 'Pas tout à fait.',
    finishedAnnouncement: (score: number, maxScore: number, percent: number, passed: boolean) =>
      `${fr(score)} sur ${fr(maxScore)} (${formatPercent('fr', percent)}). ${passed ? 'Réussi.' : 'Pas encore réussi.'}`,
    newAttemptStarted: 'Nouvelle tentative commencée.',
    usedAllAttempts: (max: number) =>
      plural('fr', max, {
        one: 'Vous avez utilisé votre seule tentative.',
        other: `Vous avez utilisé vos ${fr(max)} tentatives.`,
      }),
    nextAttemptFrom: (date: string) => `Vous pourrez commencer votre prochaine tentative à partir du ${date}.`,
    yourAttempts: (count: number) => `Vos tentatives (${fr(count)})`,
    attemptSummary: (score: number, maxScore: number, percent: number, passed: boolean, date: string) =>
      `${fr(score)} sur ${fr(maxScore)} (${formatPercent('fr', percent)})\u00a0: ${passed ? 'réussie' : 'non réussie'}, ${date}`,
    resultsSoFar: 'Vos résultats à ce jour',
    bestResult: (score: number, maxScore: number, percent: number, passed: boolean, date: string) =>
      `Meilleur résultat\u00a0: ${fr(score)} sur ${fr(maxScore)} (${formatPercent('fr', percent)}), ${passed ? 'réussi' : 'pas encore réussi'}, le ${date}.`,
    startNewAttempt: 'Commencer une nouvelle tentative',
    questionOf: (n: number, total: number) => `Question ${fr(n)} sur ${fr(total)}`,
    chooseAll: 'Cochez toutes les réponses qui conviennent.',
    markRight: 'bonne réponse',
    markWrongPick: 'votre réponse, incorrecte',
    previousQuestion: 'Question précédente',
    checkAnswer: 'Vérifier la réponse',
    nextQuestion: 'Question suivante',
    finishAndSeeScore: 'Terminer et voir mon résultat',
    answerEveryQuestion: 'Répondez à toutes les questions pour terminer.',
    seeScore: 'Voir mon résultat',
    resultHeading: (passed: boolean, score: number, maxScore: number, percent: number) =>
      `${passed ? 'Réussi' : 'Pas encore réussi'}\u00a0: ${fr(score)} sur ${fr(maxScore)} (${formatPercent('fr', percent)})`,
    passMark: (percent: number) => `La note de passage est de ${formatPercent('fr', percent)}.`,
    wellDone: 'Félicitations.',
    reviewAndReread: 'Repérez les réponses incorrectes et relisez les modules correspondants, puis réessayez.',
    reviewAndRetry: 'Revoyez vos réponses, puis réessayez.',
    attemptOf: (n: number, max: number) => `C’était la tentative ${fr(n)} sur ${fr(max)}.`,
    reviewMyAnswers: 'Revoir mes réponses',
    tryAgain: 'Réessayer',
    reviewLabel: 'Revue de vos réponses',
    reviewHeading: 'Revue',
    reviewWithoutKey:
      'Vous n’avez pas encore réussi\u00a0: la revue indique donc les questions auxquelles vous avez mal répondu, pourquoi, et quel module relire, mais pas les bonnes réponses, afin que votre prochaine tentative évalue toujours vos connaissances.',
    reviewCorrect: 'Bonne réponse.',
    reviewNotCorrect: 'Réponse incorrecte.',
    youChose: (option: string, feedback: string) => `Vous avez choisi «\u00a0${option}\u00a0»\u00a0: ${feedback}`,
    reread: 'À relire\u00a0:',
    yourAnswer: (options: string[]) => `Votre réponse\u00a0: ${options.join('\u00a0; ') || 'aucune'}.`,
    rightAnswer: (options: string[]) => `Bonne réponse\u00a0: ${options.join('\u00a0; ')}.`,
    closeReview: 'Fermer la revue',
  },
  ar: {
    checkingModules: 'جارٍ التحقق من الوحدات التي تمت قراءتها…',
    lockedStillToRead: 'يُتاح التقييم بعد قراءة كل وحدة حتى نهايتها. الوحدات التي لم تُقرأ بعد:',
    correct: 'إجابة صحيحة.',
    notQuite: 'الإجابة ليست صحيحة تمامًا.',
    finishedAnnouncement: (score: number, maxScore: number, percent: number, passed: boolean) =>
      `${ar(score)} من ${ar(maxScore)} (${formatPercent('ar', percent)}). ${passed ? 'تم الاجتياز.' : 'لم يتم الاجتياز بعد.'}`,
    newAttemptStarted: 'بدأت محاولة جديدة.',
    usedAllAttempts: (max: number) =>
      plural('ar', max, {
        zero: 'لا توجد أي محاولة متاحة.',
        one: 'تم استخدام المحاولة الوحيدة المتاحة.',
        two: 'تم استخدام المحاولتين المتاحتين كلتيهما.',
        few: `تم استخدام جميع المحاولات المتاحة، وعددها ${ar(max)} محاولات.`,
        many: `تم استخدام جميع المحاولات المتاحة، وعددها ${ar(max)} محاولة.`,
        other: `تم استخدام جميع المحاولات المتاحة، وعددها ${ar(max)} محاولة.`,
      }),
    nextAttemptFrom: (date: string) => `يمكن بدء المحاولة التالية اعتبارًا من ${date}.`,
    yourAttempts: (count: number) => `المحاولات المنجزة (${ar(count)})`,
    attemptSummary: (score: number, maxScore: number, percent: number, passed: boolean, date: string) =>
      `${ar(score)} من ${ar(maxScore)} (${formatPercent('ar', percent)}): ${passed ? 'تم الاجتياز' : 'لم يتم الاجتياز'}، ${date}`,
    resultsSoFar: 'النتائج حتى الآن',
    bestResult: (score: number, maxScore: number, percent: number, passed: boolean, date: string) =>
      `أفضل نتيجة: ${ar(score)} من ${ar(maxScore)} (${formatPercent('ar', percent)})، ${passed ? 'تم الاجتياز' : 'لم يتم الاجتياز بعد'}، بتاريخ ${date}.`,
    startNewAttempt: 'بدء محاولة جديدة',
    questionOf: (n: number, total: number) => `السؤال ${ar(n)} من ${ar(total)}`,
    chooseAll: 'يُرجى اختيار جميع الإجابات التي تنطبق.',
    markRight: 'الإجابة الصحيحة',
    markWrongPick: 'الإجابة المختارة، وهي غير صحيحة',
    previousQuestion: 'السؤال السابق',
    checkAnswer: 'التحقق من الإجابة',
    nextQuestion: 'السؤال التالي',
    finishAndSeeScore: 'الإنهاء وعرض النتيجة',
    answerEveryQuestion: 'يُرجى الإجابة عن جميع الأسئلة للإنهاء.',
    seeScore: 'عرض النتيجة',
    resultHeading: (passed: boolean, score: number, maxScore: number, percent: number) =>
      `${passed ? 'تم الاجتياز' : 'لم يتم الاجتياز بعد'}: ${ar(score)} من ${ar(maxScore)} (${formatPercent('ar', percent)})`,
    passMark: (percent: number) => `درجة النجاح هي ${formatPercent('ar', percent)}.`,
    wellDone: 'أحسنتم.',
    reviewAndReread: 'يُرجى مراجعة الإجابات غير الصحيحة وإعادة قراءة الوحدات المعنية، ثم المحاولة من جديد.',
    reviewAndRetry: 'يُرجى مراجعة الإجابات، ثم المحاولة من جديد.',
    attemptOf: (n: number, max: number) => `كانت هذه المحاولة ${ar(n)} من أصل ${ar(max)}.`,
    reviewMyAnswers: 'مراجعة الإجابات',
    tryAgain: 'المحاولة من جديد',
    reviewLabel: 'مراجعة الإجابات المقدَّمة',
    reviewHeading: 'المراجعة',
    reviewWithoutKey:
      'لم يتم الاجتياز بعد، ولذلك تبيّن المراجعة الأسئلة التي كانت إجاباتها غير صحيحة، وسبب ذلك، والوحدة التي ينبغي إعادة قراءتها، دون أن تبيّن الخيارات الصحيحة: فالمحاولة التالية تظل اختبارًا لما تم تعلّمه.',
    reviewCorrect: 'إجابة صحيحة.',
    reviewNotCorrect: 'إجابة غير صحيحة.',
    youChose: (option: string, feedback: string) => `الإجابة المختارة «${isolate(option)}»: ${isolate(feedback)}`,
    reread: 'الوحدة التي ينبغي إعادة قراءتها:',
    yourAnswer: (options: string[]) => {
      const list = options
        .filter((option) => option !== '')
        .map(isolate)
        .join('؛ ');
      return list ? `الإجابة المقدَّمة: ${list}.` : 'الإجابة المقدَّمة: لا توجد إجابة.';
    },
    rightAnswer: (options: string[]) => `الإجابة الصحيحة: ${options.map(isolate).join('؛ ')}.`,
    closeReview: 'إغلاق المراجعة',
  },
});
