import { activityFindingsDa } from './activity-findings-da';

/**
 * The findings' wording in Danish: what was found and why it matters, and what to do, in the
 * words the field uses (VIVE; "Lokalsamfundet bygger bro"). English in findings-en.ts.
 *
 * Parameters (see core/analysis/wording.ts): names of actors, sectors and forums are filled in
 * where the text is shown; a sector is named by its definite form ("kommunen"). `{{Name}}` is a
 * name with a capital first letter, for the start of a sentence; `{{name_gen}}` the name in the
 * genitive. `count` chooses between the `_one` and `_other` forms; `{{x, number}}` writes a
 * number with Danish digit grouping.
 */
export const findingsDa = {
  singleRelationship: {
    message:
      'Samarbejdet mellem {{a}} og {{b}} hviler på en enkelt relation, den mellem {{p}} og {{q}}. Stopper en af de to, ophører samarbejdet. {{survival}}',
    recommendation:
      'Få en kontaktperson mere på begge sider, og skriv aftalen ned, så samarbejdet ikke er personafhængigt.',
  },
  singleRelationshipShared: {
    message:
      'Samarbejdet mellem {{a}} og {{b}} hviler på én person, {{carrier}}, som er med begge steder. Stopper {{carrier}}, ophører samarbejdet. {{survival}}',
    recommendation: 'Få en kontaktperson mere i hver organisation, så samarbejdet ikke hænger på én person.',
  },
  singlePerson: {
    message_one: 'Samarbejdet mellem {{a}} og {{b}} hænger på én person hos {{side}}: {{person}} bærer den eneste relation. {{survival}}',
    message_other:
      'Samarbejdet mellem {{a}} og {{b}} hænger på én person hos {{side}}: {{person}} bærer alle {{count, number}} relationer. {{survival}}',
    recommendation: 'Få en kollega hos {{side}} med i samarbejdet som ekstra kontaktperson, og lad ledelsen bakke det op.',
  },
  singlePersonBoth: {
    message: 'Samarbejdet mellem {{a}} og {{b}} hænger på én person hos {{side}}: {{person}} bærer begge relationer. {{survival}}',
    recommendation: 'Få en kollega hos {{side}} med i samarbejdet som ekstra kontaktperson, og lad ledelsen bakke det op.',
  },
  informalOnly: {
    message: 'Samarbejdet mellem {{a}} og {{b}} er kun uformelt: der er ingen skriftlig aftale og intet fælles forum.',
    recommendation: 'Formalisér samarbejdet med en skriftlig aftale eller en plads i et fælles forum med kommissorium.',
  },
  lowSurvival: {
    message: 'Samarbejdet mellem {{a}} og {{b}} har kun {{pct}} sandsynlighed for stadig at have en bærer om et år.',
    recommendation: 'Planlæg for udskiftning: overlap og overdragelse, når nogen stopper, og flere kontaktpersoner.',
  },
  keyPerson: {
    message_one: '{{person}} bærer alene ét samarbejde: {{list}}. Stopper {{person}}, forsvinder det.',
    message_other: '{{person}} bærer alene {{count, number}} samarbejder: {{list}}. Stopper {{person}}, forsvinder de.',
    recommendation_one: 'Giv {{person}} en makker i samarbejdet, og del kontakterne, før det bliver nødvendigt.',
    recommendation_other: 'Giv {{person}} en makker i hvert af samarbejderne, og del kontakterne, før det bliver nødvendigt.',
  },
  keyPersonReach: {
    message_one:
      'Stopper {{person}}, kan {{count, number}} par af organisationer på tværs af sektorer ikke længere nå hinanden gennem netværket.',
    message_other:
      'Stopper {{person}}, kan {{count, number}} par af organisationer på tværs af sektorer ikke længere nå hinanden gennem netværket.',
    recommendation: 'Skab flere forbindelser på tværs, så {{person}} ikke er den eneste bro.',
  },
  bridgeTie: {
    message:
      'Relationen mellem {{a}} og {{b}} er den eneste forbindelse mellem to dele af netværket, med {{left, number}} og {{right, number}} aktører.',
    recommendation: 'Skab flere forbindelser mellem de to dele, fx faste dialogmøder eller en fælles arbejdsgruppe.',
  },
  bondedGroup: {
    message: '{{Group}} har {{internal}} internt og {{external, number}} ud af gruppen (E-I {{ei}}): mest bonding, lidt brobygning.',
    recommendation: 'Skab anledninger til at mødes på tværs, fx fælles aktiviteter eller en plads i netværksgruppen.',
  },
  bondedValueGroup: {
    message:
      'Aktørerne med {{attribute}} »{{value}}« har {{internal}} indbyrdes og {{external, number}} ud af gruppen (E-I {{ei}}): mest bonding, lidt brobygning.',
    recommendation: 'Skab anledninger til at mødes på tværs, fx fælles aktiviteter eller en plads i netværksgruppen.',
  },
  bondedOrganisation: {
    message_one: '{{organisation_gen}} ene medlem har {{internal}} indbyrdes og {{external, number}} ud af organisationen (E-I {{ei}}).',
    message_other:
      '{{organisation_gen}} {{count, number}} medlemmer har {{internal}} indbyrdes og {{external, number}} ud af organisationen (E-I {{ei}}): den holder sig i egen kreds.',
    recommendation: 'Bind {{organisation}} tættere til de andre: en kontaktperson udadtil og en plads i et fælles forum.',
  },
  moreBondingThanChance: {
    message:
      'Der er flere relationer inden for samme {{groupBy}}, end tilfældet ville give (E-I {{ei}}; ved tilfældig fordeling {{expected}}; p = {{p}}).',
    recommendation: 'Arbejd bevidst med brobygning: fælles opgaver og mødesteder på tværs af grupperne.',
  },
  municipalDominance: {
    message:
      '{{Sector}} tager initiativet i {{initiative}} og har mandatet i {{mandate}} af relationerne på tværs af sektorerne: risiko for overstyring.',
    recommendation:
      'Giv civilsamfundet medindflydelse: fælles beslutninger, initiativ fra begge sider og klare roller i et kommissorium.',
  },
  supplierRelations: {
    message_one: '{{count, number}} relation er et leverandørforhold frem for et partnerskab: {{list}}.',
    message_other: '{{count, number}} relationer er leverandørforhold frem for partnerskaber: {{list}}.',
    recommendation: 'Overvej partnerskab frem for leverance, hvor det er muligt: fælles mål, fælles ansvar og medindflydelse.',
  },
  forumDominance: {
    message: 'I {{forum}} har {{sector}} {{seats, number}} af {{count, number}} pladser{{chair}}.',
    recommendation: 'Sørg for ligelig repræsentation: flere pladser til de andre sektorer, og overvej skiftende formandskab.',
  },
  forumDominanceAll: {
    message: 'I {{forum}} har {{sector}} alle {{count, number}} pladser{{chair}}.',
    recommendation: 'Sørg for ligelig repræsentation: pladser til de andre sektorer, og overvej skiftende formandskab.',
  },
  forumChairSuffix: ' og formandsposten',
  forumMissingSector: {
    message: '{{forum}} har ingen plads til {{sectors}}.',
    recommendation: 'Inviter {{sectors}} ind i {{forum}}, så de berørte er med, når der træffes beslutninger.',
  },
  forumNoMandate: {
    message: '{{forum}} har intet kommissorium.',
    recommendation: 'Skriv et kommissorium: formål, mandat, hvem der deltager, og hvordan der træffes beslutninger.',
  },
  centralDominance: {
    message: '{{Sector}} sidder på {{share}} af de centrale positioner (betweenness, hver relation talt én gang), men udgør kun {{population}} af aktørerne.',
    recommendation: 'Lad flere aktører fra de andre sektorer formidle kontakt, så netværket ikke går gennem én sektor.',
  },
  concentratedContacts: {
    message: '{{actor_gen}} forbindelser går især gennem én kontakt (Burts hierarki {{hierarchy}}, hver relation talt én gang).',
    recommendation: 'Find flere kontakter, så {{actor}} ikke afhænger af én relation.',
  },
  keyPlayerSet: {
    message:
      'Stopper {{names}}, kan {{pct}} af alle par af aktører ikke nå hinanden gennem netværket, mod {{before}} i dag (fragmentering, Borgatti).',
    recommendation: 'Spred kontakterne: de samme få personer bør ikke være eneste forbindelse mellem grupperne.',
  },
  more: {
    message_one: '… og {{count, number}} fund mere af samme slags.',
    message_other: '… og {{count, number}} fund mere af samme slags.',
    recommendation: 'Se dem alle i tabellerne over samarbejder og aktører.',
  },
  survivalKnown: 'Det overlever året med {{pct}} sandsynlighed.',
  survivalUnknown: 'Risikoen for udskiftning kendes ikke.',
  activities: activityFindingsDa,
} as const;
