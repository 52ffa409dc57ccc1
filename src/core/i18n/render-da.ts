/**
 * Images of the map in Danish: `brobygger render`, the app's image dialog and their errors.
 * English in render-en.ts.
 */
export const renderDa = {
  errors: {
    unknownView: 'Projektet har ingen visning, der hedder "{{name}}". Det har: {{names}}',
    noViewsAtAll: 'Projektet har ingen visning, der hedder "{{name}}": det har ingen gemte visninger.',
    format: 'Et billede af kortet kan gemmes som .svg, .png eller .pdf, ikke som "{{file}}"',
    width: 'Bredden skal være et helt tal mellem {{min}} og {{max}} punkter, ikke "{{value}}"',
    scale: 'Skalaen skal være et tal mellem 1 og 4, ikke "{{value}}"',
  },
  cli: {
    description: 'gem et billede af kortet (SVG, PNG eller PDF) med signaturforklaring, titel og kildelinje',
    toOption: 'filen at skrive: .svg, .png eller .pdf',
    viewOption: 'en gemt visning (navnet); uden: hele netværket',
    widthOption: 'billedets bredde i punkter (standard 1240; med --scale 2 er det A4 i 300 dpi)',
    scaleOption: 'PNG: pixels pr. punkt, 1 til 4',
    transparentOption: 'gennemsigtig baggrund i stedet for hvid (SVG og PNG)',
    written: 'Billede af kortet skrevet til {{file}}',
  },
  dialog: {
    menu: 'Billede af kortet…',
    title: 'Billede af kortet',
    format: 'Format',
    scale: 'Skala',
    scaleHint: '2× svarer til tryk i 300 dpi på en A4-side',
    background: 'Baggrund',
    white: 'Hvid',
    transparent: 'Gennemsigtig',
    pseudonymise: 'Pseudonymisér (koder i stedet for navne)',
    view: 'Hvad',
    current: 'Kortet som det vises nu',
    save: 'Gem…',
    cancel: 'Annullér',
    saved: 'Billedet er gemt: {{file}}',
    saving: 'Gemmer billedet…',
  },
};
