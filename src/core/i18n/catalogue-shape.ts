import type { da } from './da';

type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };
/**
 * The shape every language's catalogue must have: Danish's keys, any strings. Apart from
 * catalogue.ts, which imports the catalogues, so that they can be typed by it without a cycle.
 */
export type CatalogueShape = Widen<typeof da>;
