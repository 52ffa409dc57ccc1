/** Entering a network by hand, from an empty project, in Danish (the default); keys must match `entry-en.ts`. */
export const entryDa = {
  steps: {
    title: 'Sådan kommer du i gang',
    intro: 'Kortet tegner sig selv, efterhånden som du taster netværket ind:',
    organisations: 'Tilføj organisationerne: forvaltninger, foreninger, frivilligcenter, kirke …',
    persons: 'Tilføj personerne i dem, hver med sin organisation og rolle (ansat, frivillig …).',
    ties: 'Tilføj relationerne mellem dem, eller kod et interview.',
    next: 'Næste skridt:',
    done: 'gjort',
    go: {
      organisations: 'Tilføj organisationer',
      persons: 'Tilføj personer',
      ties: 'Tilføj relationer',
    },
    import: 'Har du allerede data i et regneark? Importér dem i stedet.',
  },
  empty: {
    organisations: 'Ingen organisationer endnu. Begynd her: skriv navnet på en organisation eller forvaltning ovenfor.',
    personsFirst: 'Ingen personer endnu. Tilføj først de organisationer, personerne hører til.',
    persons: 'Ingen personer endnu. Skriv en persons navn ovenfor, og vælg organisation og rolle.',
  },
  form: {
    roleWithout: 'Vælg en organisation for at give personen en rolle i den.',
    namesakePerson_one: 'Der er allerede en person, der hedder {{name}}.',
    namesakePerson_other: 'Der er allerede {{count}} personer, der hedder {{name}}.',
    namesakeOrganisation_one: 'Der er allerede en organisation, der hedder {{name}}.',
    namesakeOrganisation_other: 'Der er allerede {{count}} organisationer, der hedder {{name}}.',
    namesakeHint: 'Er det den samme, så åbn den i stedet. To med samme navn kan flettes senere med Find dubletter.',
    open: 'Åbn {{name}}',
    addAnyway: 'Tilføj alligevel',
  },
  cells: {
    edit: 'Vælg rækken for at redigere',
    rename: 'Dobbeltklik for at omdøbe',
  },
};
