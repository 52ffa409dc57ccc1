/**
 * The reception timeline's findings in Danish, under `findings.activities` (English in
 * activity-findings-en.ts). Parameters as in findings-da.ts: `{{group}}` is a target group as a
 * sentence names it ("børnefamilier"), `{{Group}}` the same with a capital; `{{activity}}` an
 * activity's title; `{{weeks}}` a span of weeks relative to arrival (activities.weeks).
 */
export const activityFindingsDa = {
  overlap: {
    message_one: '{{count, number}} udbyder har {{kind}} til {{group}} i samme periode ({{weeks}}): {{list}}.',
    message_other: '{{count, number}} udbydere har {{kind}} til {{group}} i samme periode ({{weeks}}): {{list}}.',
    recommendation:
      'Få udbyderne til at tale sammen: fordel ugerne eller slå tilbuddene sammen, så de nyankomne ikke får det samme fra flere sider på én gang og mangler det senere.',
  },
  gap: {
    message_one: 'Der er intet til {{group}} i {{count, number}} uge: {{weeks}}.',
    message_other: 'Der er intet til {{group}} i {{count, number}} uger: {{weeks}}.',
    recommendation:
      'Find et tilbud, der kan dække {{weeks}}: et eksisterende tilbud, der starter før eller fortsætter længere, eller en forening, der kan tage perioden.',
  },
  personDependent: {
    message: '{{activity}} ({{owners}}) har kun én kontaktperson, {{person}}. Stopper {{person}}, er der ingen at gå til.',
    recommendation: 'Find en kontaktperson mere til {{activity}}, og skriv ned, hvordan det kører, så det kan gives videre.',
  },
  singleLink: {
    message: '{{activity}} drives af {{owner}}, hvis eneste forbindelse til kommunen er én relation: {{link}}.',
    recommendation:
      'Giv {{owner}} en fast kontakt i kommunen for {{activity}}, fx i {{partner}}, så tilbuddet ikke mister forbindelsen, hvis én person stopper.',
  },
  /** the kinds as a sentence names them, in the plural */
  kinds: { authority: 'myndighedsopgaver', offer: 'tilbud', activity: 'aktiviteter' },
  /** an activity and who runs it, in a list */
  titleBy: '{{activity}} ({{owners}})',
  linkTie: 'relationen mellem {{a}} og {{b}}',
  linkMember: '{{person}}, der er med i både {{owner}} og {{partner}}',
};
