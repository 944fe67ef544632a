// The language and theme of demo/timelines.html, from its query (`?lang=ar&theme=dark`): a module, as
// the demo server's Content-Security-Policy allows no inline script.
const q = new URLSearchParams(location.search);
const lang = q.get('lang') ?? 'fr';
document.documentElement.lang = lang;
document.documentElement.dir = lang === 'ar' ? 'rtl' : 'ltr';
for (const m of document.querySelectorAll('cw-roadmap-timeline')) {
  m.setAttribute('theme', q.get('theme') ?? 'light');
  m.setAttribute('lang', lang);
}
