/** The map wording in Danish (the default language); keys must match `map-en.ts`. */
export const mapDa = {
  title: 'Kort',
};
