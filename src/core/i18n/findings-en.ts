import type { findingsDa } from './findings-da';

type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };

export const findingsEn: Widen<typeof findingsDa> = {
  singleRelationship: {
    message:
      'The collaboration between {{a}} and {{b}} rests on one relationship: {{carrier}}. If either of them leaves, nothing connects the two ({{survival}}).',
    recommendation: 'Bring in a second contact person on both sides and write the agreement down, so the collaboration does not depend on persons.',
  },
  singleRelationshipShared: {
    message:
      'The collaboration between {{a}} and {{b}} rests on one person, {{carrier}}, who is part of both. If {{carrier}} leaves, the link is gone ({{survival}}).',
    recommendation: 'Bring in a second contact person in each organisation, so the collaboration does not hang on one person.',
  },
  singlePerson: {
    message:
      'The collaboration between {{a}} and {{b}} hangs on one person at {{side}}: {{person}} carries all {{count}} relationships ({{survival}}).',
    recommendation: 'Involve a colleague at {{side}} as a second contact person, and have management back the collaboration.',
  },
  informalOnly: {
    message: 'The collaboration between {{a}} and {{b}} is informal only: no written agreement and no shared forum.',
    recommendation: 'Formalise the collaboration with a written agreement or a seat in a shared forum with terms of reference.',
  },
  lowSurvival: {
    message: 'The collaboration between {{a}} and {{b}} has only a {{pct}} % chance of still having someone to carry it in a year.',
    recommendation: 'Plan for turnover: overlap and handover when someone leaves, and more contact persons.',
  },
  keyPerson: {
    message: '{{person}} alone carries {{count}} collaborations ({{list}}). If {{person}} leaves, they are gone.',
    recommendation: 'Give {{person}} a partner in each of these collaborations and share the contacts before it becomes necessary.',
  },
  keyPersonReach: {
    message: 'If {{person}} leaves, {{reach}} pairs of organisations across sectors can no longer reach each other through the network.',
    recommendation: 'Build more links across, so {{person}} is not the only bridge.',
  },
  bridgeTie: {
    message: 'The tie between {{a}} and {{b}} is the only link between two parts of the network ({{left}} and {{right}} actors).',
    recommendation: 'Build more links between the two parts, for example regular dialogue meetings or a joint working group.',
  },
  bondedGroup: {
    message: '{{group}} has {{internal}} ties inside and {{external}} out of the group (E-I {{ei}}): mostly bonding, little bridging.',
    recommendation: 'Create occasions to meet across groups, such as joint activities or a seat in the network group.',
  },
  bondedOrganisation: {
    message:
      "{{organisation}}'s {{members}} members have {{internal}} ties among themselves and {{external}} outside it (E-I {{ei}}): it keeps to its own circle.",
    recommendation: 'Connect {{organisation}} to the others: an outward contact person and a seat in a shared forum.',
  },
  moreBondingThanChance: {
    message: 'There are more ties within the same {{groupBy}} than chance would give (E-I {{ei}}, at random {{expected}}; p = {{p}}).',
    recommendation: 'Work deliberately at bridging: shared tasks and meeting places across the groups.',
  },
  municipalDominance: {
    message:
      '{{sector}} takes the initiative in {{initiative}} % and holds the mandate in {{mandate}} % of the ties across sectors: a risk of over-steering.',
    recommendation:
      'Give civil society a say: joint decisions, initiative from both sides and clear roles in terms of reference.',
  },
  supplierRelations: {
    message: '{{count}} ties are supplier relations rather than partnerships ({{list}}).',
    recommendation: 'Consider partnership over supply where possible: shared goals, shared responsibility and a say.',
  },
  forumDominance: {
    message: 'In {{forum}}, {{sector}} holds {{seats}} of {{total}} seats{{chair}}.',
    recommendation: 'Aim for equal representation: more seats for the other sectors, and consider rotating the chair.',
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
    message: '{{sector}} holds {{share}} % of the brokering positions (betweenness) but makes up {{population}} % of the actors.',
    recommendation: 'Let more actors from the other sectors broker contacts, so the network does not run through one sector.',
  },
  concentratedContacts: {
    message: "{{actor}}'s connections run mainly through one contact (Burt's hierarchy {{hierarchy}}).",
    recommendation: 'Find more contacts, so {{actor}} does not depend on one relationship.',
  },
  keyPlayerSet: {
    message: 'If {{names}} were gone, {{pct}} % of all pairs in the network could no longer reach each other (fragmentation, Borgatti).',
    recommendation: 'Spread the contacts: the same few persons should not be the only link between the groups.',
  },
  more: {
    message: '… and {{count}} more findings of the same kind.',
    recommendation: 'See them all in the tables of collaborations and actors.',
  },
  survivalPct: 'survives the year with {{pct}} % probability',
  survivalUnknown: 'turnover risk unknown',
  and: 'and',
};
