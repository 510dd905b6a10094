import { defineMessages, formatNumber, plural } from '../messages';

/** The site's name (Latin script) inside an Arabic sentence, isolated so it does not reorder the sentence. */
const GENDER_LENS_AR = '\u2068Gender Lens\u2069';

/**
 * What the library says around its documents (src/components/pages/LibraryPage.astro,
 * LibraryDocumentPage.astro, src/components/library/*, the "Save the library" script in
 * src/scripts/library-offline.ts and the offline page of src/sw.ts). The documents themselves, and
 * what the library tells about each (src/library/documents.ts), are the English sources and stay
 * English, marked as such on the other languages' pages.
 */
export const libraryMessages = defineMessages('library', {
  en: {
    title: 'Library',
    description:
      'The gender resources behind Gender Lens: the UN lesson, policies and guidance, each readable in full.',
    /** Markdown: the citation becomes a link to the passage. */
    lede: 'The UNSMS gender policy asks for “a gender section … where gender-related resources will be maintained” (unsms:71). This is that section for Gender Lens: the five documents the courses are written from, in full, as the sources give them. Every citation on the site opens here, at the passage it quotes.',
    /** Said on the other languages' pages only: English's says nothing of the sort. */
    inEnglish: '',
    chapters: (count: number) =>
      `${formatNumber('en', count)} ${plural('en', count, { one: 'chapter', other: 'chapters' })}`,
    whatFor: 'What it is for.',
    whoReads: 'Who should read it.',

    // --- A document's header card ---
    sourceDocument: 'Source document',
    issuedBy: 'Issued by',
    date: 'Date',
    edition: 'Edition',
    status: 'Status',

    // --- A document or chapter page ---
    contents: 'Contents',
    chapterList: 'Chapters:',
    /** The heading of a document's footnotes. */
    notes: 'Notes',
    /** "Chapter 7:" before a chapter's English title. */
    chapter: (number: number) => `Chapter ${formatNumber('en', number)}:`,
    pager: 'Previous and next chapter',
    previous: 'Previous',
    next: 'Next',
    backToCitation: 'Back to where you were',
    /** A second citation of a passage with the same label: "… and another passage". */
    alsoAt: (link: string) => ` and ${link}`,
    anotherPassage: 'another passage',

    // --- Reading the library offline ---
    offlineHeading: 'Read the library offline',
    /** Followed by the library's size (`size`). */
    offlineText: (pages: number) =>
      `The courses are saved on this device after your first visit; the library is not, because it is large. Each library page you open is kept for offline reading. To keep all ${formatNumber('en', pages)} pages now, save the library:`,
    size: (downloadBytes: number, storedBytes: number) =>
      `about ${bytes('en', downloadBytes)} to download, ${bytes('en', storedBytes)} on this device`,
    saveButton: 'Save the library for offline use',
    saveProgress: 'Library pages saved',
    cannotSave: 'This browser cannot keep pages for offline use.',
    allSaved: (pages: number) => `All ${formatNumber('en', pages)} library pages are saved on this device.`,
    someSaved: (saved: number, pages: number) =>
      `${formatNumber('en', saved)} of ${formatNumber('en', pages)} library pages are saved on this device.`,
    saving: (pages: number) => `Saving ${formatNumber('en', pages)} library pages…`,
    saved: (pages: number) => `Saved: all ${formatNumber('en', pages)} library pages now open without a connection.`,
    noRoom: 'This device has no room to save the library. Free some space and try again.',
    saveFailed: 'The library could not be saved: check the connection and try again.',

    // --- The service worker's answer offline, for a page never opened nor saved ---
    notSavedTitle: 'Not saved on this device',
    notSavedHeading: 'This library page is not saved on this device',
    notSavedText:
      'You are offline, and this page of the library has not been opened or saved here before. Once you are online again, open it, or use “Save the library for offline use” on the library page.',
    courses: 'Courses',
  },
  fr: {
    title: 'Bibliothèque',
    description:
      'Les ressources sur le genre dont s’inspire Gender Lens\u00a0: la leçon de l’ONU, les politiques et les orientations, chacune lisible en intégralité.',
    lede: 'La politique du Système de gestion de la sécurité des Nations Unies (UNSMS) relative au genre demande une section consacrée au genre où seront conservées les ressources en la matière (unsms:71). Voici cette section pour Gender Lens\u00a0: les cinq documents à partir desquels les cours sont rédigés, en intégralité, tels que les sources les donnent. Chaque citation du site ouvre cette bibliothèque au passage qu’elle cite.',
    inEnglish:
      'Les documents sont en anglais, leur langue d’origine, de même que ce que la bibliothèque en dit\u00a0; seule l’interface est traduite.',
    chapters: (count: number) =>
      `${formatNumber('fr', count)} ${plural('fr', count, { one: 'chapitre', other: 'chapitres' })}`,
    whatFor: 'À quoi il sert.',
    whoReads: 'Qui devrait le lire.',

    sourceDocument: 'Document source',
    issuedBy: 'Publié par',
    date: 'Date',
    edition: 'Édition',
    status: 'Statut',

    contents: 'Sommaire',
    chapterList: 'Chapitres\u00a0:',
    notes: 'Notes',
    chapter: (number: number) => `Chapitre ${formatNumber('fr', number)}\u00a0:`,
    pager: 'Chapitre précédent et chapitre suivant',
    previous: 'Précédent',
    next: 'Suivant',
    backToCitation: 'Revenir là où vous étiez',
    alsoAt: (link: string) => ` et ${link}`,
    anotherPassage: 'un autre passage',

    offlineHeading: 'Lire la bibliothèque hors ligne',
    offlineText: (pages: number) =>
      `Les cours sont enregistrés sur cet appareil après votre première visite\u00a0; la bibliothèque ne l’est pas, car elle est volumineuse. Chaque page de la bibliothèque que vous ouvrez est conservée pour la lecture hors ligne. Pour conserver dès maintenant les ${formatNumber('fr', pages)} pages, enregistrez la bibliothèque\u00a0:`,
    size: (downloadBytes: number, storedBytes: number) =>
      `environ ${bytes('fr', downloadBytes)} à télécharger, ${bytes('fr', storedBytes)} sur cet appareil`,
    saveButton: 'Enregistrer la bibliothèque pour une utilisation hors ligne',
    saveProgress: 'Pages de la bibliothèque enregistrées',
    cannotSave: 'Ce navigateur ne peut pas conserver de pages pour une utilisation hors ligne.',
    allSaved: (pages: number) =>
      `Les ${formatNumber('fr', pages)} pages de la bibliothèque sont enregistrées sur cet appareil.`,
    someSaved: (saved: number, pages: number) =>
      `${formatNumber('fr', saved)} ${plural('fr', saved, { one: 'page', other: 'pages' })} de la bibliothèque sur ${formatNumber('fr', pages)} ${plural('fr', saved, { one: 'est enregistrée', other: 'sont enregistrées' })} sur cet appareil.`,
    saving: (pages: number) => `Enregistrement des ${formatNumber('fr', pages)} pages de la bibliothèque…`,
    saved: (pages: number) =>
      `Enregistrée\u00a0: les ${formatNumber('fr', pages)} pages de la bibliothèque s’ouvrent désormais sans connexion.`,
    noRoom: 'Cet appareil n’a pas assez d’espace pour enregistrer la bibliothèque. Libérez de l’espace et réessayez.',
    saveFailed: 'La bibliothèque n’a pas pu être enregistrée\u00a0: vérifiez la connexion et réessayez.',

    notSavedTitle: 'Non enregistrée sur cet appareil',
    notSavedHeading: 'Cette page de la bibliothèque n’est pas enregistrée sur cet appareil',
    notSavedText:
      'Vous êtes hors ligne, et cette page de la bibliothèque n’a encore jamais été ouverte ni enregistrée ici. Une fois de nouveau en ligne, ouvrez-la, ou utilisez «\u00a0Enregistrer la bibliothèque pour une utilisation hors ligne\u00a0» sur la page de la bibliothèque.',
    courses: 'Cours',
  },
  ar: {
    title: 'المكتبة',
    description: `موارد الشؤون الجنسانية التي يستند إليها ${GENDER_LENS_AR}: درس الأمم المتحدة والسياسات والتوجيهات، وكل منها متاح للقراءة كاملًا.`,
    lede: `تطلب سياسة نظام الأمم المتحدة لإدارة الأمن بشأن الشؤون الجنسانية إنشاء قسم للشؤون الجنسانية تُحفظ فيه الموارد المتعلقة بها (unsms:71). وهذا هو ذلك القسم في ${GENDER_LENS_AR}: الوثائق الخمس التي كُتبت الدورات استنادًا إليها، كاملةً كما وردت في مصادرها. وكل استشهاد في الموقع يفتح هذه المكتبة عند المقطع الذي يقتبسه.`,
    inEnglish: 'الوثائق باللغة الإنكليزية، وهي لغتها الأصلية، وكذلك ما تقوله المكتبة عنها؛ ولم تُترجم إلا الواجهة.',
    chapters: (count: number) =>
      plural('ar', count, {
        zero: 'لا فصول',
        one: 'فصل واحد',
        two: 'فصلان',
        few: `${formatNumber('ar', count)} فصول`,
        many: `${formatNumber('ar', count)} فصلًا`,
        other: `${formatNumber('ar', count)} فصل`,
      }),
    whatFor: 'الغرض منها.',
    whoReads: 'من ينبغي أن يقرأها.',

    sourceDocument: 'وثيقة مصدرية',
    issuedBy: 'الجهة المُصدِرة',
    date: 'التاريخ',
    edition: 'الطبعة',
    status: 'الوضع',

    contents: 'المحتويات',
    chapterList: 'الفصول:',
    notes: 'الحواشي',
    chapter: (number: number) => `الفصل ${formatNumber('ar', number)}:`,
    pager: 'الفصل السابق والفصل التالي',
    previous: 'السابق',
    next: 'التالي',
    backToCitation: 'العودة إلى حيث كانت القراءة',
    alsoAt: (link: string) => ` و${link}`,
    anotherPassage: 'مقطع آخر',

    offlineHeading: 'قراءة المكتبة دون اتصال',
    offlineText: (pages: number) =>
      `تُحفظ الدورات على هذا الجهاز بعد الزيارة الأولى؛ أما المكتبة فلا تُحفظ لكبر حجمها. وتُحفظ كل صفحة من المكتبة تُفتح للقراءة دون اتصال. ولحفظ جميع صفحاتها الآن، وعددها ${formatNumber('ar', pages)}، يمكن حفظ المكتبة:`,
    size: (downloadBytes: number, storedBytes: number) =>
      `نحو ${bytes('ar', downloadBytes)} للتنزيل، و${bytes('ar', storedBytes)} على هذا الجهاز`,
    saveButton: 'حفظ المكتبة للاستخدام دون اتصال',
    saveProgress: 'صفحات المكتبة المحفوظة',
    cannotSave: 'لا يستطيع هذا المتصفح حفظ الصفحات للاستخدام دون اتصال.',
    allSaved: (pages: number) => `جميع صفحات المكتبة، وعددها ${formatNumber('ar', pages)}، محفوظة على هذا الجهاز.`,
    someSaved: (saved: number, pages: number) =>
      `حُفظت على هذا الجهاز ${formatNumber('ar', saved)} من أصل ${formatNumber('ar', pages)} من صفحات المكتبة.`,
    saving: (pages: number) => `جارٍ حفظ صفحات المكتبة، وعددها ${formatNumber('ar', pages)}…`,
    saved: (pages: number) =>
      `تم الحفظ: أصبحت جميع صفحات المكتبة، وعددها ${formatNumber('ar', pages)}، تُفتح دون اتصال.`,
    noRoom: 'لا تتوفر على هذا الجهاز مساحة لحفظ المكتبة. يُرجى إفراغ بعض المساحة والمحاولة مرة أخرى.',
    saveFailed: 'تعذّر حفظ المكتبة: يُرجى التحقق من الاتصال والمحاولة مرة أخرى.',

    notSavedTitle: 'غير محفوظة على هذا الجهاز',
    notSavedHeading: 'صفحة المكتبة هذه غير محفوظة على هذا الجهاز',
    notSavedText:
      'لا يوجد اتصال بالإنترنت، ولم تُفتح صفحة المكتبة هذه أو تُحفظ هنا من قبل. عند عودة الاتصال، يمكن فتحها، أو استخدام «حفظ المكتبة للاستخدام دون اتصال» في صفحة المكتبة.',
    courses: 'الدورات',
  },
});

/** A size as a learner on a data plan reads it, in their language: "1.2 MB", « 1,2 Mo », "٦٤٠ كيلوبايت". */
function bytes(lang: 'en' | 'fr' | 'ar', count: number): string {
  const mega = count >= 1_000_000;
  const value = mega ? count / 1_000_000 : Math.max(1, Math.round(count / 1000));
  const number = formatNumber(lang, value, { maximumFractionDigits: 1, minimumFractionDigits: mega ? 1 : 0 });
  const unit = { en: mega ? 'MB' : 'KB', fr: mega ? 'Mo' : 'ko', ar: mega ? 'ميغابايت' : 'كيلوبايت' }[lang];
  // French and Arabic keep the number and its unit on one line.
  return `${number}${lang === 'en' ? ' ' : '\u00a0'}${unit}`;
}
