/**
 * Danish wording for waves (runder): defining, ordering, copying and removing them, presence in
 * bulk, and comparing two waves (the panel, the change sentences and the CLI). English in
 * waves-en.ts.
 */
export const wavesDa = {
  history: {
    addCopy: 'tilføj runde "{{label}}" som kopi af "{{from}}"',
    copy_one: 'kopiér "{{from}}" til "{{label}}" ({{count}} element)',
    copy_other: 'kopiér "{{from}}" til "{{label}}" ({{count}} elementer)',
    order: 'ændr rundernes rækkefølge',
    presenceOn_one: 'sæt {{count}} element med i runde "{{label}}"',
    presenceOn_other: 'sæt {{count}} elementer med i runde "{{label}}"',
    presenceOff_one: 'tag {{count}} element ud af runde "{{label}}"',
    presenceOff_other: 'tag {{count}} elementer ud af runde "{{label}}"',
  },
  errors: {
    copySame: 'en runde kan ikke kopieres til sig selv ("{{id}}"); vælg en anden runde',
    orderTwice: 'runde "{{id}}" er nævnt to gange i den nye rækkefølge',
    orderMissing_one: 'den nye rækkefølge mangler runde {{ids}}',
    orderMissing_other: 'den nye rækkefølge mangler runderne {{ids}}',
    noWaveLeft:
      '"{{label}}" er kun med i runde "{{wave}}" og ville så ikke være med i nogen runde; et element uden runder tæller som med i alle. Slet det i stedet',
  },
} as const;
