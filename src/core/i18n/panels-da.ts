/** The panels wording in Danish (the default language); keys must match `panels-en.ts`. */
export const panelsDa = {
  title: 'Analyse',
};
