import { defineMessages, formatNumber, plural } from '../messages';

/** A statement or a category (possibly Latin script) inside an Arabic sentence, isolated so it does not reorder it. */
const isolate = (text: string | undefined) => `\u2068${text}\u2069`;
/** A statement or a category quoted in a French sentence. */
const quoteFr = (text: string | undefined) => `«\u00a0${text}\u00a0»`;
/** A statement or a category quoted in an Arabic sentence. */
const quoteAr = (text: string | undefined) => `«${isolate(text)}»`;

const fr = (n: number) => formatNumber('fr', n);
const ar = (n: number) => formatNumber('ar', n);

/** How the room's vote on a revealed statement turned out. */
export type RoomOutcome = 'none' | 'right' | 'other';

// Sentences that stand alone and also open or close an announcement, in each language.
const frSorted = (sorted: number, total: number) =>
  plural('fr', sorted, {
    one: `${fr(sorted)} affirmation classée sur ${fr(total)}`,
    other: `${fr(sorted)} affirmations classées sur ${fr(total)}`,
  });
const arSorted = (sorted: number, total: number) =>
  plural('ar', sorted, {
    zero: `لم تُصنَّف أي عبارة من أصل ${ar(total)}`,
    one: `تم تصنيف عبارة واحدة من أصل ${ar(total)}`,
    two: `تم تصنيف عبارتين من أصل ${ar(total)}`,
    few: `تم تصنيف ${ar(sorted)} عبارات من أصل ${ar(total)}`,
    many: `تم تصنيف ${ar(sorted)} عبارة من أصل ${ar(total)}`,
    other: `تم تصنيف ${ar(sorted)} عبارة من أصل ${ar(total)}`,
  });
const frCorrect = (correct: number, total: number) =>
  plural('fr', correct, {
    one: `${fr(correct)} bonne réponse sur ${fr(total)}`,
    other: `${fr(correct)} bonnes réponses sur ${fr(total)}`,
  });
const arCorrect = (correct: number, total: number) =>
  plural('ar', correct, {
    zero: `لا توجد أي عبارة مصنفة تصنيفًا صحيحًا من أصل ${ar(total)}`,
    one: `عبارة واحدة صحيحة من أصل ${ar(total)}`,
    two: `عبارتان صحيحتان من أصل ${ar(total)}`,
    few: `${ar(correct)} عبارات صحيحة من أصل ${ar(total)}`,
    many: `${ar(correct)} عبارة صحيحة من أصل ${ar(total)}`,
    other: `${ar(correct)} عبارة صحيحة من أصل ${ar(total)}`,
  });
const frAllCorrect = (total: number) =>
  plural('fr', total, {
    one: 'L’affirmation est correctement classée',
    other: `Les ${fr(total)} affirmations sont toutes correctement classées`,
  });
const arAllCorrect = (total: number) =>
  plural('ar', total, {
    zero: 'صُنِّفت جميع العبارات تصنيفًا صحيحًا',
    one: 'صُنِّفت العبارة الوحيدة تصنيفًا صحيحًا',
    two: 'صُنِّفت العبارتان كلتاهما تصنيفًا صحيحًا',
    few: `صُنِّفت جميع العبارات الـ${ar(total)} تصنيفًا صحيحًا`,
    many: `صُنِّفت جميع العبارات الـ${ar(total)} تصنيفًا صحيحًا`,
    other: `صُنِّفت جميع العبارات الـ${ar(total)} تصنيفًا صحيحًا`,
  });
const arMisplaced = (misplaced: number) =>
  plural('ar', misplaced, {
    zero: 'لا توجد أي عبارة في غير موضعها',
    one: 'توجد عبارة واحدة في غير موضعها',
    two: 'توجد عبارتان في غير موضعهما',
    few: `توجد ${ar(misplaced)} عبارات في غير موضعها`,
    many: `توجد ${ar(misplaced)} عبارة في غير موضعها`,
    other: `توجد ${ar(misplaced)} عبارة في غير موضعها`,
  });

/**
 * The sorting activity (src/components/activities/SortingActivity.svelte) and its classroom version
 * for a room voting on each statement (src/components/activities/ClassroomSorting.svelte).
 */
export const sortingMessages = defineMessages('sorting', {
  en: {
    // --- SortingActivity ---
    /** The keys that place the card in one category: "1 or S for Sex". */
    shortcut: (keys: string[], label: string) => `${keys.join(' or ')} for ${label}`,
    /** Every category's keys, as one list. */
    shortcutList: (shortcuts: string[]) => shortcuts.join(', '),
    help: (shortcuts: string) =>
      `Sort each statement: drag it by its handle into a box, or use its buttons. With a keyboard: focus the statement and press ${shortcuts}.`,
    sortedCount: (sorted: number, total: number) => `${sorted} of ${total} sorted`,
    lastToSort: 'Last statement to sort',
    statementToSort: (position: number, left: number) => `Statement ${position} of ${left} to sort`,
    statementToSortAnnounced: (position: number, left: number) => `Statement ${position} of ${left} to sort.`,
    drag: 'Drag',
    skip: 'Skip for now',
    cardHelp: (shortcuts: string) => `Press ${shortcuts}; arrow keys for another statement.`,
    allCorrectHeading: (total: number) => `All ${total} statements sorted correctly`,
    firstCheck: (score: number, maxScore: number) => `At your first check you had ${score} of ${maxScore} right.`,
    correctOf: (correct: number, total: number) => `${correct} of ${total} correct`,
    misplacedHelp: (misplaced: number) =>
      `${misplaced} ${misplaced === 1 ? 'statement is' : 'statements are'} misplaced. Read why below, then try again.`,
    noStatementsYet: 'No statements yet.',
    inBin: (label: string) => `In ${label}`,
    correct: 'Correct.',
    notThisBin: (label: string, rightLabel: string) => `Not ${label}: this belongs in ${rightLabel}.`,
    moveTo: (label: string) => `Move to ${label}`,
    takeBack: 'Take back',
    checkSorting: 'Check my sorting',
    sortEveryToCheck: 'Sort every statement to check.',
    retryMisplaced: 'Try the misplaced ones again',
    sortAgain: 'Sort again',
    placedAnnounced: (text: string | undefined, label: string, sorted: number, total: number, more: boolean) =>
      `“${text}” placed in ${label}. ${sorted} of ${total} sorted.${more ? ' Next statement.' : ' All sorted: check your sorting.'}`,
    takenBackAnnounced: (text: string | undefined) => `“${text}” taken back to the statements to sort.`,
    /** `firstTry` is the score at the first check, or null when the first check was already right. */
    allCorrectAnnounced: (total: number, firstTry: number | null) =>
      `All ${total} statements are sorted correctly.${firstTry === null ? '' : ` First try: ${firstTry} of ${total}.`}`,
    checkedAnnounced: (correct: number, total: number) =>
      `${correct} of ${total} correct. ${total - correct} misplaced: read the feedback, then try them again.`,
    backToSortAnnounced: (left: number) => `${left} statements back to sort.`,
    allBackAnnounced: 'All statements are back to sort.',

    // --- ClassroomSorting ---
    timeUpAnnounced: (minutes: number) => `Time is up: the ${minutes} minutes for this activity are over.`,
    answerAnnounced: (label: string, room: RoomOutcome) =>
      `Answer: ${label}. ${
        room === 'none'
          ? 'The room had no clear majority.'
          : room === 'right'
            ? 'The room got it right.'
            : 'The room chose otherwise.'
      }`,
    statementOf: (position: number, total: number) => `Statement ${position} of ${total}`,
    statementOfAnnounced: (position: number, total: number) => `Statement ${position} of ${total}.`,
    roomTally: (right: number, revealed: number) => `Room: ${right} of ${revealed} right`,
    timer: 'Activity timer',
    timeUp: 'Time is up',
    pauseTimer: 'Pause timer',
    startTimer: 'Start timer',
    resetTimer: 'Reset timer',
    votesFor: (label: string) => `Votes for ${label}`,
    voteLess: (label: string) => `One vote less for ${label}`,
    voteMore: (label: string) => `One vote more for ${label}`,
    voteCount: (votes: number) => `${votes}`,
    answer: (label: string) => `Answer: ${label}`,
    previousStatement: 'Previous statement',
    revealAnswer: 'Reveal the answer',
    nextStatement: 'Next statement',
  },
  fr: {
    shortcut: (keys: string[], label: string) => `${keys.join(' ou ')} pour ${quoteFr(label)}`,
    shortcutList: (shortcuts: string[]) => shortcuts.join(', '),
    help: (shortcuts: string) =>
      `Classez chaque affirmation\u00a0: faites-la glisser par sa poignée dans une case, ou utilisez ses boutons. Au clavier\u00a0: placez le focus sur l’affirmation et appuyez sur ${shortcuts}.`,
    sortedCount: (sorted: number, total: number) => frSorted(sorted, total),
    lastToSort: 'Dernière affirmation à classer',
    statementToSort: (position: number, left: number) => `Affirmation ${fr(position)} sur ${fr(left)} à classer`,
    statementToSortAnnounced: (position: number, left: number) =>
      `Affirmation ${fr(position)} sur ${fr(left)} à classer.`,
    drag: 'Faire glisser',
    skip: 'Passer pour l’instant',
    cardHelp: (shortcuts: string) =>
      `Appuyez sur ${shortcuts}\u00a0; les touches fléchées mènent à une autre affirmation.`,
    allCorrectHeading: (total: number) => frAllCorrect(total),
    firstCheck: (score: number, maxScore: number) =>
      plural('fr', score, {
        one: `À votre première vérification, ${fr(score)} affirmation sur ${fr(maxScore)} était bien classée.`,
        other: `À votre première vérification, ${fr(score)} affirmations sur ${fr(maxScore)} étaient bien classées.`,
      }),
    correctOf: (correct: number, total: number) => frCorrect(correct, total),
    misplacedHelp: (misplaced: number) =>
      plural('fr', misplaced, {
        one: `${fr(misplaced)} affirmation est mal classée. Lisez pourquoi ci-dessous, puis réessayez.`,
        other: `${fr(misplaced)} affirmations sont mal classées. Lisez pourquoi ci-dessous, puis réessayez.`,
      }),
    noStatementsYet: 'Aucune affirmation pour l’instant.',
    inBin: (label: string) => `Dans ${quoteFr(label)}`,
    correct: 'Bonne réponse.',
    notThisBin: (label: string, rightLabel: string) =>
      `Pas ${quoteFr(label)}\u00a0: cette affirmation va dans ${quoteFr(rightLabel)}.`,
    moveTo: (label: string) => `Déplacer vers ${quoteFr(label)}`,
    takeBack: 'Retirer',
    checkSorting: 'Vérifier mon classement',
    sortEveryToCheck: 'Classez toutes les affirmations pour pouvoir vérifier.',
    retryMisplaced: 'Réessayer les affirmations mal classées',
    sortAgain: 'Recommencer le classement',
    placedAnnounced: (text: string | undefined, label: string, sorted: number, total: number, more: boolean) =>
      `L’affirmation ${quoteFr(text)} est placée dans ${quoteFr(label)}. ${frSorted(sorted, total)}.${
        more ? ' Affirmation suivante.' : ' Toutes les affirmations sont classées\u00a0: vérifiez votre classement.'
      }`,
    takenBackAnnounced: (text: string | undefined) =>
      `L’affirmation ${quoteFr(text)} est revenue parmi les affirmations à classer.`,
    allCorrectAnnounced: (total: number, firstTry: number | null) =>
      `${frAllCorrect(total)}.${firstTry === null ? '' : ` Premier essai\u00a0: ${fr(firstTry)} sur ${fr(total)}.`}`,
    checkedAnnounced: (correct: number, total: number) =>
      `${frCorrect(correct, total)}. ${plural('fr', total - correct, {
        one: `${fr(total - correct)} affirmation mal classée\u00a0: lisez l’explication, puis réessayez.`,
        other: `${fr(total - correct)} affirmations mal classées\u00a0: lisez les explications, puis réessayez.`,
      })}`,
    backToSortAnnounced: (left: number) =>
      plural('fr', left, {
        one: `${fr(left)} affirmation à classer de nouveau.`,
        other: `${fr(left)} affirmations à classer de nouveau.`,
      }),
    allBackAnnounced: 'Toutes les affirmations sont de nouveau à classer.',

    timeUpAnnounced: (minutes: number) =>
      plural('fr', minutes, {
        one: `Le temps est écoulé\u00a0: ${fr(minutes)} minute était prévue pour cette activité.`,
        other: `Le temps est écoulé\u00a0: les ${fr(minutes)} minutes prévues pour cette activité sont passées.`,
      }),
    answerAnnounced: (label: string, room: RoomOutcome) =>
      `Réponse\u00a0: ${label}. ${
        room === 'none'
          ? 'Le groupe n’a pas dégagé de majorité claire.'
          : room === 'right'
            ? 'Le groupe a trouvé la bonne réponse.'
            : 'Le groupe a choisi une autre réponse.'
      }`,
    statementOf: (position: number, total: number) => `Affirmation ${fr(position)} sur ${fr(total)}`,
    statementOfAnnounced: (position: number, total: number) => `Affirmation ${fr(position)} sur ${fr(total)}.`,
    roomTally: (right: number, revealed: number) =>
      plural('fr', right, {
        one: `Groupe\u00a0: ${fr(right)} bonne réponse sur ${fr(revealed)}`,
        other: `Groupe\u00a0: ${fr(right)} bonnes réponses sur ${fr(revealed)}`,
      }),
    timer: 'Minuteur de l’activité',
    timeUp: 'Temps écoulé',
    pauseTimer: 'Mettre le minuteur en pause',
    startTimer: 'Démarrer le minuteur',
    resetTimer: 'Remettre le minuteur à zéro',
    votesFor: (label: string) => `Votes pour ${quoteFr(label)}`,
    voteLess: (label: string) => `Une voix de moins pour ${quoteFr(label)}`,
    voteMore: (label: string) => `Une voix de plus pour ${quoteFr(label)}`,
    voteCount: (votes: number) => fr(votes),
    answer: (label: string) => `Réponse\u00a0: ${label}`,
    previousStatement: 'Affirmation précédente',
    revealAnswer: 'Afficher la réponse',
    nextStatement: 'Affirmation suivante',
  },
  ar: {
    shortcut: (keys: string[], label: string) => `${keys.join(' أو ')} للوضع في ${quoteAr(label)}`,
    shortcutList: (shortcuts: string[]) => shortcuts.join('، '),
    help: (shortcuts: string) =>
      `يُرجى تصنيف كل عبارة بسحبها من مقبضها إلى إحدى الخانات، أو باستخدام أزرارها. وباستخدام لوحة المفاتيح: يُرجى وضع التركيز على العبارة ثم الضغط على ${shortcuts}.`,
    sortedCount: (sorted: number, total: number) => arSorted(sorted, total),
    lastToSort: 'آخر عبارة متبقية للتصنيف',
    statementToSort: (position: number, left: number) => `العبارة ${ar(position)} من أصل ${ar(left)} متبقية للتصنيف`,
    statementToSortAnnounced: (position: number, left: number) =>
      `العبارة ${ar(position)} من أصل ${ar(left)} متبقية للتصنيف.`,
    drag: 'السحب',
    skip: 'التخطي مؤقتًا',
    cardHelp: (shortcuts: string) => `يُرجى الضغط على ${shortcuts}؛ وتنقل مفاتيح الأسهم إلى عبارة أخرى.`,
    allCorrectHeading: (total: number) => arAllCorrect(total),
    firstCheck: (score: number, maxScore: number) =>
      plural('ar', score, {
        zero: `في التحقق الأول، لم تكن أي عبارة من أصل ${ar(maxScore)} مصنفة تصنيفًا صحيحًا.`,
        one: `في التحقق الأول، كانت عبارة واحدة من أصل ${ar(maxScore)} مصنفة تصنيفًا صحيحًا.`,
        two: `في التحقق الأول، كانت عبارتان من أصل ${ar(maxScore)} مصنفتين تصنيفًا صحيحًا.`,
        few: `في التحقق الأول، كانت ${ar(score)} عبارات من أصل ${ar(maxScore)} مصنفة تصنيفًا صحيحًا.`,
        many: `في التحقق الأول، كانت ${ar(score)} عبارة من أصل ${ar(maxScore)} مصنفة تصنيفًا صحيحًا.`,
        other: `في التحقق الأول، كانت ${ar(score)} عبارة من أصل ${ar(maxScore)} مصنفة تصنيفًا صحيحًا.`,
      }),
    correctOf: (correct: number, total: number) => arCorrect(correct, total),
    misplacedHelp: (misplaced: number) => `${arMisplaced(misplaced)}. يُرجى قراءة السبب أدناه، ثم إعادة المحاولة.`,
    noStatementsYet: 'لا توجد عبارات بعد.',
    inBin: (label: string) => `في ${quoteAr(label)}`,
    correct: 'صحيح.',
    notThisBin: (label: string, rightLabel: string) =>
      `ليست من فئة ${quoteAr(label)}: مكان هذه العبارة هو ${quoteAr(rightLabel)}.`,
    moveTo: (label: string) => `النقل إلى ${quoteAr(label)}`,
    takeBack: 'الإرجاع',
    checkSorting: 'التحقق من التصنيف',
    sortEveryToCheck: 'يلزم تصنيف جميع العبارات قبل التحقق.',
    retryMisplaced: 'إعادة محاولة العبارات التي في غير موضعها',
    sortAgain: 'إعادة التصنيف',
    placedAnnounced: (text: string | undefined, label: string, sorted: number, total: number, more: boolean) =>
      `وُضعت العبارة ${quoteAr(text)} في ${quoteAr(label)}. ${arSorted(sorted, total)}.${
        more ? ' العبارة التالية.' : ' صُنِّفت جميع العبارات: يُرجى التحقق من التصنيف.'
      }`,
    takenBackAnnounced: (text: string | undefined) => `أُعيدت العبارة ${quoteAr(text)} إلى العبارات المتبقية للتصنيف.`,
    allCorrectAnnounced: (total: number, firstTry: number | null) =>
      `${arAllCorrect(total)}.${firstTry === null ? '' : ` المحاولة الأولى: ${ar(firstTry)} من أصل ${ar(total)}.`}`,
    checkedAnnounced: (correct: number, total: number) =>
      `${arCorrect(correct, total)}. ${arMisplaced(total - correct)}: يُرجى قراءة الملاحظات، ثم إعادة المحاولة.`,
    backToSortAnnounced: (left: number) =>
      plural('ar', left, {
        zero: 'لم تُعَد أي عبارة إلى التصنيف.',
        one: 'أُعيدت عبارة واحدة إلى التصنيف.',
        two: 'أُعيدت عبارتان إلى التصنيف.',
        few: `أُعيدت ${ar(left)} عبارات إلى التصنيف.`,
        many: `أُعيدت ${ar(left)} عبارة إلى التصنيف.`,
        other: `أُعيدت ${ar(left)} عبارة إلى التصنيف.`,
      }),
    allBackAnnounced: 'أُعيدت جميع العبارات إلى التصنيف.',

    timeUpAnnounced: (minutes: number) =>
      plural('ar', minutes, {
        zero: 'انتهى الوقت المخصص لهذا النشاط.',
        one: 'انتهى الوقت: انقضت الدقيقة المخصصة لهذا النشاط.',
        two: 'انتهى الوقت: انقضت الدقيقتان المخصصتان لهذا النشاط.',
        few: `انتهى الوقت: انقضت الدقائق الـ${ar(minutes)} المخصصة لهذا النشاط.`,
        many: `انتهى الوقت: انقضت الدقائق الـ${ar(minutes)} المخصصة لهذا النشاط.`,
        other: `انتهى الوقت: انقضت الدقائق الـ${ar(minutes)} المخصصة لهذا النشاط.`,
      }),
    answerAnnounced: (label: string, room: RoomOutcome) =>
      `الإجابة: ${isolate(label)}. ${
        room === 'none'
          ? 'لم تتوصل المجموعة إلى أغلبية واضحة.'
          : room === 'right'
            ? 'أصابت المجموعة.'
            : 'اختارت المجموعة إجابة أخرى.'
      }`,
    statementOf: (position: number, total: number) => `العبارة ${ar(position)} من أصل ${ar(total)}`,
    statementOfAnnounced: (position: number, total: number) => `العبارة ${ar(position)} من أصل ${ar(total)}.`,
    roomTally: (right: number, revealed: number) =>
      plural('ar', right, {
        zero: `المجموعة: لا إجابات صحيحة من أصل ${ar(revealed)}`,
        one: `المجموعة: إجابة صحيحة واحدة من أصل ${ar(revealed)}`,
        two: `المجموعة: إجابتان صحيحتان من أصل ${ar(revealed)}`,
        few: `المجموعة: ${ar(right)} إجابات صحيحة من أصل ${ar(revealed)}`,
        many: `المجموعة: ${ar(right)} إجابة صحيحة من أصل ${ar(revealed)}`,
        other: `المجموعة: ${ar(right)} إجابة صحيحة من أصل ${ar(revealed)}`,
      }),
    timer: 'مؤقت النشاط',
    timeUp: 'انتهى الوقت',
    pauseTimer: 'إيقاف المؤقت مؤقتًا',
    startTimer: 'تشغيل المؤقت',
    resetTimer: 'إعادة ضبط المؤقت',
    votesFor: (label: string) => `الأصوات لصالح ${quoteAr(label)}`,
    voteLess: (label: string) => `إنقاص صوت واحد من ${quoteAr(label)}`,
    voteMore: (label: string) => `إضافة صوت واحد إلى ${quoteAr(label)}`,
    voteCount: (votes: number) => ar(votes),
    answer: (label: string) => `الإجابة: ${isolate(label)}`,
    previousStatement: 'العبارة السابقة',
    revealAnswer: 'كشف الإجابة',
    nextStatement: 'العبارة التالية',
  },
});
