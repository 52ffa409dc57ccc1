/*
 * The help's structure lives here, beside the Danish text that defines the catalogue's shape,
 * rather than in the renderer: the unit tests are type-checked in the Node project, which may
 * only import files under src/core (and a few listed renderer modules). The renderer's
 * help-topics.ts re-exports it.
 */

/** The help's topics, in the order the panel lists them, grouped as the analyses are. */
export const HELP_GROUPS = [
  { key: 'socialCapital', topics: ['bondingCapital', 'bridgingCapital', 'linkingCapital'] },
  { key: 'bondingBridging', topics: ['eiIndex', 'expectedEi', 'permutationTest', 'assortativity', 'modularity', 'mixingMatrix'] },
  { key: 'brokerage', topics: ['brokerage', 'brokerageZ', 'constraint', 'effectiveSize', 'efficiency', 'hierarchy'] },
  { key: 'centrality', topics: ['degree', 'betweenness', 'closeness', 'eigenvector', 'bonacichPower', 'tieStrength'] },
  { key: 'structure', topics: ['density', 'components', 'bridges', 'articulationPoints'] },
  {
    key: 'power',
    topics: ['dyadAsymmetry', 'influence', 'sectorShares', 'reciprocity', 'krackhardtHierarchy', 'centralShare', 'forumRepresentation', 'linkingTies'],
  },
  {
    key: 'dependency',
    topics: ['collaboration', 'carriers', 'flags', 'survival', 'connectivity', 'keyPersons', 'fragmentation', 'departureScenario', 'resiliencePlan'],
  },
  { key: 'dataQuality', topics: ['duplicates'] },
  { key: 'map', topics: ['mapLayouts'] },
] as const;

export type HelpGroup = (typeof HELP_GROUPS)[number]['key'];
export type HelpTopic = (typeof HELP_GROUPS)[number]['topics'][number];

/** Every topic key, in the panel's order. */
export const HELP_TOPICS: readonly HelpTopic[] = HELP_GROUPS.flatMap((g) => g.topics);

/** Topics worth reading next, shown as "see also" links. */
export const RELATED_TOPICS: Partial<Record<HelpTopic, readonly HelpTopic[]>> = {
  bondingCapital: ['bridgingCapital', 'eiIndex'],
  bridgingCapital: ['bondingCapital', 'linkingCapital', 'brokerage'],
  linkingCapital: ['linkingTies', 'dyadAsymmetry'],
  eiIndex: ['expectedEi', 'permutationTest', 'assortativity'],
  expectedEi: ['eiIndex', 'permutationTest'],
  permutationTest: ['eiIndex', 'expectedEi'],
  assortativity: ['eiIndex', 'modularity', 'mixingMatrix'],
  modularity: ['assortativity', 'mixingMatrix'],
  mixingMatrix: ['eiIndex', 'assortativity'],
  brokerage: ['brokerageZ', 'betweenness'],
  brokerageZ: ['brokerage'],
  constraint: ['effectiveSize', 'hierarchy'],
  effectiveSize: ['efficiency', 'constraint'],
  efficiency: ['effectiveSize'],
  hierarchy: ['constraint', 'flags'],
  degree: ['betweenness', 'eigenvector'],
  betweenness: ['centralShare', 'brokerage', 'closeness'],
  closeness: ['betweenness', 'fragmentation'],
  eigenvector: ['bonacichPower', 'degree'],
  bonacichPower: ['eigenvector', 'dyadAsymmetry'],
  tieStrength: ['constraint', 'betweenness', 'eiIndex'],
  density: ['mixingMatrix', 'components'],
  components: ['bridges', 'articulationPoints', 'fragmentation'],
  bridges: ['articulationPoints', 'connectivity'],
  articulationPoints: ['bridges', 'keyPersons'],
  dyadAsymmetry: ['influence', 'sectorShares', 'linkingTies'],
  influence: ['dyadAsymmetry', 'bonacichPower'],
  sectorShares: ['dyadAsymmetry', 'centralShare'],
  reciprocity: ['krackhardtHierarchy'],
  krackhardtHierarchy: ['reciprocity'],
  centralShare: ['betweenness', 'sectorShares'],
  forumRepresentation: ['sectorShares', 'collaboration'],
  linkingTies: ['linkingCapital', 'dyadAsymmetry'],
  collaboration: ['carriers', 'flags'],
  carriers: ['collaboration', 'flags', 'survival'],
  flags: ['carriers', 'resiliencePlan'],
  survival: ['carriers', 'flags'],
  connectivity: ['bridges', 'articulationPoints', 'keyPersons'],
  keyPersons: ['articulationPoints', 'departureScenario', 'fragmentation'],
  fragmentation: ['keyPersons', 'components'],
  departureScenario: ['keyPersons', 'resiliencePlan'],
  resiliencePlan: ['flags', 'departureScenario'],
  duplicates: ['degree', 'components'],
  mapLayouts: ['flags', 'keyPersons', 'bridgingCapital'],
};

/** The literature, worded once: a reference reads the same in both languages. */
export const REFERENCES = {
  putnam2000: 'Putnam, R. D. (2000). Bowling Alone: The Collapse and Revival of American Community. New York: Simon & Schuster.',
  granovetter1973: 'Granovetter, M. S. (1973). The strength of weak ties. American Journal of Sociology, 78(6), 1360–1380.',
  szreterWoolcock2004:
    'Szreter, S. & Woolcock, M. (2004). Health by association? Social capital, social theory, and the political economy of public health. International Journal of Epidemiology, 33(4), 650–667.',
  krackhardtStern1988:
    'Krackhardt, D. & Stern, R. N. (1988). Informal networks and organizational crises: An experimental simulation. Social Psychology Quarterly, 51(2), 123–140.',
  newman2003: 'Newman, M. E. J. (2003). Mixing patterns in networks. Physical Review E, 67(2), 026126.',
  newmanGirvan2004: 'Newman, M. E. J. & Girvan, M. (2004). Finding and evaluating community structure in networks. Physical Review E, 69(2), 026113.',
  gouldFernandez1989:
    'Gould, R. V. & Fernandez, R. M. (1989). Structures of mediation: A formal approach to brokerage in transaction networks. Sociological Methodology, 19, 89–126.',
  burt1992: 'Burt, R. S. (1992). Structural Holes: The Social Structure of Competition. Cambridge, MA: Harvard University Press.',
  freeman1977: 'Freeman, L. C. (1977). A set of measures of centrality based on betweenness. Sociometry, 40(1), 35–41.',
  freeman1979: 'Freeman, L. C. (1979). Centrality in social networks: Conceptual clarification. Social Networks, 1(3), 215–239.',
  brandes2001: 'Brandes, U. (2001). A faster algorithm for betweenness centrality. Journal of Mathematical Sociology, 25(2), 163–177.',
  riondato2016: 'Riondato, M., & Kornaropoulos, E. M. (2016). Fast approximation of betweenness centrality through sampling. Data Mining and Knowledge Discovery, 30(2), 438–475.',
  wassermanFaust1994: 'Wasserman, S. & Faust, K. (1994). Social Network Analysis: Methods and Applications. Cambridge: Cambridge University Press.',
  bonacich1972:
    'Bonacich, P. (1972). Factoring and weighting approaches to status scores and clique identification. Journal of Mathematical Sociology, 2(1), 113–120.',
  bonacich1987: 'Bonacich, P. (1987). Power and centrality: A family of measures. American Journal of Sociology, 92(5), 1170–1182.',
  hopcroftTarjan1973: 'Hopcroft, J. & Tarjan, R. (1973). Algorithm 447: Efficient algorithms for graph manipulation. Communications of the ACM, 16(6), 372–378.',
  tarjan1972: 'Tarjan, R. (1972). Depth-first search and linear graph algorithms. SIAM Journal on Computing, 1(2), 146–160.',
  emerson1962: 'Emerson, R. M. (1962). Power-dependence relations. American Sociological Review, 27(1), 31–41.',
  pfefferSalancik1978: 'Pfeffer, J. & Salancik, G. R. (1978). The External Control of Organizations: A Resource Dependence Perspective. New York: Harper & Row.',
  osborne2006: 'Osborne, S. P. (2006). The New Public Governance? Public Management Review, 8(3), 377–387.',
  schifferHauck2010:
    'Schiffer, E. & Hauck, J. (2010). Net-Map: Collecting social network data and facilitating network learning through participatory influence network mapping. Field Methods, 22(3), 231–249.',
  krackhardt1994:
    'Krackhardt, D. (1994). Graph theoretical dimensions of informal organizations. In K. M. Carley & M. J. Prietula (eds.), Computational Organization Theory (pp. 89–111). Hillsdale, NJ: Lawrence Erlbaum.',
  breiger1974: 'Breiger, R. L. (1974). The duality of persons and groups. Social Forces, 53(2), 181–190.',
  menger1927: 'Menger, K. (1927). Zur allgemeinen Kurventheorie. Fundamenta Mathematicae, 10, 96–115.',
  fordFulkerson1956: 'Ford, L. R. & Fulkerson, D. R. (1956). Maximal flow through a network. Canadian Journal of Mathematics, 8, 399–404.',
  borgatti2006: 'Borgatti, S. P. (2006). Identifying sets of key players in a social network. Computational and Mathematical Organization Theory, 12(1), 21–34.',
  chvatal1979: 'Chvátal, V. (1979). A greedy heuristic for the set-covering problem. Mathematics of Operations Research, 4(3), 233–235.',
  levenshtein1966: 'Levenshtein, V. I. (1966). Binary codes capable of correcting deletions, insertions, and reversals. Soviet Physics Doklady, 10(8), 707–710.',
  dice1945: 'Dice, L. R. (1945). Measures of the amount of ecologic association between species. Ecology, 26(3), 297–302.',
  opsahl2010:
    'Opsahl, T., Agneessens, F. & Skvoretz, J. (2010). Node centrality in weighted networks: Generalizing degree and shortest paths. Social Networks, 32(3), 245–251.',
  barrat2004:
    'Barrat, A., Barthélemy, M., Pastor-Satorras, R. & Vespignani, A. (2004). The architecture of complex weighted networks. Proceedings of the National Academy of Sciences, 101(11), 3747–3752.',
  dijkstra1959: 'Dijkstra, E. W. (1959). A note on two problems in connexion with graphs. Numerische Mathematik, 1, 269–271.',
  christen2012:
    'Christen, P. (2012). Data Matching: Concepts and Techniques for Record Linkage, Entity Resolution, and Duplicate Detection. Berlin: Springer.',
  jacomy2014:
    'Jacomy, M., Venturini, T., Heymann, S. & Bastian, M. (2014). ForceAtlas2, a continuous graph layout algorithm for handy network visualization designed for the Gephi software. PLoS ONE, 9(6), e98679.',
} as const;

const R = REFERENCES;
/** Several references, one per line (the panel lists each on its own). */
export const refs = (...list: string[]): string => list.join('\n');

/** What the help says about one topic; every field is required in both languages. */
export interface HelpEntry {
  title: string;
  /** further words a reader may search for (synonyms, authors, the other language's term) */
  terms: string;
  what: string;
  how: string;
  formula: string;
  read: string;
  /** one reference (or note on the source) a line */
  cite: string;
}

/** The help panel in Danish (the default): every metric defined, with its source; keys must match `help-en.ts`. */
export const helpDa = {
  title: 'Hjælp',
  close: 'Luk hjælpen',
  intro: 'Hvad hvert mål betyder, hvordan det beregnes, hvordan det læses, og hvor det kommer fra.',
  search: 'Søg i hjælpen',
  searchPlaceholder: 'Søg, fx bonding',
  topicList: 'Emner',
  noMatches: 'Intet emne matcher "{{query}}".',
  sectionWhat: 'Hvad måler det?',
  sectionHow: 'Sådan beregnes det',
  sectionFormula: 'Formel',
  sectionRead: 'Sådan læses det',
  sectionCite: 'Kilder',
  sectionRelated: 'Se også',
  groups: {
    socialCapital: 'Social kapital',
    bondingBridging: 'Bonding og brobygning',
    brokerage: 'Mæglerroller og strukturelle huller',
    centrality: 'Centralitet',
    structure: 'Struktur',
    power: 'Magtasymmetri',
    dependency: 'Personafhængighed',
    dataQuality: 'Datakvalitet',
    map: 'Kortet',
  },
  entries: {
    bondingCapital: {
      title: 'Bonding social kapital',
      terms: 'sammenbindende, indadvendt, egen kreds, samme gruppe, sektor, Putnam',
      what:
        'Relationer mellem aktører, der ligner hinanden: inden for samme sektor, forening eller gruppe. Bonding giver tillid og sammenhold, men kan også lukke en gruppe om sig selv, så den mister kontakten til resten af samarbejdet.',
      how:
        'Brobygger kalder en relation bonding, når begge ender er i samme gruppe. Som standard er grupperne sektorerne (kommune, civilsamfund, borgere/målgruppe, erhverv, anden offentlig), men man kan også gruppere efter organisation eller en anden egenskab. Samme relation kan være bonding på ét niveau og bridging på et andet: en relation mellem to foreninger går på tværs af organisationer, men ligger inden for civilsamfundet. Derfor viser panelerne begge niveauer.',
      formula: 'relation (i, j) er bonding  ⇔  gruppe(i) = gruppe(j)',
      read:
        'Bonding er ikke i sig selv dårligt. Det bliver et problem, når en gruppe næsten kun har relationer indad, fx en idrætsforening, hvis 9 relationer alle går til andre i civilsamfundet. E-I-indekset og assortativiteten giver det samlede billede.',
      cite: R.putnam2000,
    },
    bridgingCapital: {
      title: 'Brobyggende social kapital (bridging)',
      terms: 'bridging, brobygning, svage relationer, weak ties, svage bånd, på tværs, Granovetter',
      what:
        'Relationer på tværs af grupper, fx mellem en kommunal medarbejder og en frivillig forening. De bringer viden, kontakter og ressourcer ind, som gruppen ikke selv har. Samskabelse mellem kommune og civilsamfund hviler på netop disse relationer.',
      how:
        'En relation er bridging, når enderne er i forskellige grupper. Granovetter viste, at det ofte er de svage relationer (weak ties) – bekendtskaber snarere end nære venner – der er broerne, fordi de forbinder kredse, som de stærke relationer (strong ties) holder adskilt.',
      formula: 'relation (i, j) er bridging  ⇔  gruppe(i) ≠ gruppe(j)',
      read:
        'Mange brobyggende relationer er tegn på et åbent samarbejde. Går de alle gennem få personer, er samarbejdet dog sårbart: se mæglerroller og personafhængighed.',
      cite: refs(R.putnam2000, R.granovetter1973),
    },
    linkingCapital: {
      title: 'Forbindende social kapital (linking)',
      terms: 'forbindende, vertikal, magt, mandat, finansiering, myndighed, Szreter, Woolcock',
      what:
        'Relationer på tværs af forskelle i magt og myndighed, fx mellem en forening og den forvaltning, der bevilger dens tilskud. De giver adgang til beslutninger og ressourcer, men det er også her, ulige magt viser sig.',
      how:
        'Szreter og Woolcock skelner linking (vertikale relationer over en magtforskel) fra bridging (vandrette relationer mellem ligestillede). Brobygger mærker en relation som linking, når den går på tværs af sektorer og bærer et beslutningsmandat eller en strøm af ressourcer (se Forbindende relationer).',
      formula: 'linking  ⇔  sektor(kilde) ≠ sektor(mål)  ∧  (mandat ∨ ressourcestrøm registreret)',
      read:
        'Forbindende relationer er ofte nødvendige: de er vejen til bevillinger og beslutninger. Se efter, om civilsamfundet også har initiativ og mandat, eller om kommunen sidder på dem alle.',
      cite: R.szreterWoolcock2004,
    },
    eiIndex: {
      title: 'E-I-indeks',
      terms: 'EI, ekstern, intern, bonding, bridging, Krackhardt, Stern',
      what:
        'Forholdet mellem relationer, der går ud af gruppen, og relationer inden for den. Ét tal for, om netværket – eller en gruppe eller en aktør – mest binder sammen indadtil eller bygger bro udadtil.',
      how:
        'E er antallet af eksterne relationer (mellem grupper), I antallet af interne (inden for en gruppe). Beregnes på tre niveauer. Hele netværket: alle relationer (pile, når netværket er rettet). En gruppe: relationer med præcis én ende i gruppen (E) mod relationer inden i den (I), hver relation talt én gang; UCINETs rækkesummer tæller interne relationer to gange og giver derfor andre tal. En aktør: aktørens egne relationer (i et rettet netværk pile begge veje). Hverken networkx, igraph eller R sna har indekset; definitionen her er referencen.',
      formula: 'E-I = (E − I) / (E + I)',
      read:
        '−1: kun relationer inden for grupperne (ren bonding). 0: lige mange af hver. +1: kun relationer på tværs (ren bridging). Indekset afhænger af gruppernes størrelse – en lille gruppe har flere at nå uden for sig selv og får let et højt E-I. Sammenlign derfor med det forventede E-I og permutationstesten, eller se assortativiteten.',
      cite: R.krackhardtStern1988,
    },
    expectedEi: {
      title: 'Forventet E-I',
      terms: 'tilfældig blanding, random mixing, baseline, gruppestørrelse, forventning',
      what:
        'Det E-I-indeks, netværket ville have, hvis relationerne faldt tilfældigt mellem aktørerne uden hensyn til gruppe. Det er målestokken for, om det observerede E-I er lavt eller højt.',
      how:
        'Tæller de mulige par inden for grupperne (P_I) og på tværs af dem (P_E) ud fra gruppernes størrelser n_g og det samlede antal aktører n.',
      formula: 'P_I = Σ_g n_g(n_g − 1) / 2\nP_E = n(n − 1) / 2 − P_I\nE-I forventet = (P_E − P_I) / (P_E + P_I)',
      read:
        'Ligger det observerede E-I under det forventede, er der mere bonding, end gruppernes størrelser alene forklarer. Med fem lige store sektorer er det forventede E-I omkring +0,6, så selv et observeret E-I på 0 betyder tydelig bonding.',
      cite: refs(R.krackhardtStern1988, 'Forventningen under tilfældig blanding er Brobyggers definition.'),
    },
    permutationTest: {
      title: 'Permutationstest og p-værdier',
      terms: 'signifikans, tilfældighed, p-værdi, blanding af grupper, seed',
      what:
        'Svarer på spørgsmålet: kunne så meget bonding (eller bridging) være opstået ved et tilfælde? Testen holder relationerne fast og blander, hvem der er i hvilken gruppe.',
      how:
        'Gruppemærkerne blandes tilfældigt mellem aktørerne (standard 5.000 gange, med et fast seed, så resultatet kan genskabes), mens relationerne og gruppernes størrelser er de samme, og E-I beregnes for hver blanding. p-værdien for "mere bonding end tilfældigt" er andelen af blandinger med et E-I, der højst er det observerede; for "mere bridging end tilfældigt" andelen med mindst det observerede. Den observerede fordeling tælles med, så p aldrig bliver 0.',
      formula: 'p(bonding) = (1 + #{E-I_perm ≤ E-I_obs}) / (1 + R)\np(bridging) = (1 + #{E-I_perm ≥ E-I_obs}) / (1 + R)\nR = antal permutationer',
      read:
        'En lille p-værdi (fx under 0,05) betyder, at mønstret næppe er tilfældigt. Med 5.000 permutationer er den mindste mulige p-værdi 1/5.001 ≈ 0,0002. Testen siger noget om mønstret i netop dette netværk, ikke om en større befolkning.',
      cite: refs(R.krackhardtStern1988, 'Selve testen – blanding af gruppemærker over den faste struktur – er Brobyggers definition.'),
    },
    assortativity: {
      title: 'Assortativitet',
      terms: 'assortativity, homofili, attribut, r, Newman, korrigeret for gruppestørrelse',
      what:
        'Om aktørerne især knytter relationer til nogen fra deres egen gruppe, korrigeret for hvor store grupperne er, og hvor mange relationer hver gruppe har. Et mere retfærdigt mål for bonding end E-I.',
      how:
        'Newmans attribut-assortativitet, beregnet ud fra blandingsmatricen: e_gh er andelen af relationsender, der går fra gruppe g til gruppe h (i et urettet netværk tælles hver relation fra begge ender), og a_g og b_g er række- og søjlesummerne. Svarer til networkx attribute_assortativity_coefficient og igraph assortativity_nominal.',
      formula: 'r = (Σ_g e_gg − Σ_g a_g·b_g) / (1 − Σ_g a_g·b_g)',
      read:
        '+1: alle relationer inden for grupperne. 0: ingen tendens ud over tilfældet. Negativ: grupperne søger mod hinanden – mere brobygning, end tilfældet giver. Jo tættere på 1, desto stærkere bonding. Zacharys karateklub har r ≈ 0,72 for de to klubber.',
      cite: R.newman2003,
    },
    modularity: {
      title: 'Modularitet (Q)',
      terms: 'Q, opdeling, fællesskaber, community, øer, Newman, Girvan',
      what:
        'Hvor meget tættere relationerne er inden for grupperne, end man ville vente, hvis de samme relationer var fordelt tilfældigt – med det samme antal relationer for hver aktør.',
      how:
        'For den givne opdeling i grupper (som standard sektorer): andelen af relationer inden for hver gruppe minus den andel, gruppens samlede grad giver forventning om. I et rettet netværk bruges den rettede form med ud- og indgrad. Svarer til networkx modularity og igraph modularity for samme opdeling; Brobygger søger ikke selv efter grupper.',
      formula:
        'urettet:  Q = Σ_g [ l_g / m − (d_g / 2m)² ]\nrettet:   Q = Σ_g [ l_g / m − d_g(ud) · d_g(ind) / m² ]\nl_g = relationer inden for g,  d_g = summen af graderne i g,  m = antal relationer',
      read:
        'Q nær 0: grupperne hænger ikke mere sammen indadtil end tilfældigt. Positiv Q: grupperne er tydelige "øer". Negativ: flere relationer på tværs end forventet. Netværk med tydelige fællesskaber ligger ifølge Newman og Girvan typisk mellem 0,3 og 0,7; karateklubbens to klubber giver Q ≈ 0,36.',
      cite: R.newmanGirvan2004,
    },
    mixingMatrix: {
      title: 'Blandingsmatrix',
      terms: 'mixing matrix, krydstabel, tæthed mellem grupper, hvem taler med hvem',
      what:
        'En tabel over, hvor mange relationer der går inden for og mellem hver gruppe, og hvor tætte de er i forhold til de mulige par. Den viser præcis, hvilke grupper der har kontakt med hvilke.',
      how:
        'Celle (g, h) er antallet af relationer fra gruppe g til gruppe h. I et urettet netværk står en relation mellem to grupper i begge celler, (g, h) og (h, g); i et rettet netværk tælles hver pil fra række til søjle. Tætheden er antallet af relationer delt med antallet af mulige par.',
      formula: 'tæthed(g, g) = relationer_gg / (n_g(n_g − 1) / 2)    (rettet: n_g(n_g − 1))\ntæthed(g, h) = relationer_gh / (n_g · n_h)',
      read:
        'Høje tal på diagonalen: bonding. Tomme celler uden for diagonalen: grupper uden nogen kontakt. Tætheden gør grupper af forskellig størrelse sammenlignelige.',
      cite: R.newman2003,
    },
    brokerage: {
      title: 'Mæglerroller (Gould & Fernandez)',
      terms: 'brokerage, mægler, koordinator, konsulent, repræsentant, dørvogter, gatekeeper, liaison, formidler',
      what:
        'Hvor ofte en aktør står mellem to andre, der ikke selv har en relation – og om de tre hører til samme eller forskellige grupper. Det viser, hvem der formidler inden for en sektor, og hvem der formidler mellem sektorer.',
      how:
        'For hver sti a → v → b, hvor der ikke er nogen relation a → b, tæller v som mægler. Rollen afhænger af grupperne: koordinator (A→A→A), konsulent (A→B→A), repræsentant (A→A→B), dørvogter (A→B→B) og liaison (A→B→C), hvor midterste bogstav er mæglerens gruppe. Der tælles ordnede par (a, b), og en urettet relation tæller som pile begge veje. Tallene svarer til R sna::brokerage på det symmetriserede netværk.',
      formula: 'rolle(v) = #{(a, b) : a → v, v → b, ingen a → b, a ≠ b}, fordelt efter gruppemønster\ntotal = summen af de fem roller',
      read:
        'Høje tal: aktøren er et bindeled. Repræsentanten bringer noget fra sin egen gruppe ud til en anden; dørvogteren tager imod fra en anden gruppe og bringer det ind i sin egen – fx en kommunal medarbejder, der bringer foreningens ønsker ind i forvaltningen. Liaison er formidling mellem to grupper, aktøren ikke selv tilhører. z-scorerne viser, om tallet er højt i forhold til netværkets tæthed.',
      cite: R.gouldFernandez1989,
    },
    brokerageZ: {
      title: 'Mæglerroller: z-scorer',
      terms: 'z-score, forventning, standardiseret, tilfældigt netværk, sna',
      what:
        'Om en aktørs mæglertal er højere eller lavere, end man ville vente i et tilfældigt netværk med samme tæthed og gruppestørrelser.',
      how:
        'For hver rolle trækkes forventningen fra det observerede tal, og der divideres med standardafvigelsen. Forventning og varians er Gould & Fernandez\' formler for et tilfældigt netværk med tætheden d, som R sna::brokerage beregner dem; d = pile / (n(n − 1)), hvor en urettet relation tæller som to pile. Hvor en rolle ikke kan forekomme (fx koordinator i en gruppe på to), vises ingen z-score.',
      formula: 'z = (observeret − E) / √Var\nE(koordinator) = d²(1 − d)(n_g − 1)(n_g − 2)\nE(total) = d²(1 − d)(n − 1)(n − 2)',
      read:
        'z omkring 0: som forventet. Over ca. 2: klart mere mæglervirksomhed end i et tilfældigt netværk. Negativ: mindre. Forventningerne bygger på et tilfældigt netværk, så i små netværk er z-scorerne kun vejledende.',
      cite: R.gouldFernandez1989,
    },
    constraint: {
      title: 'Begrænsning (constraint)',
      terms: 'constraint, Burt, strukturelle huller, structural holes, lukket kreds, redundans',
      what:
        'Hvor meget en aktørs kontakter kender hinanden og dermed binder aktøren. Lav begrænsning: kontakterne er i hver sin kreds, og aktøren har frit spil som bindeled. Høj: kontakterne hænger sammen, eller aktøren har kun få.',
      how:
        'p_ij er den andel af i\'s relationer, der går til j. Relationerne vægtes med den gensidige vægt w_ij = a_ij + a_ji, så en urettet relation og et gengældt par pile vejer ens. Svarer til networkx constraint; isolerede aktører får ingen værdi.',
      formula: 'p_ij = w_ij / Σ_k w_ik\nc_ij = (p_ij + Σ_q p_iq · p_qj)²    (q ≠ i, j)\nC_i = Σ_j c_ij',
      read:
        'Fra nær 0 til lidt over 1. Med én kontakt er C = 1. Lave værdier: mange indbyrdes uafhængige kontakter, dvs. adgang til strukturelle huller. Høje værdier: en lukket kreds eller få kontakter. I Zacharys karateklub har de to ledere C ≈ 0,16.',
      cite: R.burt1992,
    },
    effectiveSize: {
      title: 'Effektiv størrelse',
      terms: 'effective size, Burt, ikke-redundante kontakter, redundans',
      what:
        'Hvor mange af en aktørs kontakter der reelt er forskellige – ikke bare kender de samme som aktøren. Ti kontakter, der alle kender hinanden, giver mindre ny viden end fem, der ikke gør.',
      how:
        'Burts effektive størrelse: for hver kontakt j trækkes redundansen fra, dvs. hvor meget i\'s andre kontakter q også er knyttet til j. m_jq er j\'s relationer til q i forhold til j\'s stærkeste relation. Samme gensidige vægte som for begrænsning; svarer til networkx effective_size. I et urettet netværk uden vægte er det antallet af kontakter minus det gennemsnitlige antal relationer, hver kontakt har til de andre kontakter.',
      formula: 'ES_i = Σ_j (1 − Σ_q p_iq · m_jq)    (q ≠ i, j)\nm_jq = w_jq / max_k w_jk',
      read:
        'Fra 1 til antallet af kontakter. Tæt på antallet af kontakter: kontakterne er i hver sin kreds. Meget lavere: en lukket gruppe, hvor alle kender alle. Lederen af karateklubben har 16 kontakter, men en effektiv størrelse på 13,75.',
      cite: R.burt1992,
    },
    efficiency: {
      title: 'Effektivitet',
      terms: 'efficiency, Burt, effektiv størrelse pr. kontakt',
      what: 'Den effektive størrelse i forhold til antallet af kontakter: hvor stor en del af aktørens kontakter der ikke er redundante.',
      how: 'Burts effektivitet: den effektive størrelse delt med antallet af kontakter (naboer i det urettede netværk).',
      formula: 'Eff_i = ES_i / N_i    (N_i = antal kontakter)',
      read:
        '0 til 1. Nær 1: hver kontakt åbner til sin egen kreds. Lav: kontakterne overlapper meget. En aktør med én kontakt har effektivitet 1, så tallet siger mest, når der er flere kontakter.',
      cite: R.burt1992,
    },
    hierarchy: {
      title: 'Hierarki (Burt)',
      terms: 'hierarchy, Burt, koncentration, én kontakt, afhængighed',
      what:
        'Om den begrænsning, en aktør er under, er samlet på én kontakt. En høj værdi betyder, at aktørens position afhænger af én bestemt relation – et tegn på personafhængighed.',
      how:
        'Burts hierarki, en variant af Coleman–Theils uordensindeks over de enkelte begrænsninger c_ij. N er antallet af kontakter og C den samlede begrænsning. Kræver mindst to kontakter. Findes ikke i networkx, igraph eller sna; formlen her er referencen.',
      formula: 'H_i = Σ_j (c_ij / (C/N)) · ln(c_ij / (C/N)) / (N · ln N)',
      read:
        '0: begrænsningen er jævnt fordelt på kontakterne. 1: den ligger helt på én. Brobygger melder et fund ved et hierarki på mindst 0,3 (kan ændres i projektets indstillinger). Karateklubbens to ledere har 0,09 og 0,24.',
      cite: R.burt1992,
    },
    degree: {
      title: 'Grad (degree)',
      terms: 'degree, antal relationer, antal bånd, kontakter, indgrad, udgrad, Freeman',
      what: 'Hvor mange relationer en aktør har. Det enkleste mål for, hvor aktiv og synlig en aktør er i netværket.',
      how:
        'Antal naboer i det urettede netværk; flere relationer af forskellig type mellem samme par tæller én gang. I et rettet netværk er graden indgrad + udgrad, som R sna::degree (cmode = "freeman"), og en urettet relation tæller da som pile begge veje. Ind- og udgrad vises også hver for sig. Rå tal, ikke normaliseret. Analysens aktørtabel viser aktørens relationer, som de er indtastet, hver én gang; graden står i eksporten (analyze --json) og kan give aktørernes størrelse på kortet.',
      formula: 'urettet:  deg(i) = Σ_j a_ij\nrettet:   deg(i) = Σ_j a_ij + Σ_j a_ji',
      read:
        'Høj grad: mange direkte kontakter. Graden siger ikke, om kontakterne er i samme kreds (se effektiv størrelse), eller om aktøren binder netværket sammen (se betweenness).',
      cite: R.freeman1979,
    },
    betweenness: {
      title: 'Betweenness (mellemcentralitet)',
      terms: 'betweenness, mellemcentralitet, mellemled, korteste veje, bindeled, Brandes, Freeman',
      what:
        'Hvor ofte en aktør ligger på de korteste veje mellem andre. En aktør med høj betweenness er et bindeled: går vedkommende, bliver vejen mellem de andre længere – eller forsvinder.',
      how:
        'For hvert par (s, t) tælles den andel af de korteste veje fra s til t, der går gennem i. Beregnet med Brandes\' algoritme (én bredde-først-søgning pr. aktør, uden vægte). Rå værdier, ikke normaliseret. I et urettet netværk tælles hvert uordnet par én gang, som igraph betweenness og networkx betweenness_centrality(normalized=False); i et rettet netværk ordnede par langs pilene. I et stort netværk vises først et skøn: tilfældigt udtrukne par (s, t) og én af deres korteste veje (Riondato & Kornaropoulos), så hver aktørs normaliserede værdi B(i)/(n(n − 1)) højst afviger 0,01 fra den nøjagtige med 90 % sandsynlighed, for alle aktører på én gang; de nøjagtige værdier afløser skønnet, når de er beregnet.',
      formula: 'B(i) = Σ_{s ≠ i ≠ t} σ_st(i) / σ_st\nσ_st = antal korteste veje fra s til t;  σ_st(i) = de af dem, der går gennem i',
      read:
        '0: aktøren er aldrig et nødvendigt mellemled. Det højest mulige i et urettet netværk er (n − 1)(n − 2)/2, en stjerne, hvor alt går gennem midten. I karateklubben har leder 1 en betweenness på 231,1. Høj betweenness samlet hos få personer er et tegn på personafhængighed; se også andelen af centrale positioner.',
      cite: refs(R.freeman1977, R.brandes2001, R.riondato2016),
    },
    closeness: {
      title: 'Nærhedscentralitet (closeness)',
      terms: 'closeness, nærhed, afstand, rækkevidde, Wasserman, Faust',
      what:
        'Hvor tæt en aktør er på alle de andre – hvor få skridt der skal til for at nå dem. Høj nærhed betyder, at information fra aktøren hurtigt kan nå ud.',
      how:
        'Wasserman og Fausts form, som networkx closeness_centrality (wf_improved=True): den omvendte gennemsnitlige afstand til de aktører, i kan nå, ganget med den andel af netværket, i kan nå – så en aktør i en lille, afsondret klump ikke får en kunstigt høj værdi. I et rettet netværk bruges afstandene ud ad pilene (networkx på det omvendte netværk).',
      formula: 'C(i) = (r_i / (n − 1)) · (r_i / Σ_j d(i, j))\nr_i = antal aktører, i kan nå; summen går over dem',
      read:
        'Fra 0 (isoleret) til 1 (direkte forbundet med alle). Tallene sammenlignes bedst inden for samme netværk. Har en hel gruppe lav nærhed, ligger den i udkanten af samarbejdet.',
      cite: refs(R.wassermanFaust1994, R.freeman1979),
    },
    eigenvector: {
      title: 'Eigenvektorcentralitet',
      terms: 'eigenvector, egenvektor, forbindelser til centrale aktører, status, λ',
      what: 'En aktør er central, når den har relationer til andre centrale aktører. Det handler ikke kun om, hvor mange man kender, men om hvem.',
      how:
        'Den ledende egenvektor for nabomatricen A, fundet ved potensiteration. I et rettet netværk tæller pilene ind mod aktøren (man er central, når centrale aktører peger på en), som i networkx og igraph. Skaleret, så den højeste værdi er 1, som igraph eigen_centrality; networkx giver samme vektor skaleret til længden 1.',
      formula: 'λ₁ · x_i = Σ_j a_ji · x_j\nx skaleres, så max_i x_i = 1',
      read:
        '0 til 1, hvor 1 er den mest centrale. Høj værdi: aktøren er knyttet til netværkets kerne. Er netværket delt i flere komponenter, får aktører uden for den største værdier nær 0.',
      cite: R.bonacich1972,
    },
    bonacichPower: {
      title: 'Bonacich-magt (negativ β)',
      terms: 'power, magt, beta, bonpow, power_centrality, afhængige partnere, Bonacich',
      what:
        'Magt, der kommer af relationer til aktører, som ikke har andre muligheder. Med et negativt β er man stærk, når ens partnere er afhængige af en – ikke når de selv er velforbundne.',
      how:
        'c(β) = (I − βA)⁻¹A1, løst ved iteration og skaleret, så Σc² = n, som R sna::bonpow og igraph power_centrality. Standard er β = −0,5/λ₁, hvor λ₁ er nabomatricens største egenværdi; β kan sættes i analyseindstillingerne. Iterationen konvergerer for |β| < 1/λ₁; ellers vises ingen værdi. I et rettet netværk følger summen pilene ud fra aktøren.',
      formula: 'c(β) = (I − βA)⁻¹ A 1,   skaleret så Σ_i c_i² = n\nβ = −0,5 / λ₁ (standard)',
      read:
        'Høj værdi: aktøren har mange partnere, der selv har få alternativer – en magtposition. Værdierne kan være negative. Sammenlign med eigenvektorcentraliteten: høj eigenvektor, men lav Bonacich-magt betyder stærke partnere, som ikke er afhængige af aktøren.',
      cite: R.bonacich1987,
    },
    tieStrength: {
      title: 'Relationsstyrke i målene (vægtede mål)',
      terms: 'vægt, vægtet, weight, weighted, valued, styrke, strength, relationsstyrke, båndstyrke, kontakthyppighed, Dijkstra, 1/styrke, tnet',
      what:
        'De mål, hvis standarddefinition tager relationernes værdi, gives også på relationernes styrke: et ugentligt samarbejde (5) vejer mere end et enkelt møde (1). De står ved siden af de optalte mål, så begge kan rapporteres.',
      how:
        'Styrke (vægtet grad): summen af styrken på en aktørs relationer, ind og ud i et rettet netværk. Burts constraint, effektiv størrelse, effektivitet og hierarki: på forholdsvis relationsstyrke, w_ij = a_ij + a_ji delt med aktørens sum, som networkx constraint og effective_size med weight og igraph constraint med weights. Mellemlighed og nærhed: på afstande 1 / styrke (en stærk relation er en kort vej), som brugere af igraph og networkx gør, med Dijkstras korteste veje; to veje regnes lige lange inden for 10⁻¹⁰ relativt, som igraph. Eigenvektor: på den vægtede nabomatrix. E-I: summen af styrker på tværs mod summen inden for grupperne. To relationer mellem samme par lægges sammen. Målene gives kun, når alle relationer i analysen har en styrke; ellers siger analysen, hvor mange der mangler. Indstillingen Bånds vægt (styrke/ingen) og --weights i kommandolinjen vælger.',
      formula:
        's_i = Σ_j a_ij\np_ij = (a_ij + a_ji) / Σ_k (a_ik + a_ki)\nd(i, j) = min over veje Σ 1 / a_uv\nE-I = (Σ styrke på tværs − Σ styrke inden for) / Σ styrke',
      read:
        'Læs de vægtede tal som de optalte, men med styrken talt med. Skifter en mægler plads, når styrken tælles, hviler mæglerrollen på svage relationer. tnet (Opsahl) bruger samme afstand 1 / vægt; dens nærhed summerer 1 / afstand i stedet for at vende summen om.',
      cite: refs(R.burt1992, R.barrat2004, R.opsahl2010, R.dijkstra1959),
    },
    density: {
      title: 'Tæthed',
      terms: 'density, andel af mulige relationer, bånd',
      what: 'Hvor stor en andel af alle mulige relationer der faktisk findes.',
      how:
        'Antallet af relationer delt med antallet af mulige par: n(n − 1)/2 i et urettet netværk og n(n − 1) i et rettet, hvor hver pil tæller for sig. Relationer af flere typer mellem samme par tæller én gang.',
      formula: 'urettet:  tæthed = m / (n(n − 1) / 2)\nrettet:   tæthed = m / (n(n − 1))',
      read:
        '0 til 1. Store netværk er næsten altid tynde, så tætheden kan kun sammenlignes mellem netværk af nogenlunde samme størrelse, fx to bølger af samme kortlægning.',
      cite: R.wassermanFaust1994,
    },
    components: {
      title: 'Komponenter',
      terms: 'komponent, dele, isolerede, sammenhængende, største komponent',
      what: 'De dele af netværket, der hænger sammen. Aktører i hver sin komponent kan ikke nå hinanden ad nogen vej.',
      how:
        'Svage komponenter: to aktører er i samme komponent, når der er en vej mellem dem uanset pilenes retning. Findes ved bredde-først-søgning. Panelet viser antallet af komponenter og størrelsen af den største. Svarer til igraph components(mode = "weak") og networkx weakly_connected_components (connected_components i et urettet netværk).',
      formula: 'i og j i samme komponent  ⇔  der findes en vej mellem i og j, når retningen ses bort fra',
      read:
        '1: alle hænger sammen. Flere komponenter: grupper, der slet ikke er forbundet, eller aktører, der er registreret uden relationer. Mange små komponenter ved siden af én stor er ofte tegn på, at kortlægningen ikke er færdig.',
      cite: R.wassermanFaust1994,
    },
    bridges: {
      title: 'Broer (bridges)',
      terms: 'bro, bridge, eneste forbindelse, afskæring, Hopcroft, Tarjan',
      what:
        'En relation, der er den eneste forbindelse mellem to dele af netværket. Forsvinder den, falder netværket fra hinanden. (En bro i denne betydning er et grafbegreb, ikke det samme som en brobyggende relation.)',
      how:
        'En relation er en bro, når den ikke ligger på nogen kreds. Findes med Hopcroft og Tarjans dybde-først-søgning (lavpunkter) i det urettede netværk, som networkx bridges og igraph bridges. I personafhængighedsanalysen findes broerne også i person- og organisationsnetværket (relationer plus medlemskaber), og for hver bro vises, hvor mange aktører der er på hver side.',
      formula: 'relation (p, v) er en bro  ⇔  low(v) > disc(p),  hvor v er p\'s barn i dybde-først-træet',
      read:
        'Hver bro er et sted, hvor samarbejdet kan gå i stykker. En bro med mange aktører på begge sider er mere kritisk end én, der blot forbinder en enkelt aktør.',
      cite: refs(R.hopcroftTarjan1973, R.tarjan1972),
    },
    articulationPoints: {
      title: 'Artikulationspunkter',
      terms: 'cut vertex, snitpunkt, artikulationspunkt, afskæring, nøgleaktør',
      what: 'En aktør, hvis fravær deler netværket i flere dele. Stopper personen, kan nogle af de andre ikke længere nå hinanden.',
      how:
        'Findes i samme dybde-først-søgning som broerne: en aktør p er artikulationspunkt, når et af dens børn v i søgetræet ikke kan nå op over p ad en anden vej; roden er det, når den har mere end ét barn. Som networkx articulation_points og igraph articulation_points. Aktørtabellen viser det for netværket af relationer; nøglepersoner vurderes i person- og organisationsnetværket.',
      formula: 'p (ikke rod) er artikulationspunkt  ⇔  p har et barn v med low(v) ≥ disc(p)\nroden  ⇔  mere end ét barn',
      read:
        'Ja eller nej. En person, der er artikulationspunkt, er en konkret personafhængighed: se Nøglepersoner for, hvad der går tabt, og prøv det af i et afgangsscenarie.',
      cite: refs(R.hopcroftTarjan1973, R.tarjan1972),
    },
    dyadAsymmetry: {
      title: 'Magtasymmetri i en relation',
      terms: 'asymmetri, initiativ, mandat, ressourcer, afhængighed, leverandør, partner, overstyring, Emerson, NPM, NPG',
      what:
        'Hvem der har overtaget i en relation: hvem tog initiativet, hvem har beslutningsmandatet, hvilken vej går ressourcerne, hvem er afhængig af hvem, og er den ene leverandør til den anden?',
      how:
        'Hver del får værdien +1, når den favoriserer relationens kilde, −1, når den favoriserer målet, og 0, når den er ligelig. Initiativ og mandat: kilde, mål eller begge. Ressourcer: til målet = +1, til kilden = −1, begge veje = 0. Afhængighed: målet afhængigt = +1 (A\'s magt over B er B\'s afhængighed af A). Styringsform: leverandør = +1 (kilden bestiller, målet leverer), partner = 0. Scoren er gennemsnittet af de dele, der er registreret. En relation uden nogen af delene får ingen score – ikke 0.',
      formula: 'asymmetri = (1/k) · Σ dele,  over de k registrerede dele;  hver del ∈ {−1, 0, +1}',
      read:
        '−1 til +1. Positiv: kilden har mest magt. Negativ: målet. 0: balance. Brobygger melder et fund ved en asymmetri på mindst 0,5 i absolut værdi (kan ændres i indstillingerne). Se på delene: en relation, hvor kommunen har initiativet, mandatet og pengene, og foreningen er leverandør, er styring snarere end partnerskab.',
      cite: refs(R.emerson1962, R.pfefferSalancik1978, R.osborne2006),
    },
    influence: {
      title: 'Indflydelse (Net-Map)',
      terms: 'indflydelsestårn, influence tower, vurdering, indflydelseskløft, Net-Map',
      what:
        'En vurdering af, hvor meget indflydelse hver aktør har, som "indflydelsestårnene" i Net-Map, hvor deltagerne stabler brikker ved aktørerne.',
      how:
        'Indflydelsen indtastes af analytikeren for hver aktør; den beregnes ikke. For hver relation, hvor begge ender er vurderet, vises indflydelseskløften: kildens indflydelse minus målets.',
      formula: 'kløft(kilde, mål) = indflydelse(kilde) − indflydelse(mål)',
      read:
        'En stor kløft i en relation betyder, at parterne ikke mødes som ligemænd. Vurderingerne er subjektive; de er mest værd, når de er indsamlet på samme måde for alle aktører, og de kan holdes op mod de beregnede mål (Bonacich-magt, betweenness).',
      cite: R.schifferHauck2010,
    },
    sectorShares: {
      title: 'Sektorernes andel af initiativ, mandat og ressourcer',
      terms: 'overstyring, dominans, initiativ, mandat, ressourcestrøm, sektorandele',
      what: 'Hvilken sektor der tager initiativet, har beslutningsmandatet og giver ressourcerne i samarbejdet på tværs af sektorer.',
      how:
        'Kun relationer mellem aktører fra forskellige sektorer tælles, og kun dem, hvor det pågældende er registreret. Initiativ: andelen af relationerne, hvor en aktør fra sektoren tog initiativet. Mandat: andelen, hvor sektoren har mandatet. Ressourcer: andelen af de ensrettede ressourcestrømme, sektoren giver; strømme begge veje tælles ikke.',
      formula:
        'andel(s) = #{tværsektorielle relationer, hvor s tog initiativet} / #{tværsektorielle relationer med registreret initiativ}\n(tilsvarende for mandat og ressourcer)',
      read:
        '0 til 1 for hver sektor. Brobygger melder et fund, når én sektor både tog initiativet og har mandatet i mindst 60 % af de tværsektorielle relationer (kan ændres i indstillingerne) – et klassisk tegn på overstyring.',
      cite: refs('Andelene er Brobyggers definition. Om magt og afhængighed af ressourcer:', R.pfefferSalancik1978),
    },
    reciprocity: {
      title: 'Gensidighed',
      terms: 'reciprocity, reciprocitet, gengældt, envejs, grecip',
      what: 'Hvor mange af de rettede relationer der går begge veje. Et samarbejde, hvor den ene altid henvender sig til den anden, er ikke gensidigt.',
      how:
        'Kun i et rettet netværk. To mål: andelen af pile, hvis modsatte pil også findes (networkx reciprocity, sna grecip "edgewise"), og andelen af forbundne par, der er gensidige, M/(M + A), hvor M er gensidige og A ensidige par (sna grecip "dyadic.nonnull").',
      formula: 'pile:  #{i → j, hvor også j → i} / #{pile}\npar:   M / (M + A)',
      read:
        '0 til 1, hvor 1 betyder, at alle relationer går begge veje. Lav gensidighed peger på envejskommunikation, fx at foreningerne modtager information, men ikke bliver hørt. I et urettet netværk er målet ikke defineret.',
      cite: R.wassermanFaust1994,
    },
    krackhardtHierarchy: {
      title: 'Krackhardts hierarki',
      terms: 'hierarki, rækkevidde, envejs, top-down, Krackhardt',
      what: 'Hvor meget netværket er en rangorden: hvor ofte man kan nå fra A til B ad pilene, men ikke tilbage igen.',
      how:
        'Blandt de par, hvor mindst den ene kan nå den anden ad pilene, tælles de par, der kan nå hinanden begge veje (de er i samme stærke komponent). Som R sna::hierarchy(measure = "krackhardt"). I et urettet netværk er værdien 0.',
      formula: 'H = 1 − #{par, der kan nå hinanden begge veje} / #{par, hvor mindst den ene kan nå den anden}',
      read:
        '0: al rækkevidde går begge veje. 1: et rent hierarki, hvor alt kun flyder én vej. Et højt hierarki mellem kommune og civilsamfund er et tegn på styring oppefra.',
      cite: R.krackhardt1994,
    },
    centralShare: {
      title: 'Andel af centrale positioner',
      terms: 'betweenness-andel, befolkningsandel, dominans, centrale positioner',
      what: 'Om en sektor sidder på flere af netværkets mellempositioner, end dens størrelse tilsiger.',
      how: 'For hver sektor: dens aktørers samlede betweenness delt med al betweenness i netværket, holdt op mod sektorens andel af aktørerne.',
      formula: 'betweenness-andel(s) = Σ_{i ∈ s} B(i) / Σ_i B(i)\nbefolkningsandel(s) = n_s / n',
      read:
        'Er betweenness-andelen mindst 1,5 gange befolkningsandelen (kan ændres i indstillingerne), melder Brobygger et fund: sektoren kontrollerer forbindelserne. Fx en kommune med 20 % af aktørerne, men 60 % af al betweenness.',
      cite: refs(R.freeman1977, 'Sammenligningen med befolkningsandelen er Brobyggers definition.'),
    },
    forumRepresentation: {
      title: 'Repræsentation i fora',
      terms: 'forum, koordineringsforum, netværksgruppe, arbejdsgruppe, pladser, ligelig repræsentation, formand, kommissorium, mandat',
      what:
        'Hvordan pladserne i hvert forum fordeler sig på sektorer, hvem der er formand, og om forummet har et mandat (kommissorium).',
      how:
        'Hver plads tælles for sektoren for den organisation, medlemmet repræsenterer, ellers for medlemmets egen sektor. Den ligelige andel er 1 delt med antallet af sektorer i projektet. En sektor dominerer, når den har mere end halvdelen af pladserne; sektorer uden plads nævnes.',
      formula: 'andel(s) = pladser(s) / pladser i alt\nligelig andel = 1 / antal sektorer',
      read:
        'Et forum, hvor kommunen har over halvdelen af pladserne og formandsposten, mens civilsamfundet eller borgerne mangler, lever ikke op til ligelig repræsentation. Et forum uden kommissorium har et uklart mandat.',
      cite: 'Brobyggers egen definition, ud fra feltets krav om ligelig repræsentation og et klart kommissorium; der findes ingen standardkilde for målet.',
    },
    linkingTies: {
      title: 'Forbindende relationer',
      terms: 'linking, forbindende, mandat, bevilling, finansiering, vertikal, Szreter, Woolcock',
      what: 'Relationer på tværs af sektorer, som også bærer magt: et beslutningsmandat eller en strøm af penge eller andre ressourcer.',
      how:
        'En relation mærkes som linking, når enderne er i forskellige sektorer, og der er registreret et mandat hos en af parterne eller en ressourcestrøm (én vej eller begge veje). Den er stadig også en brobyggende relation.',
      formula: 'linking  ⇔  sektor(kilde) ≠ sektor(mål)  ∧  (mandat ∨ ressourcestrøm registreret)',
      read:
        'Antallet viser, hvor meget af samarbejdet der går gennem formelle magtrelationer. Få forbindende relationer: civilsamfundet har svært ved at nå beslutninger og ressourcer. Mange, men alle med mandatet hos kommunen: se magtasymmetrien.',
      cite: R.szreterWoolcock2004,
    },
    collaboration: {
      title: 'Samarbejde mellem to organisationer',
      terms: 'samarbejdsrelation, organisationspar, samarbejde, fælles forum, fælles medlem',
      what:
        'Brobygger ser på samarbejdet mellem hver to organisationer (også forvaltninger) – ikke kun mellem personer – for at vise, hvad samarbejdet hviler på.',
      how:
        'Organisation A og B samarbejder, når mindst én af disse findes: en relation direkte mellem A og B, en relation mellem en person i A og en person i B, en person, der er medlem af begge, eller pladser i samme forum. Medlemskaberne gælder i den bølge, der analyseres.',
      formula: 'samarbejde(A, B)  ⇔  organisationsrelation ∨ personrelation A–B ∨ fælles medlem ∨ fælles forum',
      read:
        'Listen viser også samarbejder, der kun findes gennem et fælles forum eller en organisationsrelation. De har ingen personlige bærere – det er i sig selv værd at vide.',
      cite: 'Brobyggers egen definition; der findes ingen standardkilde for målet.',
    },
    carriers: {
      title: 'Bærere (k_AB)',
      terms: 'bærer, k_AB, kontaktperson, fælles medlem, topandel, Breiger',
      what:
        'De relationer og personer, et samarbejde mellem to organisationer hviler på. Jo flere bærere, desto mindre sårbart er samarbejdet, når nogen stopper.',
      how:
        'Bærerne er personrelationerne mellem et medlem af A og et medlem af B (relationer mellem kolleger tæller ikke), plus hver person, der er medlem af både A og B – et dobbelt medlemskab bærer samarbejdet alene. k_AB er antallet. Desuden vises antallet af forskellige personer på hver side, topandelen (hvor stor en del af bærerne den mest involverede person indgår i), og om en formel relation eller et fælles forum bakker op. Er der kun medlemskaber og ingen personrelationer, er k_AB antallet af fælles medlemmer, det samme som i medlemskabsprojektionen BᵀB.',
      formula: 'k_AB = #{personrelationer mellem A og B} + #{personer i både A og B}\ntopandel = max_p #{bærere med p} / k_AB',
      read:
        'k_AB = 1: samarbejdet hviler på én relation. En topandel på 1: én person indgår i alle bærere. Et formelt grundlag eller et fælles forum gør samarbejdet mindre afhængigt af personerne.',
      cite: refs('Bærere og k_AB er Brobyggers definition. Medlemskabsprojektionen:', R.breiger1974),
    },
    flags: {
      title: 'De tre advarsler og deres alvor',
      terms: 'hviler på én relation, hviler på én person, kun uformelt, alvor, risiko, sårbar, skrøbelig, skrøbeligt samarbejde, udsat, personafhængig, flag, advarsel',
      what: 'Brobyggers tre advarsler om personafhængige samarbejder: samarbejdet hviler på én relation, på én person, eller er kun uformelt.',
      how:
        '"Hviler på én relation": k_AB = 1. "Hviler på én person": flere bærere, men én side bæres af en og samme person. "Kun uformelt": ingen formel relation og intet fælles forum. Alvoren vokser med samarbejdets styrke og falder med formelt grundlag: grundrisikoen er 1 (én relation), 0,75 (én person) eller 0,25 (kun uformelt) og ganges med en vægt for styrken, med 0,5 ved et formelt grundlag og med 0,7 ved et fælles forum.',
      formula:
        'risiko = grund × (0,4 + 0,6 · s) × (0,5 ved formelt) × (0,7 ved fælles forum)\ns = (styrke − laveste) / (højeste − laveste) på projektets skala, holdt inden for 0 til 1\nukendt styrke: vægt 0,6\nhøj ≥ 0,55,  middel ≥ 0,3,  ellers lav',
      read:
        'Et stærkt, uformelt samarbejde, der hviler på én relation, er det mest sårbare: går personen, går samarbejdet. Anbefalingen er typisk en ekstra kontaktperson, et skriftligt kommissorium eller en fast plads i et forum; se Robusthedsplan.',
      cite: 'Brobyggers egen definition, ud fra feltets erfaring med personafhængige samarbejder mellem kommune og civilsamfund; der findes ingen standardkilde.',
    },
    survival: {
      title: 'Overlevelse og udskiftning',
      terms: 'overlevelsessandsynlighed, udskiftning, turnover, sandsynlighed, Monte Carlo, eksakt, forventet tab',
      what: 'Sandsynligheden for, at et samarbejde stadig har mindst én bærer om et år, når hver person har en vis risiko for at stoppe.',
      how:
        'Hver person har en årlig sandsynlighed q for at stoppe: personens egen, ellers den højeste standard for personens roller (i standardkodebogen frivillig 0,30, medlem 0,25, tovholder 0,20, ansat 0,15, leder 0,10; den kan ændres). En personrelation overlever, når begge ender bliver; et fælles medlem, når personen bliver. Sandsynligheden beregnes eksakt ved at gennemgå alle kombinationer af, hvem på den mindste side der bliver, når det er overkommeligt; ellers ved Monte Carlo-simulering (standard 10.000 kørsler med et fast seed). Metoden vises ved tallet. Det forventede antal tabte samarbejder er summen af 1 − overlevelse.',
      formula:
        'P(overlever) = 1 − P(ingen bærer tilbage)\nP(ingen) = Π_{fælles medlemmer p} q_p · P(ingen personrelation har begge ender tilbage)\nforventet tab = Σ (1 − P(overlever))',
      read:
        '0 til 1. Under 0,8 (kan ændres i indstillingerne) melder Brobygger samarbejdet i fare. Eksempel: én relation mellem to frivillige overlever med (1 − 0,3)² = 0,49 – under halvdelen af gangene.',
      cite: 'Brobyggers egen definition; der findes ingen standardkilde for målet.',
    },
    connectivity: {
      title: 'Forbindelsesgrad κ og λ (Menger)',
      terms: 'kappa, lambda, vertex connectivity, edge connectivity, uafhængige veje, Menger, maksimal strømning, enkelt fejlpunkt',
      what: 'Hvor mange personer (κ) eller relationer (λ) der skal forsvinde, før to organisationer ikke længere kan nå hinanden ad nogen vej.',
      how:
        'Lokal knude- og kantforbindelsesgrad mellem organisation A og B i person- og organisationsnetværket (relationer plus medlemskaber). Efter Mengers sætning er det antallet af uafhængige veje mellem A og B; de tælles ved maksimal strømning med enhedskapacitet, som networkx local_node_connectivity og local_edge_connectivity eller igraph vertex_connectivity og edge_connectivity for ét par. En direkte relation mellem A og B ses der bort fra – den kan ikke skæres over af, at personer stopper – og samarbejdet vises som direkte forbundet. Tællingen er eksakt. I et meget stort netværk tælles de mest sårbare samarbejder først, og når analysens arbejdsgrænse er nået, vises for resten en nedre grænse (≥).',
      formula:
        'κ(A, B) = mindste antal aktører, hvis fjernelse adskiller A og B\nλ(A, B) = mindste antal relationer, hvis fjernelse adskiller A og B\n(= antal knude- hhv. kantuafhængige veje, Menger)',
      read: '0: ingen forbindelse. 1: ét enkelt punkt, hvor forbindelsen kan gå tabt. 2 eller flere: der er alternative veje. Altid κ ≤ λ.',
      cite: refs(R.menger1927, R.fordFulkerson1956),
    },
    keyPersons: {
      title: 'Nøglepersoner',
      terms: 'nøgleperson, key person, tabte samarbejder, tværsektoriel rækkevidde, afgang',
      what:
        'De personer, hvis afgang ville koste mest: samarbejder, der mister alle deres bærere, og organisationer i forskellige sektorer, der ikke længere kan nå hinanden.',
      how:
        'For hver person vises: de samarbejder, hvor personen indgår i hver eneste bærer, og som derfor ophører, hvis personen går; den tabte tværsektorielle rækkevidde, dvs. hvor mange par af organisationer fra forskellige sektorer der ikke længere er forbundet i person- og organisationsnetværket (kun muligt for et artikulationspunkt); om personen er et artikulationspunkt; og personens sandsynlighed for at stoppe. Listen sorteres efter tabte samarbejder, derefter efter rækkevidde.',
      formula:
        'tabte samarbejder(p) = #{(A, B) : p indgår i alle bærere af (A, B)}\ntabt rækkevidde(p) = R − R(uden p),  R = #{organisationspar fra forskellige sektorer i samme komponent}',
      read:
        'En person med mange tabte samarbejder og stor sandsynlighed for at stoppe – fx en frivillig tovholder – er den største risiko. Brobygger melder et fund fra ét tabt samarbejde (kan ændres i indstillingerne).',
      cite: refs('Nøglepersoner er Brobyggers definition. Artikulationspunkter:', R.hopcroftTarjan1973),
    },
    fragmentation: {
      title: 'Nøglespiller-fragmentering F og DF',
      terms: 'fragmentering, key player, nøglespillere, afstandsvægtet, DF, Borgatti',
      what: 'Hvor meget netværket falder fra hinanden, hvis bestemte personer forsvinder – og hvilke få personer der ville gøre størst skade.',
      how:
        'F er andelen af par, der ikke kan nå hinanden. DF vægter også afstanden, så lange omveje tæller som næsten afbrudte. Begge måles i person- og organisationsnetværket uden retning, efter at sættet er fjernet (n er de tilbageværende). Brobygger finder de 3 personer, hvis samlede fjernelse giver størst F, ved grådig søgning: i hvert skridt vælges den person, der øger F mest. Det giver et godt, men ikke nødvendigvis det bedste sæt. DF beregnes fra alle aktører, eller fra et jævnt udvalg i meget store netværk (vist som et skøn).',
      formula:
        'F = 1 − Σ_k s_k(s_k − 1) / (n(n − 1)),  s_k = komponenternes størrelser\nDF = 1 − Σ_{i ≠ j} (1 / d_ij) / (n(n − 1)),  1/d_ij = 0 uden forbindelse',
      read:
        '0 til 1. F = 0: alle kan nå alle. F = 1: ingen kan nå nogen. DF er altid mindst lige så stor som F. Sammenlign med det intakte netværk: springer F fra 0 til 0,3, når tre personer fjernes, hviler sammenhængen på dem. I karateklubben giver fjernelsen af leder 1 F = 0,32 og DF = 0,64 (intakt: 0 og 0,51).',
      cite: R.borgatti2006,
    },
    departureScenario: {
      title: 'Afgangsscenarie',
      terms: 'hvad hvis, afgang, stopper, scenarie, før og efter, fjern person, organisation',
      what: '"Hvad hvis … stopper?" Fjern en eller flere personer – eller en hel organisation – og se, hvad samarbejdet mister.',
      how:
        'Analysen køres på en kopi uden de valgte aktører; de gemte data ændres ikke. Forsvinder en organisation, følger de medlemmer med, der kun er medlem af den. Før og efter vises antal aktører, relationer, komponenter (i person- og organisationsnetværket), E-I, samarbejder med bærere, tværsektoriel rækkevidde og fragmentering F, og hvilke samarbejder der ophører, og hvilke der nu hviler på én relation eller én person.',
      formula: 'ophører:  bærere før > 0 og bærere efter = 0\nsvækkes:  ingen advarsel om én relation eller én person før, men en efter',
      read:
        'Brug scenariet til at prøve nøglepersonerne af, fx en tovholder, der går på pension. Intet gemmes, før du selv vælger det.',
      cite: 'Brobyggers egen definition; der findes ingen standardkilde for målet.',
    },
    resiliencePlan: {
      title: 'Robusthedsplan',
      terms: 'plan, introduktion, ny kontaktperson, formalisering, robusthed, anbefaling',
      what:
        'Det mindste sæt nye relationer, der fjerner alle advarsler om "hviler på én relation" og "hviler på én person" – ordnet efter, hvor meget risiko hver fjerner.',
      how:
        'For hvert sårbart samarbejde foreslås en introduktion mellem en person i den ene og en person i den anden organisation, så begge sider får mindst to bærende personer. Kandidaterne er de bedst placerede medlemmer: ledere og tovholdere før ansatte, ansatte før frivillige og medlemmer, og derefter dem med flest relationer. Introduktionerne vælges grådigt som en mængdedækning, den der fjerner mest risiko først; én introduktion kan hjælpe flere samarbejder, når en person er med i flere organisationer. Hvor ingen introduktion kan hjælpe (fx en organisation med én person), foreslås det at formalisere samarbejdet. Planen dækker højst de 300 mest risikable samarbejder.',
      formula: 'vælg igen og igen den introduktion, der fjerner mest af den resterende risiko\nfjernet risiko = Σ risiko for de samarbejder, den reparerer',
      read:
        'Start fra toppen: de første forslag fjerner mest risiko. En introduktion er en konkret handling – at præsentere to personer for hinanden og give dem en fælles opgave. Grådig mængdedækning giver en god plan, men ikke nødvendigvis den mindst mulige.',
      cite: refs('Planen er Brobyggers definition. Grådig mængdedækning:', R.chvatal1979),
    },
    duplicates: {
      title: 'Dubletter og fletning',
      terms: 'dublet, duplikat, to gange, samme person, flet, sammenlæg, navnematch, stavemåde, duplicates, merge, record linkage',
      what:
        'Den samme person eller organisation registreret to gange, fx "Mette Sørensen" fra ét spørgeskema og "Sørensen, Mette" fra et andet. En dublet deler aktørens relationer på to punkter i netværket, så aktøren ser mindre central ud, end den er, og netværket får et mellemled for meget. Find dubletter (i Personer og Organisationer og i menuen Rediger) viser de par, hvis navne ligner hinanden så meget, at de kan være den samme; Flet med … i en aktørs detaljer fletter to, man selv har fundet.',
      how:
        'Navnene sammenlignes efter dansk normalisering: store og små bogstaver, accenter og tegnsætning tæller ikke, å og aa, æ og ae, ø og oe læses ens, og "Efternavn, Fornavn" læses som "Fornavn Efternavn". Ord, der er ens, tæller fuldt, et forbogstav ("M.") næsten fuldt, og et ord med en tastefejl efter sin Levenshtein-afstand. Kun aktører af samme slags sammenlignes, og kun dem, der deler et ord, der begynder ens. Par med en lighed på mindst 0,75 vises, de mest ens først. Ved fletning forsvinder den ene, og alt dens flyttes til den, der beholdes: dens navn, slags og sektor bliver; hvad den mangler (sektor, indflydelse, udskiftning, egenskaber), udfyldes af den anden, og noterne lægges sammen. En relation mellem de to forsvinder. To relationer af samme type (og retning) til den samme tredje aktør bliver én: den stærkeste styrke, formel frem for uformel, for hver magtegenskab den kendte (den beholdtes, hvis begge er kendt), og begge kilder og citater bevares. To medlemskaber af samme organisation med samme rolle bliver ét med de bredeste datoer. En plads i et forum, hvor den beholdte allerede sidder, forsvinder, og den beholdtes rolle bliver; pladser, der repræsenterede den ene, repræsenterer nu den beholdte. Kortplaceringen og pseudonymkoden er den beholdtes. Runder: foreningen, og er den ene med i alle runder, er den flettede det også.',
      formula:
        'lighed = 0,7 × ordoverlap + 0,3 × strenglighed\nordoverlap = 2 × Σ ordpar-lighed / (antal ord i navn 1 + antal ord i navn 2)\nstrenglighed = 1 − Levenshtein-afstand / længste længde (navnenes ord sorteret og sat sammen)',
      read:
        'Et forslag er ikke en afgørelse: to forskellige personer kan hedde næsten det samme. Se på organisationer og relationer, før du fletter, og vælg at beholde den, der er registreret bedst (som standard den med flest relationer). En fletning er ét trin i fortrydelseshistorikken og kan fortrydes med Ctrl+Z. Efter fletningen regnes analysen igen: grad, centralitet og komponenter bliver den ene aktørs.',
      cite: refs(R.christen2012, R.levenshtein1966, R.dice1945),
    },
    mapLayouts: {
      title: 'Kortet: layout og tegn',
      terms: 'kort, layout, to bredder, bred, flod, kraftbaseret, ForceAtlas2, koncentrisk, manuel, flyttet, signaturforklaring, skrøbelig relation, tyk streg, stiplet, uformel, pil, rettet, medlemskab, størrelse, nøgleperson, ring, map, shores',
      what: 'Hvordan kortet placerer aktørerne, og hvad stregerne, formerne, ringene og størrelserne betyder. Signaturforklaringen på kortet viser kun de tegn, der er i brug.',
      how:
        'Kraftbaseret: ForceAtlas2 fra faste startpladser, så forbundne aktører trækkes mod hinanden, og det samme netværk altid giver det samme billede. To bredder: kommunens aktører på venstre bred, civilsamfundets og borgernes på højre, alle andre i midten; hver organisation står øverst i en blok med sine personer, og blokkene ordnes, så relationerne over floden krydser hinanden mindst muligt. Koncentrisk: de mest centrale i midten efter det valgte størrelsesmål (ellers grad). Manuel: de pladser, du selv har trukket aktørerne til; de gemmes med projektet, og Læg ud igen beregner layoutet forfra.',
      formula: 'bred(aktør) = venstre, når sektoren er kommunen\n              højre, når sektoren er civilsamfund eller borgere\n              midten ellers\n(en person uden sektor står på sin organisations bred)',
      read:
        'I To bredder er en relation, der krydser floden, brobyggende mellem kommune og civilsamfund; få krydsende streger betyder få broer. En tyk rødorange streg er en skrøbelig relation: et samarbejde mellem to organisationer hviler på den alene eller på én person (se De tre advarsler). En ring om en person markerer en nøgleperson. Stiplede streger er uformelle relationer, pile rettede relationer og prikkede streger medlemskaber. Når størrelsen følger et mål, siger signaturforklaringen hvilket.',
      cite: refs(R.jacomy2014, 'To bredder er Brobyggers eget layout.'),
    },
  },
} satisfies { entries: Record<HelpTopic, HelpEntry> } & Record<string, unknown>;
