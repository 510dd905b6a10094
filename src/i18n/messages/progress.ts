import { defineMessages, formatNumber, formatPercent, plural } from '../messages';

/** A title (often Latin script) inside an Arabic sentence, isolated so it does not reorder the sentence. */
const isolate = (text: string) => `\u2068${text}\u2069`;

/**
 * Course progress: the summary on the catalogue and course pages (src/components/CourseProgress.astro,
 * src/scripts/course-progress.ts) and the "counted as read" sign on a section (src/scripts/section-progress.ts).
 */
export const progressMessages = defineMessages('progress', {
  en: {
    keptOnDevice: 'Your progress is kept on this device.',
    notAvailable: 'Progress is not available on this device.',
    continueWhereStopped: 'Continue where you stopped',
    continueAt: (title: string) => `Continue where you stopped: ${title}`,
    getCertificate: 'Get your certificate',
    whatRemains: 'What remains',
    sectionsRead: (seen: number, total: number) => `${seen} of ${total} sections read.`,
    allSectionsRead: (total: number) => `Completed: all ${total} sections read.`,
    assessment: 'Assessment',
    assessmentNotAttempted: (title: string) => `${title}: not attempted yet.`,
    assessmentBest: (title: string, percent: number, attempts: number) =>
      plural('en', attempts, {
        one: `${title}: best score ${percent} % in ${formatNumber('en', attempts)} attempt.`,
        other: `${title}: best score ${percent} % in ${formatNumber('en', attempts)} attempts.`,
      }),
    assessmentBestPassed: (title: string, percent: number, attempts: number) =>
      plural('en', attempts, {
        one: `${title}: best score ${percent} % in ${formatNumber('en', attempts)} attempt – passed.`,
        other: `${title}: best score ${percent} % in ${formatNumber('en', attempts)} attempts – passed.`,
      }),
    readToEnd: (title: string) => `Read to the end: ${title}`,
    completeActivity: (title: string) => `Complete: ${title}`,
    passAssessment: (title: string) => `Pass the ${title.toLowerCase()}`,
    passAssessmentBest: (title: string, percent: number) =>
      `Pass the ${title.toLowerCase()} (best so far ${percent} %)`,
    assessmentOpensLater: (title: string) => `The ${title.toLowerCase()} opens once every module is read to its end`,
    sectionDone: 'done',
    sectionInProgress: 'in progress',
    sectionNotStarted: 'not started',
    countedAsRead: '✓ Counted as read.',
  },
  fr: {
    keptOnDevice: 'Votre progression est enregistrée sur cet appareil.',
    notAvailable: 'La progression n’est pas disponible sur cet appareil.',
    continueWhereStopped: 'Reprendre là où vous en étiez',
    continueAt: (title: string) => `Reprendre là où vous en étiez\u00a0: ${title}`,
    getCertificate: 'Obtenir votre certificat',
    whatRemains: 'Ce qu’il reste à faire',
    sectionsRead: (seen: number, total: number) =>
      plural('fr', seen, {
        one: `${formatNumber('fr', seen)} section lue sur ${formatNumber('fr', total)}.`,
        other: `${formatNumber('fr', seen)} sections lues sur ${formatNumber('fr', total)}.`,
      }),
    allSectionsRead: (total: number) =>
      plural('fr', total, {
        one: `Terminé\u00a0: ${formatNumber('fr', total)} section lue sur ${formatNumber('fr', total)}.`,
        other: `Terminé\u00a0: les ${formatNumber('fr', total)} sections ont toutes été lues.`,
      }),
    assessment: 'Évaluation',
    assessmentNotAttempted: (title: string) => `${title}\u00a0: aucune tentative pour l’instant.`,
    assessmentBest: (title: string, percent: number, attempts: number) =>
      plural('fr', attempts, {
        one: `${title}\u00a0: meilleur résultat de ${formatPercent('fr', percent)} en ${formatNumber('fr', attempts)} tentative.`,
        other: `${title}\u00a0: meilleur résultat de ${formatPercent('fr', percent)} en ${formatNumber('fr', attempts)} tentatives.`,
      }),
    assessmentBestPassed: (title: string, percent: number, attempts: number) =>
      plural('fr', attempts, {
        one: `${title}\u00a0: meilleur résultat de ${formatPercent('fr', percent)} en ${formatNumber('fr', attempts)} tentative – seuil de réussite atteint.`,
        other: `${title}\u00a0: meilleur résultat de ${formatPercent('fr', percent)} en ${formatNumber('fr', attempts)} tentatives – seuil de réussite atteint.`,
      }),
    readToEnd: (title: string) => `Lire jusqu’à la fin\u00a0: ${title}`,
    completeActivity: (title: string) => `Terminer\u00a0: ${title}`,
    passAssessment: (title: string) => `Réussir\u00a0: ${title}`,
    passAssessmentBest: (title: string, percent: number) =>
      `Réussir\u00a0: ${title} (meilleur résultat à ce jour\u00a0: ${formatPercent('fr', percent)})`,
    assessmentOpensLater: (title: string) => `${title}\u00a0: accessible une fois tous les modules lus jusqu’à la fin`,
    sectionDone: 'lue',
    sectionInProgress: 'en cours',
    sectionNotStarted: 'non commencée',
    countedAsRead: '✓ Section comptée comme lue.',
  },
  ar: {
    keptOnDevice: 'يُحفظ التقدم المحرز في الدورة على هذا الجهاز.',
    notAvailable: 'تتبّع التقدم المحرز غير متاح على هذا الجهاز.',
    continueWhereStopped: 'الاستئناف من حيث توقفت القراءة',
    continueAt: (title: string) => `الاستئناف من حيث توقفت القراءة: ${isolate(title)}`,
    getCertificate: 'الحصول على الشهادة',
    whatRemains: 'ما تبقّى',
    sectionsRead: (seen: number, total: number) =>
      plural('ar', seen, {
        zero: `لم تتم قراءة أي قسم من أصل ${formatNumber('ar', total)}.`,
        one: `تمت قراءة قسم واحد من أصل ${formatNumber('ar', total)}.`,
        two: `تمت قراءة قسمين من أصل ${formatNumber('ar', total)}.`,
        few: `تمت قراءة ${formatNumber('ar', seen)} أقسام من أصل ${formatNumber('ar', total)}.`,
        many: `تمت قراءة ${formatNumber('ar', seen)} قسمًا من أصل ${formatNumber('ar', total)}.`,
        other: `تمت قراءة ${formatNumber('ar', seen)} قسم من أصل ${formatNumber('ar', total)}.`,
      }),
    allSectionsRead: (total: number) =>
      plural('ar', total, {
        zero: 'مكتمل: لا توجد أقسام مطلوب قراءتها.',
        one: 'مكتمل: تمت قراءة القسم الوحيد.',
        two: 'مكتمل: تمت قراءة القسمين كليهما.',
        few: `مكتمل: تمت قراءة جميع الأقسام، وعددها ${formatNumber('ar', total)} أقسام.`,
        many: `مكتمل: تمت قراءة جميع الأقسام، وعددها ${formatNumber('ar', total)} قسمًا.`,
        other: `مكتمل: تمت قراءة جميع الأقسام، وعددها ${formatNumber('ar', total)} قسم.`,
      }),
    assessment: 'التقييم',
    assessmentNotAttempted: (title: string) => `${isolate(title)}: لم تُجرَ أي محاولة بعد.`,
    assessmentBest: (title: string, percent: number, attempts: number) =>
      plural('ar', attempts, {
        zero: `${isolate(title)}: أفضل نتيجة ${formatPercent('ar', percent)} دون أي محاولة.`,
        one: `${isolate(title)}: أفضل نتيجة ${formatPercent('ar', percent)} في محاولة واحدة.`,
        two: `${isolate(title)}: أفضل نتيجة ${formatPercent('ar', percent)} في محاولتين.`,
        few: `${isolate(title)}: أفضل نتيجة ${formatPercent('ar', percent)} في ${formatNumber('ar', attempts)} محاولات.`,
        many: `${isolate(title)}: أفضل نتيجة ${formatPercent('ar', percent)} في ${formatNumber('ar', attempts)} محاولة.`,
        other: `${isolate(title)}: أفضل نتيجة ${formatPercent('ar', percent)} في ${formatNumber('ar', attempts)} محاولة.`,
      }),
    assessmentBestPassed: (title: string, percent: number, attempts: number) =>
      plural('ar', attempts, {
        zero: `${isolate(title)}: أفضل نتيجة ${formatPercent('ar', percent)} دون أي محاولة – تم الاجتياز.`,
        one: `${isolate(title)}: أفضل نتيجة ${formatPercent('ar', percent)} في محاولة واحدة – تم الاجتياز.`,
        two: `${isolate(title)}: أفضل نتيجة ${formatPercent('ar', percent)} في محاولتين – تم الاجتياز.`,
        few: `${isolate(title)}: أفضل نتيجة ${formatPercent('ar', percent)} في ${formatNumber('ar', attempts)} محاولات – تم الاجتياز.`,
        many: `${isolate(title)}: أفضل نتيجة ${formatPercent('ar', percent)} في ${formatNumber('ar', attempts)} محاولة – تم الاجتياز.`,
        other: `${isolate(title)}: أفضل نتيجة ${formatPercent('ar', percent)} في ${formatNumber('ar', attempts)} محاولة – تم الاجتياز.`,
      }),
    readToEnd: (title: string) => `القراءة حتى النهاية: ${isolate(title)}`,
    completeActivity: (title: string) => `إكمال: ${isolate(title)}`,
    passAssessment: (title: string) => `اجتياز: ${isolate(title)}`,
    passAssessmentBest: (title: string, percent: number) =>
      `اجتياز: ${isolate(title)} (أفضل نتيجة حتى الآن ${formatPercent('ar', percent)})`,
    assessmentOpensLater: (title: string) => `${isolate(title)}: يُتاح بعد قراءة كل وحدة حتى نهايتها`,
    sectionDone: 'تمت قراءته',
    sectionInProgress: 'قيد القراءة',
    sectionNotStarted: 'لم تبدأ قراءته بعد',
    countedAsRead: '✓ احتُسب هذا القسم مقروءًا.',
  },
});
