/** The help panel in Danish (the default): every metric defined, with its source; keys must match `help-en.ts`. */
export const helpDa = {
  title: 'Hjælp',
  close: 'Luk hjælpen',
};
