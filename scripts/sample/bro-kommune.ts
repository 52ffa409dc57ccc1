/**
 * The sample project "Bro Kommune": a fictional municipality receiving refugees, its departments,
 * the civil society around them and 56 fictional persons. The app opens on it, so it is built to
 * make every analysis in ../shared/design/analysis.md find something real. Where each finding sits:
 *
 *  1. Collaborations that hang on ONE person-to-person tie (k = 1):
 *     - Jobcenter Bro ↔ Bro Boldklub: only Søren Ærø – Jakob Ebbesen (t-095); informal, no formal tie,
 *       no shared forum.
 *     - Socialpsykiatrien ↔ Røde Kors Bro: only Martin Wulff – Helle Winther (t-096); informal only.
 *     - Frivillighed og Civilsamfund ↔ Modtagerkorpset: only Åse Østergaard – Abdi Warsame (t-107);
 *       backed by nothing but the network group both sit in.
 *     - Sprogcenter Bro ↔ Røde Kors Bro in 2025: only Hanne Krogh – Ida Lauritsen (t-097). Ida leaves
 *       before 2026, and the collaboration is gone in wave 2026 (only the shared forum seat is left).
 *  2. One person carries all of one side:
 *     - Modtagerkorpset ↔ Integrationsafdelingen (2025) and ↔ Jobcenter Bro: several ties, all of them
 *       from Abdi Warsame on the Modtagerkorps side (t-085..t-087, t-093, t-094). In 2026 Amina Hassan
 *       has built a second contact (Rania Haddad, t-088) to Integrationsafdelingen, not to Jobcenter.
 *     - Jobcenter Bro ↔ Bro Tømrer & Byg: two ties, both from Søren Ærø (t-127, t-128).
 *  3. A well-backed collaboration, for contrast: Integrationsafdelingen ↔ Røde Kors Bro: five person ties
 *     (five persons on the municipal side, four on the Red Cross side), a written partnership agreement
 *     (t-129) and a joint seat in Koordineringsforum (Mette Lund, Grethe Nielsen).
 *  4. An interlocking membership that alone carries a collaboration: Bjarne Toft sits on the residents'
 *     board of Boligselskabet Brohus and on the parish council of Bro Sogns Kirke (m-060). Nothing else
 *     links the two: no person tie, no forum, and Bjarne himself has no recorded ties.
 *  5. Forums: the municipality dominates Koordineringsforum for integration (6 of 8 seats, chair and
 *     secretary municipal, no citizens' seat). "Arbejdsgruppe: Sprog og job" has no civil-society or
 *     citizen seat at all; "Arbejdsgruppe: Fritid og fællesskab" has no kommissorium (empty mandate).
 *  6. Bro Boldklub is bonded inward: 14 ties among its eight persons and a single weak (strength 2)
 *     informal tie out of the club (t-095). It takes no forum seat.
 *  7. Power asymmetry: in cross-sector rows the municipal end is written first, and most of those rows
 *     say the municipality initiated and holds the mandate (MUN_LEADS, MUN_INIT). Røde Kors Bro (contract
 *     with Jobcenter, t-130) and Frivilligcenter Bro (resultatkontrakt with Kultur og Fritid, t-131) are
 *     suppliers; Røde Kors (t-129), Dansk Flygtningehjælp (t-132) and Brohus (t-133) are partners of
 *     Integrationsafdelingen. Eight cross-sector ties carry no power data at all (t-058, t-090, t-092,
 *     t-103, t-106, t-108, t-114, t-119; mostly survey answers): they must get no asymmetry score.
 *     Of the cross-sector ties with a municipal end and a known initiative, about three in four were
 *     initiated by the municipal end.
 *  8. Key persons whose departure disconnects parts of the network (articulation points):
 *     - Søren Ærø: the only link to both Bro Boldklub and Bro Tømrer & Byg.
 *     - Jakob Ebbesen: the club's only person with a tie outside it.
 *     - Åse Østergaard, the municipal volunteer coordinator: the only tie-link of Bro Sogns Kirke's persons
 *       to anyone else, and the whole of her one-person department.
 *     - Abdi Warsame: in the graph of person ties Yousef Al-Ali is reached only through him, and in 2025
 *       all of Modtagerkorpset's ties to the municipality run through him.
 *     (Søren, Jakob and Åse are cut points in the combined person + organisation graph as well.)
 *  9. Volunteers (high default turnover, 0.3 a year) carrying critical ties: Jakob Ebbesen (t-095),
 *     Helle Winther (t-096), Ida Lauritsen (t-097, left before 2026), and in the Modtagerkorps the
 *     volunteer Rania Haddad, who becomes the second contact in 2026.
 *
 * 10. The reception timeline (ACTIVITIES, 25 activities in weeks relative to arrival, -9 to 26):
 *     - Overlap: three language cafés/trainings for all newly arrived run at once from week 6-8
 *       (Røde Kors Bro, Bro Sogns Kirke, Frivilligcenter Bro); and in weeks 4-26 the newcomer meets
 *       the health assessment, the self-support programme, the jobcentre and the language school,
 *       authority tasks of three departments at once (where information piles up).
 *     - Gap: after the Modtagerkorps's welcome in weeks 0-1, nothing is offered to anyone until the
 *       cafés start in week 6 (weeks 2-5); only the families have Brohus's introduction then.
 *     - One contact person: the Modtagerkorps's welcome (Abdi Warsame), the mentor programme for women
 *       (Nadia Rahimi), the visiting friends (Helle Winther) and the football (Jakob Ebbesen).
 *     - One link: the football is run by Bro Boldklub, whose only link to the municipality is t-095.
 *
 * Persons and organisations are fictional; organisation kinds are generic. Labels, titles, notes and
 * quotes are in Danish, as a Danish analyst would type them; comments are in English.
 *
 * The tables below are written to be read and edited: one line per organisation, per person, per tie
 * and per forum seat. Ids are typed: a tie or seat naming an unknown actor is a compile error.
 */

// ---------------------------------------------------------------------------------------------------
// Waves: two yearly mappings. Elements with no wave list are present in both; a few are not, to show
// change (a volunteer who left, a new volunteer, a new tie, a new working group).

type WaveId = 'w-2025' | 'w-2026';
const WAVES: ReadonlyArray<{ id: WaveId; label: string; date: string }> = [
  { id: 'w-2025', label: '2025', date: '2025-03-01' },
  { id: 'w-2026', label: '2026', date: '2026-03-01' },
];

// Keys of the default codebooks (src/core/model/defaults.ts): the file leaves codebooks out.
type Sector = 'municipality' | 'civil_society' | 'citizens' | 'business' | 'other_public';
type Role = 'employee' | 'volunteer' | 'leader' | 'coordinator' | 'member';
type ForumKind = 'coordination' | 'network' | 'working' | 'steering' | 'other';
type TargetGroup = 'all' | 'families' | 'single_adults' | 'children_youth' | 'women' | 'men' | 'unaccompanied';
type Attributes = Record<string, string | number | boolean | null>;

// ---------------------------------------------------------------------------------------------------
// Organisations. Attribute names are the analyst's own, in Danish: stiftet (founded), ansatte (staff),
// frivillige (volunteers), medlemmer (members); indflydelse is the analyst's Net-Map style influence
// rating (1-5), which broKommune() moves into the actor's influence field.

interface OrgRow<I extends string> {
  id: I;
  label: string;
  kind: 'organisation' | 'department';
  sector: Sector;
  attributes: Attributes;
  notes: string;
}
const dept = <const I extends string>(id: I, label: string, attributes: Attributes, notes = ''): OrgRow<I> => ({
  id,
  label,
  kind: 'department',
  sector: 'municipality',
  attributes,
  notes,
});
const org = <const I extends string>(
  id: I,
  label: string,
  sector: Sector,
  attributes: Attributes,
  notes = '',
): OrgRow<I> => ({ id, label, kind: 'organisation', sector, attributes, notes });

const ORGS = [
  // Municipal departments (forvaltninger).
  dept('org-integration', 'Integrationsafdelingen', { ansatte: 14, indflydelse: 5 }),
  dept('org-jobcenter', 'Jobcenter Bro', { ansatte: 38, indflydelse: 5 }),
  dept('org-sprogcenter', 'Sprogcenter Bro', { ansatte: 12, indflydelse: 3 }),
  dept('org-kultur-fritid', 'Kultur og Fritid', { ansatte: 9, indflydelse: 4 }),
  dept('org-socialpsykiatri', 'Socialpsykiatrien', { ansatte: 25, indflydelse: 3 }),
  // A one-person department: everything it does hangs on the volunteer coordinator (point 8).
  dept('org-frivillighed', 'Frivillighed og Civilsamfund', { stiftet: 2021, ansatte: 1, indflydelse: 2 },
    'Kommunens frivilligkoordinator. Enmandsfunktion under Kultur og Fritid.'),

  // Civil society.
  org('org-frivilligcenter', 'Frivilligcenter Bro', 'civil_society', { stiftet: 1998, ansatte: 3, frivillige: 40, indflydelse: 3 }),
  org('org-roede-kors', 'Røde Kors Bro', 'civil_society', { stiftet: 1952, frivillige: 60, indflydelse: 3 }),
  org('org-dfh', 'Dansk Flygtningehjælp Frivillignet Bro', 'civil_society', { stiftet: 2016, frivillige: 25, indflydelse: 2 }),
  org('org-boldklub', 'Bro Boldklub', 'civil_society', { stiftet: 1921, medlemmer: 450, indflydelse: 2 }),
  // A faith community; the default codebook has no sector of its own for it, so civil society.
  org('org-kirke', 'Bro Sogns Kirke', 'civil_society', { frivillige: 30, indflydelse: 2 }),
  // Non-profit social housing (almen bolig) is regulated by law and funded through Landsbyggefonden and
  // the municipality, and its social worker acts much like public staff: coded as "other public", not
  // civil society. It also keeps the fifth default sector populated.
  org('org-brohus', 'Boligselskabet Brohus', 'other_public', { stiftet: 1948, ansatte: 20, indflydelse: 3 }),
  // Refugees organising themselves. Coded as citizens / target group rather than civil society, so the
  // analyses can show whether the target group's own voice reaches the municipality other than through
  // one person (point 2), and so ties to the established associations count as bridging.
  org('org-modtagerkorps', 'Modtagerkorpset', 'citizens', { stiftet: 2019, medlemmer: 30, indflydelse: 1 },
    'Selvorganiseret gruppe af tidligere flygtninge, der tager imod nyankomne.'),

  // Business.
  org('org-toemrer', 'Bro Tømrer & Byg', 'business', { stiftet: 1987, ansatte: 12, indflydelse: 1 }),
];
type OrgId = (typeof ORGS)[number]['id'];

// ---------------------------------------------------------------------------------------------------
// Persons: one line each, with their first (primary) membership. A person's sector is their primary
// organisation's. `title` becomes the attribute `stilling` (job title or task).

interface PersonRow<I extends string> {
  id: I;
  name: string;
  org: OrgId;
  role: Role;
  title: string;
  membership: string;
  since: string | null;
  end: string | null;
  waves: WaveId[];
  notes: string;
}
interface PersonMore {
  end?: string;
  waves?: WaveId[];
  notes?: string;
}
const person = <const I extends string>(
  id: I,
  name: string,
  org: OrgId,
  role: Role,
  title: string,
  membership: string,
  since: string | null,
  more: PersonMore = {},
): PersonRow<I> => ({
  id,
  name,
  org,
  role,
  title,
  membership,
  since,
  end: more.end ?? null,
  waves: more.waves ?? [],
  notes: more.notes ?? '',
});

const PEOPLE = [
  //      id                          name                      organisation             role           title (stilling)                   membership since
  // Integrationsafdelingen
  person('p-mette-lund',             'Mette Lund',             'org-integration',       'leader',      'Afdelingsleder',                  'm-001', '2014-08-01'),
  person('p-henrik-dahl',            'Henrik Dahl',            'org-integration',       'employee',    'Integrationskonsulent',           'm-002', '2017-02-01'),
  person('p-amina-hassan',           'Amina Hassan',           'org-integration',       'employee',    'Integrationskonsulent',           'm-003', '2019-09-01'),
  person('p-lars-kjaer',             'Lars Kjær',              'org-integration',       'employee',    'Sagsbehandler',                   'm-004', '2012-03-01'),
  person('p-sofie-bech',             'Sofie Bech',             'org-integration',       'employee',    'Sagsbehandler',                   'm-005', '2023-01-01'),
  // Jobcenter Bro. Søren Ærø, the company consultant, is the jobcentre's only way into the football
  // club and the local business (points 1, 2, 8).
  person('p-jens-moeller',           'Jens Møller',            'org-jobcenter',         'leader',      'Jobcenterchef',                   'm-006', '2016-01-01'),
  person('p-soeren-aeroe',           'Søren Ærø',              'org-jobcenter',         'employee',    'Virksomhedskonsulent',            'm-007', '2011-05-01'),
  person('p-karin-holm',             'Karin Holm',             'org-jobcenter',         'employee',    'Jobkonsulent',                    'm-008', '2018-08-01'),
  person('p-tobias-friis',           'Tobias Friis',           'org-jobcenter',         'employee',    'Jobkonsulent',                    'm-009', '2022-04-01'),
  person('p-nadia-rahimi',           'Nadia Rahimi',           'org-jobcenter',         'employee',    'Mentor',                          'm-010', '2020-10-01'),
  // Sprogcenter Bro
  person('p-birgitte-skov',          'Birgitte Skov',          'org-sprogcenter',       'leader',      'Forstander',                      'm-011', '2015-01-01'),
  person('p-ole-vestergaard',        'Ole Vestergaard',        'org-sprogcenter',       'employee',    'Dansklærer',                      'm-012', '2009-08-01'),
  person('p-hanne-krogh',            'Hanne Krogh',            'org-sprogcenter',       'employee',    'Dansklærer',                      'm-013', '2016-08-01'),
  person('p-yasmin-ali',             'Yasmin Ali',             'org-sprogcenter',       'employee',    'Vejleder',                        'm-014', '2021-03-01'),
  // Kultur og Fritid
  person('p-peter-lindholm',         'Peter Lindholm',         'org-kultur-fritid',     'leader',      'Kultur- og fritidschef',          'm-015', '2013-04-01'),
  person('p-camilla-juhl',           'Camilla Juhl',           'org-kultur-fritid',     'employee',    'Fritidskonsulent',                'm-016', '2019-01-01'),
  person('p-jonas-bak',              'Jonas Bak',              'org-kultur-fritid',     'employee',    'Foreningskonsulent',              'm-017', '2022-09-01'),
  // Frivillighed og Civilsamfund: the municipal volunteer coordinator, a key person (point 8).
  person('p-aase-oestergaard',       'Åse Østergaard',         'org-frivillighed',      'coordinator', 'Frivilligkoordinator',            'm-018', '2021-06-01'),
  // Socialpsykiatrien
  person('p-kirsten-thomsen',        'Kirsten Thomsen',        'org-socialpsykiatri',   'leader',      'Leder',                           'm-019', '2017-05-01'),
  person('p-martin-wulff',           'Martin Wulff',           'org-socialpsykiatri',   'employee',    'Bostøttemedarbejder',             'm-020', '2018-02-01'),
  person('p-gitte-noergaard',        'Gitte Nørgaard',         'org-socialpsykiatri',   'employee',    'Socialpædagog',                   'm-021', '2020-06-01'),
  // Frivilligcenter Bro. Ellen Frost also volunteers in the Red Cross (see INTERLOCKS).
  person('p-inger-bach',             'Inger Bach',             'org-frivilligcenter',   'leader',      'Daglig leder',                    'm-022', '2010-01-01'),
  person('p-rasmus-holt',            'Rasmus Holt',            'org-frivilligcenter',   'employee',    'Projektmedarbejder',              'm-023', '2023-03-01'),
  person('p-ellen-frost',            'Ellen Frost',            'org-frivilligcenter',   'volunteer',   'Frivilligformidler',              'm-024', '2019-09-01'),
  // Røde Kors Bro. Ida Lauritsen leaves before the 2026 mapping (points 1 and 9).
  person('p-grethe-nielsen',         'Grethe Nielsen',         'org-roede-kors',        'leader',      'Afdelingsformand',                'm-025', '2013-03-01'),
  person('p-anders-krag',            'Anders Krag',            'org-roede-kors',        'coordinator', 'Tovholder, flygtningeindsatsen',  'm-026', '2016-01-01'),
  person('p-bent-poulsen',           'Bent Poulsen',           'org-roede-kors',        'volunteer',   'Frivillig, lektiecafé',           'm-027', '2017-09-01'),
  person('p-maja-soerensen',         'Maja Sørensen',          'org-roede-kors',        'volunteer',   'Frivillig, lektiecafé',           'm-028', '2021-01-01'),
  person('p-ida-lauritsen',          'Ida Lauritsen',          'org-roede-kors',        'volunteer',   'Frivillig, lektiecafé',           'm-029', '2023-09-01',
    { end: '2025-11-30', waves: ['w-2025'], notes: 'Stoppede som frivillig i november 2025 (flyttede).' }),
  person('p-helle-winther',          'Helle Winther',          'org-roede-kors',        'volunteer',   'Frivillig besøgsven',             'm-030', '2024-02-01'),
  // Dansk Flygtningehjælp Frivillignet Bro. Signe Dalsgaard is new in 2026; Hamid Noori is also a
  // member of Modtagerkorpset (see INTERLOCKS).
  person('p-lone-jeppesen',          'Lone Jeppesen',          'org-dfh',               'coordinator', 'Frivillig tovholder',             'm-031', '2016-01-01'),
  person('p-kasper-ravn',            'Kasper Ravn',            'org-dfh',               'volunteer',   'Frivillig',                       'm-032', '2021-04-01'),
  person('p-hamid-noori',            'Hamid Noori',            'org-dfh',               'volunteer',   'Frivillig flygtningeguide',       'm-033', '2020-05-01'),
  person('p-signe-dalsgaard',        'Signe Dalsgaard',        'org-dfh',               'volunteer',   'Frivillig',                       'm-034', '2025-10-01',
    { waves: ['w-2026'], notes: 'Ny frivillig, rekrutteret via kommunens frivilligkoordinator.' }),
  // Bro Boldklub: a tight club, bonded inward (point 6). Jakob Ebbesen, a volunteer coach, is its only
  // person with a tie outside the club (points 1, 8, 9). Omar Haidari, a young refugee, plays here: the
  // club does include newcomers, but its ties stay inside.
  person('p-niels-hansen',           'Niels Hansen',           'org-boldklub',          'leader',      'Formand',                         'm-035', '2009-03-01'),
  person('p-thomas-berg',            'Thomas Berg',            'org-boldklub',          'coordinator', 'Ungdomsformand',                  'm-036', '2014-03-01'),
  person('p-michael-skou',           'Michael Skou',           'org-boldklub',          'volunteer',   'Træner U13',                      'm-037', '2018-08-01'),
  person('p-frederik-mose',          'Frederik Mose',          'org-boldklub',          'volunteer',   'Træner U15',                      'm-038', '2019-08-01'),
  person('p-louise-brandt',          'Louise Brandt',          'org-boldklub',          'volunteer',   'Kasserer',                        'm-039', '2016-03-01'),
  person('p-jakob-ebbesen',          'Jakob Ebbesen',          'org-boldklub',          'volunteer',   'Træner U17',                      'm-040', '2020-08-01'),
  person('p-mads-kjeldsen',          'Mads Kjeldsen',          'org-boldklub',          'volunteer',   'Holdleder',                       'm-041', '2022-08-01'),
  person('p-omar-haidari',           'Omar Haidari',           'org-boldklub',          'member',      'Spiller, U17',                    'm-042', '2023-01-01'),
  // Bro Sogns Kirke: reached only through Åse Østergaard's ties (point 8).
  person('p-johanne-ravnsborg',      'Johanne Ravnsborg',      'org-kirke',             'employee',    'Sognepræst',                      'm-043', '2012-09-01'),
  person('p-poul-eriksen',           'Poul Eriksen',           'org-kirke',             'volunteer',   'Frivillig, kirkecafé',            'm-044', '2015-01-01'),
  person('p-karen-aagaard',          'Karen Ågaard',           'org-kirke',             'volunteer',   'Frivillig, sprogcafé',            'm-045', '2018-01-01'),
  // Boligselskabet Brohus. Bjarne Toft is also on the parish council (point 4, see INTERLOCKS).
  person('p-dorthe-mikkelsen',       'Dorthe Mikkelsen',       'org-brohus',            'employee',    'Boligsocial medarbejder',         'm-046', '2019-04-01'),
  person('p-kim-larsen',             'Kim Larsen',             'org-brohus',            'employee',    'Ejendomsfunktionær',              'm-047', '2008-06-01'),
  person('p-bjarne-toft',            'Bjarne Toft',            'org-brohus',            'member',      'Formand, afdelingsbestyrelsen',   'm-048', '2018-05-01',
    { notes: 'Sidder i afdelingsbestyrelsen i Brohus og i menighedsrådet. Ingen registrerede samarbejdsrelationer.' }),
  // Modtagerkorpset. Abdi Warsame knows everyone in the municipality (points 2 and 8).
  person('p-abdi-warsame',           'Abdi Warsame',           'org-modtagerkorps',     'leader',      'Stifter og formand',              'm-049', '2019-02-01'),
  person('p-rania-haddad',           'Rania Haddad',           'org-modtagerkorps',     'volunteer',   'Frivillig',                       'm-050', '2019-02-01'),
  person('p-tesfay-gebremedhin',     'Tesfay Gebremedhin',     'org-modtagerkorps',     'volunteer',   'Frivillig',                       'm-051', '2020-01-01'),
  person('p-mariam-osman',           'Mariam Osman',           'org-modtagerkorps',     'volunteer',   'Frivillig',                       'm-052', '2021-06-01'),
  person('p-farida-ahmadi',          'Farida Ahmadi',          'org-modtagerkorps',     'member',      'Medlem',                          'm-053', '2023-05-01'),
  person('p-yousef-al-ali',          'Yousef Al-Ali',          'org-modtagerkorps',     'member',      'Medlem',                          'm-054', '2024-02-01'),
  // Bro Tømrer & Byg
  person('p-carsten-vinther',        'Carsten Vinther',        'org-toemrer',           'leader',      'Ejer',                            'm-055', '1999-01-01'),
  person('p-lasse-dam',              'Lasse Dam',              'org-toemrer',           'employee',    'Tømrersvend og praktikvejleder',  'm-056', '2015-08-01'),
];
type PersonId = (typeof PEOPLE)[number]['id'];
type ActorId = OrgId | PersonId;

// ---------------------------------------------------------------------------------------------------
// Interlocking memberships: persons in a second organisation.

interface ExtraMembership {
  id: string;
  person: PersonId;
  org: OrgId;
  role: Role;
  since: string | null;
}
const INTERLOCKS: ExtraMembership[] = [
  // A jobcentre employee who helps in the Red Cross homework café in her spare time: one more carrier
  // of the (already well carried) Jobcenter – Red Cross collaboration.
  { id: 'm-057', person: 'p-tobias-friis', org: 'org-roede-kors', role: 'volunteer', since: '2023-02-01' },
  // Volunteers often serve more than one association.
  { id: 'm-058', person: 'p-ellen-frost', org: 'org-roede-kors', role: 'volunteer', since: '2020-01-01' },
  // Hamid came as a refugee, became a DFH volunteer and joined the Modtagerkorps.
  { id: 'm-059', person: 'p-hamid-noori', org: 'org-modtagerkorps', role: 'member', since: '2020-09-01' },
  // Point 4: Bjarne's seat on the parish council is the ONLY link between Brohus and the church.
  { id: 'm-060', person: 'p-bjarne-toft', org: 'org-kirke', role: 'member', since: '2020-11-01' },
];

// ---------------------------------------------------------------------------------------------------
// Evidence: where each tie was found. Interviews are numbered; the survey asked
//   spm. 7 "Hvem samarbejder du med om flygtninge og integration?" (collaboration),
//   spm. 8 "Hvem får du information fra?" (information), spm. 9 "Hvem spørger du til råds?" (advice).

type Confidence = 'low' | 'medium' | 'high';
interface Evidence {
  source: string;
  quote: string;
  confidence: Confidence | null;
}
const INTERVIEWS: Record<number, { date: string; who: string }> = {
  1: { date: '2025-04-02', who: 'Mette Lund, Integrationsafdelingen' },
  2: { date: '2025-04-08', who: 'Grethe Nielsen, Røde Kors Bro' },
  3: { date: '2025-04-12', who: 'Åse Østergaard, frivilligkoordinator' },
  4: { date: '2025-04-23', who: 'Abdi Warsame, Modtagerkorpset' },
  5: { date: '2025-04-29', who: 'Søren Ærø, Jobcenter Bro' },
  6: { date: '2025-05-06', who: 'Niels Hansen, Bro Boldklub' },
  7: { date: '2025-05-13', who: 'Martin Wulff, Socialpsykiatrien' },
  8: { date: '2025-05-20', who: 'Inger Bach, Frivilligcenter Bro' },
  9: { date: '2025-05-27', who: 'Dorthe Mikkelsen, Boligselskabet Brohus' },
  10: { date: '2026-03-11', who: 'Anders Krag, Røde Kors Bro' },
  11: { date: '2026-03-17', who: 'Åse Østergaard, opfølgning' },
  12: { date: '2026-03-24', who: 'Lone Jeppesen, Dansk Flygtningehjælp' },
};
/** An interview: "Interview 3, 2025-04-12". */
const iv = (n: number, quote = '', confidence: Confidence = 'high'): Evidence => ({
  source: `Interview ${n}, ${INTERVIEWS[n]?.date ?? '?'}`,
  quote,
  confidence,
});
/** A survey answer: "Spørgeskema 2025, spm. 7". */
const sv = (year: 2025 | 2026, question: 7 | 8 | 9, confidence: Confidence = 'medium'): Evidence => ({
  source: `Spørgeskema ${year}, spm. ${question}`,
  quote: '',
  confidence,
});
/** A written document: agreement, contract, grant letter. */
const doc = (title: string, quote = ''): Evidence => ({ source: `Dokument: ${title}`, quote, confidence: 'high' });

// ---------------------------------------------------------------------------------------------------
// Ties: one line each.
//   type code: col collaboration, inf information, adv advice, res resources/funding, con contract,
//              per personal. A trailing '>' makes the tie directed from the first actor to the second:
//              information and advice flow that way, money and orders go from payer to receiver.
//   form:      F formal (agreement, contract, line of work), I informal (personal), null unknown.
//   power:     read from the first actor ('s') to the second ('t'); null = nothing known (point 7).

type End = 's' | 't' | 'both';
type Flow = '>' | '<' | '<>' | '-';
interface Power {
  /** who took the initiative */
  init?: End;
  /** who holds the decision mandate over the joint work */
  mand?: End;
  /** which way resources flow */
  flow?: Flow;
  /** who depends on whom */
  dep?: End;
  gov?: 'partner' | 'supplier';
}
type TypeCode = 'col' | 'inf' | 'adv' | 'res' | 'con' | 'per';
type TieCode = TypeCode | `${TypeCode}>`;
type Strength = 1 | 2 | 3 | 4 | 5;

// Power presets. In cross-sector rows the municipal end is written first, so 's' is the municipality.
/** The municipality initiated, holds the mandate, and the other side depends on it. */
const MUN_LEADS: Power = { init: 's', mand: 's', dep: 't' };
/** Only the initiative is known: the municipality's. */
const MUN_INIT: Power = { init: 's' };
/** The municipality orders and pays: the other side is a supplier (NPM). */
const MUN_BUYS: Power = { init: 's', mand: 's', flow: '>', dep: 't', gov: 'supplier' };
/** The other side took the initiative; the municipality still decides. */
const THEY_ASKED: Power = { init: 't', mand: 's' };
/** Only the initiative is known: the other side's. */
const THEY_INIT: Power = { init: 't' };
/** Equal partners (NPG): joint initiative, shared mandate, mutual dependence. */
const PARTNERS: Power = { init: 'both', mand: 'both', flow: '<>', dep: 'both', gov: 'partner' };
/** Nothing known about power: the tie must get no asymmetry score. */
const NO_POWER = null;

interface TieRow {
  id: string;
  a: ActorId;
  b: ActorId;
  code: TieCode;
  strength: Strength;
  form: 'F' | 'I' | null;
  power: Power | null;
  evidence: Evidence | null;
  waves: WaveId[];
  notes: string;
}
const tie = (
  id: string,
  a: ActorId,
  b: ActorId,
  code: TieCode,
  strength: Strength,
  form: 'F' | 'I' | null,
  power: Power | null,
  evidence: Evidence | null,
  more: { waves?: WaveId[]; notes?: string } = {},
): TieRow => ({ id, a, b, code, strength, form, power, evidence, waves: more.waves ?? [], notes: more.notes ?? '' });
const ONLY_2025 = { waves: ['w-2025'] as WaveId[] };
const ONLY_2026 = { waves: ['w-2026'] as WaveId[] };

const TIES: TieRow[] = [
  // --- A. Inside organisations (bonding at organisation level). Power is coded only for ties that
  // cross organisations, so these carry none.
  // Integrationsafdelingen
  tie('t-001', 'p-mette-lund',          'p-henrik-dahl',          'col',  5, 'F', null, sv(2025, 7)),
  tie('t-002', 'p-mette-lund',          'p-amina-hassan',         'col',  4, 'F', null, sv(2025, 7)),
  tie('t-003', 'p-henrik-dahl',         'p-amina-hassan',         'col',  4, 'F', null, sv(2025, 7)),
  tie('t-004', 'p-henrik-dahl',         'p-lars-kjaer',           'col',  3, 'F', null, sv(2025, 7)),
  tie('t-005', 'p-lars-kjaer',          'p-sofie-bech',           'col',  4, 'F', null, sv(2025, 7)),
  tie('t-006', 'p-amina-hassan',        'p-sofie-bech',           'adv>', 3, 'I', null, sv(2025, 9)),
  // Jobcenter Bro
  tie('t-007', 'p-jens-moeller',        'p-karin-holm',           'col',  4, 'F', null, sv(2025, 7)),
  tie('t-008', 'p-jens-moeller',        'p-soeren-aeroe',         'col',  3, 'F', null, sv(2025, 7)),
  tie('t-009', 'p-karin-holm',          'p-tobias-friis',         'col',  4, 'F', null, sv(2025, 7)),
  tie('t-010', 'p-karin-holm',          'p-nadia-rahimi',         'col',  4, 'F', null, sv(2025, 7)),
  tie('t-011', 'p-soeren-aeroe',        'p-nadia-rahimi',         'inf',  2, 'I', null, sv(2025, 8)),
  // Sprogcenter Bro
  tie('t-012', 'p-birgitte-skov',       'p-ole-vestergaard',      'col',  4, 'F', null, sv(2025, 7)),
  tie('t-013', 'p-birgitte-skov',       'p-hanne-krogh',          'col',  4, 'F', null, sv(2025, 7)),
  tie('t-014', 'p-hanne-krogh',         'p-yasmin-ali',           'col',  3, 'F', null, sv(2025, 7)),
  tie('t-015', 'p-ole-vestergaard',     'p-hanne-krogh',          'col',  3, 'I', null, sv(2025, 7)),
  // Kultur og Fritid
  tie('t-016', 'p-peter-lindholm',      'p-camilla-juhl',         'col',  4, 'F', null, sv(2025, 7)),
  tie('t-017', 'p-camilla-juhl',        'p-jonas-bak',            'col',  4, 'F', null, sv(2025, 7)),
  tie('t-018', 'p-peter-lindholm',      'p-jonas-bak',            'col',  3, 'F', null, sv(2025, 7)),
  // Socialpsykiatrien
  tie('t-019', 'p-kirsten-thomsen',     'p-martin-wulff',         'col',  4, 'F', null, sv(2025, 7)),
  tie('t-020', 'p-martin-wulff',        'p-gitte-noergaard',      'col',  4, 'F', null, sv(2025, 7)),
  // Frivilligcenter Bro (Ellen is also a Red Cross volunteer, so t-022 and t-023 cross that line too)
  tie('t-021', 'p-inger-bach',          'p-rasmus-holt',          'col',  5, 'F', null, iv(8)),
  tie('t-022', 'p-rasmus-holt',         'p-ellen-frost',          'col',  3, 'I', null, sv(2025, 7)),
  tie('t-023', 'p-ellen-frost',         'p-maja-soerensen',       'per',  3, 'I', null, sv(2025, 7, 'low')),
  // Røde Kors Bro
  tie('t-024', 'p-grethe-nielsen',      'p-anders-krag',          'col',  5, 'F', null, iv(2)),
  tie('t-025', 'p-anders-krag',         'p-bent-poulsen',         'col',  4, 'I', null, iv(2)),
  tie('t-026', 'p-anders-krag',         'p-maja-soerensen',       'col',  4, 'I', null, iv(2)),
  tie('t-027', 'p-maja-soerensen',      'p-helle-winther',        'col',  3, 'I', null, sv(2025, 7)),
  tie('t-028', 'p-bent-poulsen',        'p-ida-lauritsen',        'col',  3, 'I', null, sv(2025, 7), ONLY_2025),
  tie('t-029', 'p-anders-krag',         'p-helle-winther',        'inf>', 2, 'I', null, sv(2025, 8)),
  // Dansk Flygtningehjælp Frivillignet Bro
  tie('t-030', 'p-lone-jeppesen',       'p-kasper-ravn',          'col',  4, 'I', null, iv(12)),
  tie('t-031', 'p-lone-jeppesen',       'p-hamid-noori',          'col',  4, 'I', null, iv(12)),
  tie('t-032', 'p-kasper-ravn',         'p-hamid-noori',          'per',  3, 'I', null, sv(2025, 7)),
  tie('t-033', 'p-lone-jeppesen',       'p-signe-dalsgaard',      'col',  3, 'I', null, iv(12), ONLY_2026),
  // Bro Boldklub (point 6): dense, strong, all inside the club.
  tie('t-034', 'p-niels-hansen',        'p-thomas-berg',          'col',  5, 'F', null, iv(6, 'Klubben er vores andet hjem. Vi har nok i os selv.')),
  tie('t-035', 'p-niels-hansen',        'p-louise-brandt',        'col',  4, 'F', null, iv(6)),
  tie('t-036', 'p-thomas-berg',         'p-louise-brandt',        'col',  3, 'F', null, iv(6)),
  tie('t-037', 'p-thomas-berg',         'p-michael-skou',         'col',  5, 'I', null, iv(6)),
  tie('t-038', 'p-thomas-berg',         'p-frederik-mose',        'col',  4, 'I', null, iv(6)),
  tie('t-039', 'p-thomas-berg',         'p-jakob-ebbesen',        'col',  4, 'I', null, iv(6)),
  tie('t-040', 'p-michael-skou',        'p-frederik-mose',        'per',  5, 'I', null, sv(2025, 7)),
  tie('t-041', 'p-michael-skou',        'p-jakob-ebbesen',        'col',  3, 'I', null, sv(2025, 7)),
  tie('t-042', 'p-frederik-mose',       'p-jakob-ebbesen',        'col',  3, 'I', null, sv(2025, 7)),
  tie('t-043', 'p-thomas-berg',         'p-omar-haidari',         'col',  3, 'I', null, sv(2025, 7, 'low')),
  tie('t-044', 'p-jakob-ebbesen',       'p-omar-haidari',         'per',  4, 'I', null, iv(6, 'Jakob har taget Omar under sine vinger.')),
  tie('t-045', 'p-mads-kjeldsen',       'p-michael-skou',         'col',  3, 'I', null, sv(2025, 7)),
  tie('t-046', 'p-mads-kjeldsen',       'p-thomas-berg',          'per',  4, 'I', null, sv(2025, 7)),
  tie('t-047', 'p-niels-hansen',        'p-mads-kjeldsen',        'inf>', 2, 'I', null, sv(2025, 8)),
  // Bro Sogns Kirke
  tie('t-048', 'p-johanne-ravnsborg',   'p-poul-eriksen',         'col',  4, 'I', null, sv(2025, 7)),
  tie('t-049', 'p-johanne-ravnsborg',   'p-karen-aagaard',        'col',  4, 'I', null, sv(2025, 7)),
  tie('t-050', 'p-poul-eriksen',        'p-karen-aagaard',        'per',  5, 'I', null, sv(2025, 7)),
  // Boligselskabet Brohus
  tie('t-051', 'p-dorthe-mikkelsen',    'p-kim-larsen',           'col',  4, 'F', null, iv(9)),
  // Modtagerkorpset: a star around Abdi. Yousef is reached only through him (point 8).
  tie('t-052', 'p-abdi-warsame',        'p-rania-haddad',         'col',  5, 'I', null, iv(4)),
  tie('t-053', 'p-abdi-warsame',        'p-tesfay-gebremedhin',   'col',  4, 'I', null, iv(4)),
  tie('t-054', 'p-abdi-warsame',        'p-mariam-osman',         'col',  4, 'I', null, iv(4)),
  tie('t-055', 'p-abdi-warsame',        'p-farida-ahmadi',        'per',  4, 'I', null, iv(4)),
  tie('t-056', 'p-abdi-warsame',        'p-yousef-al-ali',        'per',  3, 'I', null, iv(4)),
  tie('t-057', 'p-rania-haddad',        'p-mariam-osman',         'col',  4, 'I', null, sv(2025, 7)),
  tie('t-058', 'p-hamid-noori',         'p-tesfay-gebremedhin',   'per',  3, 'I', null, sv(2025, 7)),
  // Bro Tømrer & Byg
  tie('t-059', 'p-carsten-vinther',     'p-lasse-dam',            'col',  5, 'F', null, iv(5, '', 'medium')),

  // --- B. Between municipal departments: bridging between organisations, bonding within the sector.
  tie('t-060', 'p-mette-lund',          'p-jens-moeller',         'col',  3, 'F', null, iv(1)),
  tie('t-061', 'p-henrik-dahl',         'p-karin-holm',           'col',  4, 'F', null, sv(2025, 7)),
  tie('t-062', 'p-amina-hassan',        'p-nadia-rahimi',         'col',  4, 'I', null, sv(2025, 7)),
  tie('t-063', 'p-lars-kjaer',          'p-nadia-rahimi',         'inf',  3, 'I', null, sv(2025, 8)),
  tie('t-064', 'p-amina-hassan',        'p-hanne-krogh',          'col',  4, 'I', null, sv(2025, 7)),
  tie('t-065', 'p-henrik-dahl',         'p-birgitte-skov',        'col',  3, 'F', null, sv(2025, 7)),
  tie('t-066', 'p-mette-lund',          'p-peter-lindholm',       'col',  3, 'F', null, iv(1)),
  tie('t-067', 'p-sofie-bech',          'p-camilla-juhl',         'inf',  2, 'I', null, sv(2025, 8)),
  tie('t-068', 'p-lars-kjaer',          'p-martin-wulff',         'col',  3, 'F', null, iv(7)),
  tie('t-069', 'p-henrik-dahl',         'p-kirsten-thomsen',      'inf>', 2, 'F', null, sv(2025, 8)),
  tie('t-070', 'p-mette-lund',          'p-aase-oestergaard',     'col',  4, 'F', null, iv(3)),
  tie('t-071', 'p-henrik-dahl',         'p-aase-oestergaard',     'col',  4, 'I', null, iv(3)),
  tie('t-072', 'p-amina-hassan',        'p-aase-oestergaard',     'inf>', 3, 'I', null, iv(3)),
  tie('t-073', 'p-karin-holm',          'p-hanne-krogh',          'col',  4, 'F', null, sv(2025, 7)),
  tie('t-074', 'p-nadia-rahimi',        'p-ole-vestergaard',      'col',  3, 'I', null, sv(2025, 7)),
  tie('t-075', 'p-jens-moeller',        'p-birgitte-skov',        'col',  3, 'F', null, sv(2025, 7)),
  tie('t-076', 'p-peter-lindholm',      'p-aase-oestergaard',     'col',  4, 'F', null, iv(3)),
  tie('t-077', 'p-camilla-juhl',        'p-aase-oestergaard',     'col',  5, 'F', null, iv(3)),

  // --- C. Municipality ↔ civil society, citizens and other public: the cross-sector ties, municipal end
  // first, power coded (point 7).
  // Integrationsafdelingen ↔ Røde Kors Bro: the well-backed contrast (point 3), with t-129 and a forum.
  tie('t-078', 'p-mette-lund',          'p-grethe-nielsen',       'col',  4, 'F', PARTNERS,   iv(1, 'Vi har en skriftlig aftale og mødes fast, så det hænger ikke på én person.')),
  tie('t-079', 'p-henrik-dahl',         'p-anders-krag',          'col',  4, 'F', MUN_LEADS,  iv(10)),
  tie('t-080', 'p-amina-hassan',        'p-maja-soerensen',       'col',  3, 'I', MUN_INIT,   sv(2025, 7)),
  tie('t-081', 'p-lars-kjaer',          'p-bent-poulsen',         'inf>', 3, 'I', MUN_LEADS,  sv(2025, 8)),
  tie('t-082', 'p-sofie-bech',          'p-anders-krag',          'col',  3, 'F', MUN_LEADS,  iv(10)),
  // Integrationsafdelingen ↔ Dansk Flygtningehjælp (with the §18 grant t-132)
  tie('t-083', 'p-henrik-dahl',         'p-lone-jeppesen',        'col',  4, 'I', MUN_LEADS,  iv(12)),
  tie('t-084', 'p-amina-hassan',        'p-kasper-ravn',          'col',  3, 'I', THEY_ASKED, sv(2025, 7)),
  // Integrationsafdelingen ↔ Modtagerkorpset: every 2025 tie runs through Abdi (point 2).
  tie('t-085', 'p-mette-lund',          'p-abdi-warsame',         'inf>', 3, 'I', MUN_LEADS,  iv(4)),
  tie('t-086', 'p-henrik-dahl',         'p-abdi-warsame',         'col',  4, 'I', MUN_LEADS,  iv(4)),
  tie('t-087', 'p-amina-hassan',        'p-abdi-warsame',         'col',  5, 'I', THEY_INIT,  iv(4, 'Jeg ringer til Amina. Hun forstår både kommunen og os.')),
  // New in 2026: a second contact, after the 2025 mapping showed the dependency on Abdi.
  tie('t-088', 'p-amina-hassan',        'p-rania-haddad',         'col',  3, 'I', MUN_INIT,   iv(11, 'Vi har bevidst bygget en kontakt mere op, så det ikke kun er Abdi.'), ONLY_2026),
  // Integrationsafdelingen ↔ Boligselskabet Brohus (with the formal plan t-133)
  tie('t-089', 'p-lars-kjaer',          'p-dorthe-mikkelsen',     'col',  4, 'F', MUN_LEADS,  iv(9)),
  tie('t-090', 'p-sofie-bech',          'p-kim-larsen',           'inf',  1, 'I', NO_POWER,   sv(2025, 8, 'low')),
  // Jobcenter Bro ↔ Røde Kors Bro: the mentor contract (t-130) seen from the persons.
  tie('t-091', 'p-nadia-rahimi',        'p-anders-krag',          'col',  3, 'F', MUN_BUYS,   iv(10, 'Vi leverer det, kommunen bestiller.')),
  tie('t-092', 'p-tobias-friis',        'p-bent-poulsen',         'col',  3, 'I', NO_POWER,   sv(2025, 7), { notes: 'Tobias er også frivillig i lektiecaféen.' }),
  // Jobcenter Bro ↔ Modtagerkorpset: two ties, both to Abdi (point 2).
  tie('t-093', 'p-karin-holm',          'p-abdi-warsame',         'col',  3, 'I', MUN_LEADS,  iv(4)),
  tie('t-094', 'p-nadia-rahimi',        'p-abdi-warsame',         'col',  4, 'I', MUN_INIT,   iv(4)),
  // Point 1: k = 1, informal only. Jakob is a volunteer coach (point 9), and this is the club's only
  // tie outward (point 6).
  tie('t-095', 'p-soeren-aeroe',        'p-jakob-ebbesen',        'col',  2, 'I', MUN_INIT,   iv(5, 'Jakob er den eneste i klubben, jeg kender. Hvis han stopper, ved jeg ikke, hvem jeg skal ringe til.')),
  // Point 1: k = 1, informal only; Helle is a volunteer visiting friend (point 9).
  tie('t-096', 'p-martin-wulff',        'p-helle-winther',        'col',  3, 'I', THEY_INIT,  iv(7, 'Helle er guld værd for vores borgere, men det er helt personbåret.')),
  // Point 1 and 9: k = 1 in 2025; Ida leaves and the collaboration with it.
  tie('t-097', 'p-hanne-krogh',         'p-ida-lauritsen',        'col',  4, 'I', THEY_INIT,  iv(2, 'Lektiecaféen og sprogcentret hænger sammen, fordi Ida og Hanne kender hinanden.', 'medium'), ONLY_2025),
  // The volunteer coordinator's web (point 8): most of the municipality's everyday contact to the
  // associations runs through Åse.
  tie('t-098', 'p-aase-oestergaard',    'p-inger-bach',           'col',  5, 'F', { init: 'both', mand: 's' }, iv(3)),
  tie('t-099', 'p-aase-oestergaard',    'p-rasmus-holt',          'col',  4, 'I', MUN_INIT,   iv(8)),
  tie('t-100', 'p-aase-oestergaard',    'p-anders-krag',          'col',  4, 'I', MUN_LEADS,  iv(3)),
  tie('t-101', 'p-aase-oestergaard',    'p-grethe-nielsen',       'inf>', 3, 'I', MUN_INIT,   iv(3)),
  tie('t-102', 'p-aase-oestergaard',    'p-lone-jeppesen',        'col',  4, 'I', MUN_LEADS,  iv(12)),
  tie('t-103', 'p-aase-oestergaard',    'p-kasper-ravn',          'inf>', 2, 'I', NO_POWER,   sv(2025, 8, 'low')),
  tie('t-104', 'p-aase-oestergaard',    'p-signe-dalsgaard',      'col',  3, 'I', MUN_INIT,   iv(11), ONLY_2026),
  tie('t-105', 'p-aase-oestergaard',    'p-johanne-ravnsborg',    'col',  3, 'I', THEY_ASKED, iv(3, 'Jeg er den eneste, der kender både foreningerne, kirken og forvaltningerne.')),
  tie('t-106', 'p-aase-oestergaard',    'p-poul-eriksen',         'inf>', 2, 'I', NO_POWER,   sv(2025, 8)),
  // Point 1: k = 1 (Åse – Abdi), backed only by the network group.
  tie('t-107', 'p-aase-oestergaard',    'p-abdi-warsame',         'col',  4, 'I', MUN_LEADS,  iv(3, 'Abdi kender alle. Hvis vi skal nå de nyankomne, går det gennem ham.')),
  // An information arc back, reciprocating t-101 (reciprocity of directed ties).
  tie('t-108', 'p-grethe-nielsen',      'p-aase-oestergaard',     'inf>', 3, 'I', NO_POWER,   iv(2)),
  // Kultur og Fritid ↔ Frivilligcenter Bro (with the grant t-131): supplier, not partner.
  tie('t-109', 'p-peter-lindholm',      'p-inger-bach',           'col',  4, 'F', MUN_BUYS,   iv(8)),
  tie('t-110', 'p-camilla-juhl',        'p-rasmus-holt',          'col',  4, 'I', MUN_INIT,   iv(8)),
  // Boligselskabet Brohus (other public) ↔ citizens and civil society, Brohus end first. All its ties
  // to the Modtagerkorps go through Dorthe: another "one person on one side".
  tie('t-111', 'p-dorthe-mikkelsen',    'p-rania-haddad',         'col',  4, 'I', MUN_INIT,   iv(9, 'Rania åbner døre i boligområdet, som vi ikke selv kan åbne.')),
  tie('t-112', 'p-dorthe-mikkelsen',    'p-farida-ahmadi',        'col',  3, 'I', MUN_INIT,   iv(9)),
  tie('t-113', 'p-dorthe-mikkelsen',    'p-maja-soerensen',       'col',  3, 'I', THEY_INIT,  iv(9)),
  tie('t-114', 'p-kim-larsen',          'p-bent-poulsen',         'inf',  1, 'I', NO_POWER,   sv(2025, 8, 'low')),

  // --- D. Civil society and citizens among themselves. Ties between the established associations
  // and the Modtagerkorps (citizens) are cross-sector: association end first.
  tie('t-115', 'p-inger-bach',          'p-grethe-nielsen',       'col',  4, 'I', { init: 'both', dep: 'both' }, iv(8)),
  tie('t-116', 'p-rasmus-holt',         'p-lone-jeppesen',        'col',  3, 'I', null,       sv(2025, 7)),
  tie('t-117', 'p-inger-bach',          'p-kasper-ravn',          'inf>', 2, 'I', null,       sv(2025, 8)),
  tie('t-118', 'p-rasmus-holt',         'p-rania-haddad',         'col',  3, 'I', MUN_INIT,   iv(8)),
  tie('t-119', 'p-inger-bach',          'p-abdi-warsame',         'inf>', 3, 'I', NO_POWER,   sv(2025, 8)),
  tie('t-120', 'p-anders-krag',         'p-lone-jeppesen',        'col',  5, 'I', { init: 'both', dep: 'both' }, iv(10)),
  tie('t-121', 'p-maja-soerensen',      'p-kasper-ravn',          'col',  3, 'I', null,       sv(2025, 7)),
  tie('t-122', 'p-maja-soerensen',      'p-rania-haddad',         'col',  4, 'I', { init: 's', dep: 't' }, iv(4)),
  tie('t-123', 'p-bent-poulsen',        'p-tesfay-gebremedhin',   'col',  3, 'I', THEY_INIT,  sv(2025, 7)),
  tie('t-124', 'p-anders-krag',         'p-abdi-warsame',         'col',  4, 'I', { init: 'both', dep: 'both' }, iv(4)),
  tie('t-125', 'p-lone-jeppesen',       'p-abdi-warsame',         'col',  4, 'I', { init: 'both', dep: 'both' }, iv(12)),
  tie('t-126', 'p-kasper-ravn',         'p-tesfay-gebremedhin',   'col',  3, 'I', { init: 's' }, sv(2025, 7)),

  // --- E. Business. Jobcenter Bro ↔ Bro Tømrer & Byg: both ties from Søren (point 2), who is also the
  // business's only way into the network (point 8).
  tie('t-127', 'p-soeren-aeroe',        'p-carsten-vinther',      'col',  4, 'I', MUN_INIT,   iv(5, 'Carsten tager en praktikant, når jeg ringer.')),
  tie('t-128', 'p-soeren-aeroe',        'p-lasse-dam',            'col',  3, 'I', MUN_INIT,   iv(5)),

  // --- F. Organisation-to-organisation agreements: the formal backing (points 3 and 7).
  tie('t-129', 'org-integration',       'org-roede-kors',         'col',  4, 'F', PARTNERS,   doc('Samarbejdsaftale mellem Integrationsafdelingen og Røde Kors Bro 2024-2026')),
  tie('t-130', 'org-jobcenter',         'org-roede-kors',         'con>', 3, 'F', MUN_BUYS,   doc('Kontrakt om mentorforløb for flygtninge, 2024')),
  tie('t-131', 'org-kultur-fritid',     'org-frivilligcenter',    'res>', 4, 'F', MUN_BUYS,   iv(8, 'Resultatkontrakten styrer, hvad vi må bruge tiden på. Vi er mere leverandør end partner.')),
  tie('t-132', 'org-integration',       'org-dfh',                'res>', 2, 'F', { init: 't', mand: 's', flow: '>', dep: 't', gov: 'partner' }, doc('Bevillingsbrev, §18-midler 2025')),
  tie('t-133', 'org-integration',       'org-brohus',             'col',  3, 'F', { init: 's', mand: 'both', flow: '<>', dep: 'both', gov: 'partner' }, doc('Boligsocial helhedsplan for Brohus 2023-2026')),
];

// ---------------------------------------------------------------------------------------------------
// Forums. A seat represents the person's primary organisation unless another is given.

type SeatRole = 'chair' | 'coordinator' | 'member' | 'secretary';
interface SeatRow {
  actor: ActorId;
  role: SeatRole;
  represents?: OrgId;
}
const seat = (actor: ActorId, role: SeatRole = 'member', represents?: OrgId): SeatRow =>
  represents === undefined ? { actor, role } : { actor, role, represents };

interface ForumRow {
  id: string;
  label: string;
  kind: ForumKind;
  mandate: string;
  /** where the written kommissorium is kept, when it is a document of its own */
  mandateLink: string;
  authority: 'decides' | 'advises' | 'coordinates' | 'shares' | null;
  meetingsPerYear: number | null;
  notes: string;
  waves: WaveId[];
  seats: SeatRow[];
}

const FORUMS: ForumRow[] = [
  // Point 5: the municipality dominates. Six of eight seats are municipal, chair and secretary are
  // municipal, and the refugees' own group has no seat. Socialpsykiatrien is not in it either.
  {
    id: 'f-koordinering',
    label: 'Koordineringsforum for integration',
    kind: 'coordination',
    mandate:
      'Koordineringsforum for integration koordinerer kommunens og civilsamfundets indsats for nyankomne flygtninge. ' +
      'Forummet følger op på kommunens integrationspolitik, udveksler viden og aftaler fælles initiativer. ' +
      'Formandskab og sekretariat varetages af kommunen. Forummet har ingen selvstændig beslutningskompetence; ' +
      'indstillinger forelægges Social- og Integrationsudvalget.',
    mandateLink: 'S:\\Integration\\Koordineringsforum\\Kommissorium 2024.docx',
    authority: 'advises',
    meetingsPerYear: 4,
    notes: 'Dagsorden og referat udarbejdes af Integrationsafdelingen.',
    waves: [],
    seats: [
      seat('p-mette-lund', 'chair'),
      seat('p-henrik-dahl'),
      seat('p-jens-moeller'),
      seat('p-birgitte-skov'),
      seat('p-peter-lindholm'),
      seat('p-aase-oestergaard', 'secretary'),
      seat('p-inger-bach'),
      seat('p-grethe-nielsen'),
    ],
  },
  // The contrast: led from civil society, with the volunteer coordinator as the municipality's only seat.
  {
    id: 'f-netvaerk',
    label: 'Netværksgruppen for frivillige',
    kind: 'network',
    mandate:
      'Netværk for foreninger og frivillige, der arbejder med flygtninge i Bro. ' +
      'Erfaringsudveksling, fælles arrangementer og henvisning af frivillige mellem organisationerne.',
    mandateLink: '',
    authority: 'shares',
    meetingsPerYear: 6,
    notes: '',
    waves: [],
    seats: [
      seat('p-inger-bach', 'chair'),
      seat('p-aase-oestergaard', 'coordinator'),
      seat('p-rasmus-holt'),
      seat('p-anders-krag'),
      seat('p-lone-jeppesen'),
      seat('p-johanne-ravnsborg'),
      seat('p-abdi-warsame'),
    ],
  },
  // Point 5: a working group with a kommissorium but not a single civil-society or citizen seat.
  {
    id: 'f-sprog-job',
    label: 'Arbejdsgruppe: Sprog og job',
    kind: 'working',
    mandate:
      'Arbejdsgruppen beskriver inden udgangen af 2025 et sammenhængende forløb fra danskuddannelse til job ' +
      'for nyankomne flygtninge og afrapporterer til Koordineringsforum for integration.',
    mandateLink: '',
    authority: 'advises',
    meetingsPerYear: 10,
    notes: '',
    waves: [],
    seats: [
      seat('p-karin-holm', 'chair'),
      seat('p-hanne-krogh'),
      seat('p-amina-hassan'),
      seat('p-nadia-rahimi'),
      seat('p-ole-vestergaard'),
    ],
  },
  // Point 5: new in 2026 and without a kommissorium (empty mandate). The football club was invited
  // but takes no seat (point 6).
  {
    id: 'f-fritid',
    label: 'Arbejdsgruppe: Fritid og fællesskab',
    kind: 'working',
    mandate: '',
    mandateLink: '',
    authority: null,
    meetingsPerYear: 6,
    notes: 'Nedsat i efteråret 2025 uden kommissorium. Bro Boldklub blev inviteret, men har ikke deltaget.',
    waves: ['w-2026'],
    seats: [
      seat('p-camilla-juhl', 'coordinator'),
      seat('p-aase-oestergaard'),
      seat('p-rasmus-holt'),
      seat('p-maja-soerensen'),
      seat('p-kasper-ravn'),
      seat('p-rania-haddad'),
      seat('p-dorthe-mikkelsen'),
    ],
  },
];

// ---------------------------------------------------------------------------------------------------
// The reception timeline (modtagelsesworkshoppens tidslinje): every municipal task and every offer for
// newly arrived refugees, in weeks relative to arrival (0 is the week of arrival). Point 10 above.

type ActivityKind = 'authority' | 'offer' | 'activity';
type Frequency = 'once' | 'weekly' | 'monthly' | 'ongoing';
interface ActivityRow {
  id: string;
  title: string;
  kind: ActivityKind;
  owners: OrgId[];
  contacts: PersonId[];
  group: TargetGroup;
  from: number;
  to: number;
  frequency: Frequency | null;
  notes?: string;
}
const act = (
  id: string,
  title: string,
  kind: ActivityKind,
  owners: OrgId[],
  contacts: PersonId[],
  group: TargetGroup,
  [from, to]: [number, number],
  frequency: Frequency | null,
  notes = '',
): ActivityRow => ({ id, title, kind, owners, contacts, group, from, to, frequency, notes });

const ACTIVITIES: ActivityRow[] = [
  // Authority tasks (myndighedsopgaver): the municipality's duties under the integration act.
  act('act-boligplacering', 'Boligplacering og klargøring af bolig', 'authority', ['org-integration', 'org-brohus'], ['p-lars-kjaer', 'p-dorthe-mikkelsen'], 'all', [-9, -1], 'once',
    'Boligen anvises og klargøres, så den står klar på ankomstdagen.'),
  act('act-modtagelse', 'Modtagelse på ankomstdagen', 'authority', ['org-integration'], ['p-henrik-dahl', 'p-amina-hassan'], 'all', [0, 0], 'once'),
  act('act-velkomstsamtale', 'Velkomstsamtale og integrationskontrakt', 'authority', ['org-integration'], ['p-amina-hassan', 'p-henrik-dahl'], 'all', [1, 2], 'once'),
  act('act-helbredsvurdering', 'Helbredsvurdering', 'authority', ['org-integration'], ['p-lars-kjaer', 'p-sofie-bech'], 'all', [1, 8], 'once'),
  act('act-selvforsoergelse', 'Selvforsørgelses- og hjemrejseprogram', 'authority', ['org-jobcenter', 'org-integration'], ['p-karin-holm', 'p-amina-hassan'], 'all', [2, 26], 'ongoing'),
  act('act-jobcentersamtaler', 'Jobcentersamtaler', 'authority', ['org-jobcenter'], ['p-karin-holm', 'p-tobias-friis'], 'all', [4, 26], 'monthly'),
  act('act-danskuddannelse', 'Danskuddannelse på Sprogcenter Bro', 'authority', ['org-sprogcenter'], ['p-birgitte-skov', 'p-yasmin-ali'], 'all', [4, 26], 'weekly'),
  act('act-skolestart', 'Skoleindskrivning og modtageklasse', 'authority', ['org-integration'], ['p-sofie-bech', 'p-henrik-dahl'], 'children_youth', [1, 4], 'once'),
  act('act-vaerge', 'Værge og opfølgning for uledsagede børn', 'authority', ['org-integration'], ['p-sofie-bech', 'p-mette-lund'], 'unaccompanied', [0, 26], 'ongoing'),
  act('act-virksomhedspraktik', 'Virksomhedspraktik i byggefag', 'authority', ['org-jobcenter', 'org-toemrer'], ['p-soeren-aeroe', 'p-lasse-dam'], 'single_adults', [12, 26], 'ongoing'),
  act('act-foraeldresamtale', 'Forældresamtale i modtageklassen', 'authority', ['org-integration'], ['p-sofie-bech', 'p-henrik-dahl'], 'families', [6, 6], 'once'),

  // Offers (tilbud), municipal and voluntary. The three language offers for all run at once.
  act('act-sprogcafe-rk', 'Sprogcafé i Røde Kors-huset', 'offer', ['org-roede-kors'], ['p-anders-krag', 'p-grethe-nielsen'], 'all', [6, 26], 'weekly'),
  act('act-sprogcafe-kirke', 'Sprogcafé i sognegården', 'offer', ['org-kirke'], ['p-karen-aagaard', 'p-poul-eriksen'], 'all', [6, 26], 'weekly'),
  act('act-sprogtraening', 'Sprogtræning med frivillige', 'offer', ['org-frivilligcenter'], ['p-ellen-frost', 'p-rasmus-holt'], 'all', [8, 20], 'weekly'),
  act('act-venskabsfamilier', 'Venskabsfamilier', 'offer', ['org-dfh'], ['p-lone-jeppesen', 'p-kasper-ravn'], 'families', [6, 26], 'ongoing'),
  act('act-flygtningeguide', 'Flygtningeguide', 'offer', ['org-dfh'], ['p-hamid-noori', 'p-kasper-ravn'], 'single_adults', [6, 20], 'weekly'),
  act('act-mentor', 'Mentorforløb for kvinder', 'offer', ['org-jobcenter'], ['p-nadia-rahimi'], 'women', [8, 26], 'weekly',
    'Nadia har selv forløbene; der er ingen afløser.'),
  act('act-lektiecafe', 'Lektiecafé', 'offer', ['org-roede-kors'], ['p-bent-poulsen', 'p-maja-soerensen', 'p-ida-lauritsen'], 'children_youth', [6, 26], 'weekly'),

  // Activities (aktiviteter): gatherings and sport.
  act('act-modtagerkorps-velkomst', 'Modtagerkorpsets velkomst i hjemmet', 'activity', ['org-modtagerkorps'], ['p-abdi-warsame'], 'all', [0, 1], 'once',
    'Abdi ringer selv til familierne; nummeret står ingen andre steder.'),
  act('act-kirkecafe', 'Kirkens café', 'activity', ['org-kirke'], ['p-poul-eriksen', 'p-johanne-ravnsborg'], 'all', [6, 26], 'weekly'),
  act('act-familieintro', 'Introduktion til boligområdet for familier', 'activity', ['org-brohus'], ['p-dorthe-mikkelsen', 'p-kim-larsen'], 'families', [1, 6], 'once'),
  act('act-fodbold', 'Fodbold for nyankomne børn og unge', 'activity', ['org-boldklub'], ['p-jakob-ebbesen'], 'children_youth', [8, 26], 'weekly'),
  act('act-cykelkursus', 'Cykelkursus for kvinder', 'activity', ['org-frivilligcenter'], ['p-ellen-frost', 'p-rasmus-holt'], 'women', [12, 18], 'weekly'),
  act('act-besoegsven', 'Besøgsven', 'activity', ['org-roede-kors'], ['p-helle-winther'], 'single_adults', [10, 26], 'weekly'),
  act('act-idraet', 'Introduktion til idrætsforeninger', 'activity', ['org-kultur-fritid'], ['p-jonas-bak', 'p-camilla-juhl'], 'men', [14, 16], 'once'),
];

// ---------------------------------------------------------------------------------------------------
// Assembly into the project JSON format (src/core/format/project-json.ts). Codebooks and settings are
// left out so the defaults apply.

const TYPE_KEYS: Record<TypeCode, string> = {
  col: 'collaboration',
  inf: 'information',
  adv: 'advice',
  res: 'resources',
  con: 'contract',
  per: 'personal',
};
const END_KEYS: Record<End, 'source' | 'target' | 'both'> = { s: 'source', t: 'target', both: 'both' };
const FLOW_KEYS: Record<Flow, 'toTarget' | 'toSource' | 'both' | 'none'> = {
  '>': 'toTarget',
  '<': 'toSource',
  '<>': 'both',
  '-': 'none',
};
const end = (e: End | undefined) => (e === undefined ? null : END_KEYS[e]);

function tieJson(t: TieRow) {
  const directed = t.code.endsWith('>');
  const type = TYPE_KEYS[t.code.replace('>', '') as TypeCode];
  const p = t.power ?? {};
  return {
    id: t.id,
    source: t.a,
    target: t.b,
    type,
    directed,
    strength: t.strength,
    formality: t.form === 'F' ? 'formal' : t.form === 'I' ? 'informal' : null,
    initiative: end(p.init),
    mandate: end(p.mand),
    resourceFlow: p.flow === undefined ? null : FLOW_KEYS[p.flow],
    dependent: end(p.dep),
    governance: p.gov ?? null,
    evidence: t.evidence ?? { source: '', quote: '', confidence: null },
    notes: t.notes,
    waves: t.waves,
  };
}

/**
 * The three saved views the sample ships with, so the slides, a render and the report show
 * something on first use: the overview by sector (the two shores), the most fragile collaboration
 * highlighted (its finding's key, `findingKey` in src/core/analysis/findings.ts: Socialpsykiatrien
 * and Røde Kors hang on one relationship), and Søren Ærø leaving, with the resilience plan.
 */
const NO_FILTERS = { hiddenSectors: [], hiddenKinds: [], hiddenTieTypes: [], minStrength: null, formality: null, wave: null, attributes: [] };
const VIEWS = [
  {
    id: 'v-overblik',
    name: 'Overblik efter sektor',
    description: 'Hele netværket med kommunen på den ene bred og civilsamfundet på den anden.',
    slideTitle: 'Samarbejdet i Bro Kommune: kommune og civilsamfund',
    speakerNotes: 'Kommunen til venstre, civilsamfundet til højre. Linjerne over floden er broerne mellem dem.',
    state: { layout: 'shores', sizeBy: 'none', colourBy: 'sector', compound: false, filters: NO_FILTERS, focus: null, emphasis: null },
    positions: null,
    viewport: null,
  },
  {
    id: 'v-skroebelige',
    name: 'Skrøbelige samarbejder',
    description: 'Samarbejdet mellem Socialpsykiatrien og Røde Kors hænger på én relation.',
    slideTitle: 'Skrøbelige samarbejder: hvor broen hænger på én relation',
    speakerNotes: 'Fremhævet: et samarbejde, der kun bæres af én relation. Går en af de to, er forbindelsen væk.',
    state: {
      layout: 'force',
      sizeBy: 'none',
      colourBy: 'sector',
      compound: false,
      filters: NO_FILTERS,
      focus: null,
      emphasis: {
        kind: 'finding',
        key: '19:single-relationship74:19:org-socialpsykiatri14:org-roede-kors14:p-martin-wulff15:p-helle-winther7:5:t-0960:42:39:19:org-socialpsykiatri14:org-roede-kors',
      },
    },
    positions: null,
    viewport: null,
  },
  {
    id: 'v-soeren-gaar',
    name: 'Hvis Søren Ærø går',
    description: 'Afgangsscenarie: virksomhedskonsulenten forlader jobcentret.',
    slideTitle: 'Hvis Søren Ærø går: de samarbejder, der mistes',
    speakerNotes: 'Søren er jobcentrets eneste vej ind til boldklubben og den lokale virksomhed. Planen foreslår nye relationer, stiplet.',
    state: {
      layout: 'force',
      sizeBy: 'none',
      colourBy: 'sector',
      compound: false,
      filters: NO_FILTERS,
      focus: null,
      emphasis: { kind: 'departure', departure: { persons: ['p-soeren-aeroe'] }, proposals: true },
    },
    positions: null,
    viewport: null,
  },
];

export function broKommune(): unknown {
  const primaryOrg = new Map<string, OrgId>(PEOPLE.map((p) => [p.id, p.org]));
  const sectorOf = new Map<string, Sector>(ORGS.map((o) => [o.id, o.sector]));
  const isOrg = (id: string): id is OrgId => sectorOf.has(id);

  const actors = [
    ...ORGS.map(({ attributes: { indflydelse, ...attributes }, ...o }) => ({
      id: o.id,
      kind: o.kind,
      label: o.label,
      sector: o.sector,
      attributes,
      // the analyst's influence rating has a field of its own, which the power analysis reads
      influence: typeof indflydelse === 'number' ? indflydelse : null,
      notes: o.notes,
      waves: [],
    })),
    ...PEOPLE.map((p) => ({
      id: p.id,
      kind: 'person',
      label: p.name,
      sector: sectorOf.get(p.org) ?? null,
      attributes: { stilling: p.title },
      notes: p.notes,
      waves: p.waves,
    })),
  ];

  const memberships = [
    ...PEOPLE.map((p) => ({
      id: p.membership,
      person: p.id,
      organisation: p.org,
      role: p.role,
      start: p.since,
      end: p.end,
      waves: p.waves,
    })),
    ...INTERLOCKS.map((m) => ({
      id: m.id,
      person: m.person,
      organisation: m.org,
      role: m.role,
      start: m.since,
      end: null,
      waves: [],
    })),
  ];

  const forums = FORUMS.map((f) => ({
    id: f.id,
    label: f.label,
    kind: f.kind,
    mandate: f.mandate,
    mandateLink: f.mandateLink,
    authority: f.authority,
    meetingsPerYear: f.meetingsPerYear,
    notes: f.notes,
    waves: f.waves,
    seats: f.seats.map((s) => ({
      actor: s.actor,
      represents: s.represents ?? (isOrg(s.actor) ? s.actor : (primaryOrg.get(s.actor) ?? null)),
      role: s.role,
    })),
  }));

  return {
    format: 'brobygger-project',
    version: 1,
    meta: {
      name: 'Bro Kommune',
      description:
        'Et fiktivt eksempelprojekt: Bro Kommune tager imod flygtninge og samarbejder med frivilligcenter, ' +
        'foreninger, kirke, boligselskab, et modtagerkorps af tidligere flygtninge og en lokal virksomhed. ' +
        'Alle personer og organisationer er opdigtede.',
    },
    waves: WAVES.map((w) => ({ ...w })),
    actors,
    memberships,
    ties: TIES.map(tieJson),
    forums,
    activities: ACTIVITIES.map((a) => ({
      id: a.id,
      title: a.title,
      kind: a.kind,
      owners: a.owners,
      contacts: a.contacts,
      targetGroup: a.group,
      window: { from: a.from, to: a.to },
      frequency: a.frequency,
      notes: a.notes ?? '',
      waves: [],
    })),
    views: VIEWS,
  };
}
