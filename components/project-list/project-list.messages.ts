/**
 * UI strings of `<cw-project-list>` that the shared catalogue (`src/i18n`) does not have (filter
 * labels, "clear filters", result counts and empty states come from the shared one). The English
 * catalogue defines the keys; French and Arabic have exactly the same ones (checked by the compiler).
 * `listMsg` fills them as the shared `msg` fills its own (`defineMessages`).
 */
import { defineMessages, type Catalogues, type Message } from '../../src/i18n/index.js';

const en = {
  'projectList.filtersLabel': 'Filter the projects',
  'projectList.searchHint': 'Words in any order; accents and case do not matter.',
  'projectList.status.filtered': '{results} out of {total}',
  'projectList.results': 'Projects',
  'projectList.showMore': { one: 'Show {count} more project', other: 'Show {count} more projects' },
  'projectList.remaining': { one: '{count} project not shown yet', other: '{count} projects not shown yet' },
  'projectList.unknownValue': '{value} (not in the data)',
} as const satisfies Record<string, Message>;

export type ListMessageKey = keyof typeof en;

const fr: Record<ListMessageKey, Message> = {
  'projectList.filtersLabel': 'Filtrer les projets',
  'projectList.searchHint': 'Des mots dans n’importe quel ordre ; accents et majuscules sont indifférents.',
  'projectList.status.filtered': '{results} sur {total}',
  'projectList.results': 'Projets',
  'projectList.showMore': { one: 'Afficher {count} projet de plus', other: 'Afficher {count} projets de plus' },
  'projectList.remaining': { one: '{count} projet pas encore affiché', other: '{count} projets pas encore affichés' },
  'projectList.unknownValue': '{value} (absent des données)',
};

const ar: Record<ListMessageKey, Message> = {
  'projectList.filtersLabel': 'تصفية المشاريع',
  'projectList.searchHint': 'كلمات بأي ترتيب؛ لا فرق بين الحروف المشكولة وغيرها ولا بين أشكال الهمزة.',
  'projectList.status.filtered': '{results} من أصل {total}',
  'projectList.results': 'المشاريع',
  'projectList.showMore': {
    one: 'عرض مشروع واحد آخر',
    two: 'عرض مشروعين آخرين',
    few: 'عرض {count} مشاريع أخرى',
    many: 'عرض {count} مشروعًا آخر',
    other: 'عرض {count} مشروع آخر',
  },
  'projectList.remaining': {
    one: 'مشروع واحد لم يُعرض بعد',
    two: 'مشروعان لم يُعرضا بعد',
    few: '{count} مشاريع لم تُعرض بعد',
    many: '{count} مشروعًا لم يُعرض بعد',
    other: '{count} مشروع لم يُعرض بعد',
  },
  'projectList.unknownValue': '{value} (غير موجود في البيانات)',
};

export const LIST_MESSAGES: Catalogues<ListMessageKey> = { en, fr, ar };

/** A message of `<cw-project-list>` in the language of `lang` (any BCP 47 tag). */
export const listMsg = defineMessages(LIST_MESSAGES);
