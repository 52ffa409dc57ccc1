import { activityFindingsEn } from './activity-findings-en';
import type { findingsDa } from './findings-da';

type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };

/** The findings' wording in English; parameters as in findings-da.ts. */
export const findingsEn: Widen<typeof findingsDa> = {
  singleRelationship: {
    message:
      'The collaboration between {{a}} and {{b}} rests on a single tie, the one between {{p}} and {{q}}. If either of the two leaves, the collaboration ends. {{survival}}',
    recommendation: 'Bring in a second contact person on both sides and write the agreement down, so the collaboration does not depend on persons.',
  },
  singleRelationshipShared: {
    message:
      'The collaboration between {{a}} and {{b}} rests on one person, {{carrier}}, who belongs to both. If {{carrier}} leaves, the collaboration ends. {{survival}}',
    recommendation: 'Bring in a second contact person in each organisation, so the collaboration does not hang on one person.',
  },
  singlePerson: {
    message_one: 'The collaboration between {{a}} and {{b}} hangs on one person at {{side}}: {{person}} carries its only tie. {{survival}}',
    message_other:
      'The collaboration between {{a}} and {{b}} hangs on one person at {{side}}: {{person}} carries all {{count, number}} ties. {{survival}}',
    recommendation: 'Involve a colleague at {{side}} as a second contact person, and have management back the collaboration.',
  },
  singlePersonBoth: {
    message: 'The collaboration between {{a}} and {{b}} hangs on one person at {{side}}: {{person}} carries both ties. {{survival}}',
    recommendation: 'Involve a colleague at {{side}} as a second contact person, and have management back the collaboration.',
  },
  informalOnly: {
    message: 'The collaboration between {{a}} and {{b}} is informal only: there is no written agreement and no shared forum.',
    recommendation: 'Formalise the collaboration with a written agreement or a seat in a shared forum with terms of reference.',
  },
  lowSurvival: {
    message: 'The collaboration between {{a}} and {{b}} has only a {{pct}} chance of still having someone to carry it in a year.',
    recommendation: 'Plan for turnover: overlap and handover when someone leaves, and more contact persons.',
  },
  keyPerson: {
    message_one: '{{person}} alone carries one collaboration: {{list}}. If {{person}} leaves, it is gone.',
    message_other: '{{person}} alone carries {{count, number}} collaborations: {{list}}. If {{person}} leaves, they are gone.',
    recommendation_one: 'Give {{person}} a partner in this collaboration and share the contacts before it becomes necessary.',
    recommendation_other: 'Give {{person}} a partner in each of these collaborations and share the contacts before it becomes necessary.',
  },
  keyPersonReach: {
    message_one: 'If {{person}} leaves, {{count, number}} pair of organisations across sectors can no longer reach each other through the network.',
    message_other: 'If {{person}} leaves, {{count, number}} pairs of organisations across sectors can no longer reach each other through the network.',
    recommendation: 'Build more links across, so {{person}} is not the only bridge.',
  },
  bridgeTie: {
    message: 'The tie between {{a}} and {{b}} is the only link between two parts of the network, of {{left, number}} and {{right, number}} actors.',
    recommendation: 'Build more links between the two parts, for example regular dialogue meetings or a joint working group.',
  },
  bondedGroup: {
    message: '{{Group}} has {{internal}} inside and {{external, number}} out of the group (E-I {{ei}}): mostly bonding, little bridging.',
    recommendation: 'Create occasions to meet across groups, such as joint activities or a seat in the network group.',
  },
  bondedValueGroup: {
    message:
      'The actors with {{attribute}} “{{value}}” have {{internal}} among themselves and {{external, number}} out of the group (E-I {{ei}}): mostly bonding, little bridging.',
    recommendation: 'Create occasions to meet across groups, such as joint activities or a seat in the network group.',
  },
  bondedOrganisation: {
    message_one: 'The one member of {{organisation}} has {{internal}} inside and {{external, number}} outside the organisation (E-I {{ei}}).',
    message_other:
      'The {{count, number}} members of {{organisation}} have {{internal}} among themselves and {{external, number}} outside it (E-I {{ei}}): it keeps to its own circle.',
    recommendation: 'Connect {{organisation}} to the others: an outward contact person and a seat in a shared forum.',
  },
  moreBondingThanChance: {
    message: 'There are more ties within the same {{groupBy}} than chance would give (E-I {{ei}}; at random {{expected}}; p = {{p}}).',
    recommendation: 'Work deliberately at bridging: shared tasks and meeting places across the groups.',
  },
  municipalDominance: {
    message:
      '{{Sector}} takes the initiative in {{initiative}} and holds the mandate in {{mandate}} of the ties across sectors: a risk of over-steering.',
    recommendation:
      'Give civil society a say: joint decisions, initiative from both sides and clear roles in terms of reference.',
  },
  supplierRelations: {
    message_one: '{{count, number}} tie is a supplier relation rather than a partnership: {{list}}.',
    message_other: '{{count, number}} ties are supplier relations rather than partnerships: {{list}}.',
    recommendation: 'Consider partnership over supply where possible: shared goals, shared responsibility and a say.',
  },
  forumDominance: {
    message: 'In {{forum}}, {{sector}} holds {{seats, number}} of the {{count, number}} seats{{chair}}.',
    recommendation: 'Aim for equal representation: more seats for the other sectors, and consider rotating the chair.',
  },
  forumDominanceAll: {
    message: 'In {{forum}}, {{sector}} holds all {{count, number}} seats{{chair}}.',
    recommendation: 'Aim for equal representation: seats for the other sectors, and consider rotating the chair.',
  },
  forumChairSuffix: ' and the chair',
  forumMissingSector: {
    message: '{{forum}} has no seat for {{sectors}}.',
    recommendation: 'Invite {{sectors}} into {{forum}}, so those affected take part when decisions are made.',
  },
  forumNoMandate: {
    message: '{{forum}} has no terms of reference.',
    recommendation: 'Write terms of reference: purpose, mandate, who takes part and how decisions are made.',
  },
  centralDominance: {
    message: '{{Sector}} holds {{share}} of the central positions (betweenness, each tie counted once) but makes up only {{population}} of the actors.',
    recommendation: 'Let more actors from the other sectors broker contacts, so the network does not run through one sector.',
  },
  concentratedContacts: {
    message: "The connections of {{actor}} run mainly through one contact (Burt's hierarchy {{hierarchy}}, each tie counted once).",
    recommendation: 'Find more contacts, so {{actor}} does not depend on one tie.',
  },
  keyPlayerSet: {
    message:
      'If {{names}} left, {{pct}} of all pairs of actors could not reach each other through the network, against {{before}} today (fragmentation, Borgatti).',
    recommendation: 'Spread the contacts: the same few persons should not be the only link between the groups.',
  },
  more: {
    message_one: '… and {{count, number}} more finding of the same kind.',
    message_other: '… and {{count, number}} more findings of the same kind.',
    recommendation: 'See them all in the tables of collaborations and actors.',
  },
  survivalKnown: 'It survives the year with a probability of {{pct}}.',
  survivalUnknown: 'Its turnover risk is unknown.',
  activities: activityFindingsEn,
};
