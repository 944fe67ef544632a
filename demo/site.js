// The demo page's own script (not part of cityweave): a language switcher that sets `lang` and `dir`
// on <html>; the elements follow by themselves. Page texts are the site's, in its three languages.
const TEXT = {
  fr: {
    skip: 'Aller au contenu', city: 'Ville de Tanger', navHome: 'Accueil', navTown: 'Mairie', navNetworks: 'Coopération et réseaux', navCustom: 'Vos données',
    crumbs: 'Accueil › Coopération internationale › Réseaux de villes', title: 'Tanger dans les réseaux de villes',
    lead: 'Tanger est le siège du Réseau marocain des cités interculturelles, une ville du projet Migration ville à ville en Méditerranée et un partenaire du Réseau des villes fortes. Cette page présente ces réseaux, leurs villes, leurs projets et leurs feuilles de route.',
    hMap: 'Les villes du réseau marocain des cités interculturelles', hCard: 'Notre action ciblée : TangerAccueil', hSdg: 'Objectifs de développement durable',
    sdgText: 'Les actions de la ville contribuent notamment à ces cibles :', hTimeline: 'Plan d’action 2019–2020 du réseau marocain', hList: 'Les actions ciblées des villes MC2CM',
    hEmbed: 'Intégrer ces éléments sur un autre site', embedText: 'Pour un site qui n’accepte ni script ni élément : une iframe qui prend la hauteur de son contenu. Copiez le code d’un élément.',
    footer: 'Données : documents sources du projet (voir le README). Aucune requête vers des tiers, aucun cookie.', langNav: 'Langue', mainNav: 'Principale', docTitle: 'Réseaux de villes – Ville de Tanger',
  },
  en: {
    skip: 'Skip to content', city: 'City of Tangier', navHome: 'Home', navTown: 'Town hall', navNetworks: 'Cooperation and networks', navCustom: 'Your data',
    crumbs: 'Home › International cooperation › City networks', title: 'Tangier in city networks',
    lead: 'Tangier is the seat of the Moroccan Network of Intercultural Cities, a city of the Mediterranean City-to-City Migration project and a partner of the Strong Cities Network. This page presents these networks, their cities, projects and roadmaps.',
    hMap: 'The cities of the Moroccan network of intercultural cities', hCard: 'Our targeted action: TangerAccueil', hSdg: 'Sustainable Development Goals',
    sdgText: 'The city’s actions contribute in particular to these targets:', hTimeline: 'Action plan 2019–2020 of the Moroccan network', hList: 'Targeted actions of the MC2CM cities',
    hEmbed: 'Embedding these elements on another site', embedText: 'For a site that allows neither scripts nor custom elements: an iframe that takes the height of its content. Copy an element’s code.',
    footer: 'Data: the project’s source documents (see the README). No third-party requests, no cookies.', langNav: 'Language', mainNav: 'Main', docTitle: 'City networks – City of Tangier',
  },
  ar: {
    skip: 'انتقل إلى المحتوى', city: 'مدينة طنجة', navHome: 'الرئيسية', navTown: 'البلدية', navNetworks: 'التعاون والشبكات', navCustom: 'بياناتكم',
    crumbs: 'الرئيسية › التعاون الدولي › شبكات المدن', title: 'طنجة في شبكات المدن',
    lead: 'طنجة مقر الشبكة المغربية للمدن المتعددة الثقافات، وإحدى مدن مشروع الهجرة من مدينة إلى مدينة في البحر الأبيض المتوسط، وشريكة لشبكة المدن القوية. تعرض هذه الصفحة هذه الشبكات ومدنها ومشاريعها وخرائط طريقها.',
    hMap: 'مدن الشبكة المغربية للمدن المتعددة الثقافات', hCard: 'إجراؤنا المستهدف: TangerAccueil', hSdg: 'أهداف التنمية المستدامة',
    sdgText: 'تساهم إجراءات المدينة بشكل خاص في هذه الغايات:', hTimeline: 'خطة عمل الشبكة المغربية 2019–2020', hList: 'الإجراءات المستهدفة لمدن MC2CM',
    hEmbed: 'تضمين هذه العناصر في موقع آخر', embedText: 'لموقع لا يقبل البرامج النصية ولا العناصر المخصصة: إطار iframe يأخذ ارتفاع محتواه. انسخ رمز العنصر.',
    footer: 'البيانات: الوثائق المصدرية للمشروع (انظر README). لا طلبات إلى أطراف ثالثة ولا ملفات تعريف الارتباط.', langNav: 'اللغة', mainNav: 'القائمة الرئيسية', docTitle: 'شبكات المدن – مدينة طنجة',
  },
};

/** The height of each embed's iframe until its page reports its own (embed/heights.json, copied by the build). */
const EMBED_HEIGHTS = await fetch('/dist/cdn/embed-heights.json').then((r) => r.json());

/** The embed code of an element (see the README, "An iframe, for any CMS"), with this server's address. */
function embedCode(el, query, lang) {
  const base = new URL('/dist/cdn/', location.href).href;
  const src = `${base}embed.html?el=${el}&${query}&lang=${lang}`.replace(/&/g, '&amp;');
  return `<iframe src="${src}" title="cw-${el}" data-cityweave loading="lazy" style="width:100%;border:0" height="${EMBED_HEIGHTS[el]}"></iframe>\n<script src="${base}embed-resize.js" async></script>`;
}

function setLanguage(lang) {
  const t = TEXT[lang] ?? TEXT.fr;
  document.documentElement.lang = lang;
  document.documentElement.dir = lang === 'ar' ? 'rtl' : 'ltr';
  document.title = t.docTitle;
  for (const el of document.querySelectorAll('[data-t]')) el.textContent = t[el.dataset.t];
  for (const d of document.querySelectorAll('.embed-code')) d.querySelector('pre code').textContent = embedCode(d.dataset.el, d.dataset.query, lang);
  for (const el of document.querySelectorAll('[data-t-aria]')) el.setAttribute('aria-label', t[el.dataset.tAria]);
  for (const b of document.querySelectorAll('[data-lang]')) b.setAttribute('aria-pressed', String(b.dataset.lang === lang));
  const url = new URL(location.href);
  url.searchParams.set('lang', lang);
  history.replaceState(null, '', url);
}

for (const b of document.querySelectorAll('[data-lang]')) b.addEventListener('click', () => setLanguage(b.dataset.lang));
setLanguage(new URL(location.href).searchParams.get('lang') ?? 'fr');
