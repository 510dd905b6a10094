/**
 * The language switcher's script, inlined in every page that exists in more than one language (a
 * module script with no imports: it costs no request and runs once the page is parsed). It keeps the
 * place on the page when the learner switches (a heading has one id in every language) and
 * remembers the choice: a page in another language than the one chosen offers the chosen one. On a
 * first visit the browser's preferred language stands for the choice. The site never changes
 * language by itself, and "No, thanks" keeps the page's language as the choice.
 */
export const LANGUAGE_CHOICE = `(() => {
  const KEY = 'gl.lang';
  const remember = (lang) => {
    try {
      localStorage.setItem(KEY, lang);
    } catch {}
  };
  for (const link of document.querySelectorAll('[data-language-link]')) {
    link.addEventListener('click', () => {
      remember(link.dataset.languageLink);
      if (location.hash) link.hash = location.hash;
    });
  }
  const page = document.documentElement.lang;
  let chosen = null;
  try {
    chosen = localStorage.getItem(KEY);
  } catch {}
  if (!chosen) {
    const preferred = (navigator.languages || [navigator.language]).map((l) => l.slice(0, 2).toLowerCase());
    chosen = preferred.find((l) => l === page || document.querySelector('[data-language-offer="' + l + '"]')) || page;
    remember(chosen);
  }
  const offer = chosen !== page && document.querySelector('[data-language-offer="' + chosen + '"]');
  if (!offer) return;
  offer.hidden = false;
  offer.querySelector('[data-language-offer-close]').addEventListener('click', () => {
    offer.hidden = true;
    remember(page);
  });
})();`;
