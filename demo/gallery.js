// The gallery page's own script (not part of cityweave). Reads two query parameters:
//   ?lang=fr|en|ar (or a full tag: ar-MA, fr-TN…)  → `lang` and `dir` on <html>; the elements follow by themselves;
//   ?theme=light|dark                           → `theme` on every cityweave element, and the page's own colours.
// It runs before the bundle (module scripts run in order), so the elements render in the right
// language and theme from the start.
const TEXT = {
  fr: {
    docTitle: 'Galerie des composants – cityweave', brand: 'cityweave : galerie', switchNav: 'Langue et thème', light: 'Clair', dark: 'Sombre',
    title: 'Galerie des composants', lead: 'Chaque composant dans ses états principaux, sur les données par défaut.',
    hCard: 'Fiche de projet', full: 'Complète', compact: 'Compacte', hList: 'Liste de projets (MC2CM)',
    hMap: 'Carte des villes', mapRmci: 'Réseau marocain des cités interculturelles', mapMc2cm: 'Migration ville à ville en Méditerranée (MC2CM)',
    hTimeline: 'Feuille de route', tlRmci: 'Plan d’action 2019–2020 du réseau marocain', tlArab: 'Coalition arabe des villes contre le racisme : tout le réseau', tlMc2cm: 'MC2CM : tout le réseau',
    hSdg: 'Badges ODD', goals: 'Les 17 objectifs', targets: 'Des cibles (avec lien vers l’URI de l’ONU)', sizes: 'Tailles : small, medium, large',
    hStates: 'États d’erreur et état vide', unknownId: 'Identifiant inconnu (une faute de frappe)', unknownSdg: 'Code ODD inconnu',
    unreachable: 'Fichier de données introuvable', notJson: 'Fichier de données qui n’est pas du JSON', empty: 'Un réseau sans projet',
    footer: 'Capturée par scripts/screenshots.mjs dans docs/screenshots/.',
  },
  en: {
    docTitle: 'Component gallery – cityweave', brand: 'cityweave: gallery', switchNav: 'Language and theme', light: 'Light', dark: 'Dark',
    title: 'Component gallery', lead: 'Every component in its main states, on the default dataset.',
    hCard: 'Project card', full: 'Full', compact: 'Compact', hList: 'Project list (MC2CM)',
    hMap: 'City map', mapRmci: 'Moroccan Network of Intercultural Cities', mapMc2cm: 'Mediterranean City-to-City Migration (MC2CM)',
    hTimeline: 'Roadmap', tlRmci: 'Action plan 2019–2020 of the Moroccan network', tlArab: 'Arab Coalition of Cities against Racism: the whole network', tlMc2cm: 'MC2CM: the whole network',
    hSdg: 'SDG badges', goals: 'The 17 goals', targets: 'Some targets (linked to their UN URI)', sizes: 'Sizes: small, medium, large',
    hStates: 'Error states and the empty state', unknownId: 'Unknown id (a typo)', unknownSdg: 'Unknown SDG code',
    unreachable: 'Data file not found', notJson: 'Data file that is not JSON', empty: 'A network with no project',
    footer: 'Captured by scripts/screenshots.mjs into docs/screenshots/.',
  },
  ar: {
    docTitle: 'معرض المكونات – cityweave', brand: 'cityweave: المعرض', switchNav: 'اللغة والمظهر', light: 'فاتح', dark: 'داكن',
    title: 'معرض المكونات', lead: 'كل مكوّن في حالاته الرئيسية، على البيانات الافتراضية.',
    hCard: 'بطاقة مشروع', full: 'كاملة', compact: 'مختصرة', hList: 'قائمة المشاريع (MC2CM)',
    hMap: 'خريطة المدن', mapRmci: 'الشبكة المغربية للمدن المتعددة الثقافات', mapMc2cm: 'الهجرة من مدينة إلى مدينة في البحر الأبيض المتوسط (MC2CM)',
    hTimeline: 'خارطة الطريق', tlRmci: 'خطة عمل الشبكة المغربية 2019–2020', tlArab: 'التحالف العربي للمدن لمناهضة العنصرية: الشبكة كلها', tlMc2cm: 'شبكة MC2CM: الشبكة كلها',
    hSdg: 'شارات أهداف التنمية المستدامة', goals: 'الأهداف السبعة عشر', targets: 'بعض الغايات (مع رابط إلى معرّفها لدى الأمم المتحدة)', sizes: 'الأحجام: small وmedium وlarge',
    hStates: 'حالات الخطأ والحالة الفارغة', unknownId: 'معرّف غير معروف (خطأ مطبعي)', unknownSdg: 'رمز هدف غير معروف',
    unreachable: 'ملف بيانات غير موجود', notJson: 'ملف بيانات ليس بصيغة JSON', empty: 'شبكة بلا مشروع',
    footer: 'تلتقطها scripts/screenshots.mjs في docs/screenshots/.',
  },
};
// The examples of <cw-event>, <cw-city-profile> and <cw-sdg-coverage> (issue 16).
Object.assign(TEXT.fr, { hEvent: 'Événement', eventRabat: 'Avec son programme (Rabat, 5 avril 2018)', eventNoYear: 'Sans année dans la source (Tanger, 27–28 novembre)', hCityProfile: 'Profil de ville', hCoverage: 'Couverture des ODD (MC2CM)' });
Object.assign(TEXT.en, { hEvent: 'Event', eventRabat: 'With its programme (Rabat, 5 April 2018)', eventNoYear: 'No year in the source (Tangier, 27–28 November)', hCityProfile: 'City profile', hCoverage: 'SDG coverage (MC2CM)' });
Object.assign(TEXT.ar, { hEvent: 'فعالية', eventRabat: 'مع برنامجها (الرباط، 5 نيسان/أبريل 2018)', eventNoYear: 'بدون سنة في المصدر (طنجة، 27–28 تشرين الثاني/نوفمبر)', hCityProfile: 'ملف مدينة', hCoverage: 'تغطية أهداف التنمية المستدامة (MC2CM)' });

const params = new URL(location.href).searchParams;
const langParam = (params.get('lang') ?? '').trim();
const lang = /^(fr|en|ar)(-[a-z0-9]{1,8})*$/i.test(langParam) ? langParam : 'fr';
const base = lang.slice(0, 2).toLowerCase();
const themeParam = params.get('theme');
const theme = themeParam === 'light' || themeParam === 'dark' ? themeParam : undefined;

const root = document.documentElement;
root.lang = lang;
root.dir = base === 'ar' ? 'rtl' : 'ltr';
if (theme) root.dataset.theme = theme;

const t = TEXT[base];
document.title = t.docTitle;
for (const el of document.querySelectorAll('[data-t]')) el.textContent = t[el.dataset.t];
for (const el of document.querySelectorAll('[data-t-aria]')) el.setAttribute('aria-label', t[el.dataset.tAria]);

// The theme on every cityweave element of the page (those nested in other elements' shadow roots
// take it from their enclosing element).
if (theme) for (const el of document.querySelectorAll('*')) if (el.localName.startsWith('cw-')) el.setAttribute('theme', theme);

// The switcher keeps the other parameter: a language link keeps the theme, and the reverse.
for (const a of document.querySelectorAll('[data-set-lang], [data-set-theme]')) {
  const next = new URLSearchParams(params);
  if (a.dataset.setLang) next.set('lang', a.dataset.setLang);
  if (a.dataset.setTheme) next.set('theme', a.dataset.setTheme);
  a.href = `?${next}`;
  const current = a.dataset.setLang ? a.dataset.setLang === base : a.dataset.setTheme === theme;
  if (current) a.setAttribute('aria-current', 'true');
}
