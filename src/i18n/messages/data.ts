import { defineMessages, formatNumber, plural } from '../messages';
import type { Language } from '../languages';

/** The site's name (Latin script) inside an Arabic sentence, isolated so it does not reorder the sentence. */
const GENDER_LENS_AR = '\u2068Gender Lens\u2069';
/** A field of a backup file (Latin script) inside an Arabic sentence, isolated the same way. */
const isolate = (text: string) => `\u2068${text}\u2069`;

/** An Arabic count with its noun in the form the number asks for (all six of Arabic's plural forms). */
function arabicCount(
  count: number,
  forms: { zero: string; one: string; two: string; few: string; many: string; other: string },
): string {
  const n = formatNumber('ar', count);
  return plural('ar', count, {
    zero: forms.zero,
    one: forms.one,
    two: forms.two,
    few: `${n} ${forms.few}`,
    many: `${n} ${forms.many}`,
    other: `${n} ${forms.other}`,
  });
}

/**
 * My data (src/components/pages/MyDataPage.astro and its island, src/components/certificates/
 * DataManager.svelte): keeping, backing up, importing and deleting what a learner has on this
 * device. The refusals are the reasons src/storage/backup.ts gives for not importing a file
 * (BackupRefused's `reason`): that module says them in English, the island in the page's language.
 */
export const dataMessages = defineMessages('data', {
  en: {
    title: 'My data',
    description: 'Back up, move or delete your Gender Lens data.',
    lede: 'Gender Lens keeps your progress and certificates on this device only. Back them up, move them to another device, or delete them.',

    keepHeading: 'Keep my data on this device',
    keepPersistent: 'This browser keeps your Gender Lens data even when the device runs short of space.',
    keepBestEffort:
      'When the device runs short of space, this browser may clear your progress and certificates to free it. Ask it to keep them; a backup file is the surest copy.',
    keepAsk: 'Ask the browser to keep my data',
    keepUnknown:
      'This browser does not say whether it keeps site data when space runs short. A backup file is the surest copy.',
    keepChecking: 'Asking the browser how it keeps your data…',
    keepGranted: 'Done: this browser will keep your Gender Lens data when space runs short.',
    keepRefused:
      'The browser did not agree this time. Browsers decide by how a site is used (installing Gender Lens as an app helps); download a backup to be safe.',

    exportHeading: 'Make a backup',
    exportText: 'One file with your progress, activity attempts, certificates and the name you print on them.',
    exportButton: 'Download a backup file',
    exported: 'Backup file made. Keep it somewhere safe, or import it on another device.',
    exportFailed: 'The backup could not be made: this browser does not let the site read its stored data.',

    importHeading: 'Import a backup',
    importText:
      'Adds what the file holds to what is already here; nothing is duplicated or lost. A file that is not a Gender Lens backup, is incomplete, is from a newer version or is larger than 5 MB is refused.',
    importButton: 'Choose a backup file',
    imported: (sections: number, attempts: number, certificates: number) => {
      const count = (n: number, one: string, other: string) =>
        `${formatNumber('en', n)} ${plural('en', n, { one, other })}`;
      return `Backup imported: ${count(sections, 'section', 'sections')}, ${count(attempts, 'attempt', 'attempts')} and ${count(certificates, 'certificate', 'certificates')} added. Nothing was duplicated.`;
    },
    importFailed: 'The backup could not be imported; nothing on this device was changed.',

    // --- Why a backup file is refused (BackupRefused's reasons) ---
    refusedTooLarge: 'This file is larger than 5 MB, which no Gender Lens backup is.',
    refusedUnreadable:
      'This file could not be read as a backup: it is incomplete (perhaps cut short) or not a Gender Lens backup.',
    refusedNotBackup: 'This file is not a Gender Lens backup.',
    refusedNewer: 'This backup was made by a newer version of Gender Lens; update this site, then import it again.',
    /** `field` is where in the file the damage is ("data.attempts.0.score"), `problem` what is wrong there. */
    refusedDamaged: (field: string, problem: string) => `This backup is damaged (${field}: ${problem}).`,
    refusedAltered: 'A certificate in this backup was altered after it was issued.',
    nothingChanged: 'Nothing on this device was changed.',

    resetHeading: 'Delete all my data',
    resetText:
      'Removes your progress, attempts, certificates and name from this device. Download a backup first if unsure.',
    resetButton: 'Delete all my data…',
    resetConfirmHeading: 'Delete everything?',
    resetConfirmText:
      'This deletes all your Gender Lens progress and certificates on this device. It cannot be undone.',
    resetConfirm: 'Yes, delete everything',
    resetCancel: 'Keep my data',
    deleted: 'All your Gender Lens data on this device was deleted.',
    deleteFailed: 'Your data could not be deleted.',
  },
  fr: {
    title: 'Mes données',
    description: 'Sauvegarder, transférer ou supprimer vos données Gender Lens.',
    lede: 'Gender Lens conserve votre progression et vos certificats uniquement sur cet appareil. Vous pouvez les sauvegarder, les transférer sur un autre appareil ou les supprimer.',

    keepHeading: 'Conserver mes données sur cet appareil',
    keepPersistent:
      'Ce navigateur conserve vos données Gender Lens même lorsque l’espace de stockage de l’appareil vient à manquer.',
    keepBestEffort:
      'Lorsque l’espace de stockage de l’appareil vient à manquer, ce navigateur peut effacer votre progression et vos certificats pour en libérer. Demandez-lui de les conserver\u00a0; un fichier de sauvegarde reste la copie la plus sûre.',
    keepAsk: 'Demander au navigateur de conserver mes données',
    keepUnknown:
      'Ce navigateur n’indique pas s’il conserve les données des sites lorsque l’espace vient à manquer. Un fichier de sauvegarde reste la copie la plus sûre.',
    keepChecking: 'Le navigateur est interrogé sur la conservation de vos données…',
    keepGranted:
      'C’est fait\u00a0: ce navigateur conservera vos données Gender Lens lorsque l’espace viendra à manquer.',
    keepRefused:
      'Le navigateur n’a pas accepté cette fois-ci. Les navigateurs décident en fonction de l’utilisation d’un site (installer Gender Lens comme application aide)\u00a0; téléchargez une sauvegarde par précaution.',

    exportHeading: 'Faire une sauvegarde',
    exportText:
      'Un seul fichier contenant votre progression, vos tentatives aux activités, vos certificats et le nom qui y figure.',
    exportButton: 'Télécharger un fichier de sauvegarde',
    exported: 'Le fichier de sauvegarde a été créé. Conservez-le en lieu sûr, ou importez-le sur un autre appareil.',
    exportFailed:
      'La sauvegarde n’a pas pu être créée\u00a0: ce navigateur ne permet pas au site de lire les données qu’il a enregistrées.',

    importHeading: 'Importer une sauvegarde',
    importText:
      'Ajoute le contenu du fichier à ce qui se trouve déjà sur cet appareil\u00a0; rien n’est dupliqué ni perdu. Un fichier qui n’est pas une sauvegarde Gender Lens, qui est incomplet, qui provient d’une version plus récente ou qui dépasse 5\u00a0Mo est refusé.',
    importButton: 'Choisir un fichier de sauvegarde',
    imported: (sections: number, attempts: number, certificates: number) => {
      const count = (n: number, one: string, other: string) =>
        `${formatNumber('fr', n)} ${plural('fr', n, { one, other })}`;
      return `Sauvegarde importée\u00a0: ajout de ${count(sections, 'section', 'sections')}, ${count(attempts, 'tentative', 'tentatives')} et ${count(certificates, 'certificat', 'certificats')}. Rien n’a été dupliqué.`;
    },
    importFailed: 'La sauvegarde n’a pas pu être importée\u00a0; rien n’a été modifié sur cet appareil.',

    refusedTooLarge: 'Ce fichier dépasse 5\u00a0Mo, ce qui n’est le cas d’aucune sauvegarde Gender Lens.',
    refusedUnreadable:
      'Ce fichier n’a pas pu être lu comme une sauvegarde\u00a0: il est incomplet (peut-être tronqué) ou n’est pas une sauvegarde Gender Lens.',
    refusedNotBackup: 'Ce fichier n’est pas une sauvegarde Gender Lens.',
    refusedNewer:
      'Cette sauvegarde a été faite avec une version plus récente de Gender Lens\u00a0; mettez ce site à jour, puis importez-la de nouveau.',
    // The problem is the file checker's own words, in English: the field says where to look.
    refusedDamaged: (field: string, _problem: string) => `Cette sauvegarde est endommagée (champ ${field}).`,
    refusedAltered: 'Un certificat de cette sauvegarde a été modifié après sa délivrance.',
    nothingChanged: 'Rien n’a été modifié sur cet appareil.',

    resetHeading: 'Supprimer toutes mes données',
    resetText:
      'Supprime de cet appareil votre progression, vos tentatives, vos certificats et votre nom. En cas de doute, téléchargez d’abord une sauvegarde.',
    resetButton: 'Supprimer toutes mes données…',
    resetConfirmHeading: 'Tout supprimer\u00a0?',
    resetConfirmText:
      'Toute votre progression et tous vos certificats Gender Lens seront supprimés de cet appareil. Cette action est irréversible.',
    resetConfirm: 'Oui, tout supprimer',
    resetCancel: 'Conserver mes données',
    deleted: 'Toutes vos données Gender Lens ont été supprimées de cet appareil.',
    deleteFailed: 'Vos données n’ont pas pu être supprimées.',
  },
  ar: {
    title: 'بياناتي',
    description: `نسخ بيانات ${GENDER_LENS_AR} احتياطيًا أو نقلها أو حذفها.`,
    lede: `يحتفظ ${GENDER_LENS_AR} بالتقدم المحرز والشهادات على هذا الجهاز فقط. ويمكن نسخها احتياطيًا أو نقلها إلى جهاز آخر أو حذفها.`,

    keepHeading: 'الاحتفاظ ببياناتي على هذا الجهاز',
    keepPersistent: `يحتفظ هذا المتصفح ببيانات ${GENDER_LENS_AR} حتى عندما تنفد مساحة التخزين في الجهاز.`,
    keepBestEffort:
      'عندما تنفد مساحة التخزين في الجهاز، قد يمحو هذا المتصفح التقدم المحرز والشهادات لإفراغ المساحة. يمكن مطالبته بالاحتفاظ بها؛ وتبقى النسخة الاحتياطية في ملف أضمن نسخة.',
    keepAsk: 'مطالبة المتصفح بالاحتفاظ ببياناتي',
    keepUnknown:
      'لا يُفصح هذا المتصفح عما إذا كان يحتفظ ببيانات المواقع عندما تنفد المساحة. وتبقى النسخة الاحتياطية في ملف أضمن نسخة.',
    keepChecking: 'جارٍ سؤال المتصفح عن طريقة احتفاظه بالبيانات…',
    keepGranted: `تم ذلك: سيحتفظ هذا المتصفح ببيانات ${GENDER_LENS_AR} عندما تنفد المساحة.`,
    keepRefused: `لم يوافق المتصفح هذه المرة. فالمتصفحات تقرر بحسب طريقة استخدام الموقع (ويساعد تثبيت ${GENDER_LENS_AR} كتطبيق على ذلك)؛ ويُستحسن تنزيل نسخة احتياطية تحسبًا.`,

    exportHeading: 'إنشاء نسخة احتياطية',
    exportText: 'ملف واحد يضم التقدم المحرز ومحاولات الأنشطة والشهادات والاسم المطبوع عليها.',
    exportButton: 'تنزيل ملف النسخة الاحتياطية',
    exported: 'أُنشئ ملف النسخة الاحتياطية. يُرجى حفظه في مكان آمن، أو استيراده على جهاز آخر.',
    exportFailed: 'تعذّر إنشاء النسخة الاحتياطية: لا يسمح هذا المتصفح للموقع بقراءة البيانات المخزنة.',

    importHeading: 'استيراد نسخة احتياطية',
    importText: `يضيف محتوى الملف إلى ما هو موجود بالفعل على هذا الجهاز؛ فلا يتكرر شيء ولا يُفقد شيء. ويُرفض الملف إذا لم يكن نسخة احتياطية من ${GENDER_LENS_AR}، أو كان ناقصًا، أو صادرًا عن إصدار أحدث، أو تجاوز حجمه ٥ ميغابايت.`,
    importButton: 'اختيار ملف النسخة الاحتياطية',
    imported: (sections: number, attempts: number, certificates: number) => {
      const s = arabicCount(sections, {
        zero: 'لا أقسام',
        one: 'قسم واحد',
        two: 'قسمان',
        few: 'أقسام',
        many: 'قسمًا',
        other: 'قسم',
      });
      const a = arabicCount(attempts, {
        zero: 'لا محاولات',
        one: 'محاولة واحدة',
        two: 'محاولتان',
        few: 'محاولات',
        many: 'محاولة',
        other: 'محاولة',
      });
      const c = arabicCount(certificates, {
        zero: 'لا شهادات',
        one: 'شهادة واحدة',
        two: 'شهادتان',
        few: 'شهادات',
        many: 'شهادة',
        other: 'شهادة',
      });
      // A list of what was added ("Added: two sections, no attempts and one certificate"), so a zero reads as well as a count.
      return `استُوردت النسخة الاحتياطية. الإضافات: ${s}، و${a}، و${c}. ولم يتكرر أي شيء.`;
    },
    importFailed: 'تعذّر استيراد النسخة الاحتياطية؛ ولم يتغير شيء على هذا الجهاز.',

    refusedTooLarge: `يتجاوز حجم هذا الملف ٥ ميغابايت، ولا تبلغ أي نسخة احتياطية من ${GENDER_LENS_AR} هذا الحجم.`,
    refusedUnreadable: `تعذّرت قراءة هذا الملف بوصفه نسخة احتياطية: فهو ناقص (ربما اقتُطع جزء منه) أو ليس نسخة احتياطية من ${GENDER_LENS_AR}.`,
    refusedNotBackup: `هذا الملف ليس نسخة احتياطية من ${GENDER_LENS_AR}.`,
    refusedNewer: `أُنشئت هذه النسخة الاحتياطية بإصدار أحدث من ${GENDER_LENS_AR}؛ يُرجى تحديث هذا الموقع، ثم استيرادها مرة أخرى.`,
    // The problem is the file checker's own words, in English: the field says where to look.
    refusedDamaged: (field: string, _problem: string) => `هذه النسخة الاحتياطية تالفة (الحقل ${isolate(field)}).`,
    refusedAltered: 'عُدّلت إحدى الشهادات في هذه النسخة الاحتياطية بعد إصدارها.',
    nothingChanged: 'لم يتغير شيء على هذا الجهاز.',

    resetHeading: 'حذف جميع بياناتي',
    resetText:
      'يحذف من هذا الجهاز التقدم المحرز والمحاولات والشهادات والاسم. ويُستحسن تنزيل نسخة احتياطية أولًا في حال التردد.',
    resetButton: 'حذف جميع بياناتي…',
    resetConfirmHeading: 'حذف كل شيء؟',
    resetConfirmText: `يحذف هذا الإجراء كل التقدم المحرز وجميع الشهادات في ${GENDER_LENS_AR} على هذا الجهاز. ولا يمكن التراجع عنه.`,
    resetConfirm: 'نعم، حذف كل شيء',
    resetCancel: 'الاحتفاظ ببياناتي',
    deleted: `حُذفت جميع بيانات ${GENDER_LENS_AR} من هذا الجهاز.`,
    deleteFailed: 'تعذّر حذف البيانات.',
  },
});

/** Why a backup file is refused: each reason has its message in every language. */
export type BackupRefusal = 'tooLarge' | 'unreadable' | 'notBackup' | 'newer' | 'damaged' | 'altered';

/** Where a damaged backup is damaged: the field, and what is wrong with it (the checker's English words). */
export interface BackupDamage {
  field: string;
  problem: string;
}

/** A refusal as the learner reads it: the reason, then that nothing on the device was changed. */
export function refusalMessage(lang: Language, reason: BackupRefusal, damage?: BackupDamage): string {
  const m = dataMessages[lang];
  const why = {
    tooLarge: m.refusedTooLarge,
    unreadable: m.refusedUnreadable,
    notBackup: m.refusedNotBackup,
    newer: m.refusedNewer,
    damaged: m.refusedDamaged(damage?.field ?? '?', damage?.problem ?? '?'),
    altered: m.refusedAltered,
  }[reason];
  return `${why} ${m.nothingChanged}`;
}
