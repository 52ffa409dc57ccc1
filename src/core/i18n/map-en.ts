import type { CatalogueShape } from './catalogue';

/** The map wording in English. */
export const mapEn: CatalogueShape['map'] = {
  title: 'Map',
};
