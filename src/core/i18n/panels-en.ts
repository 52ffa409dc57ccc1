import type { CatalogueShape } from './catalogue';

/** The panels wording in English. */
export const panelsEn: CatalogueShape['panels'] = {
  title: 'Analysis',
};
