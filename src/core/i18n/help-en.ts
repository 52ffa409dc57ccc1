import type { CatalogueShape } from './catalogue';

/** The help panel in English. */
export const helpEn: CatalogueShape['help'] = {
  title: 'Help',
  close: 'Close help',
};
