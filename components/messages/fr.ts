/**
 * The elements' UI strings in French: the shared catalogue (`src/i18n/messages/fr.ts`), then each
 * element's own strings, with exactly the keys of the English (`en.ts`).
 */
import { fr as shared } from '../../src/i18n/messages/fr.js';
import type { Message } from '../../src/i18n/types.js';
import type { OwnMessageKey, UiMessageKey } from './en.js';

const own: Record<OwnMessageKey, Message> = {
  // ── <cw-project-card> ──────────────────────────────────────────────────────────────────────────
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
  'card.translated': 'Traduit pour ce jeu de données ; l’original est en {language}.',

  // ── <cw-project-list> ──────────────────────────────────────────────────────────────────────────
  'projectList.filtersLabel': 'Filtrer les projets',
  'projectList.searchHint': 'Des mots dans n’importe quel ordre ; accents et majuscules sont indifférents.',
  'projectList.status.filtered': '{results} sur {total}',
  'projectList.results': 'Projets',
  'projectList.showMore': { one: 'Afficher {count} projet de plus', other: 'Afficher {count} projets de plus' },
  'projectList.remaining': { one: '{count} projet pas encore affiché', other: '{count} projets pas encore affichés' },
  'projectList.unknownValue': '{value} (absent des données)',

  // ── <cw-roadmap-timeline> ──────────────────────────────────────────────────────────────────────
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
  'timeline.overview': 'Vue d’ensemble de la période : choisir une entrée l’affiche dans la liste',
  'timeline.zoomIn': 'Zoomer sur l’axe',
  'timeline.zoomOut': 'Dézoomer l’axe',
  'timeline.zoomFit': 'Afficher toute la période',
  'timeline.unknownLane': 'Année inconnue',
  'timeline.shown': {
    zero: 'Aucun élément affiché',
    one: '{count} élément affiché sur {total}',
    other: '{count} éléments affichés sur {total}',
  },

  // ── <cw-city-map> ──────────────────────────────────────────────────────────────────────────────
  'cityMap.showOnMap': 'Afficher {name} sur la carte',
  'cityMap.networks': 'Réseaux',
  'cityMap.cluster': { one: '{count} ville : {names}', other: '{count} villes : {names}' },
  'cityMap.clusterHighlighted': {
    one: '{count} ville mise en évidence dans la liste : {names}',
    other: '{count} villes mises en évidence dans la liste : {names}',
  },
  'cityMap.otherCities': { one: '{count} autre ville', other: '{count} autres villes' },
  'cityMap.listOfCities': 'Liste des villes ({count})',
  'cityMap.credits': 'Fond de carte : Natural Earth (domaine public)',
};

export const fr: Record<UiMessageKey, Message> = { ...shared, ...own };
