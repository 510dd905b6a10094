import { defineMessages, formatNumber, formatPercent, plural } from '../messages';

/** The edition of the CPTM lessons (their course.yaml), whose English text a translation defers to by name. */
const CPTM_EDITION = 'UN CPTM 2025';

/** The layout, the course catalogue, course and section pages, and the glossary. */
const en = {
  /** The course's frame in a SCORM package's launch page, for screen readers. */
  lmsFrameTitle: (title: string) => `${title} – course`,
  siteDescription: 'Gender training for UN peacekeepers, trainers and security personnel.',
  skipToContent: 'Skip to content',
  siteNav: 'Site',
  navCourses: 'Courses',
  navGlossary: 'Glossary',
  navLibrary: 'Library',
  navCertificates: 'My certificates',
  navMyData: 'My data',
  search: 'Search',
  searchGo: 'Go',
  trainerNotes: 'Trainer notes',
  footer:
    'Gender Lens teaches from public UN documents; each page cites the lines it reproduces. Works offline once visited.',
  languageNav: 'Language',
  /** Said after a link to a page that exists only in English. */
  inEnglish: '(in English)',
  breadcrumb: 'Breadcrumb',
  sources: 'Sources',
  homeTitle: 'Courses',
  homeLede:
    'Gender training for UN peacekeepers, trainers and security personnel – on a phone, offline, in a classroom.',
  courses: 'Courses',
  courseMeta: (sections: number, minutes: number, edition: string) =>
    `${sections} sections · at least ${minutes} minutes · ${edition}`,
  sectionOf: (code: string, n: number, total: number) => `${code} · Section ${n} of ${total}`,
  minutes: (n: number) => `${n} min`,
  optional: 'optional',
  objectivesHeading: 'In this section you will',
  sectionEnd: (n: number, title: string) => `End of section ${n}: ${title}.`,
  pager: 'Previous and next section',
  previous: 'Previous',
  next: 'Next',
  finished: 'Finished',
  backToCourse: 'Back to the course',
  aim: 'Aim',
  outcomes: 'Learning outcomes',
  learnersWillBeAbleTo: 'Learners will be able to:',
  glossaryTitle: 'Glossary',
  glossaryDescription: 'Gender terms as the UN source documents define them, with their sources.',
  glossaryLede:
    'Each term as the source documents define it, quoted with its source. Where two documents define a term differently, both definitions are shown.',
  glossaryTerms: 'Glossary terms',
  definedDifferently: 'The sources word this definition differently.',
  seeAlso: 'See also:',
  courseFor: 'For',
  courseTime: 'Time',
  atLeastMinutes: (n: number) => `At least ${n} minutes`,
  courseSections: 'Sections',
  sectionCount: (n: number, optional: number) => (optional > 0 ? `${n}, ${optional} of them optional` : `${n}`),
  start: (title: string) => `Start: ${title}`,
  toComplete: 'To complete the course',
  readEverySection: (hasOptional: boolean) =>
    `Read every section${hasOptional ? ' that is not optional' : ''} to its end.`,
  readTheseSections: (titles: string) => `Read these sections to their end: ${titles}.`,
  passQuiz: (title: string, percent: number) => `Pass “${title}” (pass mark ${percent} %)`,
  finishSorting: (title: string) => `Finish “${title}” (every statement sorted)`,
  inSection: 'in',
  passAssessmentBefore: 'Pass the',
  /** Follows the assessment's name, which links to it. */
  assessmentTerms: (questions: number | null, percent: number) =>
    `: ${questions ? `${questions} questions, drawn afresh for each attempt; ` : ''}pass mark ${percent} %.`,
  assessmentOpens: 'It opens once every required section is read to its end.',
  attemptRule: (max: number | null, waitMinutes: number | null) => {
    const count = max === null ? 'Attempts are unlimited' : `You have at most ${max} attempt${max === 1 ? '' : 's'}`;
    if (waitMinutes === null) return `${count}.`;
    const wait =
      waitMinutes % 1440 === 0
        ? `${waitMinutes / 1440} day${waitMinutes === 1440 ? '' : 's'}`
        : waitMinutes % 60 === 0
          ? `${waitMinutes / 60} hour${waitMinutes === 60 ? '' : 's'}`
          : `${waitMinutes} minutes`;
    return `${count}, and you wait ${wait} after finishing one before starting the next.`;
  },
  thenCertificate: 'Then issue your certificate on',
  certificateReads: 'It reads:',
  yourName: 'your name',
  answersExplained: 'Answers explained',
  answersExplainedWhat: ': the activities’ right answers and why',
  handout: 'Handout – Summary of Key Messages',
  forTrainers: 'For trainers',
  slides: 'Slides',
  presenterView: 'Presenter view',
  trainersGuide: 'Trainer’s guide',
  aboutCourse: 'About this course and its sources',
  courseVersion: (code: string, edition: string, version: string) =>
    `${code}, ${edition}; content version ${version}. Every page cites the lines of the source documents it reproduces.`,
  courseDescriptionSources: 'Where this course description comes from',
  keyMessage: (n: number) => `Key Message ${n}`,
  keyMessageNote: (n: number) => `Key message ${n}`,
  trainerTip: 'Trainer tip',
  editorsNote: 'Editor’s note',
  editorsNoteName: "Editor's note",
  example: (title: string) => `Example – ${title}`,
  slide: (n: number) => `Slide ${n}`,
  slideNamed: (n: number, title: string) => `Slide ${n}: ${title}`,
  slideEmpty: 'The source gives this slide a title but no content.',
  /** Offered once, on a first visit, in the language the browser prefers (written in that language). */
  languageOffer: 'This page is also in English.',
  languageOfferRead: 'Read it in English',
  languageOfferNo: 'No, thanks',
  /** A page's content shown in English because it is not translated yet. */
  notTranslated: 'This part is not translated yet: it is shown in English.',
  /** A translated page whose English has changed since it was translated. */
  outdatedTranslation:
    'The English of this page has changed since it was translated: the translation may no longer follow it exactly.',
  /**
   * Marks a translated page once; `edition` is the course's (a CPTM lesson names the CPTM 2025, whose
   * English text is authoritative), or null for pages of every course (the glossary).
   */
  unofficialTranslation: (edition: string | null): string =>
    edition === CPTM_EDITION
      ? 'Unofficial translation made for Gender Lens; the English text of the CPTM 2025 is the reference.'
      : 'Unofficial translation made for Gender Lens; the English text is the reference.',
  showEnglish: 'Read the English text',
  /** Under each part and slide of a translated section: its English original. */
  englishOriginalPart: 'This part in English',
  englishOriginalSlide: (n: number) => `Slide ${formatNumber('en', n)} in English`,
};

export const pageMessages = defineMessages('pages', {
  en,
  fr: {
    lmsFrameTitle: (title: string) => `${title} – cours`,
    siteDescription:
      'Formation aux questions de genre pour les Casques bleus, les formateurs et le personnel de sécurité de l’ONU.',
    skipToContent: 'Aller au contenu',
    siteNav: 'Site',
    navCourses: 'Cours',
    navGlossary: 'Glossaire',
    navLibrary: 'Bibliothèque',
    navCertificates: 'Mes certificats',
    navMyData: 'Mes données',
    search: 'Rechercher',
    searchGo: 'OK',
    trainerNotes: 'Notes du formateur',
    footer:
      'Gender Lens enseigne à partir de documents publics de l’ONU ; chaque page cite les lignes qu’elle reproduit. Fonctionne hors ligne après une première visite.',
    languageNav: 'Langue',
    inEnglish: '(en anglais)',
    breadcrumb: 'Fil d’Ariane',
    sources: 'Sources',
    homeTitle: 'Cours',
    homeLede:
      'Formation aux questions de genre pour les Casques bleus, les formateurs et le personnel de sécurité de l’ONU – sur un téléphone, hors ligne, en salle de formation.',
    courses: 'Cours',
    courseMeta: (sections: number, minutes: number, edition: string) =>
      `${plural('fr', sections, { one: `${formatNumber('fr', sections)} section`, other: `${formatNumber('fr', sections)} sections` })} · au moins ${formatNumber('fr', minutes)} minutes · ${edition}`,
    sectionOf: (code: string, n: number, total: number) =>
      `${code} · Section ${formatNumber('fr', n)} sur ${formatNumber('fr', total)}`,
    minutes: (n: number) => `${formatNumber('fr', n)} min`,
    optional: 'facultative',
    objectivesHeading: 'Dans cette section, vous allez',
    sectionEnd: (n: number, title: string) => `Fin de la section ${formatNumber('fr', n)} : ${title}.`,
    pager: 'Section précédente et suivante',
    previous: 'Précédente',
    next: 'Suivante',
    finished: 'Terminé',
    backToCourse: 'Retour au cours',
    aim: 'Objectif',
    outcomes: 'Résultats d’apprentissage',
    learnersWillBeAbleTo: 'Les apprenants seront capables de :',
    glossaryTitle: 'Glossaire',
    glossaryDescription:
      'Les termes relatifs au genre tels que les documents sources de l’ONU les définissent, avec leurs sources.',
    glossaryLede:
      'Chaque terme tel que les documents sources le définissent, cité avec sa source. Lorsque deux documents définissent un terme différemment, les deux définitions sont données.',
    glossaryTerms: 'Termes du glossaire',
    definedDifferently: 'Les sources formulent cette définition différemment.',
    seeAlso: 'Voir aussi :',
    courseFor: 'Public',
    courseTime: 'Durée',
    atLeastMinutes: (n: number) => `Au moins ${formatNumber('fr', n)} minutes`,
    courseSections: 'Sections',
    sectionCount: (n: number, optional: number) =>
      optional > 0
        ? `${formatNumber('fr', n)}, dont ${plural('fr', optional, { one: `${formatNumber('fr', optional)} facultative`, other: `${formatNumber('fr', optional)} facultatives` })}`
        : formatNumber('fr', n),
    start: (title: string) => `Commencer : ${title}`,
    toComplete: 'Pour terminer le cours',
    readEverySection: (hasOptional: boolean) =>
      `Lisez jusqu’au bout chaque section${hasOptional ? ' qui n’est pas facultative' : ''}.`,
    readTheseSections: (titles: string) => `Lisez jusqu’au bout ces sections : ${titles}.`,
    passQuiz: (title: string, percent: number) =>
      `Réussissez « ${title} » (note de passage ${formatPercent('fr', percent)})`,
    finishSorting: (title: string) => `Terminez « ${title} » (toutes les affirmations classées)`,
    inSection: 'dans',
    passAssessmentBefore: 'Réussissez l’évaluation',
    assessmentTerms: (questions: number | null, percent: number) =>
      ` : ${questions ? `${formatNumber('fr', questions)} questions, tirées à nouveau à chaque tentative ; ` : ''}note de passage ${formatPercent('fr', percent)}.`,
    assessmentOpens: 'Elle s’ouvre une fois chaque section requise lue jusqu’au bout.',
    attemptRule: (max: number | null, waitMinutes: number | null) => {
      const count =
        max === null
          ? 'Le nombre de tentatives est illimité'
          : plural('fr', max, {
              one: `Vous avez droit à ${formatNumber('fr', max)} tentative au plus`,
              other: `Vous avez droit à ${formatNumber('fr', max)} tentatives au plus`,
            });
      if (waitMinutes === null) return `${count}.`;
      const unit = (n: number, one: string, other: string) =>
        `${formatNumber('fr', n)} ${plural('fr', n, { one, other })}`;
      const wait =
        waitMinutes % 1440 === 0
          ? unit(waitMinutes / 1440, 'jour', 'jours')
          : waitMinutes % 60 === 0
            ? unit(waitMinutes / 60, 'heure', 'heures')
            : unit(waitMinutes, 'minute', 'minutes');
      return `${count}, et vous attendez ${wait} après en avoir terminé une avant de commencer la suivante.`;
    },
    thenCertificate: 'Obtenez ensuite votre certificat sur la page',
    certificateReads: 'Il indique :',
    yourName: 'votre nom',
    answersExplained: 'Réponses expliquées',
    answersExplainedWhat: ' : les bonnes réponses des activités, et pourquoi',
    handout: 'Document à distribuer – Résumé des messages clés',
    forTrainers: 'Pour les formateurs',
    slides: 'Diapositives',
    presenterView: 'Vue présentateur',
    trainersGuide: 'Guide du formateur',
    aboutCourse: 'À propos de ce cours et de ses sources',
    courseVersion: (code: string, edition: string, version: string) =>
      `${code}, ${edition} ; version du contenu ${version}. Chaque page cite les lignes des documents sources qu’elle reproduit.`,
    courseDescriptionSources: 'D’où vient cette description du cours',
    keyMessage: (n: number) => `Message clé ${formatNumber('fr', n)}`,
    keyMessageNote: (n: number) => `Message clé ${formatNumber('fr', n)}`,
    trainerTip: 'Conseil au formateur',
    editorsNote: 'Note de la rédaction',
    editorsNoteName: 'Note de la rédaction',
    example: (title: string) => `Exemple – ${title}`,
    slide: (n: number) => `Diapositive ${formatNumber('fr', n)}`,
    slideNamed: (n: number, title: string) => `Diapositive ${formatNumber('fr', n)} : ${title}`,
    slideEmpty: 'La source donne un titre à cette diapositive, mais aucun contenu.',
    languageOffer: 'Cette page existe aussi en français.',
    languageOfferRead: 'La lire en français',
    languageOfferNo: 'Non merci',
    notTranslated: 'Cette partie n’est pas encore traduite : elle est affichée en anglais.',
    outdatedTranslation:
      'Le texte anglais de cette page a changé depuis sa traduction : la traduction peut ne plus le suivre exactement.',
    unofficialTranslation: (edition: string | null) =>
      edition === CPTM_EDITION
        ? 'Traduction non officielle réalisée pour Gender Lens ; le texte anglais du CPTM 2025 fait foi.'
        : 'Traduction non officielle réalisée pour Gender Lens ; le texte anglais fait foi.',
    showEnglish: 'Lire le texte anglais',
    englishOriginalPart: 'Cette partie en anglais',
    englishOriginalSlide: (n: number) => `Diapositive ${formatNumber('fr', n)} en anglais`,
  },
  ar: {
    languageOffer: 'هذه الصفحة متاحة أيضًا باللغة العربية.',
    languageOfferRead: 'قراءتها بالعربية',
    languageOfferNo: 'لا، شكرًا',
    keyMessage: (n: number) => `الرسالة الرئيسية ${formatNumber('ar', n)}`,
    keyMessageNote: (n: number) => `الرسالة الرئيسية ${formatNumber('ar', n)}`,
    trainerTip: 'نصيحة للمدرّب',
    editorsNote: 'ملاحظة المحرّر',
    editorsNoteName: 'ملاحظة المحرّر',
    example: (title: string) => `مثال – \u2068${title}\u2069`,
    slide: (n: number) => `الشريحة ${formatNumber('ar', n)}`,
    slideNamed: (n: number, title: string) => `الشريحة ${formatNumber('ar', n)}: \u2068${title}\u2069`,
    slideEmpty: 'يعطي المصدر هذه الشريحة عنوانًا ولكن من دون محتوى.',
    lmsFrameTitle: (title: string) => `\u2068${title}\u2069 – الدورة`,
    siteDescription: 'التدريب على المسائل الجنسانية لحفظة السلام والمدرّبين وأفراد الأمن في الأمم المتحدة.',
    skipToContent: 'الانتقال إلى المحتوى',
    siteNav: 'الموقع',
    navCourses: 'الدورات',
    navGlossary: 'المسرد',
    navLibrary: 'المكتبة',
    navCertificates: 'شهاداتي',
    navMyData: 'بياناتي',
    search: 'بحث',
    searchGo: 'انتقال',
    trainerNotes: 'ملاحظات المدرّب',
    footer:
      'يستند Gender Lens في التدريب إلى وثائق الأمم المتحدة المتاحة للعموم؛ وتذكر كل صفحة الأسطر التي تنقلها منها. ويعمل الموقع دون اتصال بالإنترنت بعد زيارته أول مرة.',
    languageNav: 'اللغة',
    inEnglish: '(بالإنكليزية)',
    breadcrumb: 'مسار التنقل',
    sources: 'المصادر',
    homeTitle: 'الدورات',
    homeLede:
      'التدريب على المسائل الجنسانية لحفظة السلام والمدرّبين وأفراد الأمن في الأمم المتحدة – على الهاتف، ودون اتصال بالإنترنت، وفي قاعة التدريب.',
    courses: 'الدورات',
    courseMeta: (sections: number, minutes: number, edition: string) =>
      `${plural('ar', sections, {
        zero: 'بلا أقسام',
        one: 'قسم واحد',
        two: 'قسمان',
        few: `${formatNumber('ar', sections)} أقسام`,
        many: `${formatNumber('ar', sections)} قسمًا`,
        other: `${formatNumber('ar', sections)} قسم`,
      })} · ${plural('ar', minutes, {
        zero: `${formatNumber('ar', minutes)} دقيقة على الأقل`,
        one: 'دقيقة واحدة على الأقل',
        two: 'دقيقتان على الأقل',
        few: `${formatNumber('ar', minutes)} دقائق على الأقل`,
        many: `${formatNumber('ar', minutes)} دقيقة على الأقل`,
        other: `${formatNumber('ar', minutes)} دقيقة على الأقل`,
      })} · \u2068${edition}\u2069`,
    sectionOf: (code: string, n: number, total: number) =>
      `\u2068${code}\u2069 · القسم ${formatNumber('ar', n)} من ${formatNumber('ar', total)}`,
    minutes: (n: number) =>
      plural('ar', n, {
        zero: `${formatNumber('ar', n)} دقيقة`,
        one: 'دقيقة واحدة',
        two: 'دقيقتان',
        few: `${formatNumber('ar', n)} دقائق`,
        many: `${formatNumber('ar', n)} دقيقة`,
        other: `${formatNumber('ar', n)} دقيقة`,
      }),
    optional: 'اختياري',
    objectivesHeading: 'أهداف هذا القسم',
    sectionEnd: (n: number, title: string) => `نهاية القسم ${formatNumber('ar', n)}: \u2068${title}\u2069.`,
    pager: 'القسم السابق والقسم التالي',
    previous: 'السابق',
    next: 'التالي',
    finished: 'تم الانتهاء',
    backToCourse: 'العودة إلى الدورة',
    aim: 'الهدف',
    outcomes: 'نواتج التعلّم',
    learnersWillBeAbleTo: 'سيكون بمقدور المتعلمين ما يلي:',
    glossaryTitle: 'المسرد',
    glossaryDescription: 'المصطلحات الجنسانية كما تعرّفها الوثائق المرجعية للأمم المتحدة، مع مصادرها.',
    glossaryLede:
      'كل مصطلح كما تعرّفه الوثائق المرجعية، مقتبسًا مع مصدره. وحيثما تعرّف وثيقتان مصطلحًا ما تعريفين مختلفين، يُعرض التعريفان كلاهما.',
    glossaryTerms: 'مصطلحات المسرد',
    definedDifferently: 'تصوغ المصادر هذا التعريف بعبارات مختلفة.',
    seeAlso: 'انظر أيضًا:',
    courseFor: 'الفئة المستهدفة',
    courseTime: 'المدة',
    atLeastMinutes: (n: number) =>
      plural('ar', n, {
        zero: `${formatNumber('ar', n)} دقيقة على الأقل`,
        one: 'دقيقة واحدة على الأقل',
        two: 'دقيقتان على الأقل',
        few: `${formatNumber('ar', n)} دقائق على الأقل`,
        many: `${formatNumber('ar', n)} دقيقة على الأقل`,
        other: `${formatNumber('ar', n)} دقيقة على الأقل`,
      }),
    courseSections: 'الأقسام',
    sectionCount: (n: number, optional: number) =>
      optional > 0
        ? plural('ar', optional, {
            zero: `${formatNumber('ar', n)}، ليس بينها قسم اختياري`,
            one: `${formatNumber('ar', n)}، منها قسم واحد اختياري`,
            two: `${formatNumber('ar', n)}، منها قسمان اختياريان`,
            few: `${formatNumber('ar', n)}، منها ${formatNumber('ar', optional)} أقسام اختيارية`,
            many: `${formatNumber('ar', n)}، منها ${formatNumber('ar', optional)} قسمًا اختياريًا`,
            other: `${formatNumber('ar', n)}، منها ${formatNumber('ar', optional)} قسم اختياري`,
          })
        : formatNumber('ar', n),
    start: (title: string) => `البدء: \u2068${title}\u2069`,
    toComplete: 'لإكمال الدورة',
    readEverySection: (hasOptional: boolean) =>
      hasOptional ? 'قراءة كل قسم غير اختياري حتى نهايته.' : 'قراءة كل قسم حتى نهايته.',
    readTheseSections: (titles: string) => `قراءة الأقسام التالية حتى نهايتها: \u2068${titles}\u2069.`,
    passQuiz: (title: string, percent: number) =>
      `اجتياز «\u2068${title}\u2069» (درجة النجاح ${formatPercent('ar', percent)})`,
    finishSorting: (title: string) => `إكمال «\u2068${title}\u2069» (بتصنيف جميع العبارات)`,
    inSection: 'في قسم',
    passAssessmentBefore: 'اجتياز',
    assessmentTerms: (questions: number | null, percent: number) =>
      questions
        ? plural('ar', questions, {
            zero: `: درجة النجاح ${formatPercent('ar', percent)}.`,
            one: `: سؤال واحد يُختار من جديد في كل محاولة؛ ودرجة النجاح ${formatPercent('ar', percent)}.`,
            two: `: سؤالان يُختاران من جديد في كل محاولة؛ ودرجة النجاح ${formatPercent('ar', percent)}.`,
            few: `: ${formatNumber('ar', questions)} أسئلة تُختار من جديد في كل محاولة؛ ودرجة النجاح ${formatPercent('ar', percent)}.`,
            many: `: ${formatNumber('ar', questions)} سؤالًا تُختار من جديد في كل محاولة؛ ودرجة النجاح ${formatPercent('ar', percent)}.`,
            other: `: ${formatNumber('ar', questions)} سؤال تُختار من جديد في كل محاولة؛ ودرجة النجاح ${formatPercent('ar', percent)}.`,
          })
        : `: درجة النجاح ${formatPercent('ar', percent)}.`,
    assessmentOpens: 'ويُتاح التقييم بعد قراءة كل قسم مطلوب حتى نهايته.',
    attemptRule: (max: number | null, waitMinutes: number | null) => {
      const count =
        max === null
          ? 'عدد المحاولات غير محدود'
          : plural('ar', max, {
              zero: 'لا يُسمح بأي محاولة',
              one: 'يُسمح بمحاولة واحدة فقط',
              two: 'يُسمح بمحاولتين على الأكثر',
              few: `يُسمح بما لا يزيد على ${formatNumber('ar', max)} محاولات`,
              many: `يُسمح بما لا يزيد على ${formatNumber('ar', max)} محاولة`,
              other: `يُسمح بما لا يزيد على ${formatNumber('ar', max)} محاولة`,
            });
      if (waitMinutes === null) return `${count}.`;
      /** The wait after «مدة», in the genitive: يوم واحد، يومين، ٣ أيام، ١١ يومًا، ١٠٠ يوم. */
      const unit = (n: number, one: string, two: string, few: string, many: string, other: string) =>
        plural('ar', n, {
          zero: `${formatNumber('ar', n)} ${other}`,
          one,
          two,
          few: `${formatNumber('ar', n)} ${few}`,
          many: `${formatNumber('ar', n)} ${many}`,
          other: `${formatNumber('ar', n)} ${other}`,
        });
      const wait =
        waitMinutes % 1440 === 0
          ? unit(waitMinutes / 1440, 'يوم واحد', 'يومين', 'أيام', 'يومًا', 'يوم')
          : waitMinutes % 60 === 0
            ? unit(waitMinutes / 60, 'ساعة واحدة', 'ساعتين', 'ساعات', 'ساعة', 'ساعة')
            : unit(waitMinutes, 'دقيقة واحدة', 'دقيقتين', 'دقائق', 'دقيقة', 'دقيقة');
      return `${count}، ويلزم الانتظار مدة ${wait} بعد إنهاء أي محاولة قبل بدء المحاولة التالية.`;
    },
    thenCertificate: 'ثم يمكن إصدار الشهادة من صفحة',
    certificateReads: 'ونصّها:',
    yourName: 'اسمك',
    answersExplained: 'شرح الإجابات',
    answersExplainedWhat: ': الإجابات الصحيحة في الأنشطة وتعليلها',
    handout: 'نشرة – موجز الرسائل الرئيسية',
    forTrainers: 'للمدرّبين',
    slides: 'الشرائح',
    presenterView: 'طريقة عرض مقدّم العرض',
    trainersGuide: 'دليل المدرّب',
    aboutCourse: 'عن هذه الدورة ومصادرها',
    courseVersion: (code: string, edition: string, version: string) =>
      `\u2068${code}\u2069، \u2068${edition}\u2069؛ إصدار المحتوى \u2068${version}\u2069. وتذكر كل صفحة الأسطر التي تنقلها من الوثائق المرجعية.`,
    courseDescriptionSources: 'مصدر وصف هذه الدورة',
    notTranslated: 'لم يُترجم هذا الجزء بعد، ولذا يُعرض بالإنكليزية.',
    outdatedTranslation: 'تغيّر النص الإنكليزي لهذه الصفحة منذ ترجمتها، ولذا قد لا تطابقه الترجمة تمامًا.',
    unofficialTranslation: (edition: string | null) =>
      edition === CPTM_EDITION
        ? 'ترجمة غير رسمية أُعدّت لـGender Lens؛ والنص الإنكليزي لمواد التدريب الأساسية السابقة للنشر لعام 2025 هو المرجع.'
        : 'ترجمة غير رسمية أُعدّت لـGender Lens؛ والنص الإنكليزي هو المرجع.',
    showEnglish: 'قراءة النص الإنكليزي',
    englishOriginalPart: 'هذا الجزء بالإنكليزية',
    englishOriginalSlide: (n: number) => `الشريحة ${formatNumber('ar', n)} بالإنكليزية`,
  },
});
