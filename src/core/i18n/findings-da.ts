/**
 * The findings' wording in Danish: what was found and why it matters, and what to do, in the
 * words the field uses (VIVE; "Lokalsamfundet bygger bro"). English in findings-en.ts.
 */
export const findingsDa = {
  singleRelationship: {
    message:
      'Samarbejdet mellem {{a}} og {{b}} hviler på én relation: {{carrier}}. Stopper en af dem, er der ingen forbindelse tilbage ({{survival}}).',
    recommendation:
      'Få en kontaktperson mere på begge sider, og skriv aftalen ned, så samarbejdet ikke er personafhængigt.',
  },
  singleRelationshipShared: {
    message:
      'Samarbejdet mellem {{a}} og {{b}} hviler på én person, {{carrier}}, som er med begge steder. Stopper {{carrier}}, er forbindelsen væk ({{survival}}).',
    recommendation: 'Få en kontaktperson mere i hver organisation, så samarbejdet ikke hænger på én person.',
  },
  singlePerson: {
    message:
      'Samarbejdet mellem {{a}} og {{b}} hænger på én person hos {{side}}: {{person}} bærer alle {{count}} relationer ({{survival}}).',
    recommendation: 'Få en kollega hos {{side}} med i samarbejdet som ekstra kontaktperson, og lad ledelsen bakke det op.',
  },
  informalOnly: {
    message: 'Samarbejdet mellem {{a}} og {{b}} er kun uformelt: ingen skriftlig aftale og intet fælles forum.',
    recommendation: 'Formalisér samarbejdet med en skriftlig aftale eller en plads i et fælles forum med kommissorium.',
  },
  lowSurvival: {
    message: 'Samarbejdet mellem {{a}} og {{b}} har kun {{pct}} % sandsynlighed for stadig at have en bærer om et år.',
    recommendation: 'Planlæg for udskiftning: overlap og overdragelse, når nogen stopper, og flere kontaktpersoner.',
  },
  keyPerson: {
    message: '{{person}} bærer alene {{count}} samarbejder ({{list}}). Stopper {{person}}, forsvinder de.',
    recommendation: 'Giv {{person}} en makker i hvert af samarbejderne, og del kontakterne, før det bliver nødvendigt.',
  },
  keyPersonReach: {
    message:
      'Stopper {{person}}, kan {{reach}} par af organisationer på tværs af sektorer ikke længere nå hinanden gennem netværket.',
    recommendation: 'Skab flere forbindelser på tværs, så {{person}} ikke er den eneste bro.',
  },
  bridgeTie: {
    message: 'Relationen mellem {{a}} og {{b}} er den eneste forbindelse mellem to dele af netværket ({{left}} og {{right}} aktører).',
    recommendation: 'Skab flere forbindelser mellem de to dele, fx faste dialogmøder eller en fælles arbejdsgruppe.',
  },
  bondedGroup: {
    message:
      '{{group}} har {{internal}} relationer internt og {{external}} ud af gruppen (E-I {{ei}}): mest bonding, lidt brobygning.',
    recommendation: 'Skab anledninger til at mødes på tværs, fx fælles aktiviteter eller en plads i netværksgruppen.',
  },
  bondedOrganisation: {
    message:
      '{{organisation}}s {{members}} medlemmer har {{internal}} relationer indbyrdes og {{external}} ud af organisationen (E-I {{ei}}): den holder sig i egen kreds.',
    recommendation: 'Bind {{organisation}} tættere til de andre: en kontaktperson udadtil og en plads i et fælles forum.',
  },
  moreBondingThanChance: {
    message:
      'Der er flere relationer inden for samme {{groupBy}} end tilfældigt (E-I {{ei}}, ved tilfældig fordeling {{expected}}; p = {{p}}).',
    recommendation: 'Arbejd bevidst med brobygning: fælles opgaver og mødesteder på tværs af grupperne.',
  },
  municipalDominance: {
    message:
      '{{sector}} tager initiativet i {{initiative}} % og har mandatet i {{mandate}} % af relationerne på tværs af sektorerne: risiko for overstyring.',
    recommendation:
      'Giv civilsamfundet medindflydelse: fælles beslutninger, initiativ fra begge sider og klare roller i et kommissorium.',
  },
  supplierRelations: {
    message: '{{count}} relationer er leverandørforhold frem for partnerskaber ({{list}}).',
    recommendation: 'Overvej partnerskab frem for leverance, hvor det er muligt: fælles mål, fælles ansvar og medindflydelse.',
  },
  forumDominance: {
    message: 'I {{forum}} har {{sector}} {{seats}} af {{total}} pladser{{chair}}.',
    recommendation: 'Sørg for ligelig repræsentation: flere pladser til de andre sektorer, og overvej skiftende formandskab.',
  },
  forumChairSuffix: ' og formandsposten',
  forumMissingSector: {
    message: '{{forum}} har ingen pladser til {{sectors}}.',
    recommendation: 'Inviter {{sectors}} ind i {{forum}}, så de berørte er med, når der træffes beslutninger.',
  },
  forumNoMandate: {
    message: '{{forum}} har intet kommissorium.',
    recommendation: 'Skriv et kommissorium: formål, mandat, hvem der deltager, og hvordan der træffes beslutninger.',
  },
  centralDominance: {
    message:
      '{{sector}} sidder på {{share}} % af de formidlende positioner (betweenness), men udgør {{population}} % af aktørerne.',
    recommendation: 'Lad flere aktører fra de andre sektorer formidle kontakt, så netværket ikke går gennem én sektor.',
  },
  concentratedContacts: {
    message: '{{actor}}s forbindelser går især gennem én kontakt (Burts hierarki {{hierarchy}}).',
    recommendation: 'Find flere kontakter, så {{actor}} ikke afhænger af én relation.',
  },
  keyPlayerSet: {
    message:
      'Forsvinder {{names}}, kan {{pct}} % af alle par i netværket ikke længere nå hinanden (fragmentering, Borgatti).',
    recommendation: 'Spred kontakterne: de samme få personer bør ikke være eneste forbindelse mellem grupperne.',
  },
  more: {
    message: '… og {{count}} fund mere af samme slags.',
    recommendation: 'Se dem alle i tabellerne over samarbejder og aktører.',
  },
  survivalPct: 'overlever året med {{pct}} % sandsynlighed',
  survivalUnknown: 'uden kendt risiko for udskiftning',
  and: 'og',
} as const;
