import type { renderDa } from './render-da';

type Shape<T> = { [K in keyof T]: T[K] extends string ? string : Shape<T[K]> };

/** Images of the map in English (Danish, the default, in render-da.ts). */
export const renderEn: Shape<typeof renderDa> = {
  errors: {
    unknownView: 'The project has no view called "{{name}}". It has: {{names}}',
    noViewsAtAll: 'The project has no view called "{{name}}": it has no saved views.',
    format: 'An image of the map can be saved as .svg, .png or .pdf, not as "{{file}}"',
    width: 'The width must be a whole number between {{min}} and {{max}} points, not "{{value}}"',
    scale: 'The scale must be a number from 1 to 4, not "{{value}}"',
  },
  cli: {
    description: 'save an image of the map (SVG, PNG or PDF) with its legend, title and source line',
    toOption: 'the file to write: .svg, .png or .pdf',
    viewOption: 'a saved view (its name); without: the whole network',
    widthOption: "the image's width in points (default 1240; with --scale 2 that is A4 at 300 dpi)",
    scaleOption: 'PNG: pixels per point, 1 to 4',
    transparentOption: 'a transparent background instead of white (SVG and PNG)',
    written: 'Image of the map written to {{file}}',
  },
  dialog: {
    menu: 'Image of the map…',
    title: 'Image of the map',
    format: 'Format',
    scale: 'Scale',
    scaleHint: '2× is print at 300 dpi on an A4 page',
    background: 'Background',
    white: 'White',
    transparent: 'Transparent',
    pseudonymise: 'Pseudonymise (codes instead of names)',
    view: 'What',
    current: 'The map as shown now',
    save: 'Save…',
    cancel: 'Cancel',
    saved: 'The image is saved: {{file}}',
    saving: 'Saving the image…',
  },
};
