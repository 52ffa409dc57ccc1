import type { CatalogueShape } from './catalogue-shape';
import { REFERENCES as R, refs } from './help-da';

/** The help panel in English. */
export const helpEn: CatalogueShape['help'] = {
  title: 'Help',
  close: 'Close help',
  intro: 'What each measure means, how it is computed, how to read it, and where it comes from.',
  search: 'Search the help',
  searchPlaceholder: 'Search, e.g. bonding',
  topicList: 'Topics',
  noMatches: 'No topic matches "{{query}}".',
  sectionWhat: 'What it measures',
  sectionHow: 'How it is computed',
  sectionFormula: 'Formula',
  sectionRead: 'How to read it',
  sectionCite: 'Sources',
  sectionRelated: 'See also',
  groups: {
    socialCapital: 'Social capital',
    bondingBridging: 'Bonding and bridging',
    brokerage: 'Brokerage and structural holes',
    centrality: 'Centrality',
    structure: 'Structure',
    power: 'Power asymmetry',
    dependency: 'Person-dependency',
    dataQuality: 'Data quality',
    map: 'The map',
  },
  entries: {
    bondingCapital: {
      title: 'Bonding social capital',
      terms: 'bonding, inward, own circle, same group, sector, Putnam',
      what:
        'Ties between actors who are alike: within the same sector, association or group. Bonding builds trust and cohesion, but it can also close a group in on itself, cut off from the rest of the collaboration.',
      how:
        'Brobygger calls a tie bonding when both ends are in the same group. By default the groups are the sectors (municipality, civil society, citizens/target group, business, other public); you can also group by organisation or by another attribute. The same tie can be bonding at one level and bridging at another: a tie between two associations crosses organisations but stays within civil society, so the panels show both levels.',
      formula: 'tie (i, j) is bonding  ⇔  group(i) = group(j)',
      read:
        'Bonding is not bad in itself. It becomes a problem when a group has almost only inward ties, e.g. a sports club whose 9 ties all go to others in civil society. The E-I index and assortativity give the overall picture.',
      cite: R.putnam2000,
    },
    bridgingCapital: {
      title: 'Bridging social capital',
      terms: 'bridging, across groups, weak ties, Granovetter',
      what:
        'Ties across groups, e.g. between a municipal employee and a volunteer association. They bring in knowledge, contacts and resources the group does not have itself. Co-creation between municipality and civil society rests on these ties.',
      how:
        'A tie is bridging when its ends are in different groups. Granovetter showed that it is often the weak ties – acquaintances rather than close friends – that are the bridges, because they connect circles that strong ties keep apart.',
      formula: 'tie (i, j) is bridging  ⇔  group(i) ≠ group(j)',
      read:
        'Many bridging ties are a sign of an open collaboration. If they all run through a few persons, though, the collaboration is fragile: see brokerage and person-dependency.',
      cite: refs(R.putnam2000, R.granovetter1973),
    },
    linkingCapital: {
      title: 'Linking social capital',
      terms: 'linking, vertical, power, mandate, funding, authority, Szreter, Woolcock',
      what:
        'Ties across differences in power and authority, e.g. between an association and the municipal department that funds it. They give access to decisions and resources, and they are also where unequal power shows.',
      how:
        'Szreter and Woolcock distinguish linking (vertical ties across a power gradient) from bridging (horizontal ties between equals). Brobygger labels a tie linking when it crosses sectors and carries a decision mandate or a flow of resources (see Linking ties).',
      formula: 'linking  ⇔  sector(source) ≠ sector(target)  ∧  (mandate ∨ resource flow recorded)',
      read:
        'Linking ties are often necessary: they are the way to funding and decisions. Check whether civil society also takes initiative and holds mandates, or whether the municipality holds them all.',
      cite: R.szreterWoolcock2004,
    },
    eiIndex: {
      title: 'E-I index',
      terms: 'EI, external, internal, bonding, bridging, Krackhardt, Stern',
      what:
        'The balance between ties that leave a group and ties within it. One number for whether the network – or a group, or an actor – mostly bonds inward or bridges outward.',
      how:
        'E is the number of external ties (between groups), I the number of internal ties (within a group). Computed at three levels. Whole network: all ties (arcs when the network is directed). A group: ties with exactly one end in the group (E) against ties inside it (I), each tie counted once; UCINET\'s row sums count internal ties twice and so give other figures. An actor: the actor\'s own ties (in a directed network, arcs both ways). Neither networkx, igraph nor R sna has the index; the definition here is the reference.',
      formula: 'E-I = (E − I) / (E + I)',
      read:
        '−1: only ties within groups (pure bonding). 0: as many of each. +1: only ties across groups (pure bridging). The index depends on group sizes – a small group has more actors to reach outside itself and easily gets a high E-I. Compare with the expected E-I and the permutation test, or look at assortativity.',
      cite: R.krackhardtStern1988,
    },
    expectedEi: {
      title: 'Expected E-I',
      terms: 'random mixing, baseline, group size, expectation',
      what:
        'The E-I index the network would have if ties fell at random between actors, whatever their group. It is the yardstick for whether the observed E-I is low or high.',
      how: 'Counts the possible pairs within groups (P_I) and across them (P_E) from the group sizes n_g and the number of actors n.',
      formula: 'P_I = Σ_g n_g(n_g − 1) / 2\nP_E = n(n − 1) / 2 − P_I\nexpected E-I = (P_E − P_I) / (P_E + P_I)',
      read:
        'An observed E-I below the expected one means more bonding than group sizes alone explain. With five sectors of equal size the expected E-I is about +0.6, so even an observed E-I of 0 means clear bonding.',
      cite: refs(R.krackhardtStern1988, 'The expectation under random mixing is Brobygger\'s definition.'),
    },
    permutationTest: {
      title: 'Permutation test and p-values',
      terms: 'significance, chance, p-value, shuffled groups, seed',
      what:
        'Answers the question: could this much bonding (or bridging) have arisen by chance? The test keeps the ties fixed and shuffles who is in which group.',
      how:
        'The group labels are shuffled at random among the actors (5,000 times by default, with a fixed seed so the result can be reproduced), keeping the ties and the group sizes, and E-I is computed for each shuffle. The p-value for "more bonding than chance" is the share of shuffles with an E-I at most the observed one; for "more bridging than chance" the share with at least the observed one. The observed assignment is counted in, so p is never 0.',
      formula: 'p(bonding) = (1 + #{E-I_perm ≤ E-I_obs}) / (1 + R)\np(bridging) = (1 + #{E-I_perm ≥ E-I_obs}) / (1 + R)\nR = number of permutations',
      read:
        'A small p-value (e.g. below 0.05) means the pattern is unlikely to be chance. With 5,000 permutations the smallest possible p-value is 1/5,001 ≈ 0.0002. The test speaks about the pattern in this network, not about a wider population.',
      cite: refs(R.krackhardtStern1988, 'The test itself – shuffling group labels over the fixed structure – is Brobygger\'s definition.'),
    },
    assortativity: {
      title: 'Assortativity',
      terms: 'homophily, attribute, r, Newman, corrected for group size',
      what:
        'Whether actors tie mostly to others of their own group, corrected for how large the groups are and how many ties each group has. A fairer measure of bonding than E-I.',
      how:
        'Newman\'s attribute assortativity, from the mixing matrix: e_gh is the share of tie ends running from group g to group h (in an undirected network each tie is counted from both ends), and a_g and b_g are the row and column sums. Matches networkx attribute_assortativity_coefficient and igraph assortativity_nominal.',
      formula: 'r = (Σ_g e_gg − Σ_g a_g·b_g) / (1 − Σ_g a_g·b_g)',
      read:
        '+1: all ties within groups. 0: no tendency beyond chance. Negative: groups seek each other out – more bridging than chance gives. The closer to 1, the stronger the bonding. Zachary\'s karate club has r ≈ 0.72 for its two clubs.',
      cite: R.newman2003,
    },
    modularity: {
      title: 'Modularity (Q)',
      terms: 'Q, partition, communities, islands, Newman, Girvan',
      what:
        'How much denser the ties are within groups than one would expect if the same ties were spread at random, each actor keeping its number of ties.',
      how:
        'For the given partition into groups (the sectors by default): the share of ties inside each group minus the share its total degree would lead one to expect. In a directed network the directed form with out- and in-degrees is used. Matches networkx modularity and igraph modularity for the same partition; Brobygger does not search for groups itself.',
      formula:
        'undirected:  Q = Σ_g [ l_g / m − (d_g / 2m)² ]\ndirected:    Q = Σ_g [ l_g / m − d_g(out) · d_g(in) / m² ]\nl_g = ties inside g,  d_g = sum of degrees in g,  m = number of ties',
      read:
        'Q near 0: groups hold together no more than chance. Positive Q: the groups are distinct "islands". Negative: more ties across than expected. According to Newman and Girvan, networks with clear communities typically fall between 0.3 and 0.7; the karate club\'s two clubs give Q ≈ 0.36.',
      cite: R.newmanGirvan2004,
    },
    mixingMatrix: {
      title: 'Mixing matrix',
      terms: 'cross-tabulation, density between groups, who talks to whom',
      what:
        'A table of how many ties run within and between each pair of groups, and how dense they are relative to the possible pairs. It shows exactly which groups are in touch with which.',
      how:
        'Cell (g, h) is the number of ties from group g to group h. In an undirected network a tie between two groups appears in both cells, (g, h) and (h, g); in a directed network each arc counts from row to column. Density is the number of ties divided by the number of possible pairs.',
      formula: 'density(g, g) = ties_gg / (n_g(n_g − 1) / 2)    (directed: n_g(n_g − 1))\ndensity(g, h) = ties_gh / (n_g · n_h)',
      read:
        'High numbers on the diagonal: bonding. Empty cells off the diagonal: groups with no contact at all. Density makes groups of different size comparable.',
      cite: R.newman2003,
    },
    brokerage: {
      title: 'Brokerage roles (Gould & Fernandez)',
      terms: 'broker, coordinator, consultant, itinerant, representative, gatekeeper, liaison, go-between',
      what:
        'How often an actor stands between two others who have no tie of their own – and whether the three belong to the same or different groups. It shows who mediates within a sector and who mediates between sectors.',
      how:
        'For every path a → v → b with no tie a → b, v counts as a broker. The role depends on the groups: coordinator (A→A→A), consultant or itinerant (A→B→A), representative (A→A→B), gatekeeper (A→B→B) and liaison (A→B→C), the middle letter being the broker\'s group. Ordered pairs (a, b) are counted, and an undirected tie counts as arcs both ways. The figures match R sna::brokerage on the symmetrised network.',
      formula: 'role(v) = #{(a, b) : a → v, v → b, no a → b, a ≠ b}, split by group pattern\ntotal = sum of the five roles',
      read:
        'High counts: the actor is a link. The representative carries something from its own group out to another; the gatekeeper receives from another group and brings it into its own – e.g. a municipal employee who brings an association\'s wishes into the department. Liaison is mediation between two groups the actor does not belong to. The z-scores show whether a count is high given the network\'s density.',
      cite: R.gouldFernandez1989,
    },
    brokerageZ: {
      title: 'Brokerage: z-scores',
      terms: 'z-score, expectation, standardised, random graph, sna',
      what: 'Whether an actor\'s brokerage counts are higher or lower than expected in a random network of the same density and group sizes.',
      how:
        'For each role the expectation is subtracted from the observed count and the result divided by the standard deviation. Expectation and variance are Gould & Fernandez\'s formulas for a random network of density d, as R sna::brokerage computes them; d = arcs / (n(n − 1)), an undirected tie counting as two arcs. Where a role cannot occur (e.g. coordinator in a group of two) no z-score is shown.',
      formula: 'z = (observed − E) / √Var\nE(coordinator) = d²(1 − d)(n_g − 1)(n_g − 2)\nE(total) = d²(1 − d)(n − 1)(n − 2)',
      read:
        'z around 0: as expected. Above about 2: clearly more brokerage than in a random network. Negative: less. The expectations assume a random network, so in small networks z-scores are only a guide.',
      cite: R.gouldFernandez1989,
    },
    constraint: {
      title: 'Constraint',
      terms: 'Burt, structural holes, closed circle, redundancy',
      what:
        'How much an actor\'s contacts know each other and so hem the actor in. Low constraint: the contacts are in separate circles and the actor is free to act as a link. High: the contacts are interconnected, or the actor has only a few.',
      how:
        'p_ij is the share of i\'s ties that go to j. Ties are weighted by the mutual weight w_ij = a_ij + a_ji, so an undirected tie and a reciprocated pair of arcs weigh the same. Matches networkx constraint; isolates get no value.',
      formula: 'p_ij = w_ij / Σ_k w_ik\nc_ij = (p_ij + Σ_q p_iq · p_qj)²    (q ≠ i, j)\nC_i = Σ_j c_ij',
      read:
        'From near 0 to a little above 1. With one contact C = 1. Low values: many mutually unconnected contacts, i.e. access to structural holes. High values: a closed circle or few contacts. In Zachary\'s karate club the two leaders have C ≈ 0.16.',
      cite: R.burt1992,
    },
    effectiveSize: {
      title: 'Effective size',
      terms: 'Burt, non-redundant contacts, redundancy',
      what:
        'How many of an actor\'s contacts are really different – not just people who know the same people as the actor. Ten contacts who all know each other bring less new knowledge than five who do not.',
      how:
        'Burt\'s effective size: for each contact j the redundancy is subtracted, i.e. how much i\'s other contacts q are also tied to j. m_jq is j\'s tie to q relative to j\'s strongest tie. Same mutual weights as constraint; matches networkx effective_size. In an undirected, unweighted network it is the number of contacts minus the average number of ties each contact has to the other contacts.',
      formula: 'ES_i = Σ_j (1 − Σ_q p_iq · m_jq)    (q ≠ i, j)\nm_jq = w_jq / max_k w_jk',
      read:
        'From 1 to the number of contacts. Close to the number of contacts: the contacts are in separate circles. Much lower: a closed group where everyone knows everyone. The karate club\'s leader has 16 contacts but an effective size of 13.75.',
      cite: R.burt1992,
    },
    efficiency: {
      title: 'Efficiency',
      terms: 'Burt, effective size per contact',
      what: 'Effective size relative to the number of contacts: the share of an actor\'s contacts that are not redundant.',
      how: 'Burt\'s efficiency: effective size divided by the number of contacts (neighbours in the undirected network).',
      formula: 'Eff_i = ES_i / N_i    (N_i = number of contacts)',
      read:
        '0 to 1. Near 1: each contact opens onto a circle of its own. Low: the contacts overlap a lot. An actor with one contact has efficiency 1, so the figure says most when there are several contacts.',
      cite: R.burt1992,
    },
    hierarchy: {
      title: 'Hierarchy (Burt)',
      terms: 'Burt, concentration, single contact, dependence',
      what:
        'Whether the constraint on an actor is concentrated on one contact. A high value means the actor\'s position depends on one particular tie – a sign of person-dependency.',
      how:
        'Burt\'s hierarchy, a variant of the Coleman–Theil disorder index over the individual constraints c_ij. N is the number of contacts and C the total constraint. Needs at least two contacts. Not in networkx, igraph or sna; the formula here is the reference.',
      formula: 'H_i = Σ_j (c_ij / (C/N)) · ln(c_ij / (C/N)) / (N · ln N)',
      read:
        '0: the constraint is spread evenly over the contacts. 1: it rests entirely on one. Brobygger reports a finding at a hierarchy of 0.3 or more (changeable in the project settings). The karate club\'s two leaders have 0.09 and 0.24.',
      cite: R.burt1992,
    },
    degree: {
      title: 'Degree',
      terms: 'number of ties, contacts, in-degree, out-degree, Freeman',
      what: 'How many ties an actor has. The simplest measure of how active and visible an actor is in the network.',
      how:
        'The number of neighbours in the undirected network; several ties of different types between the same pair count once. In a directed network degree is in-degree + out-degree, as R sna::degree (cmode = "freeman"), and an undirected tie then counts as arcs both ways. In- and out-degree are also shown separately. Raw counts, not normalised. The analysis\' table of actors shows the actor\'s ties as entered, each once; degree is in the export (analyze --json) and can size the actors on the map.',
      formula: 'undirected:  deg(i) = Σ_j a_ij\ndirected:    deg(i) = Σ_j a_ij + Σ_j a_ji',
      read:
        'High degree: many direct contacts. Degree does not say whether the contacts are in the same circle (see effective size) or whether the actor holds the network together (see betweenness).',
      cite: R.freeman1979,
    },
    betweenness: {
      title: 'Betweenness centrality',
      terms: 'shortest paths, intermediary, go-between, link, Brandes, Freeman',
      what:
        'How often an actor lies on the shortest paths between others. An actor with high betweenness is a link: if they leave, the way between the others gets longer – or disappears.',
      how:
        'For every pair (s, t), the share of shortest paths from s to t that pass through i is counted. Computed with Brandes\' algorithm (one breadth-first search per actor, unweighted). Raw values, not normalised. In an undirected network each unordered pair is counted once, as igraph betweenness and networkx betweenness_centrality(normalized=False); in a directed network, ordered pairs along the arcs. In a large network an estimate comes first: randomly drawn pairs (s, t) and one of their shortest paths (Riondato & Kornaropoulos), so that each actor\'s normalised value B(i)/(n(n − 1)) lies within 0.01 of the exact one with probability 90%, for all actors at once; the exact values replace the estimate once computed.',
      formula: 'B(i) = Σ_{s ≠ i ≠ t} σ_st(i) / σ_st\nσ_st = number of shortest paths from s to t;  σ_st(i) = those passing through i',
      read:
        '0: the actor is never a necessary intermediary. The maximum in an undirected network is (n − 1)(n − 2)/2, a star where everything goes through the centre. In the karate club, leader 1 has betweenness 231.1. High betweenness concentrated in a few persons is a sign of person-dependency; see also the share of central positions.',
      cite: refs(R.freeman1977, R.brandes2001, R.riondato2016),
    },
    closeness: {
      title: 'Closeness centrality',
      terms: 'distance, reach, Wasserman, Faust',
      what: 'How close an actor is to all the others – how few steps it takes to reach them. High closeness means information from the actor can spread quickly.',
      how:
        'Wasserman and Faust\'s form, as networkx closeness_centrality (wf_improved=True): the inverse of the average distance to the actors i can reach, multiplied by the share of the network i can reach – so an actor in a small, cut-off cluster does not get an artificially high value. In a directed network, distances along outgoing arcs are used (networkx on the reversed network).',
      formula: 'C(i) = (r_i / (n − 1)) · (r_i / Σ_j d(i, j))\nr_i = number of actors i can reach; the sum runs over them',
      read:
        'From 0 (isolated) to 1 (directly tied to everyone). Values are best compared within one network. A whole group with low closeness sits on the edge of the collaboration.',
      cite: refs(R.wassermanFaust1994, R.freeman1979),
    },
    eigenvector: {
      title: 'Eigenvector centrality',
      terms: 'ties to central actors, status, λ',
      what: 'An actor is central when tied to other central actors. It is not only how many you know, but whom.',
      how:
        'The leading eigenvector of the adjacency matrix A, found by power iteration. In a directed network the arcs into the actor count (one is central when central actors point to one), as in networkx and igraph. Scaled so the highest value is 1, as igraph eigen_centrality; networkx gives the same vector scaled to length 1.',
      formula: 'λ₁ · x_i = Σ_j a_ji · x_j\nx scaled so that max_i x_i = 1',
      read:
        '0 to 1, 1 being the most central. A high value: the actor is tied to the network\'s core. When the network has several components, actors outside the largest get values near 0.',
      cite: R.bonacich1972,
    },
    bonacichPower: {
      title: 'Bonacich power (negative β)',
      terms: 'power, beta, bonpow, power_centrality, dependent partners, Bonacich',
      what:
        'Power that comes from ties to actors who have no other options. With a negative β you are strong when your partners depend on you – not when they are well connected themselves.',
      how:
        'c(β) = (I − βA)⁻¹A1, solved by iteration and scaled so that Σc² = n, as R sna::bonpow and igraph power_centrality. The default is β = −0.5/λ₁, λ₁ being the adjacency matrix\'s largest eigenvalue; β can be set in the analysis settings. The iteration converges for |β| < 1/λ₁; otherwise no value is shown. In a directed network the sum follows the arcs out of the actor.',
      formula: 'c(β) = (I − βA)⁻¹ A 1,   scaled so that Σ_i c_i² = n\nβ = −0.5 / λ₁ (default)',
      read:
        'A high value: the actor has many partners who themselves have few alternatives – a position of power. Values can be negative. Compare with eigenvector centrality: high eigenvector but low Bonacich power means strong partners who do not depend on the actor.',
      cite: R.bonacich1987,
    },
    tieStrength: {
      title: 'Tie strength in the measures (valued measures)',
      terms: 'weight, weighted, valued, strength, tie strength, contact frequency, Dijkstra, 1/strength, tnet, båndstyrke, vægtet',
      what:
        'The measures whose standard definitions take tie values are also given on the ties\' strengths: a weekly collaboration (5) weighs more than a single meeting (1). They stand beside the counted measures, so both can be reported.',
      how:
        'Strength (weighted degree): the sum of an actor\'s ties\' strengths, in and out in a directed network. Burt\'s constraint, effective size, efficiency and hierarchy: on proportional tie strength, w_ij = a_ij + a_ji over the actor\'s total, as networkx constraint and effective_size with weight and igraph constraint with weights. Betweenness and closeness: on distances 1 / strength (a strong tie is a short step), as igraph and networkx users do, by Dijkstra\'s shortest paths; two paths count as equally long within a relative 10⁻¹⁰, as in igraph. Eigenvector: on the valued adjacency matrix. E-I: the sum of strengths across groups against the sum within. Two ties between the same pair add up. The measures are given only when every tie in the analysis has a strength; otherwise the analysis says how many lack one. The setting Tie weights (strength/none) and --weights on the command line choose.',
      formula:
        's_i = Σ_j a_ij\np_ij = (a_ij + a_ji) / Σ_k (a_ik + a_ki)\nd(i, j) = min over paths Σ 1 / a_uv\nE-I = (Σ strength across − Σ strength within) / Σ strength',
      read:
        'Read the valued figures as the counted ones, with strength taken into account. A broker who changes place when strength counts holds that role through weak ties. tnet (Opsahl) uses the same distance 1 / weight; its closeness sums 1 / distance instead of inverting the sum.',
      cite: refs(R.burt1992, R.barrat2004, R.opsahl2010, R.dijkstra1959),
    },
    density: {
      title: 'Density',
      terms: 'share of possible ties',
      what: 'The share of all possible ties that actually exist.',
      how:
        'The number of ties divided by the number of possible pairs: n(n − 1)/2 in an undirected network and n(n − 1) in a directed one, where each arc counts on its own. Ties of several types between the same pair count once.',
      formula: 'undirected:  density = m / (n(n − 1) / 2)\ndirected:    density = m / (n(n − 1))',
      read:
        '0 to 1. Large networks are almost always sparse, so density can only be compared between networks of roughly the same size, e.g. two waves of the same mapping.',
      cite: R.wassermanFaust1994,
    },
    components: {
      title: 'Components',
      terms: 'parts, isolates, connected, largest component',
      what: 'The parts of the network that hang together. Actors in different components cannot reach each other by any path.',
      how:
        'Weak components: two actors are in the same component when a path joins them, whatever the direction of the arcs. Found by breadth-first search. The panel shows the number of components and the size of the largest. Matches igraph components(mode = "weak") and networkx weakly_connected_components (connected_components in an undirected network).',
      formula: 'i and j in the same component  ⇔  a path joins i and j, ignoring direction',
      read:
        '1: everything hangs together. Several components: groups with no connection at all, or actors recorded without ties. Many small components beside one large one often mean the mapping is not finished.',
      cite: R.wassermanFaust1994,
    },
    bridges: {
      title: 'Bridges',
      terms: 'bridge, only connection, cut edge, Hopcroft, Tarjan',
      what:
        'A tie that is the only connection between two parts of the network. If it goes, the network falls apart. (A bridge in this sense is a graph concept, not the same as a bridging tie.)',
      how:
        'A tie is a bridge when it lies on no cycle. Found with Hopcroft and Tarjan\'s depth-first search (low points) in the undirected network, as networkx bridges and igraph bridges. The person-dependency analysis also finds the bridges of the person + organisation network (ties plus memberships) and shows how many actors are on each side.',
      formula: 'tie (p, v) is a bridge  ⇔  low(v) > disc(p),  v being p\'s child in the depth-first tree',
      read:
        'Each bridge is a place where the collaboration can break. A bridge with many actors on both sides is more critical than one that merely connects a single actor.',
      cite: refs(R.hopcroftTarjan1973, R.tarjan1972),
    },
    articulationPoints: {
      title: 'Articulation points',
      terms: 'cut vertex, cut point, key actor, separation',
      what: 'An actor whose absence splits the network into more parts. If the person leaves, some of the others can no longer reach each other.',
      how:
        'Found in the same depth-first search as the bridges: an actor p is an articulation point when one of its children v in the search tree cannot reach above p by another path; the root is one when it has more than one child. As networkx articulation_points and igraph articulation_points. The actor table shows it for the network of ties; key persons are assessed in the person + organisation network.',
      formula: 'p (not the root) is an articulation point  ⇔  p has a child v with low(v) ≥ disc(p)\nthe root  ⇔  more than one child',
      read:
        'Yes or no. A person who is an articulation point is a concrete person-dependency: see Key persons for what would be lost, and try it out in a departure scenario.',
      cite: refs(R.hopcroftTarjan1973, R.tarjan1972),
    },
    dyadAsymmetry: {
      title: 'Dyad power asymmetry',
      terms: 'asymmetry, initiative, mandate, resources, dependence, supplier, partner, over-steering, Emerson, NPM, NPG',
      what:
        'Who has the upper hand in a tie: who took the initiative, who holds the decision mandate, which way resources flow, who depends on whom, and is one the other\'s supplier?',
      how:
        'Each part is +1 when it favours the tie\'s source, −1 when it favours the target, and 0 when balanced. Initiative and mandate: source, target or both. Resources: to the target = +1, to the source = −1, both ways = 0. Dependence: target dependent = +1 (A\'s power over B is B\'s dependence on A). Governance: supplier = +1 (the source commissions, the target delivers), partner = 0. The score is the mean of the parts recorded. A tie with none of them recorded has no score – not 0.',
      formula: 'asymmetry = (1/k) · Σ parts,  over the k parts recorded;  each part ∈ {−1, 0, +1}',
      read:
        '−1 to +1. Positive: the source holds more power. Negative: the target. 0: balance. Brobygger reports a finding at an asymmetry of 0.5 or more either way (changeable in the settings). Look at the parts: a tie where the municipality has the initiative, the mandate and the money, and the association is a supplier, is steering rather than partnership.',
      cite: refs(R.emerson1962, R.pfefferSalancik1978, R.osborne2006),
    },
    influence: {
      title: 'Influence ratings (Net-Map)',
      terms: 'influence tower, rating, influence gap, Net-Map',
      what: 'A rating of how much influence each actor has, like the "influence towers" of Net-Map, where participants stack counters beside the actors.',
      how:
        'The analyst enters the influence of each actor; it is not computed. For each tie whose two ends are rated, the influence gap is shown: the source\'s influence minus the target\'s.',
      formula: 'gap(source, target) = influence(source) − influence(target)',
      read:
        'A large gap in a collaboration tie means the parties do not meet as equals. Ratings are subjective; they are worth most when collected the same way for every actor, and they can be set against the computed measures (Bonacich power, betweenness).',
      cite: R.schifferHauck2010,
    },
    sectorShares: {
      title: 'Sector shares of initiative, mandate and resources',
      terms: 'over-steering, dominance, initiative, mandate, resource flow, sector shares',
      what: 'Which sector takes the initiative, holds the decision mandate and provides the resources in the collaboration across sectors.',
      how:
        'Only ties between actors of different sectors count, and only those where the item is recorded. Initiative: the share of ties where an actor of the sector took the initiative. Mandate: the share where the sector holds the mandate. Resources: the share of one-way resource flows the sector provides; flows both ways are not counted.',
      formula:
        'share(s) = #{cross-sector ties where s took the initiative} / #{cross-sector ties with initiative recorded}\n(likewise for mandate and resources)',
      read:
        '0 to 1 per sector. Brobygger reports a finding when one sector both took the initiative and holds the mandate in at least 60 % of the cross-sector ties (changeable in the settings) – a classic sign of over-steering.',
      cite: refs('The shares are Brobygger\'s definition. On power and resource dependence:', R.pfefferSalancik1978),
    },
    reciprocity: {
      title: 'Reciprocity',
      terms: 'mutual, reciprocated, one-way, grecip',
      what: 'How many of the directed ties run both ways. A collaboration where one party always approaches the other is not mutual.',
      how:
        'Directed networks only. Two measures: the share of arcs whose reverse arc also exists (networkx reciprocity, sna grecip "edgewise"), and the share of connected pairs that are mutual, M/(M + A), M being mutual and A asymmetric pairs (sna grecip "dyadic.nonnull").',
      formula: 'arcs:   #{i → j where also j → i} / #{arcs}\npairs:  M / (M + A)',
      read:
        '0 to 1, 1 meaning every tie runs both ways. Low reciprocity points to one-way communication, e.g. associations that receive information but are not heard. In an undirected network the measure is not defined.',
      cite: R.wassermanFaust1994,
    },
    krackhardtHierarchy: {
      title: 'Krackhardt hierarchy',
      terms: 'hierarchy, reachability, one-way, top-down, Krackhardt',
      what: 'How much the network is a pecking order: how often one can get from A to B along the arcs but not back again.',
      how:
        'Among the pairs where at least one can reach the other along the arcs, the pairs that reach each other both ways (being in the same strong component) are counted. As R sna::hierarchy(measure = "krackhardt"). In an undirected network the value is 0.',
      formula: 'H = 1 − #{pairs reaching each other both ways} / #{pairs where at least one reaches the other}',
      read:
        '0: all reachability runs both ways. 1: a pure hierarchy where everything flows one way. A high hierarchy between municipality and civil society is a sign of top-down steering.',
      cite: R.krackhardt1994,
    },
    centralShare: {
      title: 'Share of central positions',
      terms: 'betweenness share, population share, dominance, central positions',
      what: 'Whether a sector holds more of the network\'s in-between positions than its size would suggest.',
      how: 'For each sector: its actors\' total betweenness divided by all betweenness in the network, set against the sector\'s share of the actors.',
      formula: 'betweenness share(s) = Σ_{i ∈ s} B(i) / Σ_i B(i)\npopulation share(s) = n_s / n',
      read:
        'When the betweenness share is at least 1.5 times the population share (changeable in the settings), Brobygger reports a finding: the sector controls the connections. E.g. a municipality with 20 % of the actors but 60 % of all betweenness.',
      cite: refs(R.freeman1977, 'The comparison with the population share is Brobygger\'s definition.'),
    },
    forumRepresentation: {
      title: 'Forum representation',
      terms: 'forum, coordination forum, network group, working group, seats, equal representation, chair, terms of reference, mandate',
      what: 'How the seats in each forum are spread over the sectors, who chairs it, and whether the forum has a mandate (terms of reference).',
      how:
        'Each seat counts for the sector of the organisation the member represents, otherwise for the member\'s own sector. The equal share is 1 divided by the number of sectors in the project. A sector dominates when it holds more than half of the seats; sectors without a seat are named.',
      formula: 'share(s) = seats(s) / all seats\nequal share = 1 / number of sectors',
      read:
        'A forum where the municipality holds more than half the seats and the chair, while civil society or the citizens are missing, falls short of equal representation. A forum without terms of reference has an unclear mandate.',
      cite: 'Brobygger\'s own definition, from the field\'s call for equal representation and clear terms of reference; there is no standard source for the measure.',
    },
    linkingTies: {
      title: 'Linking ties',
      terms: 'linking, mandate, grant, funding, vertical, Szreter, Woolcock',
      what: 'Ties across sectors that also carry power: a decision mandate or a flow of money or other resources.',
      how:
        'A tie is labelled linking when its ends are in different sectors and a mandate held by one party, or a resource flow (one way or both), is recorded. It is still a bridging tie as well.',
      formula: 'linking  ⇔  sector(source) ≠ sector(target)  ∧  (mandate ∨ resource flow recorded)',
      read:
        'The count shows how much of the collaboration runs through formal relations of power. Few linking ties: civil society struggles to reach decisions and resources. Many, but all with the mandate held by the municipality: see the power asymmetry.',
      cite: R.szreterWoolcock2004,
    },
    collaboration: {
      title: 'Collaboration between two organisations',
      terms: 'collaboration, organisation pair, joint forum, shared member',
      what:
        'Brobygger looks at the collaboration between every two organisations (municipal departments included) – not only between persons – to show what the collaboration rests on.',
      how:
        'Organisations A and B collaborate when at least one of these exists: a tie directly between A and B, a tie between a person in A and a person in B, a person who is a member of both, or seats in the same forum. Memberships are those of the wave analysed.',
      formula: 'collaboration(A, B)  ⇔  organisation tie ∨ person tie A–B ∨ shared member ∨ joint forum',
      read:
        'The list also shows collaborations that exist only through a joint forum or an organisation-level tie. They have no personal carriers – which is worth knowing in itself.',
      cite: 'Brobygger\'s own definition; there is no standard source for the measure.',
    },
    carriers: {
      title: 'Carriers (k_AB)',
      terms: 'carrier, k_AB, contact person, shared member, top share, Breiger',
      what:
        'The ties and persons a collaboration between two organisations rests on. The more carriers, the less fragile the collaboration is when someone leaves.',
      how:
        'The carriers are the person ties between a member of A and a member of B (ties between colleagues do not count), plus every person who is a member of both A and B – a double membership carries the collaboration alone. k_AB is their number. Also shown: the number of distinct persons on each side, the top share (the share of carriers the most involved person is part of), and whether a formal tie or a joint forum backs it. With memberships only and no person ties, k_AB is the number of shared members, as in the co-membership projection BᵀB.',
      formula: 'k_AB = #{person ties between A and B} + #{persons in both A and B}\ntop share = max_p #{carriers involving p} / k_AB',
      read:
        'k_AB = 1: the collaboration hangs on one tie. A top share of 1: one person is part of every carrier. Formal backing or a joint forum makes the collaboration less dependent on the persons.',
      cite: refs('Carriers and k_AB are Brobygger\'s definition. The co-membership projection:', R.breiger1974),
    },
    flags: {
      title: 'The three flags and their severity',
      terms: 'hinges on one tie, hinges on one person, informal only, severity, risk, vulnerable, fragile, fragile collaboration, exposed, person-dependent, flag, warning',
      what: 'Brobygger\'s three warnings about person-dependent collaborations: it hinges on one tie, on one person, or is informal only.',
      how:
        '"Hinges on one tie": k_AB = 1. "Hinges on one person": several carriers, but one side is carried by one and the same person. "Informal only": no formal tie and no joint forum. Severity grows with the collaboration\'s strength and falls with formal backing: the base risk is 1 (one tie), 0.75 (one person) or 0.25 (informal only), multiplied by a weight for strength, by 0.5 with formal backing and by 0.7 with a joint forum.',
      formula:
        'risk = base × (0.4 + 0.6 · s) × (0.5 if formal) × (0.7 if joint forum)\ns = (strength − lowest) / (highest − lowest) on the project\'s scale, kept within 0 to 1\nunknown strength: weight 0.6\nhigh ≥ 0.55,  medium ≥ 0.3,  otherwise low',
      read:
        'A strong, informal collaboration that hinges on one tie is the most fragile: when the person goes, the collaboration goes. The usual recommendation is a second contact person, written terms of reference or a standing seat in a forum; see Resilience plan.',
      cite: 'Brobygger\'s own definition, from the field\'s experience of person-dependent collaboration between municipality and civil society; there is no standard source.',
    },
    survival: {
      title: 'Survival and turnover',
      terms: 'survival probability, turnover, probability, Monte Carlo, exact, expected loss',
      what: 'The probability that a collaboration still has at least one carrier a year from now, when each person has some chance of leaving.',
      how:
        'Each person has a yearly probability q of leaving: their own, otherwise the highest default of their roles (in the default codebook volunteer 0.30, member 0.25, coordinator 0.20, employee 0.15, leader 0.10; editable). A person tie survives when both ends stay; a shared member when that person stays. The probability is computed exactly, by going through every combination of who on the smaller side stays, when that is feasible; otherwise by Monte Carlo simulation (10,000 runs by default, fixed seed). The method is shown with the figure. The expected number of collaborations lost is the sum of 1 − survival.',
      formula:
        'P(survives) = 1 − P(no carrier left)\nP(none) = Π_{shared members p} q_p · P(no person tie keeps both ends)\nexpected loss = Σ (1 − P(survives))',
      read:
        '0 to 1. Below 0.8 (changeable in the settings) Brobygger reports the collaboration at risk. Example: one tie between two volunteers survives with (1 − 0.3)² = 0.49 – less than half the time.',
      cite: 'Brobygger\'s own definition; there is no standard source for the measure.',
    },
    connectivity: {
      title: 'Vertex and edge connectivity κ and λ (Menger)',
      terms: 'kappa, lambda, vertex connectivity, edge connectivity, independent paths, Menger, maximum flow, single point of failure',
      what: 'How many persons (κ) or ties (λ) must go before two organisations can no longer reach each other by any path.',
      how:
        'Local vertex and edge connectivity between organisations A and B in the person + organisation network (ties plus memberships). By Menger\'s theorem it is the number of independent paths between A and B, counted by unit-capacity maximum flow, as networkx local_node_connectivity and local_edge_connectivity or igraph vertex_connectivity and edge_connectivity for one pair. A direct tie between A and B is left out – persons leaving cannot cut it – and the collaboration is shown as directly tied. The count is exact. In a very large network the most fragile collaborations are counted first, and once the analysis has spent its work limit the rest show a lower bound (≥).',
      formula:
        'κ(A, B) = fewest actors whose removal separates A and B\nλ(A, B) = fewest ties whose removal separates A and B\n(= number of vertex- resp. edge-independent paths, Menger)',
      read: '0: no connection. 1: a single point of failure. 2 or more: there are alternative paths. Always κ ≤ λ.',
      cite: refs(R.menger1927, R.fordFulkerson1956),
    },
    keyPersons: {
      title: 'Key persons',
      terms: 'key person, collaborations lost, cross-sector reach, departure',
      what:
        'The persons whose departure would cost most: collaborations that lose all their carriers, and organisations of different sectors that could no longer reach each other.',
      how:
        'For each person: the collaborations in which the person is part of every single carrier, and which therefore end if the person leaves; the cross-sector reach lost, i.e. how many pairs of organisations of different sectors would no longer be connected in the person + organisation network (only possible for an articulation point); whether the person is an articulation point; and the person\'s probability of leaving. The list is sorted by collaborations lost, then by reach.',
      formula:
        'collaborations lost(p) = #{(A, B) : p is part of every carrier of (A, B)}\nreach lost(p) = R − R(without p),  R = #{organisation pairs of different sectors in the same component}',
      read:
        'A person with many collaborations lost and a high probability of leaving – e.g. a volunteer coordinator – is the greatest risk. Brobygger reports a finding from one collaboration lost (changeable in the settings).',
      cite: refs('Key persons are Brobygger\'s definition. Articulation points:', R.hopcroftTarjan1973),
    },
    fragmentation: {
      title: 'Key-player fragmentation F and DF',
      terms: 'fragmentation, key player, distance-weighted, DF, Borgatti',
      what: 'How much the network falls apart if certain persons disappear – and which few persons would do the most damage.',
      how:
        'F is the share of pairs that cannot reach each other. DF also weighs distance, so long detours count as nearly cut. Both are measured in the person + organisation network without direction, after the set is removed (n being those who remain). Brobygger finds the 3 persons whose joint removal gives the highest F by greedy search: each step takes the person who raises F most. That gives a good set, not necessarily the best. DF is computed from every actor, or from an evenly spread sample in very large networks (shown as an estimate).',
      formula:
        'F = 1 − Σ_k s_k(s_k − 1) / (n(n − 1)),  s_k = component sizes\nDF = 1 − Σ_{i ≠ j} (1 / d_ij) / (n(n − 1)),  1/d_ij = 0 when unconnected',
      read:
        '0 to 1. F = 0: everyone can reach everyone. F = 1: no one can reach anyone. DF is always at least F. Compare with the intact network: if F jumps from 0 to 0.3 when three persons are removed, the network\'s cohesion rests on them. In the karate club, removing leader 1 gives F = 0.32 and DF = 0.64 (intact: 0 and 0.51).',
      cite: R.borgatti2006,
    },
    departureScenario: {
      title: 'Departure scenario',
      terms: 'what if, departure, leaves, scenario, before and after, remove person, organisation',
      what: '"What if … leaves?" Remove one or more persons – or a whole organisation – and see what the collaboration loses.',
      how:
        'The analysis runs on a copy without the chosen actors; the stored data is not changed. When an organisation goes, the members who belong only to it go with it. Before and after: actors, ties, components (in the person + organisation network), E-I, collaborations with carriers, cross-sector reach and fragmentation F, and which collaborations end and which now hinge on one tie or one person.',
      formula: 'ends:      carriers before > 0 and carriers after = 0\nweakened:  no one-tie or one-person flag before, but one after',
      read: 'Use the scenario to test the key persons, e.g. a coordinator about to retire. Nothing is saved unless you choose to.',
      cite: 'Brobygger\'s own definition; there is no standard source for the measure.',
    },
    resiliencePlan: {
      title: 'Resilience plan',
      terms: 'plan, introduction, second contact person, formalise, resilience, recommendation',
      what:
        'The smallest set of new ties that removes every "hinges on one tie" and "hinges on one person" flag – ordered by how much risk each removes.',
      how:
        'For each fragile collaboration an introduction is proposed between a person in one organisation and a person in the other, so both sides get at least two carrying persons. The candidates are the best-placed members: leaders and coordinators before employees, employees before volunteers and members, then those with most ties. Introductions are chosen greedily as a set cover, the one removing most risk first; one introduction can mend several collaborations when a person belongs to several organisations. Where no introduction can help (e.g. an organisation of one person), the plan proposes to formalise the collaboration. The plan covers at most the 300 riskiest collaborations.',
      formula: 'repeatedly choose the introduction that removes most of the remaining risk\nrisk removed = Σ risk of the collaborations it mends',
      read:
        'Start from the top: the first proposals remove most risk. An introduction is a concrete step – introducing two persons to each other and giving them a shared task. Greedy set cover gives a good plan, though not necessarily the smallest possible.',
      cite: refs('The plan is Brobygger\'s definition. Greedy set cover:', R.chvatal1979),
    },
    duplicates: {
      title: 'Duplicates and merging',
      terms: 'duplicate, twice, same person, merge, combine, name matching, spelling, dublet, flet, record linkage, entity resolution',
      what:
        'The same person or organisation entered twice, say "Mette Sørensen" from one survey and "Sørensen, Mette" from another. A duplicate splits the actor\'s ties between two points of the network, so the actor looks less central than it is and the network gains a go-between too many. Find duplicates (in Persons and Organisations, and in the Edit menu) shows the pairs whose names are so alike that they may be the same; Merge with … in an actor\'s details merges two you have found yourself.',
      how:
        'Names are compared after Danish normalisation: case, accents and punctuation do not count, å and aa, æ and ae, ø and oe read alike, and "Surname, Given name" reads as "Given name Surname". Equal words count fully, an initial ("M.") almost fully, and a word with a typing error by its Levenshtein distance. Only actors of the same kind are compared, and only those sharing a word that begins alike. Pairs with a similarity of at least 0.75 are shown, the most alike first. When two are merged, one goes and everything it had moves to the one kept: its name, kind and sector stay; what it lacks (sector, influence, turnover, attributes) is filled from the other, and the notes are joined. A tie between the two disappears. Two ties of the same type (and direction) with the same third actor become one: the stronger strength, formal over informal, for each power attribute the known one (the kept one\'s when both are known), and both sources and quotes are kept. Two memberships of the same organisation with the same role become one with the widest dates. A seat in a forum where the kept one already sits goes, and the kept one\'s role stays; seats that represented the other now represent the one kept. The place on the map and the pseudonym code are the kept one\'s. Waves: the union, and if either is present in every wave, so is the merged actor.',
      formula:
        'similarity = 0.7 × word overlap + 0.3 × string similarity\nword overlap = 2 × Σ word-pair similarity / (words in name 1 + words in name 2)\nstring similarity = 1 − Levenshtein distance / longest length (the names\' words sorted and joined)',
      read:
        'A suggestion is not a decision: two different people can have almost the same name. Look at the organisations and ties before merging, and keep the one entered best (by default the one with more ties). A merge is one step in the undo history and can be undone with Ctrl+Z. After the merge the analysis runs again: degree, centrality and components become the one actor\'s.',
      cite: refs(R.christen2012, R.levenshtein1966, R.dice1945),
    },
    mapLayouts: {
      title: 'The map: layouts and marks',
      terms: 'map, layout, two shores, shore, river, force-directed, ForceAtlas2, concentric, manual, moved, legend, fragile tie, thick line, dashed, informal, arrow, directed, membership, size, key person, ring, kort, to bredder',
      what: 'How the map places the actors, and what its lines, shapes, rings and sizes mean. The legend on the map shows only the marks in use.',
      how:
        'Force-directed: ForceAtlas2 from fixed starting places, so that connected actors pull towards each other and the same network always gives the same picture. Two shores: the municipality\'s actors on the left shore, civil society\'s and the citizens\' on the right, everyone else in the middle; each organisation heads a block with its persons, and the blocks are ordered so that the ties across the river cross each other as little as possible. Concentric: the most central in the middle by the chosen size measure (else degree). Manual: the places you dragged the actors to yourself; they are saved with the project, and Lay out again computes the layout afresh.',
      formula: 'shore(actor) = left, when the sector is the municipality\n               right, when the sector is civil society or citizens\n               middle otherwise\n(a person without a sector stands on their organisation\'s shore)',
      read:
        'In Two shores, a tie that crosses the river bridges municipality and civil society; few crossing lines mean few bridges. A thick vermilion line is a fragile tie: a collaboration between two organisations rests on it alone or on one person (see The three flags). A ring around a person marks a key person. Dashed lines are informal ties, arrows directed ties, and dotted lines memberships. When the size follows a measure, the legend says which.',
      cite: refs(R.jacomy2014, 'Two shores is Brobygger\'s own layout.'),
    },
  },
};
