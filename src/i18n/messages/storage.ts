import { defineMessages } from '../messages';

/** The site's name (Latin script) inside an Arabic sentence, isolated so it does not reorder the sentence. */
const GENDER_LENS_AR = '\u2068Gender Lens\u2069';

/**
 * Saving on the device and working offline: storage failures (src/storage/errors.ts, shown by
 * src/components/StorageNotice.astro), an activity that starts again (src/components/activities/
 * activity.svelte.ts, for the reasons in session.ts's RESTARTED), and the offline and update notices
 * (src/scripts/offline.ts, in src/components/UpdateNotice.astro).
 */
export const storageMessages = defineMessages('storage', {
  en: {
    // --- Storage failures (one per StorageProblem) ---
    unavailable:
      'Your progress is not being saved: this browser does not allow this site to store data (private browsing or blocked storage). You can still read everything.',
    full: 'Your progress is not being saved: this device’s storage is full. Free some space, then reload. You can still read everything.',
    closed:
      'Gender Lens was updated in another tab. Reload this page to keep saving your progress; nothing you saved is lost.',
    failed: 'Your progress could not be saved just now. You can still read everything; try reloading the page.',
    /** The button after the `closed` failure. */
    reloadPage: 'Reload this page',

    // --- An activity whose saved state cannot be used ---
    restartedChanged: 'This activity has changed since you last worked on it, so it starts again.',
    restartedUnreadable: 'Your saved place in this activity could not be restored, so it starts again.',

    // --- Offline use and updates ---
    offlineReady: 'Gender Lens is saved on this device: every course now works offline.',
    ok: 'OK',
    updateReady: 'A new version of Gender Lens is ready. Your progress is kept.',
    reloadToUpdate: 'Reload to update',
    notNow: 'Not now',

    // --- A SCORM package's launch page (src/lms/launch.ts) ---
    lmsNotAccepted:
      'Your learning system did not accept the latest progress. Your progress is kept on this device and will be sent again.',
  },
  fr: {
    unavailable:
      'Votre progression n’est pas enregistrée\u00a0: ce navigateur ne permet pas à ce site de stocker des données (navigation privée ou stockage bloqué). Vous pouvez tout de même tout lire.',
    full: 'Votre progression n’est pas enregistrée\u00a0: l’espace de stockage de cet appareil est plein. Libérez de l’espace, puis rechargez la page. Vous pouvez tout de même tout lire.',
    closed:
      'Gender Lens a été mis à jour dans un autre onglet. Rechargez cette page pour continuer à enregistrer votre progression\u00a0; rien de ce que vous avez enregistré n’est perdu.',
    failed:
      'Votre progression n’a pas pu être enregistrée pour le moment. Vous pouvez tout de même tout lire\u00a0; essayez de recharger la page.',
    reloadPage: 'Recharger cette page',

    restartedChanged:
      'Cette activité a changé depuis votre dernier passage\u00a0: elle recommence donc depuis le début.',
    restartedUnreadable:
      'L’endroit où vous en étiez dans cette activité n’a pas pu être rétabli\u00a0: elle recommence donc depuis le début.',

    offlineReady:
      'Gender Lens est enregistré sur cet appareil\u00a0: tous les cours fonctionnent désormais hors ligne.',
    ok: 'OK',
    updateReady: 'Une nouvelle version de Gender Lens est prête. Votre progression est conservée.',
    reloadToUpdate: 'Recharger pour mettre à jour',
    notNow: 'Plus tard',

    lmsNotAccepted:
      'Votre système de gestion de l’apprentissage n’a pas accepté votre dernière progression. Elle est conservée sur cet appareil et lui sera renvoyée.',
  },
  ar: {
    unavailable:
      'لا يجري حفظ التقدم المحرز: لا يسمح هذا المتصفح لهذا الموقع بتخزين البيانات (التصفح الخاص أو حظر التخزين). ولا يزال بالإمكان قراءة المحتوى كله.',
    full: 'لا يجري حفظ التقدم المحرز: مساحة التخزين في هذا الجهاز ممتلئة. يُرجى إفراغ بعض المساحة، ثم إعادة تحميل الصفحة. ولا يزال بالإمكان قراءة المحتوى كله.',
    closed: `جرى تحديث ${GENDER_LENS_AR} في علامة تبويب أخرى. يُرجى إعادة تحميل هذه الصفحة لمواصلة حفظ التقدم المحرز؛ ولم يُفقد شيء مما حُفظ.`,
    failed:
      'تعذّر حفظ التقدم المحرز في الوقت الحالي. ولا يزال بالإمكان قراءة المحتوى كله؛ ويُرجى محاولة إعادة تحميل الصفحة.',
    reloadPage: 'إعادة تحميل هذه الصفحة',

    restartedChanged: 'تغيّر هذا النشاط منذ آخر مرة جرى العمل عليه، ولذلك يبدأ من جديد.',
    restartedUnreadable: 'تعذّرت استعادة الموضع المحفوظ في هذا النشاط، ولذلك يبدأ من جديد.',

    offlineReady: `جرى حفظ ${GENDER_LENS_AR} على هذا الجهاز: أصبحت جميع الدورات تعمل الآن دون اتصال بالإنترنت.`,
    ok: 'حسنًا',
    updateReady: `يتوفر إصدار جديد من ${GENDER_LENS_AR}. ويُحتفظ بالتقدم المحرز.`,
    reloadToUpdate: 'إعادة التحميل للتحديث',
    notNow: 'ليس الآن',

    lmsNotAccepted:
      'لم يقبل نظام إدارة التعلّم الخاص بك آخر ما أحرزته من تقدّم. تقدّمك محفوظ على هذا الجهاز وسيُرسَل إليه مرة أخرى.',
  },
});
