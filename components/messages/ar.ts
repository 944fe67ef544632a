/**
 * The elements' UI strings in Arabic: the shared catalogue (`src/i18n/messages/ar.ts`), then each
 * element's own strings, with exactly the keys of the English (`en.ts`).
 */
import { ar as shared } from '../../src/i18n/messages/ar.js';
import type { Message } from '../../src/i18n/types.js';
import type { OwnMessageKey, UiMessageKey } from './en.js';

const own: Record<OwnMessageKey, Message> = {
  // ── <cw-project-card> ──────────────────────────────────────────────────────────────────────────
  'card.showAll.activities': {
    zero: 'لا توجد أنشطة لعرضها',
    one: 'عرض النشاط الوحيد',
    two: 'عرض النشاطين',
    few: 'عرض الأنشطة الـ{count}',
    many: 'عرض جميع الأنشطة ({count})',
    other: 'عرض جميع الأنشطة ({count})',
  },
  'card.showAll.results': {
    zero: 'لا توجد نتائج لعرضها',
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
  'card.period.planned': 'الفترة المخطَّط لها',
  'card.period.actual': 'الفترة',
  'card.corrections': 'مواضع اختلاف البيانات عن المصدر',
  'card.correction.sdg-target': 'صُحِّح رمز هدف التنمية المستدامة من {from} إلى {to}',
  'card.correction.policy-area': 'صُحِّح مجال السياسة من «{from}» إلى «{to}»',
  'card.correction.date': 'صُحِّح التاريخ من {from} إلى {to}',
  'card.correction.city': 'صُحِّحت المدينة من «{from}» إلى «{to}»',
  'card.correction.other': 'صُحِّح الحقل «{field}» من «{from}» إلى «{to}»',
  'card.correctedMark': 'مُصحَّح، انظر الملاحظة أدناه',
  'card.partnersAndFunders': 'الشركاء والجهات المموِّلة',
  'card.translated': 'ترجمة أُعدّت لهذه البيانات؛ النص الأصلي باللغة {language}.',

  // ── <cw-project-list> ──────────────────────────────────────────────────────────────────────────
  'projectList.filtersLabel': 'تصفية المشاريع',
  'projectList.searchHint': 'كلمات بأي ترتيب؛ لا فرق بين الحروف المشكولة وغيرها ولا بين أشكال الهمزة.',
  'projectList.status.filtered': '{results} من أصل {total}',
  'projectList.results': 'المشاريع',
  'projectList.showMore': {
    zero: 'لا توجد مشاريع أخرى',
    one: 'عرض مشروع واحد آخر',
    two: 'عرض مشروعين آخرين',
    few: 'عرض {count} مشاريع أخرى',
    many: 'عرض {count} مشروعًا آخر',
    other: 'عرض {count} مشروع آخر',
  },
  'projectList.remaining': {
    zero: 'عُرضت جميع المشاريع',
    one: 'مشروع واحد لم يُعرض بعد',
    two: 'مشروعان لم يُعرضا بعد',
    few: '{count} مشاريع لم تُعرض بعد',
    many: '{count} مشروعًا لم يُعرض بعد',
    other: '{count} مشروع لم يُعرض بعد',
  },
  'projectList.unknownValue': '{value} (غير موجود في البيانات)',

  // ── <cw-roadmap-timeline> ──────────────────────────────────────────────────────────────────────
  'timeline.label': 'الخط الزمني',
  'timeline.keyboardHint': 'استخدم مفاتيح الأسهم للتنقل بين العناصر، ومفتاح الإدخال لعرض تفاصيل أحدها.',
  'timeline.span.planned': 'الفترة المخطَّط لها: {date}.',
  'timeline.span.actual': 'الفترة: {date}.',
  'timeline.date.planned': 'التاريخ المخطَّط له',
  'timeline.date.actual': 'التاريخ الفعلي',
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
  'timeline.overview': 'نظرة عامة على الفترة: اختر عنصرًا لعرضه في القائمة',
  'timeline.zoomIn': 'تكبير المحور',
  'timeline.zoomOut': 'تصغير المحور',
  'timeline.zoomFit': 'عرض الفترة كاملة',
  'timeline.unknownLane': 'السنة غير معروفة',
  'timeline.shown': {
    zero: 'لا توجد عناصر معروضة',
    one: 'عنصر واحد معروض من أصل {total}',
    two: 'عنصران معروضان من أصل {total}',
    few: '{count} عناصر معروضة من أصل {total}',
    many: '{count} عنصرًا معروضًا من أصل {total}',
    other: '{count} عنصر معروض من أصل {total}',
  },

  // ── <cw-city-map> ──────────────────────────────────────────────────────────────────────────────
  'cityMap.showOnMap': 'عرض {name} على الخريطة',
  'cityMap.networks': 'الشبكات',
  'cityMap.cluster': {
    zero: 'لا توجد مدن',
    one: 'مدينة واحدة: {names}',
    two: 'مدينتان: {names}',
    few: '{count} مدن: {names}',
    many: '{count} مدينةً: {names}',
    other: '{count} مدينة: {names}',
  },
  'cityMap.clusterHighlighted': {
    zero: 'لم تُبرَز أي مدينة في القائمة',
    one: 'أُبرزت مدينة واحدة في القائمة: {names}',
    two: 'أُبرزت مدينتان في القائمة: {names}',
    few: 'أُبرزت {count} مدن في القائمة: {names}',
    many: 'أُبرزت {count} مدينةً في القائمة: {names}',
    other: 'أُبرزت {count} مدينة في القائمة: {names}',
  },
  // The last item of a list of names cut short: "طنجة وتطوان و5 مدن أخرى".
  'cityMap.otherCities': {
    zero: 'لا مدن أخرى',
    one: 'مدينة أخرى',
    two: 'مدينتان أخريان',
    few: '{count} مدن أخرى',
    many: '{count} مدينةً أخرى',
    other: '{count} مدينة أخرى',
  },
  'cityMap.listOfCities': 'قائمة المدن ({count})',
  'cityMap.credits': 'الخريطة الأساسية: Natural Earth (ملكية عامة)',
};

export const ar: Record<UiMessageKey, Message> = { ...shared, ...own };
