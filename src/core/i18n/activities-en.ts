import type { activitiesDa } from './activities-da';

type Shape<T> = { [K in keyof T]: T[K] extends string ? string : Shape<T[K]> };

/** The reception timeline's activities in English (Danish, the default, in activities-da.ts). */
export const activitiesEn: Shape<typeof activitiesDa> = {
  element: 'Activity',
  targetGroup: 'Target group',
  kinds: { authority: 'Authority task', offer: 'Offer', activity: 'Activity' },
  frequency: { once: 'Once', weekly: 'Weekly', monthly: 'Monthly', ongoing: 'Ongoing' },
  rules: {
    windowOrder: 'the week "from" ({{from}}) is after the week "to" ({{to}})',
    repeated: '"{{id}}" is listed more than once',
  },
  history: {
    add: 'add activity "{{label}}"',
    update: 'edit activity "{{label}}"',
    remove: 'delete activity "{{label}}"',
  },
  count: 'Activities',
  weeks: {
    after: 'weeks {{from}}–{{to}} after arrival',
    afterOne: 'week {{from}} after arrival',
    before: '{{from}}–{{to}} weeks before arrival',
    beforeOne_one: '{{count}} week before arrival',
    beforeOne_other: '{{count}} weeks before arrival',
    around: 'from {{from}} weeks before to week {{to}} after arrival',
  },
  cli: {
    heading: 'The reception timeline',
    none: 'No activities in the project.',
    count_one: '{{count, number}} activity; the timeline runs {{timeline}}',
    count_other: '{{count, number}} activities; the timeline runs {{timeline}}',
    flags: 'Overlaps: {{overlaps, number}} · gaps: {{gaps, number}} · with one contact person: {{personDependent, number}} · owner with one link to the municipality: {{singleLink, number}}',
    byTargetGroup: 'Activities by target group',
    departureLost: 'Activities that lose their contact person or owner: {{list}}',
    departureUnlinked: 'Activities whose owner loses its link to the municipality: {{list}}',
  },
  scenario: {
    lost_one: 'Activity that loses its contact person or owner',
    lost_other: '{{count, number}} activities that lose their contact person or owner',
    unlinked_one: 'Activity whose owner loses its only link to the municipality',
    unlinked_other: '{{count, number}} activities whose owner loses its only link to the municipality',
  },
  merge: {
    moved_one: '{{count}} activity gets the kept one as owner or contact person',
    moved_other: '{{count}} activities get the kept one as owner or contact person',
  },
  privacy: {
    contacts_one: 'one place as an activity’s contact person',
    contacts_other: '{{count}} places as activities’ contact person',
  },
};
