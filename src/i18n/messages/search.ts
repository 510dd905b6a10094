import { defineMessages, formatNumber, plural } from '../messages';

/** The site's name (Latin script) inside an Arabic sentence, isolated so it does not reorder the sentence. */
const GENDER_LENS_AR = '\u2068Gender Lens\u2069';
/** What a learner typed (any script) inside an Arabic sentence, isolated the same way. */
const isolate = (text: string) => `\u2068${text}\u2069`;

/**
 * The search page (src/components/pages/SearchPage.astro) and what its script says while it runs
 * (src/scripts/search.ts): the count of results, the offline notes. The query is quoted as each
 * language quotes: “PEP” in English, « PEP » in French, «PEP» in Arabic.
 */
export const searchMessages = defineMessages('search', {
  en: {
    title: 'Search',
    description: 'Search the lessons, modules, glossary and answers explained of every Gender Lens course.',
    lede: 'Lessons, modules, the glossary and the answers explained of every course.',
    label: 'Search for a word or phrase',
    submit: 'Search',
    results: 'Search results',
    noScript: 'Search needs JavaScript. Every page is also listed on its course page.',

    // --- What the script says ---
    typeToSearch: 'Type a word or phrase to search.',
    searching: (query: string) => `Searching for “${query}”…`,
    noResults: (query: string) => `No results for “${query}”. Try another word, or fewer words.`,
    found: (query: string, total: number, shown: number) => {
      const found = `${formatNumber('en', total)} ${plural('en', total, { one: 'result', other: 'results' })} for “${query}”`;
      return shown < total ? `${found}; the first ${formatNumber('en', shown)} are listed.` : `${found}.`;
    },
    couldNotLoad: 'Search could not load. Reload the page to try again.',
    couldNotLoadOffline:
      'Search could not load: it needs a connection until it has been saved on this device. Search once while connected, and it works offline after that.',
    savedOffline: (kib: number) =>
      `Search works offline on this device: its index (${formatNumber('en', kib)} KiB) is saved.`,
  },
  fr: {
    title: 'Recherche',
    description:
      'Rechercher dans les leçons, les modules, le glossaire et les réponses expliquées de chaque cours de Gender Lens.',
    lede: 'Les leçons, les modules, le glossaire et les réponses expliquées de chaque cours.',
    label: 'Rechercher un mot ou une expression',
    submit: 'Rechercher',
    results: 'Résultats de la recherche',
    noScript: 'La recherche nécessite JavaScript. Chaque page figure aussi sur la page de son cours.',

    typeToSearch: 'Saisissez un mot ou une expression à rechercher.',
    searching: (query: string) => `Recherche de «\u00a0${query}\u00a0»…`,
    noResults: (query: string) => `Aucun résultat pour «\u00a0${query}\u00a0». Essayez un autre mot, ou moins de mots.`,
    found: (query: string, total: number, shown: number) => {
      const found = `${formatNumber('fr', total)} ${plural('fr', total, { one: 'résultat', other: 'résultats' })} pour «\u00a0${query}\u00a0»`;
      return shown < total ? `${found}\u00a0; les ${formatNumber('fr', shown)} premiers sont affichés.` : `${found}.`;
    },
    couldNotLoad: 'La recherche n’a pas pu se charger. Rechargez la page pour réessayer.',
    couldNotLoadOffline:
      'La recherche n’a pas pu se charger\u00a0: elle a besoin d’une connexion tant qu’elle n’est pas enregistrée sur cet appareil. Faites une recherche une fois connecté, et elle fonctionnera ensuite hors ligne.',
    savedOffline: (kib: number) =>
      `La recherche fonctionne hors ligne sur cet appareil\u00a0: son index (${formatNumber('fr', kib)}\u00a0Kio) est enregistré.`,
  },
  ar: {
    title: 'البحث',
    description: `البحث في الدروس والوحدات والمسرد والإجابات المشروحة لجميع دورات ${GENDER_LENS_AR}.`,
    lede: 'الدروس والوحدات والمسرد والإجابات المشروحة لجميع الدورات.',
    label: 'البحث عن كلمة أو عبارة',
    submit: 'بحث',
    results: 'نتائج البحث',
    noScript: 'يتطلب البحث تفعيل JavaScript. وتُدرج كل صفحة أيضًا في صفحة الدورة التي تنتمي إليها.',

    typeToSearch: 'يُرجى كتابة كلمة أو عبارة للبحث عنها.',
    searching: (query: string) => `جارٍ البحث عن «${isolate(query)}»…`,
    noResults: (query: string) => `لا توجد نتائج عن «${isolate(query)}». يُرجى تجربة كلمة أخرى أو عدد أقل من الكلمات.`,
    found: (query: string, total: number, shown: number) => {
      const n = formatNumber('ar', total);
      const found = plural('ar', total, {
        zero: `لا توجد نتائج عن «${isolate(query)}»`,
        one: `نتيجة واحدة عن «${isolate(query)}»`,
        two: `نتيجتان عن «${isolate(query)}»`,
        few: `${n} نتائج عن «${isolate(query)}»`,
        many: `${n} نتيجة عن «${isolate(query)}»`,
        other: `${n} نتيجة عن «${isolate(query)}»`,
      });
      return shown < total ? `${found}؛ تُعرض أول ${formatNumber('ar', shown)} نتيجة منها.` : `${found}.`;
    },
    couldNotLoad: 'تعذّر تحميل البحث. يُرجى إعادة تحميل الصفحة للمحاولة مرة أخرى.',
    couldNotLoadOffline:
      'تعذّر تحميل البحث: يحتاج البحث إلى اتصال بالإنترنت إلى أن يُحفظ على هذا الجهاز. ابحث مرة واحدة أثناء الاتصال، وسيعمل البحث بعد ذلك دون اتصال.',
    savedOffline: (kib: number) =>
      `يعمل البحث دون اتصال على هذا الجهاز: حُفظ فهرسه (${formatNumber('ar', kib)} كيلوبايت).`,
  },
});
