import type { activityFindingsDa } from './activity-findings-da';

type Shape<T> = { [K in keyof T]: T[K] extends string ? string : Shape<T[K]> };

/** The reception timeline's findings in English; parameters as in activity-findings-da.ts. */
export const activityFindingsEn: Shape<typeof activityFindingsDa> = {
  overlap: {
    message_one: '{{count, number}} provider has {{kind}} for {{group}} in the same weeks ({{weeks}}): {{list}}.',
    message_other: '{{count, number}} providers have {{kind}} for {{group}} in the same weeks ({{weeks}}): {{list}}.',
    recommendation:
      'Get the providers talking: share out the weeks or join the offers, so the newly arrived do not get the same from several sides at once and then nothing later.',
  },
  gap: {
    message_one: 'There is nothing for {{group}} for {{count, number}} week: {{weeks}}.',
    message_other: 'There is nothing for {{group}} for {{count, number}} weeks: {{weeks}}.',
    recommendation:
      'Find an offer to cover {{weeks}}: an existing one that starts earlier or runs longer, or an association that can take on the period.',
  },
  personDependent: {
    message: '{{activity}} ({{owners}}) has one contact person only, {{person}}. If {{person}} leaves, there is no one to turn to.',
    recommendation: 'Find a second contact person for {{activity}}, and write down how it runs, so it can be handed over.',
  },
  singleLink: {
    message: "{{activity}} is run by {{owner}}, whose only link to the municipality is one tie: {{link}}.",
    recommendation:
      'Give {{owner}} a regular contact in the municipality for {{activity}}, for example in {{partner}}, so the offer keeps its link if one person leaves.',
  },
  kinds: { authority: 'authority tasks', offer: 'offers', activity: 'activities' },
  titleBy: '{{activity}} ({{owners}})',
  linkTie: 'the tie between {{a}} and {{b}}',
  linkMember: '{{person}}, who is in both {{owner}} and {{partner}}',
};
