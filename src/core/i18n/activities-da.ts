/**
 * The reception timeline's activities in Danish: their kinds and frequencies, the rules they
 * keep, the undo steps that change them and the lines the CLI prints about them. The findings'
 * wording is in activity-findings-da.ts, the field names in fieldsDa.activity. English in
 * activities-en.ts.
 */
export const activitiesDa = {
  element: 'Aktivitet',
  targetGroup: 'Målgruppe',
  kinds: { authority: 'Myndighedsopgave', offer: 'Tilbud', activity: 'Aktivitet' },
  frequency: { once: 'Én gang', weekly: 'Ugentligt', monthly: 'Månedligt', ongoing: 'Løbende' },
  rules: {
    windowOrder: 'ugen "fra" ({{from}}) ligger efter ugen "til" ({{to}})',
    repeated: '"{{id}}" står der mere end én gang',
  },
  history: {
    add: 'tilføj aktivitet "{{label}}"',
    update: 'ret aktivitet "{{label}}"',
    remove: 'slet aktivitet "{{label}}"',
  },
  count: 'Aktiviteter',
  /** weeks relative to arrival, as sentences name them */
  weeks: {
    after: 'uge {{from}}–{{to}} efter ankomst',
    afterOne: 'uge {{from}} efter ankomst',
    before: '{{from}}–{{to}} uger før ankomst',
    beforeOne_one: '{{count}} uge før ankomst',
    beforeOne_other: '{{count}} uger før ankomst',
    around: 'fra {{from}} uger før til uge {{to}} efter ankomst',
  },
  cli: {
    heading: 'Modtagelsens tidslinje',
    none: 'Ingen aktiviteter i projektet.',
    count_one: '{{count, number}} aktivitet; tidslinjen går {{timeline}}',
    count_other: '{{count, number}} aktiviteter; tidslinjen går {{timeline}}',
    flags: 'Overlap: {{overlaps, number}} · huller: {{gaps, number}} · med én kontaktperson: {{personDependent, number}} · ejeren har én forbindelse til kommunen: {{singleLink, number}}',
    byTargetGroup: 'Aktiviteter efter målgruppe',
    departureLost: 'Aktiviteter, der mister deres kontaktperson eller ejer: {{list}}',
    departureUnlinked: 'Aktiviteter, hvis ejer mister sin forbindelse til kommunen: {{list}}',
  },
  scenario: {
    lost_one: 'Aktivitet, der mister sin kontaktperson eller ejer',
    lost_other: '{{count, number}} aktiviteter, der mister deres kontaktperson eller ejer',
    unlinked_one: 'Aktivitet, hvis ejer mister sin eneste forbindelse til kommunen',
    unlinked_other: '{{count, number}} aktiviteter, hvis ejer mister sin eneste forbindelse til kommunen',
  },
  merge: {
    moved_one: '{{count}} aktivitet får den beholdte som ejer eller kontaktperson',
    moved_other: '{{count}} aktiviteter får den beholdte som ejer eller kontaktperson',
  },
  privacy: {
    contacts_one: 'én plads som kontaktperson for en aktivitet',
    contacts_other: '{{count}} pladser som kontaktperson for aktiviteter',
  },
};
