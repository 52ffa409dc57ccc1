/**
 * Danish wording for deleting a person completely and for clearing the undo history: in the
 * app, in the CLI and in the errors both give.
 */
export const privacyDa = {
  neutralStep: 'ændring (et navn er fjernet fra historikken)',
  parts: {
    person: 'personen',
    memberships_one: '{{count}} tilknytning til en organisation',
    memberships_other: '{{count}} tilknytninger til organisationer',
    ties_one: '{{count}} relation med dens citat og noter',
    ties_other: '{{count}} relationer med deres citater og noter',
    seats_one: '{{count}} plads i et forum',
    seats_other: '{{count}} pladser i fora',
    position: 'pladsen på kortet',
    history_one: 'personens spor i {{count}} trin i fortrydelseshistorikken',
    history_other: 'personens spor i {{count}} trin i fortrydelseshistorikken',
  },
  errors: {
    notAPerson:
      '"{{name}}" er ikke en person ({{kind}}). Kun personer kan slettes helt. Slet en organisation på den almindelige måde, og ryd fortrydelseshistorikken bagefter, hvis den skal ud af filen.',
    noSuchPerson: 'Der er ingen person med id "{{id}}" i projektet eller i dets fortrydelseshistorik.',
  },
  erase: {
    button: 'Slet helt …',
    buttonHint: 'Slet personen og alle spor af personen i projektfilen, også i fortrydelseshistorikken',
    title: 'Slet {{name}} helt?',
    takes: 'Det sletter {{list}}.',
    absent: '{{name}} er allerede slettet fra projektet, men findes stadig i fortrydelseshistorikken.',
    history_one:
      'Alle spor af personen fjernes også fra fortrydelseshistorikken ({{count}} trin ændres eller fjernes), og filen skrives om, så intet af det kan læses i den bagefter.',
    history_other:
      'Alle spor af personen fjernes også fra fortrydelseshistorikken ({{count}} trin ændres eller fjernes), og filen skrives om, så intet af det kan læses i den bagefter.',
    noHistory: 'Personen findes ikke i fortrydelseshistorikken. Filen skrives om, så intet af personen kan læses i den bagefter.',
    notTouched:
      'Det, der er skrevet om personen andre steder (i andres noter eller i citater på andres relationer), ændres ikke. Kopier af filen og eksporter, der er gemt før, indeholder stadig personen.',
    irreversible: 'Det kan ikke fortrydes.',
    confirm: 'Slet helt',
    working: 'Sletter …',
    loading: 'Finder, hvad der hører til personen …',
  },
  compact: {
    legend: 'Fortrydelseshistorik',
    explain:
      'Projektfilen gemmer alle ændringer, så de kan fortrydes, også efter at projektet er lukket. Dermed gemmer den også det, der er slettet eller rettet. Ryd historikken for at fjerne det fra filen.',
    steps_one: 'Historikken har {{count}} trin.',
    steps_other: 'Historikken har {{count}} trin.',
    scope: 'Hvad skal ryddes',
    all: 'Hele historikken',
    olderThan: 'Trin ældre end et antal dage',
    days: 'Dage',
    button: 'Ryd historikken …',
    title: 'Ryd fortrydelseshistorikken?',
    body_one:
      'Det fjerner {{count}} trin (af {{total}}) fra fortrydelseshistorikken og skriver filen om uden det, så det ikke kan læses i den bagefter. Projektet forbliver, som det er nu; ændringen kan bare ikke længere fortrydes.',
    body_other:
      'Det fjerner {{count}} af {{total}} trin fra fortrydelseshistorikken og skriver filen om uden dem, så de ikke kan læses i den bagefter. Projektet forbliver, som det er nu; ændringerne kan bare ikke længere fortrydes.',
    nothing: 'Ingen trin er så gamle. Filen skrives alligevel om uden det, der allerede er slettet.',
    confirm: 'Ryd historikken',
    done_one: '{{count}} trin er fjernet fra historikken.',
    done_other: '{{count}} trin er fjernet fra historikken.',
  },
  cli: {
    cmdErase: 'Slet en person helt: fra projektet, fra fortrydelseshistorikken og fra filens bytes. Kan ikke fortrydes.',
    argPerson: 'personens id',
    optYes: 'slet helt (uden --yes vises kun, hvad der ville blive slettet)',
    wouldErase: 'intet er ændret. Med --yes slettes "{{name}}" ({{id}}) helt: {{list}}. Det kan ikke fortrydes.',
    erased: 'Slettede "{{name}}" ({{id}}) helt: {{list}}. {{file}} er skrevet om uden dem.',
    cmdCompact: 'Ryd fortrydelseshistorikken (hele, eller trin ældre end et antal dage), og skriv filen om uden den.',
    optKeepHistory: '"none": ryd hele historikken (standard); et antal dage: behold trin, der er nyere',
    compacted_one: 'Fjernede {{count}} af {{total}} trin fra fortrydelseshistorikken. {{file}} er skrevet om uden dem.',
    compacted_other: 'Fjernede {{count}} af {{total}} trin fra fortrydelseshistorikken. {{file}} er skrevet om uden dem.',
  },
} as const;
