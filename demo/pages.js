// The script of the three scenario pages (tanger.html, rabat-2018.html, mc2cm-sdg.html), not part of
// cityweave: sets `lang` and `dir` on <html> from ?lang= (fr by default) and the page's own texts;
// the elements follow by themselves.
const TEXT = {
  tanger: {
    fr: { docTitle: 'Nos engagements internationaux – Ville de Tanger', title: 'Nos engagements internationaux', lead: 'Les réseaux de villes dont Tanger fait partie, ses rôles, ses projets, ses rencontres et ses partenaires.' },
    en: { docTitle: 'Our international commitments – City of Tangier', title: 'Our international commitments', lead: 'The city networks Tangier belongs to, its roles, projects, meetings and partners.' },
    ar: { docTitle: 'التزاماتنا الدولية – مدينة طنجة', title: 'التزاماتنا الدولية', lead: 'شبكات المدن التي تنتمي إليها طنجة، وأدوارها ومشاريعها ولقاءاتها وشركاؤها.' },
  },
  rabat: {
    fr: { docTitle: 'Rencontre de Rabat, 5 avril 2018 – Coalition des villes arabes', title: 'La rencontre de Rabat', lead: 'Le suivi de la Feuille de route de Tunis, un an après : programme, objectifs et participants.' },
    en: { docTitle: 'Rabat meeting, 5 April 2018 – Coalition of Arab Cities', title: 'The Rabat meeting', lead: 'Following up the Tunis roadmap one year on: programme, objectives and participants.' },
    ar: { docTitle: 'اجتماع الرباط، 5 نيسان/أبريل 2018 – تحالف المدن العربية', title: 'اجتماع الرباط', lead: 'متابعة خارطة طريق تونس بعد مرور عام: البرنامج والأهداف والمشاركون.' },
  },
  mc2cm: {
    fr: { docTitle: 'MC2CM et les ODD', title: 'Les 15 actions MC2CM et les objectifs de développement durable', lead: 'Quelles cibles ODD chaque action vise, et quelles recommandations politiques rejoignent quels objectifs. Triez les colonnes, téléchargez le tableau.' },
    en: { docTitle: 'MC2CM and the SDGs', title: 'The 15 MC2CM actions and the Sustainable Development Goals', lead: 'Which SDG targets each action aims at, and which policy recommendations meet which goals. Sort the columns, download the table.' },
    ar: { docTitle: 'MC2CM وأهداف التنمية المستدامة', title: 'إجراءات MC2CM الخمسة عشر وأهداف التنمية المستدامة', lead: 'ما الغايات التي يستهدفها كل إجراء، وأي التوصيات السياساتية تلتقي بأي الأهداف. رتّبوا الأعمدة ونزّلوا الجدول.' },
  },
  common: {
    fr: { langNav: 'Langue', pages: 'Pages', home: 'Page de Tanger (tous les éléments)', footer: 'Données : documents sources du projet (voir le README). Aucune requête vers des tiers, aucun cookie.' },
    en: { langNav: 'Language', pages: 'Pages', home: 'Tangier page (every element)', footer: 'Data: the project’s source documents (see the README). No third-party requests, no cookies.' },
    ar: { langNav: 'اللغة', pages: 'الصفحات', home: 'صفحة طنجة (جميع العناصر)', footer: 'البيانات: الوثائق المصدرية للمشروع (انظر README). لا طلبات إلى أطراف ثالثة ولا ملفات تعريف الارتباط.' },
  },
};

const param = new URL(location.href).searchParams.get('lang') ?? 'fr';
const lang = ['fr', 'en', 'ar'].includes(param) ? param : 'fr';
const t = { ...TEXT.common[lang], ...TEXT[document.body.dataset.page][lang] };
document.documentElement.lang = lang;
document.documentElement.dir = lang === 'ar' ? 'rtl' : 'ltr';
document.title = t.docTitle;
for (const el of document.querySelectorAll('[data-t]')) el.textContent = t[el.dataset.t];
for (const el of document.querySelectorAll('[data-t-aria]')) el.setAttribute('aria-label', t[el.dataset.tAria]);
for (const a of document.querySelectorAll('a[data-keep-lang]')) a.href = `${a.getAttribute('href').split('?')[0]}?lang=${lang}`;
for (const a of document.querySelectorAll('[data-lang]')) if (a.dataset.lang === lang) a.setAttribute('aria-current', 'true');
