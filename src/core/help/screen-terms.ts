import type { MessageKey } from '../i18n/catalogue';
import type { HelpTopic } from '../i18n/help-da';

/**
 * The words the interface shows for a concept (a legend's "Skrøbelig relation", a layout's "To
 * bredder", a column's "Bærere"), by their catalogue key, and the help topics that explain
 * them. The help's search reads these in the language shown, so whatever a reader sees on screen
 * finds its explanation, also where the topic's own title and terms use other words.
 */
export const SCREEN_TERMS: ReadonlyArray<readonly [MessageKey, readonly HelpTopic[]]> = [
  ['map.legend.title', ['mapLayouts']],
  ['map.layouts.force', ['mapLayouts']],
  ['map.layouts.shores', ['mapLayouts', 'bridgingCapital']],
  ['map.layouts.concentric', ['mapLayouts']],
  ['map.layouts.manual', ['mapLayouts']],
  ['map.legend.keyPerson', ['keyPersons', 'mapLayouts']],
  ['map.legend.fragile', ['flags', 'mapLayouts']],
  ['map.legend.formal', ['flags', 'mapLayouts']],
  ['map.legend.informal', ['flags', 'mapLayouts']],
  ['map.legend.directed', ['mapLayouts', 'reciprocity']],
  ['map.legend.membership', ['mapLayouts', 'carriers']],
  ['map.legend.containment', ['mapLayouts']],
  ['map.legend.scenario', ['departureScenario']],
  ['map.legend.leaving', ['departureScenario']],
  ['map.legend.lostTie', ['departureScenario']],
  ['map.legend.lostCollaboration', ['departureScenario']],
  ['map.legend.weakenedCollaboration', ['departureScenario', 'flags']],
  ['map.legend.proposal', ['resiliencePlan']],
  ['map.metrics.degree', ['degree']],
  ['map.metrics.betweenness', ['betweenness']],
  ['map.metrics.eigenvector', ['eigenvector']],
  ['map.metrics.strength', ['tieStrength']],
  ['map.metrics.betweennessValued', ['tieStrength', 'betweenness']],
  ['panels.nav.bonding', ['bondingCapital', 'bridgingCapital', 'eiIndex']],
  ['panels.nav.power', ['dyadAsymmetry', 'sectorShares']],
  ['panels.nav.dependency', ['collaboration', 'carriers', 'flags']],
  ['panels.col.internal', ['eiIndex']],
  ['panels.col.external', ['eiIndex']],
  ['panels.col.ei', ['eiIndex']],
  ['panels.col.degree', ['degree']],
  ['panels.col.betweenness', ['betweenness']],
  ['panels.col.strength', ['tieStrength']],
  ['panels.col.constraint', ['constraint']],
  ['panels.col.brokerage', ['brokerage']],
  ['panels.col.initiative', ['sectorShares']],
  ['panels.col.mandate', ['sectorShares', 'linkingTies']],
  ['panels.col.resources', ['sectorShares', 'linkingTies']],
  ['panels.col.central', ['centralShare']],
  ['panels.col.score', ['dyadAsymmetry']],
  ['panels.col.parts', ['dyadAsymmetry']],
  ['panels.col.carries', ['linkingTies']],
  ['panels.col.seats', ['forumRepresentation']],
  ['panels.col.distribution', ['forumRepresentation']],
  ['panels.col.collaboration', ['collaboration']],
  ['panels.col.carriers', ['carriers']],
  ['panels.col.survival', ['survival']],
  ['panels.col.connectivity', ['connectivity']],
  ['panels.col.flags', ['flags']],
  ['panels.col.lost', ['keyPersons']],
  ['panels.col.reach', ['keyPersons', 'fragmentation']],
  ['panels.col.turnover', ['survival', 'keyPersons']],
  ['panels.dependency.flagSingleRelationship', ['flags']],
  ['panels.dependency.flagSinglePerson', ['flags']],
  ['panels.dependency.flagInformalOnly', ['flags']],
];

/**
 * Labels in the sections above that name no concept of their own (a column's "Aktør", the
 * legend's heading "Form"): they are left out on purpose, and a new label in those sections
 * must go into one list or the other (the help's tests check).
 */
export const SCREEN_WORDS_WITHOUT_TOPIC: ReadonlySet<string> = new Set([
  'map.metrics.none',
  'map.legend.sectors',
  'map.legend.shapes',
  'map.legend.size',
  'map.legend.sizeHint',
  'map.legend.tieTypes',
  'map.legend.ties',
  'map.legend.focus',
  'panels.col.group',
  'panels.col.size',
  'panels.col.organisation',
  'panels.col.members',
  'panels.col.actor',
  'panels.col.onStrength',
  'panels.col.sector',
  'panels.col.population',
  'panels.col.tie',
  'panels.col.sectors',
  'panels.col.forum',
  'panels.col.person',
  'panels.nav.label',
]);
