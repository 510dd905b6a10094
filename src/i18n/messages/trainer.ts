import { defineMessages, formatNumber, plural } from '../messages';

/** A value (often Latin script) inside an Arabic sentence, isolated so it does not reorder the sentence. */
const isolate = (text: string) => `\u2068${text}\u2069`;
const fr = (n: number) => formatNumber('fr', n);
const ar = (n: number) => formatNumber('ar', n);
const minutesFr = (n: number) => plural('fr', n, { one: `${fr(n)} minute`, other: `${fr(n)} minutes` });
const minutesAr = (n: number) =>
  plural('ar', n, {
    zero: `${ar(n)} دقيقة`,
    one: 'دقيقة واحدة',
    two: 'دقيقتان',
    few: `${ar(n)} دقائق`,
    many: `${ar(n)} دقيقة`,
    other: `${ar(n)} دقيقة`,
  });

/**
 * What the trainer views' scripts write while they run (src/scripts/deck.ts, presenter.ts), and the
 * pages' first text of the same places. Kept apart from `trainerMessages` so the deck's and the
 * presenter's scripts carry only these.
 */
export const trainerLiveMessages = defineMessages('trainer', {
  en: {
    /** Announced when the slide changes. */
    slideStatus: (n: number, total: number, title: string) => `Slide ${n} of ${total}: ${title}`,
    slideOf: (n: number, total: number) => `Slide ${n} of ${total}`,
    counter: (n: number, total: number) => `${n} / ${total}`,
    screenBlanked: 'Screen blanked',
    /** `typed` is the digits typed so far. */
    goToSlide: (typed: string) => `Go to slide ${typed}…`,
    nextSlideIs: (n: number, title: string) => `Next: slide ${n}, ${title}`,
    endOfDeck: 'End of the deck.',
    /** `clock` is a time as the timers show it ("40:00"). */
    timeLeft: (clock: string) => `${clock} left`,
    timeOver: (clock: string) => `${clock} over`,
    timeIsUp: 'Time is up.',
    start: 'Start',
    pause: 'Pause',
    resume: 'Resume',
  },
  fr: {
    slideStatus: (n: number, total: number, title: string) => `Diapositive ${fr(n)} sur ${fr(total)}\u00a0: ${title}`,
    slideOf: (n: number, total: number) => `Diapositive ${fr(n)} sur ${fr(total)}`,
    counter: (n: number, total: number) => `${fr(n)} / ${fr(total)}`,
    screenBlanked: 'Écran mis au noir',
    goToSlide: (typed: string) => `Aller à la diapositive ${typed}…`,
    nextSlideIs: (n: number, title: string) => `Suivante\u00a0: diapositive ${fr(n)}, ${title}`,
    endOfDeck: 'Fin des diapositives.',
    timeLeft: (clock: string) => `il reste ${clock}`,
    timeOver: (clock: string) => `${clock} de dépassement`,
    timeIsUp: 'Le temps est écoulé.',
    start: 'Démarrer',
    pause: 'Pause',
    resume: 'Reprendre',
  },
  ar: {
    slideStatus: (n: number, total: number, title: string) => `الشريحة ${ar(n)} من ${ar(total)}: ${isolate(title)}`,
    slideOf: (n: number, total: number) => `الشريحة ${ar(n)} من ${ar(total)}`,
    counter: (n: number, total: number) => `${ar(n)} / ${ar(total)}`,
    screenBlanked: 'أصبحت الشاشة سوداء',
    goToSlide: (typed: string) => `الانتقال إلى الشريحة ${typed}…`,
    nextSlideIs: (n: number, title: string) => `التالية: الشريحة ${ar(n)}، ${isolate(title)}`,
    endOfDeck: 'نهاية الشرائح.',
    timeLeft: (clock: string) => `المتبقي ${clock}`,
    timeOver: (clock: string) => `تجاوز الوقت بمقدار ${clock}`,
    timeIsUp: 'انتهى الوقت.',
    start: 'بدء',
    pause: 'إيقاف مؤقت',
    resume: 'استئناف',
  },
});

/**
 * The trainer views: the deck, the notes view, the presenter view, the trainer's guide and the
 * handout (src/components/pages/), and the components they share (DeckKeys, DeckSlide, SlideNotes).
 * Built pages only: no script carries these (hence `__PURE__`, so a bundle that does not use them
 * leaves them out).
 */
export const trainerMessages = /*#__PURE__*/ defineMessages('trainer', {
  en: {
    backToCourse: 'Back to the course',
    trainersGuide: 'Trainer’s guide',
    presenterView: 'Presenter view',
    slidesWithNotesToPrint: 'Slides with notes, to print',
    slideControls: 'Slide controls',
    previous: 'Previous',
    next: 'Next',
    help: 'Help',
    keys: 'Keys',
    slideNamed: (n: number, title: string) => `Slide ${n}: ${title}`,

    // The deck.
    slidesPageTitle: (title: string) => `Slides – ${title}`,
    slidesHeading: (title: string) => `Slides: ${title}`,
    slidesIntro: (first: number | undefined, last: number | undefined) =>
      `Slides ${first ?? ''}–${last ?? ''}, in lesson order. With JavaScript on, this page shows one slide at a time, full screen, for a projector.`,
    slidesRegion: 'Slides',
    allSlides: 'All slides',
    slideNumber: (n: number) => `Slide ${n}`,
    thenAnActivity: 'then an activity',
    overview: 'Overview',
    blankScreen: 'Blank screen',
    fullScreen: 'Full screen',
    printAndPrepare: 'Print and prepare',
    printSlides: 'Print the slides, one per page',
    runActivityWithRoom: 'Run the activity with the room',

    // The keys (DeckKeys): the keys, then what they do.
    keysNext: '→ ↓ Space Page Down',
    keysNextAction: 'Next slide',
    keysPrevious: '← ↑ Page Up',
    keysPreviousAction: 'Previous slide',
    keysEnds: 'Home / End',
    keysEndsAction: 'First / last slide',
    keysDigits: 'Digits, then Enter',
    keysDigitsAction: 'Go to that slide (1 0 Enter: slide 10)',
    keysBlankDeckAction: 'Blank or show the screen',
    keysBlankPresenterAction: 'Blank or show the audience screen',
    keysFullScreenAction: 'Full screen on or off',
    keysEscape: 'Esc',
    keysEscapeAction: 'Overview of all slides; Enter opens the one with focus',
    keysPresenterAction: 'Open the presenter view in a second window',
    keysSwipe: 'Swipe left / right',
    keysSwipeAction: 'Next / previous slide on a touch screen',

    // A slide's notes (SlideNotes).
    keyMessagesHeading: (count: number) => plural('en', count, { one: 'Key message', other: 'Key messages' }),
    noTrainerTip: 'No trainer tip follows this slide in the lesson.',
    nextInLesson: (title: string) => `Next in the lesson: the activity “${title}”.`,
    openItInLesson: 'Open it in the lesson',

    // The notes view.
    notesPageTitle: (title: string) => `Slides with notes – ${title}`,
    notesHeading: (title: string) => `Slides with notes: ${title}`,
    notesIntro:
      'Each slide with the trainer tips that follow it in the lesson and its key messages, one slide per printed page.',
    printNotes: 'Print the slides with notes',

    // The presenter view.
    presenterPageTitle: (title: string) => `Presenter view – ${title}`,
    presenterHeading: (title: string) => `Presenter view: ${title}`,
    /** Before the link to the notes view ("the <a>notes view</a> prints them together."). */
    noScript:
      'The presenter view needs JavaScript. Without it, this page lists every slide and then every slide’s notes; the',
    noScriptLink: 'notes view',
    noScriptAfterLink: 'prints them together.',
    currentSlide: 'Current slide',
    nextSlide: 'Next slide',
    notes: 'Notes',
    part: (title: string) => `Part: ${title}`,
    /** Times from the start of the lesson, as clocks ("0:18"). */
    planned: (from: string, to: string) => `(planned ${from}–${to})`,
    timers: 'Timers',
    lessonTime: 'Lesson time',
    /** Follows the lesson's clock: "of 45:00". */
    ofLessonClock: (clock: string) => `of ${clock}`,
    reset: 'Reset',
    activityCountdown: 'Activity countdown',
    minutesLong: (n: number) => `${n} minutes`,
    /** The activity the countdown times, and its minutes. */
    timedActivity: (title: string, minutes: number) => `${title} · ${minutes} minutes`,
    timeIsUpFor: (title: string, minutes: number) => `Time is up: ${title} (${minutes} minutes).`,
    blankAudienceScreen: 'Blank audience screen',
    openAudienceSlides: 'Open the audience slides',
    windowsInStep:
      'This window and the audience slides stay on the same slide: move in either and the other follows (same browser, no network needed).',

    // The handout.
    handoutPageTitle: (title: string) => `Handout – ${title}`,
    handoutHeading: 'Handout – Summary of Key Messages',
    printHandout: 'Print the handout',
    keyMessageLabel: (n: number) => `Key Message ${n}:`,

    // The trainer's guide.
    guidePageTitle: (title: string) => `Trainer’s guide – ${title}`,
    guideHeading: (title: string) => `Trainer’s guide: ${title}`,
    guideLede:
      'How to run the lesson in a classroom: the plan and its timings, what to bring, the activity, and the slides.',
    trainerMode: 'Trainer mode',
    slides: 'Slides',
    /** Each follows its link in the "Trainer mode" list. */
    slidesWhat:
      '– for the projector; Help on the slides lists the keys and prints the deck, one landscape page per slide',
    presenterWhat: '– your screen: current and next slide, notes, key messages, timers',
    slidesWithNotes: 'Slides with notes',
    slidesWithNotesWhat: '– print, one slide per page',
    handoutWhat: '– print one for each participant',
    offlineAdvice:
      'No connection in the training room? Open the slides, the presenter view and the classroom activities once while connected: this device keeps them for the class.',
    lessonMap: 'Lesson map and timings',
    minimumDuration: (minutes: number) => `Minimum lesson duration: ${minutes} minutes.`,
    partsAddUp: (minutes: number) =>
      `The parts below add up to ${minutes} minutes; times are from the start of the lesson.`,
    planCaption: 'Lesson map: parts, slides and planned time',
    columnPart: 'Part',
    columnSlides: 'Slides',
    columnMinutes: 'Minutes',
    columnPlanned: 'Planned',
    total: 'Total',
    optionalIfTime: 'Optional, if time allows:',
    materials: 'Materials',
    /** "<strong>A projector or large screen</strong> for the <a>slides</a>; a second screen for the <a>presenter view</a> if you have one." */
    projector: 'A projector or large screen',
    projectorForThe: 'for the',
    projectorSlides: 'slides',
    secondScreenForThe: '; a second screen for the',
    secondScreenPresenter: 'presenter view',
    ifYouHaveOne: 'if you have one.',
    materialFlipchart: 'Flipchart',
    materialHandout: 'Handout – Summary of Key Messages',
    printItHere: 'print it here',
    /** The trainer tip's sentence that names the material, after the material's name. */
    materialQuote: (quote: string) => ` : “${quote}”`,
    /** Before the link to the section the trainer tip is in. */
    fromTrainerTip: '– trainer tip,',
    activities: 'Activities',
    optionalMark: '(optional)',
    /** After the activity's minutes. */
    plannedAt: (from: string, to: string) => `, planned ${from}–${to}`,
    /** `range` is "3" or "4–6"; `count` the number of slides in it. */
    slideRange: (range: string, _count: number) => `slide ${range}`,
    runWithRoom: (title: string) => `Run “${title}” with the room`,
    openInLesson: (title: string) => `Open “${title}” in the lesson`,
  },
  fr: {
    backToCourse: 'Retour au cours',
    trainersGuide: 'Guide du formateur',
    presenterView: 'Vue présentateur',
    slidesWithNotesToPrint: 'Diapositives avec notes, à imprimer',
    slideControls: 'Commandes des diapositives',
    previous: 'Précédente',
    next: 'Suivante',
    help: 'Aide',
    keys: 'Touches',
    slideNamed: (n: number, title: string) => `Diapositive ${fr(n)}\u00a0: ${title}`,

    slidesPageTitle: (title: string) => `Diapositives – ${title}`,
    slidesHeading: (title: string) => `Diapositives\u00a0: ${title}`,
    slidesIntro: (first: number | undefined, last: number | undefined) =>
      `Diapositives ${first === undefined ? '' : fr(first)}–${last === undefined ? '' : fr(last)}, dans l’ordre de la leçon. Lorsque JavaScript est activé, cette page affiche une diapositive à la fois, en plein écran, pour un projecteur.`,
    slidesRegion: 'Diapositives',
    allSlides: 'Toutes les diapositives',
    slideNumber: (n: number) => `Diapositive ${fr(n)}`,
    thenAnActivity: 'puis une activité',
    overview: 'Vue d’ensemble',
    blankScreen: 'Écran noir',
    fullScreen: 'Plein écran',
    printAndPrepare: 'Imprimer et préparer',
    printSlides: 'Imprimer les diapositives, une par page',
    runActivityWithRoom: 'Mener l’activité avec le groupe',

    keysNext: '→ ↓ Espace Pg suiv',
    keysNextAction: 'Diapositive suivante',
    keysPrevious: '← ↑ Pg préc',
    keysPreviousAction: 'Diapositive précédente',
    keysEnds: 'Début / Fin',
    keysEndsAction: 'Première / dernière diapositive',
    keysDigits: 'Chiffres, puis Entrée',
    keysDigitsAction: 'Aller à cette diapositive (1 0 Entrée\u00a0: diapositive 10)',
    keysBlankDeckAction: 'Mettre l’écran au noir ou le rallumer',
    keysBlankPresenterAction: 'Mettre l’écran du public au noir ou le rallumer',
    keysFullScreenAction: 'Activer ou quitter le plein écran',
    keysEscape: 'Échap',
    keysEscapeAction: 'Vue d’ensemble de toutes les diapositives\u00a0; Entrée ouvre celle qui a le focus',
    keysPresenterAction: 'Ouvrir la vue présentateur dans une seconde fenêtre',
    keysSwipe: 'Balayer vers la gauche / la droite',
    keysSwipeAction: 'Diapositive suivante / précédente sur un écran tactile',

    keyMessagesHeading: (count: number) => plural('fr', count, { one: 'Message clé', other: 'Messages clés' }),
    noTrainerTip: 'Aucun conseil au formateur ne suit cette diapositive dans la leçon.',
    nextInLesson: (title: string) => `Ensuite dans la leçon\u00a0: l’activité «\u00a0${title}\u00a0».`,
    openItInLesson: 'L’ouvrir dans la leçon',

    notesPageTitle: (title: string) => `Diapositives avec notes – ${title}`,
    notesHeading: (title: string) => `Diapositives avec notes\u00a0: ${title}`,
    notesIntro:
      'Chaque diapositive avec les conseils au formateur qui la suivent dans la leçon et ses messages clés, une diapositive par page imprimée.',
    printNotes: 'Imprimer les diapositives avec notes',

    presenterPageTitle: (title: string) => `Vue présentateur – ${title}`,
    presenterHeading: (title: string) => `Vue présentateur\u00a0: ${title}`,
    noScript:
      'La vue présentateur nécessite JavaScript. Sans JavaScript, cette page affiche toutes les diapositives, puis les notes de chaque diapositive\u00a0; la',
    noScriptLink: 'vue des notes',
    noScriptAfterLink: 'les imprime ensemble.',
    currentSlide: 'Diapositive en cours',
    nextSlide: 'Diapositive suivante',
    notes: 'Notes',
    part: (title: string) => `Partie\u00a0: ${title}`,
    planned: (from: string, to: string) => `(horaire prévu\u00a0: ${from}–${to})`,
    timers: 'Minuteurs',
    lessonTime: 'Temps de la leçon',
    ofLessonClock: (clock: string) => `sur ${clock}`,
    reset: 'Remettre à zéro',
    activityCountdown: 'Compte à rebours de l’activité',
    minutesLong: (n: number) => minutesFr(n),
    timedActivity: (title: string, minutes: number) => `${title} · ${minutesFr(minutes)}`,
    timeIsUpFor: (title: string, minutes: number) => `Le temps est écoulé\u00a0: ${title} (${minutesFr(minutes)}).`,
    blankAudienceScreen: 'Écran noir pour le public',
    openAudienceSlides: 'Ouvrir les diapositives du public',
    windowsInStep:
      'Cette fenêtre et les diapositives du public restent sur la même diapositive\u00a0: avancez dans l’une, l’autre suit (même navigateur, sans réseau).',

    handoutPageTitle: (title: string) => `Document à distribuer – ${title}`,
    handoutHeading: 'Document à distribuer – Résumé des messages clés',
    printHandout: 'Imprimer le document à distribuer',
    keyMessageLabel: (n: number) => `Message clé ${fr(n)}\u00a0:`,

    guidePageTitle: (title: string) => `Guide du formateur – ${title}`,
    guideHeading: (title: string) => `Guide du formateur\u00a0: ${title}`,
    guideLede:
      'Comment mener la leçon en salle de formation\u00a0: le plan et ses horaires, le matériel à prévoir, l’activité et les diapositives.',
    trainerMode: 'Mode formateur',
    slides: 'Diapositives',
    slidesWhat:
      '– pour le projecteur\u00a0; l’aide des diapositives indique les touches et imprime les diapositives, une page au format paysage par diapositive',
    presenterWhat: '– votre écran\u00a0: diapositive en cours et suivante, notes, messages clés, minuteurs',
    slidesWithNotes: 'Diapositives avec notes',
    slidesWithNotesWhat: '– à imprimer, une diapositive par page',
    handoutWhat: '– à imprimer pour chaque participant',
    offlineAdvice:
      'Pas de connexion dans la salle de formation\u00a0? Ouvrez une fois les diapositives, la vue présentateur et les activités en salle tant que vous disposez d’une connexion\u00a0: cet appareil les conserve pour la séance.',
    lessonMap: 'Plan de la leçon et horaires',
    minimumDuration: (minutes: number) => `Durée minimale de la leçon\u00a0: ${minutesFr(minutes)}.`,
    partsAddUp: (minutes: number) =>
      `Les parties ci-dessous totalisent ${minutesFr(minutes)}\u00a0; les horaires sont comptés à partir du début de la leçon.`,
    planCaption: 'Plan de la leçon\u00a0: parties, diapositives et horaire prévu',
    columnPart: 'Partie',
    columnSlides: 'Diapositives',
    columnMinutes: 'Minutes',
    columnPlanned: 'Horaire prévu',
    total: 'Total',
    optionalIfTime: 'Facultatif, si le temps le permet\u00a0:',
    materials: 'Matériel',
    projector: 'Un projecteur ou un grand écran',
    projectorForThe: 'pour les',
    projectorSlides: 'diapositives',
    secondScreenForThe: '\u00a0; un second écran pour la',
    secondScreenPresenter: 'vue présentateur',
    ifYouHaveOne: 'si vous en disposez.',
    materialFlipchart: 'Tableau de conférence',
    materialHandout: 'Document à distribuer – Résumé des messages clés',
    printItHere: 'l’imprimer ici',
    materialQuote: (quote: string) => `\u00a0: «\u00a0${quote}\u00a0»`,
    fromTrainerTip: '– conseil au formateur,',
    activities: 'Activités',
    optionalMark: '(facultative)',
    plannedAt: (from: string, to: string) => `(horaire prévu\u00a0: ${from}–${to})`,
    slideRange: (range: string, count: number) =>
      plural('fr', count, { one: `diapositive ${range}`, other: `diapositives ${range}` }),
    runWithRoom: (title: string) => `Mener «\u00a0${title}\u00a0» avec le groupe`,
    openInLesson: (title: string) => `Ouvrir «\u00a0${title}\u00a0» dans la leçon`,
  },
  ar: {
    backToCourse: 'العودة إلى الدورة',
    trainersGuide: 'دليل المدرّب',
    presenterView: 'طريقة عرض مقدّم العرض',
    slidesWithNotesToPrint: 'الشرائح مع الملاحظات، للطباعة',
    slideControls: 'أدوات التحكم في الشرائح',
    previous: 'السابقة',
    next: 'التالية',
    help: 'مساعدة',
    keys: 'المفاتيح',
    slideNamed: (n: number, title: string) => `الشريحة ${ar(n)}: ${isolate(title)}`,

    slidesPageTitle: (title: string) => `الشرائح – ${isolate(title)}`,
    slidesHeading: (title: string) => `الشرائح: ${isolate(title)}`,
    slidesIntro: (first: number | undefined, last: number | undefined) =>
      `الشرائح من ${first === undefined ? '' : ar(first)} إلى ${last === undefined ? '' : ar(last)}، بترتيب الدرس. وعند تفعيل JavaScript، تعرض هذه الصفحة شريحة واحدة في كل مرة بملء الشاشة، لجهاز العرض.`,
    slidesRegion: 'الشرائح',
    allSlides: 'جميع الشرائح',
    slideNumber: (n: number) => `الشريحة ${ar(n)}`,
    thenAnActivity: 'يليها نشاط',
    overview: 'نظرة عامة',
    blankScreen: 'شاشة سوداء',
    fullScreen: 'ملء الشاشة',
    printAndPrepare: 'الطباعة والتحضير',
    printSlides: 'طباعة الشرائح، شريحة واحدة في كل صفحة',
    runActivityWithRoom: 'تنفيذ النشاط مع المشاركين',

    // Right to left, the left arrow goes on to the next slide (src/scripts/deck-controls.ts).
    keysNext: '← ↓ مفتاح المسافة Page Down',
    keysNextAction: 'الشريحة التالية',
    keysPrevious: '→ ↑ Page Up',
    keysPreviousAction: 'الشريحة السابقة',
    keysEnds: 'Home / End',
    keysEndsAction: 'الشريحة الأولى / الأخيرة',
    keysDigits: 'الأرقام ثم Enter',
    keysDigitsAction: 'الانتقال إلى تلك الشريحة (1 0 Enter: الشريحة 10)',
    keysBlankDeckAction: 'إظهار شاشة سوداء أو إعادة العرض',
    keysBlankPresenterAction: 'إظهار شاشة سوداء للجمهور أو إعادة العرض',
    keysFullScreenAction: 'تشغيل ملء الشاشة أو إيقافه',
    keysEscape: 'Esc',
    keysEscapeAction: 'نظرة عامة على جميع الشرائح؛ ويفتح Enter الشريحة المحددة',
    keysPresenterAction: 'فتح طريقة عرض مقدّم العرض في نافذة ثانية',
    keysSwipe: 'السحب إلى اليمين / إلى اليسار',
    keysSwipeAction: 'الشريحة التالية / السابقة على شاشة اللمس',

    keyMessagesHeading: (count: number) =>
      plural('ar', count, {
        zero: 'الرسائل الرئيسية',
        one: 'الرسالة الرئيسية',
        two: 'الرسالتان الرئيسيتان',
        few: 'الرسائل الرئيسية',
        many: 'الرسائل الرئيسية',
        other: 'الرسائل الرئيسية',
      }),
    noTrainerTip: 'لا تلي هذه الشريحةَ أي نصيحة للمدرّب في الدرس.',
    nextInLesson: (title: string) => `التالي في الدرس: نشاط «${isolate(title)}».`,
    openItInLesson: 'فتحه في الدرس',

    notesPageTitle: (title: string) => `الشرائح مع الملاحظات – ${isolate(title)}`,
    notesHeading: (title: string) => `الشرائح مع الملاحظات: ${isolate(title)}`,
    notesIntro: 'كل شريحة مع نصائح المدرّب التي تليها في الدرس ورسائلها الرئيسية، شريحة واحدة في كل صفحة مطبوعة.',
    printNotes: 'طباعة الشرائح مع الملاحظات',

    presenterPageTitle: (title: string) => `طريقة عرض مقدّم العرض – ${isolate(title)}`,
    presenterHeading: (title: string) => `طريقة عرض مقدّم العرض: ${isolate(title)}`,
    noScript:
      'تتطلب طريقة عرض مقدّم العرض تفعيل JavaScript. ومن دونه، تعرض هذه الصفحة جميع الشرائح ثم ملاحظات كل شريحة؛ وتطبعها',
    noScriptLink: 'صفحة الملاحظات',
    noScriptAfterLink: 'معًا.',
    currentSlide: 'الشريحة الحالية',
    nextSlide: 'الشريحة التالية',
    notes: 'الملاحظات',
    part: (title: string) => `الجزء: ${isolate(title)}`,
    planned: (from: string, to: string) => `(الوقت المقرر ${from}–${to})`,
    timers: 'المؤقتات',
    lessonTime: 'وقت الدرس',
    ofLessonClock: (clock: string) => `من ${clock}`,
    reset: 'إعادة الضبط',
    activityCountdown: 'العد التنازلي للنشاط',
    minutesLong: (n: number) => minutesAr(n),
    timedActivity: (title: string, minutes: number) => `${isolate(title)} · ${minutesAr(minutes)}`,
    timeIsUpFor: (title: string, minutes: number) => `انتهى الوقت: ${isolate(title)} (${minutesAr(minutes)}).`,
    blankAudienceScreen: 'شاشة سوداء للجمهور',
    openAudienceSlides: 'فتح شرائح الجمهور',
    windowsInStep:
      'تبقى هذه النافذة وشرائح الجمهور على الشريحة نفسها: عند التنقل في إحداهما تتبعها الأخرى (في المتصفح نفسه، ودون حاجة إلى شبكة).',

    handoutPageTitle: (title: string) => `النشرة – ${isolate(title)}`,
    handoutHeading: 'نشرة – موجز الرسائل الرئيسية',
    printHandout: 'طباعة النشرة',
    keyMessageLabel: (n: number) => `الرسالة الرئيسية ${ar(n)}:`,

    guidePageTitle: (title: string) => `دليل المدرّب – ${isolate(title)}`,
    guideHeading: (title: string) => `دليل المدرّب: ${isolate(title)}`,
    guideLede: 'كيفية تقديم الدرس في قاعة التدريب: الخطة وتوقيتاتها، وما يلزم إحضاره، والنشاط، والشرائح.',
    trainerMode: 'وضع المدرّب',
    slides: 'الشرائح',
    slidesWhat: '– لجهاز العرض؛ ويعرض زر «مساعدة» في صفحة الشرائح المفاتيح ويطبع الشرائح، صفحة أفقية لكل شريحة',
    presenterWhat: '– شاشة المدرّب: الشريحة الحالية والتالية، والملاحظات، والرسائل الرئيسية، والمؤقتات',
    slidesWithNotes: 'الشرائح مع الملاحظات',
    slidesWithNotesWhat: '– للطباعة، شريحة واحدة في كل صفحة',
    handoutWhat: '– تُطبع نسخة لكل مشارك',
    offlineAdvice:
      'لا يتوفر اتصال بالإنترنت في قاعة التدريب؟ يكفي فتح الشرائح وطريقة عرض مقدّم العرض والأنشطة الصفية مرة واحدة أثناء الاتصال، فيحتفظ بها هذا الجهاز للحصة.',
    lessonMap: 'خريطة الدرس وتوقيتاتها',
    minimumDuration: (minutes: number) => `الحد الأدنى لمدة الدرس: ${minutesAr(minutes)}.`,
    partsAddUp: (minutes: number) => `ومجموع الأجزاء أدناه ${minutesAr(minutes)}؛ وتُحسب الأوقات من بداية الدرس.`,
    planCaption: 'خريطة الدرس: الأجزاء والشرائح والوقت المقرر',
    columnPart: 'الجزء',
    columnSlides: 'الشرائح',
    columnMinutes: 'الدقائق',
    columnPlanned: 'الوقت المقرر',
    total: 'المجموع',
    optionalIfTime: 'اختياري، إن سمح الوقت:',
    materials: 'المواد اللازمة',
    projector: 'جهاز عرض أو شاشة كبيرة',
    projectorForThe: 'لعرض',
    projectorSlides: 'الشرائح',
    secondScreenForThe: '؛ وشاشة ثانية من أجل',
    secondScreenPresenter: 'طريقة عرض مقدّم العرض',
    ifYouHaveOne: 'إن توفرت.',
    materialFlipchart: 'لوح ورقي قلّاب',
    materialHandout: 'نشرة – موجز الرسائل الرئيسية',
    printItHere: 'للطباعة من هنا',
    materialQuote: (quote: string) => `: «${isolate(quote)}»`,
    fromTrainerTip: '– نصيحة للمدرّب،',
    activities: 'الأنشطة',
    optionalMark: '(اختياري)',
    plannedAt: (from: string, to: string) => `(الوقت المقرر ${from}–${to})`,
    slideRange: (range: string, count: number) =>
      plural('ar', count, {
        zero: `الشرائح ${range}`,
        one: `الشريحة ${range}`,
        two: `الشريحتان ${range}`,
        few: `الشرائح ${range}`,
        many: `الشرائح ${range}`,
        other: `الشرائح ${range}`,
      }),
    runWithRoom: (title: string) => `تنفيذ «${isolate(title)}» مع المشاركين`,
    openInLesson: (title: string) => `فتح «${isolate(title)}» في الدرس`,
  },
});
