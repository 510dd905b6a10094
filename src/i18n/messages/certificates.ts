import type { Language } from '../languages';
import { defineMessages, formatDate, formatPercent } from '../messages';

/** A title or name (often Latin script) inside an Arabic sentence, isolated so it does not reorder the sentence. */
const isolate = (text: string) => `\u2068${text}\u2069`;

/**
 * A calendar day (YYYY-MM-DD, as a certificate records it) written as the language writes dates;
 * English as the UN writes it, and as certificates always have: 22 November 2026.
 */
const day = (lang: Language, iso: string) =>
  lang === 'en'
    ? new Intl.DateTimeFormat('en-GB', { dateStyle: 'long' }).format(Date.parse(`${iso}T12:00:00`))
    : formatDate(lang, Date.parse(`${iso}T12:00:00`));

/** Each language named in each language, for the language a certificate was issued in. */
const NAMES: Record<Language, Record<Language, string>> = {
  en: { en: 'English', fr: 'French', ar: 'Arabic' },
  fr: { en: 'anglais', fr: 'français', ar: 'arabe' },
  ar: { en: 'الإنجليزية', fr: 'الفرنسية', ar: 'العربية' },
};

/**
 * Certificates: the certificate sheet (src/components/certificates/CertificateSheet.svelte, in the
 * language the certificate was issued in), the certificate page around it (CertificateView.svelte),
 * My certificates (MyCertificates.svelte) and the check a supervisor opens (VerifyView.svelte and
 * src/components/pages/VerifyPage.astro).
 */
export const certificateMessages = defineMessages('certificates', {
  en: {
    // --- The certificate sheet ---
    sheetTitle: 'Certificate of completion',
    sheetLead: 'This certifies that',
    /** For a course no longer offered, whose own statement is gone. */
    hasCompleted: 'has completed',
    edition: 'Edition',
    completed: 'Completed',
    score: 'Score',
    contentVersion: 'Content version',
    qrLabel: 'QR code that opens the verification page for this certificate',
    /** Before the certificate's number (which follows, isolated as left to right). */
    certificateNumber: 'Certificate',
    checkIt: 'Check it: scan the code, or open this link:',
    /** "CPTM Lesson 2.7: Women, Peace and Security", as the certificate records the course. */
    courseTitle: (code: string, title: string) => `${code}: ${title}`,
    percent: (value: number) => `${value} %`,
    day: (iso: string) => day('en', iso),

    // --- The certificate page ---
    certificatePageTitle: 'Certificate',
    print: 'Print or save as PDF',
    printHint:
      'To save a PDF, choose “Save as PDF” as the printer. The certificate fits one landscape A4 or Letter page.',
    notACertificate: 'This address does not name a certificate.',
    noSuchCertificate: 'There is no certificate with this number on this device.',
    cannotRead: 'Certificates cannot be read because this browser does not let the site store data.',
    seeYourCertificates: 'See your certificates',
    opening: 'Opening the certificate…',

    // --- My certificates ---
    listTitle: 'My certificates',
    listDescription: 'Certificates for the courses you completed on this device.',
    listLede:
      'When you complete a course, issue its certificate here. You can print it, save it as a PDF and show it to a supervisor, who can check it with its QR code.',
    listLanguage:
      'Certificates issued on this page are in English. The French and Arabic pages issue them in their language, with an English line under each heading.',
    courses: 'Courses',
    lookingForProgress: 'Looking for your progress on this device…',
    notComplete: 'Not complete yet.',
    seeWhatRemains: 'See what remains',
    issuedOn: (iso: string) => `Completed. Your certificate was issued on ${day('en', iso)}.`,
    openYourCertificate: 'Open your certificate',
    issueNew: 'Issue a new certificate',
    enterName: 'Completed. Enter your name as it should be printed on the certificate.',
    nameLabel: 'Name to print',
    issueMine: 'Issue my certificate',
    issuedFor: (title: string) => `Certificate issued for ${title}.`,
    onDevice: 'Certificates on this device',
    lookingForCertificates: 'Looking for your certificates on this device…',
    noCertificates: 'No certificates yet.',
    completedLine: (iso: string) => `Completed ${day('en', iso)}`,
    scoreLine: (value: number) => `score ${value} %`,
    languageName: (language: Language) => NAMES.en[language],
    inLanguage: (language: Language) => `in ${NAMES.en[language]}`,
    openCertificate: (shortId: string) => `Open certificate ${shortId}…`,
    listUnavailable: 'Certificates cannot be shown because this browser does not let the site store data.',
    nameMissing: 'Enter the name to print on the certificate.',
    nameTooLong: (max: number) => `The name is longer than ${max} characters.`,
    incomplete: 'This course is not complete yet.',

    // --- Checking a certificate ---
    verifyTitle: 'Check a certificate',
    verifyDescription: 'Check a Gender Lens certificate record.',
    checking: 'Checking the certificate…',
    noRecord: 'Open this page from a certificate’s QR code or printed link to see its record.',
    damaged: 'This verification link is damaged or incomplete.',
    newer: 'This verification link was made by a newer version of Gender Lens. Open it with an up-to-date browser.',
    intact: 'Intact: this record is exactly as it was issued.',
    altered: 'Altered: this record was changed after it was issued. Do not rely on it.',
    name: 'Name',
    course: 'Course',
    completedOn: 'Completed on',
    noScore: 'none (the course has no scored assessment)',
    number: 'Certificate number',
    language: 'Language of the certificate',
    limitsHeading: 'What this check can and cannot tell you',
    limits:
      'A certificate’s record comes from its link itself: nothing is looked up on a server, and this page works offline. The check tells you whether the record was changed after it was issued. It cannot tell you who issued it: without a server, anyone with the know-how can make a record that passes this check. Organisations that need authoritative training records should deliver the course through their learning management system (LMS, with the SCORM package), which keeps the record itself.',
  },
  fr: {
    sheetTitle: 'Certificat de réussite',
    sheetLead: 'Il est certifié que',
    hasCompleted: 'a terminé',
    edition: 'Édition',
    completed: 'Date d’achèvement',
    score: 'Note',
    contentVersion: 'Version du contenu',
    qrLabel: 'Code QR qui ouvre la page de vérification de ce certificat',
    certificateNumber: 'Certificat',
    checkIt: 'Pour le vérifier\u00a0: scannez le code ou ouvrez ce lien\u00a0:',
    courseTitle: (code: string, title: string) => `${code}\u00a0: ${title}`,
    percent: (value: number) => formatPercent('fr', value),
    day: (iso: string) => day('fr', iso),

    certificatePageTitle: 'Certificat',
    print: 'Imprimer ou enregistrer en PDF',
    printHint:
      'Pour obtenir un PDF, choisissez «\u00a0Enregistrer au format PDF\u00a0» comme imprimante. Le certificat tient sur une page A4 ou Letter à l’italienne.',
    notACertificate: 'Cette adresse ne désigne aucun certificat.',
    noSuchCertificate: 'Aucun certificat ne porte ce numéro sur cet appareil.',
    cannotRead:
      'Les certificats ne peuvent pas être lus, car ce navigateur ne permet pas au site de stocker des données.',
    seeYourCertificates: 'Voir vos certificats',
    opening: 'Ouverture du certificat…',

    listTitle: 'Mes certificats',
    listDescription: 'Les certificats des cours que vous avez terminés sur cet appareil.',
    listLede:
      'Lorsque vous avez terminé un cours, délivrez ici son certificat. Vous pouvez l’imprimer, l’enregistrer en PDF et le présenter à votre supérieur hiérarchique, qui pourra le vérifier grâce à son code QR.',
    listLanguage:
      'Les certificats délivrés sur cette page sont rédigés en français, avec une ligne en anglais sous chaque titre.',
    courses: 'Cours',
    lookingForProgress: 'Recherche de votre progression sur cet appareil…',
    notComplete: 'Pas encore terminé.',
    seeWhatRemains: 'Voir ce qu’il reste à faire',
    issuedOn: (iso: string) => `Terminé. Votre certificat a été délivré le ${day('fr', iso)}.`,
    openYourCertificate: 'Ouvrir votre certificat',
    issueNew: 'Délivrer un nouveau certificat',
    enterName: 'Terminé. Saisissez votre nom tel qu’il doit figurer sur le certificat.',
    nameLabel: 'Nom à imprimer',
    issueMine: 'Délivrer mon certificat',
    issuedFor: (title: string) => `Certificat délivré pour le cours «\u00a0${title}\u00a0».`,
    onDevice: 'Certificats sur cet appareil',
    lookingForCertificates: 'Recherche de vos certificats sur cet appareil…',
    noCertificates: 'Aucun certificat pour l’instant.',
    completedLine: (iso: string) => `Terminé le ${day('fr', iso)}`,
    scoreLine: (value: number) => `note de ${formatPercent('fr', value)}`,
    languageName: (language: Language) => NAMES.fr[language],
    inLanguage: (language: Language) => `en ${NAMES.fr[language]}`,
    openCertificate: (shortId: string) => `Ouvrir le certificat ${shortId}…`,
    listUnavailable:
      'Les certificats ne peuvent pas être affichés, car ce navigateur ne permet pas au site de stocker des données.',
    nameMissing: 'Saisissez le nom à imprimer sur le certificat.',
    nameTooLong: (max: number) => `Le nom dépasse ${max}\u00a0caractères.`,
    incomplete: 'Ce cours n’est pas encore terminé.',

    verifyTitle: 'Vérifier un certificat',
    verifyDescription: 'Vérifier l’enregistrement d’un certificat Gender Lens.',
    checking: 'Vérification du certificat…',
    noRecord:
      'Ouvrez cette page à partir du code QR d’un certificat ou de son lien imprimé pour en voir l’enregistrement.',
    damaged: 'Ce lien de vérification est endommagé ou incomplet.',
    newer:
      'Ce lien de vérification a été créé par une version plus récente de Gender Lens. Ouvrez-le dans un navigateur à jour.',
    intact: 'Intact\u00a0: cet enregistrement est exactement tel qu’il a été délivré.',
    altered: 'Modifié\u00a0: cet enregistrement a été changé après avoir été délivré. Ne vous y fiez pas.',
    name: 'Nom',
    course: 'Cours',
    completedOn: 'Terminé le',
    noScore: 'aucune (le cours ne comporte pas d’évaluation notée)',
    number: 'Numéro du certificat',
    language: 'Langue du certificat',
    limitsHeading: 'Ce que cette vérification peut vous dire, et ce qu’elle ne peut pas vous dire',
    limits:
      'L’enregistrement d’un certificat provient de son lien lui-même\u00a0: rien n’est consulté sur un serveur, et cette page fonctionne hors connexion. La vérification vous indique si l’enregistrement a été modifié après sa délivrance. Elle ne peut pas vous dire qui l’a délivré\u00a0: sans serveur, toute personne qui en a les compétences peut créer un enregistrement qui passe cette vérification. Les organisations qui ont besoin de dossiers de formation faisant foi doivent proposer le cours au moyen de leur système de gestion de l’apprentissage (LMS, avec le paquet SCORM), qui conserve lui-même l’enregistrement.',
  },
  ar: {
    sheetTitle: 'شهادة إتمام',
    sheetLead: 'تشهد هذه الوثيقة بأنّ',
    hasCompleted: 'أتمّ/أتمّت',
    edition: 'الإصدار',
    completed: 'تاريخ الإتمام',
    score: 'الدرجة',
    contentVersion: 'نسخة المحتوى',
    qrLabel: 'رمز QR يفتح صفحة التحقق من هذه الشهادة',
    certificateNumber: 'الشهادة رقم',
    checkIt: 'للتحقق منها: امسح الرمز أو افتح هذا الرابط:',
    courseTitle: (code: string, title: string) => `${isolate(code)}: ${title}`,
    percent: (value: number) => formatPercent('ar', value),
    day: (iso: string) => day('ar', iso),

    certificatePageTitle: 'الشهادة',
    print: 'اطبع أو احفظ بصيغة PDF',
    printHint: 'لحفظ ملف PDF، اختر «حفظ بتنسيق PDF» بدلًا من الطابعة. تتسع الشهادة لصفحة واحدة أفقية بحجم A4 أو Letter.',
    notACertificate: 'لا يشير هذا العنوان إلى أي شهادة.',
    noSuchCertificate: 'لا توجد على هذا الجهاز شهادة بهذا الرقم.',
    cannotRead: 'تتعذّر قراءة الشهادات لأن هذا المتصفح لا يسمح للموقع بتخزين البيانات.',
    seeYourCertificates: 'اطّلع على شهاداتك',
    opening: 'جارٍ فتح الشهادة…',

    listTitle: 'شهاداتي',
    listDescription: 'شهادات الدورات التي أتممتها على هذا الجهاز.',
    listLede:
      'عندما تُتمّ دورة، أصدِر شهادتها من هنا. يمكنك طباعتها وحفظها بصيغة PDF وعرضها على مشرفك، الذي يستطيع التحقق منها عبر رمز QR الخاص بها.',
    listLanguage: 'تصدر الشهادات من هذه الصفحة باللغة العربية، مع سطر بالإنجليزية تحت كل عنوان.',
    courses: 'الدورات',
    lookingForProgress: 'جارٍ البحث عن تقدّمك على هذا الجهاز…',
    notComplete: 'لم تكتمل بعد.',
    seeWhatRemains: 'اطّلع على ما تبقّى',
    issuedOn: (iso: string) => `مكتملة. صدرت شهادتك في ${day('ar', iso)}.`,
    openYourCertificate: 'افتح شهادتك',
    issueNew: 'أصدِر شهادة جديدة',
    enterName: 'مكتملة. أدخل اسمك كما يجب أن يُطبع على الشهادة.',
    nameLabel: 'الاسم المطبوع',
    issueMine: 'أصدِر شهادتي',
    issuedFor: (title: string) => `صدرت الشهادة لدورة «${isolate(title)}».`,
    onDevice: 'الشهادات على هذا الجهاز',
    lookingForCertificates: 'جارٍ البحث عن شهاداتك على هذا الجهاز…',
    noCertificates: 'لا توجد شهادات بعد.',
    completedLine: (iso: string) => `أُتمّت في ${day('ar', iso)}`,
    scoreLine: (value: number) => `الدرجة ${formatPercent('ar', value)}`,
    languageName: (language: Language) => NAMES.ar[language],
    inLanguage: (language: Language) => `باللغة ${NAMES.ar[language]}`,
    openCertificate: (shortId: string) => `افتح الشهادة ${isolate(shortId)}`,
    listUnavailable: 'يتعذّر عرض الشهادات لأن هذا المتصفح لا يسمح للموقع بتخزين البيانات.',
    nameMissing: 'أدخل الاسم المراد طباعته على الشهادة.',
    nameTooLong: (max: number) => `يتجاوز الاسم ${max} حرفًا.`,
    incomplete: 'لم تكتمل هذه الدورة بعد.',

    verifyTitle: 'التحقق من شهادة',
    verifyDescription: 'التحقق من سجل شهادة صادرة عن \u2068Gender Lens\u2069.',
    checking: 'جارٍ التحقق من الشهادة…',
    noRecord: 'افتح هذه الصفحة من رمز QR الخاص بالشهادة أو من رابطها المطبوع لترى سجلها.',
    damaged: 'رابط التحقق هذا تالف أو ناقص.',
    newer: 'أُنشئ رابط التحقق هذا بإصدار أحدث من \u2068Gender Lens\u2069. افتحه في متصفح محدَّث.',
    intact: 'سليمة: هذا السجل مطابق تمامًا لما صدر.',
    altered: 'معدَّلة: غُيّر هذا السجل بعد صدوره. لا تعتمد عليه.',
    name: 'الاسم',
    course: 'الدورة',
    completedOn: 'تاريخ الإتمام',
    noScore: 'لا توجد (لا تتضمن الدورة تقييمًا بدرجات)',
    number: 'رقم الشهادة',
    language: 'لغة الشهادة',
    limitsHeading: 'ما يمكن أن يخبرك به هذا التحقق وما لا يمكنه',
    limits:
      'يأتي سجل الشهادة من رابطها نفسه: لا يُبحث عن أي شيء على خادم، وتعمل هذه الصفحة دون اتصال. يخبرك التحقق بما إذا كان السجل قد غُيّر بعد صدوره، لكنه لا يستطيع أن يخبرك بمن أصدره: فمن دون خادم، يستطيع أي شخص يملك الخبرة أن ينشئ سجلًا يجتاز هذا التحقق. وعلى المنظمات التي تحتاج إلى سجلات تدريب معتمدة أن تقدّم الدورة عبر نظام إدارة التعلّم الخاص بها (LMS، باستخدام حزمة SCORM)، الذي يحتفظ بالسجل بنفسه.',
  },
});
