/**
 * UI strings of `<cw-city-map>` that the shared catalogue (`src/i18n`) does not have. Names of
 * roles, the summary ("12 cities in 5 countries"), "Other networks" and project counts come from
 * the shared catalogue. The English catalogue defines the keys; French and Arabic must have
 * exactly the same ones (checked by the compiler). `cityMapMsg` fills them as the shared `msg` fills
 * its own (`defineMessages`).
 */
import { defineMessages, type Catalogues, type Message } from '../../src/i18n/index.js';

const en = {
  'cityMap.showOnMap': 'Show {name} on the map',
  'cityMap.networks': 'Networks',
  'cityMap.cluster': { one: '{count} city: {names}', other: '{count} cities: {names}' },
  'cityMap.clusterHighlighted': {
    one: '{count} city highlighted in the list: {names}',
    other: '{count} cities highlighted in the list: {names}',
  },
  'cityMap.listOfCities': 'List of cities ({count})',
  'cityMap.credits': 'Basemap: Natural Earth (public domain)',
} as const satisfies Record<string, Message>;

export type CityMapMessageKey = keyof typeof en;

const fr: Record<CityMapMessageKey, Message> = {
  'cityMap.showOnMap': 'Afficher {name} sur la carte',
  'cityMap.networks': 'Réseaux',
  'cityMap.cluster': { one: '{count} ville : {names}', other: '{count} villes : {names}' },
  'cityMap.clusterHighlighted': {
    one: '{count} ville mise en évidence dans la liste : {names}',
    other: '{count} villes mises en évidence dans la liste : {names}',
  },
  'cityMap.listOfCities': 'Liste des villes ({count})',
  'cityMap.credits': 'Fond de carte : Natural Earth (domaine public)',
};

const ar: Record<CityMapMessageKey, Message> = {
  'cityMap.showOnMap': 'عرض {name} على الخريطة',
  'cityMap.networks': 'الشبكات',
  'cityMap.cluster': {
    one: 'مدينة واحدة: {names}',
    two: 'مدينتان: {names}',
    few: '{count} مدن: {names}',
    many: '{count} مدينة: {names}',
    other: '{count} مدينة: {names}',
  },
  'cityMap.clusterHighlighted': {
    one: 'أُبرزت مدينة واحدة في القائمة: {names}',
    two: 'أُبرزت مدينتان في القائمة: {names}',
    few: 'أُبرزت {count} مدن في القائمة: {names}',
    many: 'أُبرزت {count} مدينة في القائمة: {names}',
    other: 'أُبرزت {count} مدينة في القائمة: {names}',
  },
  'cityMap.listOfCities': 'قائمة المدن ({count})',
  'cityMap.credits': 'الخريطة الأساسية: Natural Earth (ملك عام)',
};

export const CITY_MAP_MESSAGES: Catalogues<CityMapMessageKey> = { en, fr, ar };

/** A message of `<cw-city-map>` in the language of `lang` (any BCP 47 tag). */
export const cityMapMsg = defineMessages(CITY_MAP_MESSAGES);
