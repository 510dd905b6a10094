/**
 * The language switcher's script, inlined in every page that exists in more than one language (a
 * module script with no imports: it costs no request and runs once the page is parsed). It keeps the
 * place on the page when the learner switches (a heading has one id in every language) and
 * remembers the choice. A first visit whose browser prefers another language the page has is
 * offered it once, in that language; the site never changes language by itself.
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
  let chosen = null;
  try {
    chosen = localStorage.getItem(KEY);
  } catch {}
  if (chosen) return;
  const page = document.documentElement.lang;
  remember(page);
  const preferred = (navigator.languages || [navigator.language]).map((l) => l.slice(0, 2).toLowerCase());
  const wanted = preferred.find((l) => l === page || document.querySelector('[data-language-offer="' + l + '"]'));
  const offer = wanted && wanted !== page && document.querySelector('[data-language-offer="' + wanted + '"]');
  if (!offer) return;
  offer.hidden = false;
  offer.querySelector('[data-language-offer-close]').addEventListener('click', () => (offer.hidden = true));
})();`;
