/**
 * UI strings of `<cw-project-card>` that the shared catalogue (`src/i18n`) does not have. Names of
 * roles, statuses and network kinds come from the shared catalogue. The English catalogue defines
 * the keys; French and Arabic must have exactly the same ones (checked by the compiler). `cardMsg`
 * fills them as the shared `msg` fills its own (`defineMessages`).
 */
import { defineMessages, type Catalogues, type Message } from '../../src/i18n/index.js';

const en = {
  'card.showAll.activities': { one: 'Show the {count} activity', other: 'Show all {count} activities' },
  'card.showAll.results': { one: 'Show the {count} result', other: 'Show all {count} results' },
  'card.showFewer.activities': 'Show fewer activities',
  'card.showFewer.results': 'Show fewer results',
  'card.acronym': 'Acronym',
  'card.countries': 'Countries',
  'card.alsoIn': 'Also in',
  'card.period.planned': 'Planned period',
  'card.period.actual': 'Period',
  'card.corrections': 'Where the data departs from the source',
  'card.correction.sdg-target': 'SDG code corrected from {from} to {to}',
  'card.correction.policy-area': 'Policy area corrected from “{from}” to “{to}”',
  'card.correction.date': 'Date corrected from {from} to {to}',
  'card.correction.city': 'City corrected from “{from}” to “{to}”',
  'card.correction.other': '“{field}” corrected from “{from}” to “{to}”',
  'card.correctedMark': 'corrected, see the note below',
  'card.partnersAndFunders': 'Partners and funders',
} as const satisfies Record<string, Message>;

export type CardMessageKey = keyof typeof en;

const fr: Record<CardMessageKey, Message> = {
  'card.showAll.activities': { one: 'Afficher l’activité ({count})', other: 'Afficher les {count} activités' },
  'card.showAll.results': { one: 'Afficher le résultat ({count})', other: 'Afficher les {count} résultats' },
  'card.showFewer.activities': 'Afficher moins d’activités',
  'card.showFewer.results': 'Afficher moins de résultats',
  'card.acronym': 'Sigle',
  'card.countries': 'Pays',
  'card.alsoIn': 'Également',
  'card.period.planned': 'Période prévue',
  'card.period.actual': 'Période',
  'card.corrections': 'Écarts entre les données et la source',
  'card.correction.sdg-target': 'Code ODD corrigé de {from} en {to}',
  'card.correction.policy-area': 'Domaine d’action corrigé de « {from} » en « {to} »',
  'card.correction.date': 'Date corrigée de {from} en {to}',
  'card.correction.city': 'Ville corrigée de « {from} » en « {to} »',
  'card.correction.other': '« {field} » corrigé de « {from} » en « {to} »',
  'card.correctedMark': 'corrigé, voir la note ci-dessous',
  'card.partnersAndFunders': 'Partenaires et bailleurs',
};

const ar: Record<CardMessageKey, Message> = {
  'card.showAll.activities': {
    one: 'عرض النشاط الوحيد',
    two: 'عرض النشاطين',
    few: 'عرض الأنشطة الـ{count}',
    many: 'عرض جميع الأنشطة ({count})',
    other: 'عرض جميع الأنشطة ({count})',
  },
  'card.showAll.results': {
    one: 'عرض النتيجة الوحيدة',
    two: 'عرض النتيجتين',
    few: 'عرض النتائج الـ{count}',
    many: 'عرض جميع النتائج ({count})',
    other: 'عرض جميع النتائج ({count})',
  },
  'card.showFewer.activities': 'عرض أنشطة أقل',
  'card.showFewer.results': 'عرض نتائج أقل',
  'card.acronym': 'الاسم المختصر',
  'card.countries': 'البلدان',
  'card.alsoIn': 'وأيضًا في',
  'card.period.planned': 'الفترة المخطط لها',
  'card.period.actual': 'الفترة',
  'card.corrections': 'مواضع اختلاف البيانات عن المصدر',
  'card.correction.sdg-target': 'صُحِّح رمز هدف التنمية المستدامة من {from} إلى {to}',
  'card.correction.policy-area': 'صُحِّح مجال السياسة من «{from}» إلى «{to}»',
  'card.correction.date': 'صُحِّح التاريخ من {from} إلى {to}',
  'card.correction.city': 'صُحِّحت المدينة من «{from}» إلى «{to}»',
  'card.correction.other': 'صُحِّح «{field}» من «{from}» إلى «{to}»',
  'card.correctedMark': 'مُصحَّح، انظر الملاحظة أدناه',
  'card.partnersAndFunders': 'الشركاء والممولون',
};

export const CARD_MESSAGES: Catalogues<CardMessageKey> = { en, fr, ar };

/** A message of `<cw-project-card>` in the language of `lang` (any BCP 47 tag). */
export const cardMsg = defineMessages(CARD_MESSAGES);
