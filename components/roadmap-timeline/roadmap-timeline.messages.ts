/**
 * UI strings of `<cw-roadmap-timeline>` that the shared catalogue (`src/i18n`) does not have. Names
 * of kinds, statuses and roles come from the shared catalogue. The English catalogue defines the
 * keys; French and Arabic must have exactly the same ones (checked by the compiler). `timelineMsg`
 * fills them as the shared `msg` fills its own (`defineMessages`).
 */
import { defineMessages, type Catalogues, type Message } from '../../src/i18n/index.js';

const en = {
  'timeline.label': 'Timeline',
  'timeline.keyboardHint': 'Use the arrow keys to move between entries, and Enter to show the details of one.',
  'timeline.span.planned': 'Planned period: {date}.',
  'timeline.span.actual': 'Period: {date}.',
  'timeline.date.planned': 'Planned date',
  'timeline.date.actual': 'Date held',
  'timeline.date.unknown': 'Date unknown',
  'timeline.today.inside': 'Today, {date}, falls within this period.',
  'timeline.today.before': 'Today, {date}, is before this timeline.',
  'timeline.today.after': 'Today, {date}, is after this timeline.',
  'timeline.today.on': 'Today, {date}.',
  'timeline.kind': 'Type',
  'timeline.description': 'Description',
  'timeline.theme': 'Theme',
  'timeline.organizations': 'Organisations',
  'timeline.roadmap': 'Roadmap',
  'timeline.event': 'Carried out at',
  'timeline.type.item': 'Roadmap item',
  'timeline.type.event': 'Event',
  'timeline.shown': {
    zero: 'No entries shown',
    one: '{count} entry shown out of {total}',
    other: '{count} entries shown out of {total}',
  },
} as const satisfies Record<string, Message>;

export type TimelineMessageKey = keyof typeof en;

const fr: Record<TimelineMessageKey, Message> = {
  'timeline.label': 'Frise chronologique',
  'timeline.keyboardHint': 'Les flèches du clavier passent d’un élément à l’autre ; Entrée en affiche le détail.',
  'timeline.span.planned': 'Période prévue : {date}.',
  'timeline.span.actual': 'Période : {date}.',
  'timeline.date.planned': 'Date prévue',
  'timeline.date.actual': 'Date effective',
  'timeline.date.unknown': 'Date inconnue',
  'timeline.today.inside': 'Aujourd’hui, {date}, se situe dans cette période.',
  'timeline.today.before': 'Aujourd’hui, {date}, précède cette frise.',
  'timeline.today.after': 'Aujourd’hui, {date}, est postérieur à cette frise.',
  'timeline.today.on': 'Aujourd’hui, {date}.',
  'timeline.kind': 'Type',
  'timeline.description': 'Description',
  'timeline.theme': 'Thème',
  'timeline.organizations': 'Organisations',
  'timeline.roadmap': 'Feuille de route',
  'timeline.event': 'Réalisé lors de',
  'timeline.type.item': 'Action de la feuille de route',
  'timeline.type.event': 'Événement',
  'timeline.shown': {
    zero: 'Aucun élément affiché',
    one: '{count} élément affiché sur {total}',
    other: '{count} éléments affichés sur {total}',
  },
};

const ar: Record<TimelineMessageKey, Message> = {
  'timeline.label': 'الخط الزمني',
  'timeline.keyboardHint': 'استخدم مفاتيح الأسهم للتنقل بين العناصر، ومفتاح الإدخال لعرض تفاصيل أحدها.',
  'timeline.span.planned': 'الفترة المخطط لها: {date}.',
  'timeline.span.actual': 'الفترة: {date}.',
  'timeline.date.planned': 'التاريخ المخطط له',
  'timeline.date.actual': 'تاريخ الانعقاد',
  'timeline.date.unknown': 'التاريخ غير معروف',
  'timeline.today.inside': 'اليوم، {date}، يقع ضمن هذه الفترة.',
  'timeline.today.before': 'اليوم، {date}، يسبق هذا الخط الزمني.',
  'timeline.today.after': 'اليوم، {date}، يلي هذا الخط الزمني.',
  'timeline.today.on': 'اليوم، {date}.',
  'timeline.kind': 'النوع',
  'timeline.description': 'الوصف',
  'timeline.theme': 'الموضوع',
  'timeline.organizations': 'المنظمات',
  'timeline.roadmap': 'خارطة الطريق',
  'timeline.event': 'نُفِّذ خلال',
  'timeline.type.item': 'بند من خارطة الطريق',
  'timeline.type.event': 'فعالية',
  'timeline.shown': {
    zero: 'لا توجد عناصر معروضة',
    one: 'عنصر واحد معروض من أصل {total}',
    two: 'عنصران معروضان من أصل {total}',
    few: '{count} عناصر معروضة من أصل {total}',
    many: '{count} عنصرًا معروضًا من أصل {total}',
    other: '{count} عنصر معروض من أصل {total}',
  },
};

export const TIMELINE_MESSAGES: Catalogues<TimelineMessageKey> = { en, fr, ar };

/** A message of `<cw-roadmap-timeline>` in the language of `lang` (any BCP 47 tag). */
export const timelineMsg = defineMessages(TIMELINE_MESSAGES);
