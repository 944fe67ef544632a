/**
 * The second row of a template: a short help for each column, in French, English and Arabic, made
 * from what the schema says the column holds (`layout.ts`), so a new field gets its help with no
 * change here. One cell: `fr: …`, `en: …`, `ar: …` on three lines (the importer skips the row by
 * its first cell, which starts `fr: `; see `HELP_MARK`).
 */
import { countryName, languageName } from '../i18n/display-names.js';
import { HELP_MARK } from './cells.js';
import { kindSheet, REFERENCES, type Field, type Key, type Table } from './layout.js';

type Help = { fr: string; en: string; ar: string };

const join = (h: Help): string => `${HELP_MARK}${h.fr}\nen: ${h.en}\nar: ${h.ar}`;

const BY_MEANING: Record<string, Help> = {
  date: { fr: 'date en texte : 2017, 2017-04 ou 2017-04-27 ; période : 2019/2020', en: 'date as text: 2017, 2017-04 or 2017-04-27; range: 2019/2020', ar: 'تاريخ كنص: 2017 أو 2017-04 أو 2017-04-27؛ فترة: 2019/2020' },
  country: { fr: 'code pays ISO à deux lettres (MA, TN…)', en: 'ISO two-letter country code (MA, TN…)', ar: 'رمز البلد من حرفين حسب ISO ‏(MA، TN…)' },
  sdg: { fr: 'cibles ODD en texte (10.7)', en: 'SDG targets as text (10.7)', ar: 'غايات أهداف التنمية المستدامة كنص (10.7)' },
  url: { fr: 'lien http(s) ou mailto', en: 'http(s) or mailto link', ar: 'رابط http(s) أو mailto' },
  lang: { fr: 'langue BCP 47 (fr, en, ar)', en: 'BCP 47 language tag (fr, en, ar)', ar: 'وسم لغة BCP 47 ‏(fr، en، ar)' },
  number: { fr: 'nombre décimal (35.77)', en: 'decimal number (35.77)', ar: 'عدد عشري (35.77)' },
  choice: { fr: 'une valeur de la liste', en: 'a value from the list', ar: 'قيمة من القائمة' },
  id: { fr: "identifiant d'une autre feuille", en: 'id from another sheet', ar: 'معرّف من ورقة أخرى' },
  other: { fr: 'texte', en: 'text', ar: 'نص' },
};
const OWN_ID: Help = { fr: 'identifiant unique : minuscules, chiffres, tirets (tanger-ma)', en: 'unique id: lower-case letters, digits, hyphens (tanger-ma)', ar: 'معرّف فريد: حروف لاتينية صغيرة وأرقام وشرطات (tanger-ma)' };
const LIST: Help = { fr: 'plusieurs possibles, séparés par ;', en: 'several allowed, separated by ;', ar: 'يمكن إدخال عدة قيم مفصولة بـ ;' };
const REQUIRED: Help = { fr: 'obligatoire', en: 'required', ar: 'إلزامي' };

function each(f: (lang: keyof Help) => string): Help {
  return { fr: f('fr'), en: f('en'), ar: f('ar') };
}

function textHelp(tag: string): Help {
  const [base] = tag.split('-');
  const translated = /-t-/i.test(tag);
  return each((l) => {
    const name = languageName(base!, l);
    const t = { fr: `texte en ${name}`, en: `text in ${name}`, ar: `نص ب${name.replace(/^ال/, 'ال')}` }[l];
    if (!translated) return t;
    return `${t} (${{ fr: 'traduit', en: 'translated', ar: 'مترجم' }[l]})`;
  });
}

function referenceHelp(field: Field): Help | undefined {
  const kind = field.meaning === 'id' ? REFERENCES[field.path.at(-1)!] : undefined;
  if (!kind) return undefined;
  const sheet = kindSheet(kind);
  return { fr: `id d'une ligne de ${sheet}`, en: `id of a row of ${sheet}`, ar: `معرّف سطر من ${sheet}` };
}

function fieldHelp(field: Field, lang?: string): Help {
  const base = field.shape === 'text' ? textHelp(lang!) : field.name === 'id' ? OWN_ID : (referenceHelp(field) ?? BY_MEANING[field.meaning] ?? BY_MEANING.other!);
  return each((l) => {
    const parts = [base[l]];
    if (field.shape === 'list') parts.push(LIST[l]);
    if (field.required && field.shape !== 'text') parts.push(REQUIRED[l]);
    return parts.join(l === 'ar' ? '، ' : ', ');
  });
}

function keyHelp(key: Key, table: Table): Help {
  const parent = table.keys.indexOf(key);
  let t: Table | undefined = table;
  for (let i = table.keys.length; i > parent; i--) t = t?.parent;
  const sheet = t?.sheet ?? '';
  return key.by === 'id'
    ? { fr: `id de la ligne de ${sheet}`, en: `id of the row in ${sheet}`, ar: `معرّف السطر في ${sheet}` }
    : { fr: `rang (1, 2…) dans ${sheet}`, en: `position (1, 2…) in ${sheet}`, ar: `الترتيب (1، 2…) في ${sheet}` };
}

/** The help cells of a table's columns, in the order of `headers(table, languages)`. */
export function helpRow(table: Table, languages: readonly string[]): string[] {
  return [
    ...table.keys.map((k) => join(keyHelp(k, table))),
    ...table.fields.flatMap((f) => (f.shape === 'text' ? languages.map((l) => join(fieldHelp(f, l))) : [join(fieldHelp(f))])),
  ];
}

/** ISO 3166-1 alpha-2 codes the runtime names (every pair of letters it knows a country for), for the drop-down list. */
export function countryCodes(): string[] {
  const codes: string[] = [];
  for (let a = 65; a <= 90; a++) {
    for (let b = 65; b <= 90; b++) {
      const code = String.fromCharCode(a, b);
      // User-assigned and reserved codes (XA–XZ, QM–QZ, AA, ZZ, EU, UN…) are not countries.
      if (/^(?:X.|Q[M-Z]|AA|ZZ|EU|EZ|UN|UK|AC|CP|DG|EA|IC|TA)$/.test(code)) continue;
      if (countryName(code, 'en') !== code) codes.push(code);
    }
  }
  return codes;
}
