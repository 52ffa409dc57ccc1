import * as z from 'zod';
import { ActorIdSchema, CodeKeySchema, WaveIdSchema } from '../ids';

/**
 * What the map shows and how: the choices a saved view keeps and a render draws from (the
 * `viewState` the drawing model takes, less the language and pseudonymisation, which belong to an
 * output rather than to a view). Plain JSON (lists, not sets), so it is stored, exported and sent
 * over IPC as it is. Names that may no longer exist (an actor removed, a sector dropped) are kept:
 * a view shows what of it is still there.
 */

/** The map's layouts: 'manual' is the user's own arrangement (the project's positions). */
export const MapLayoutNameSchema = z.enum(['force', 'shores', 'concentric', 'manual']);
export type MapLayoutName = z.infer<typeof MapLayoutNameSchema>;

/** A size measure ('none', a metric name) or an actor attribute (`attribute:` and its key). */
const ChoiceSchema = z.string().trim().min(1).max(120);

/** A filter on one custom attribute: categories left off ('' for no value), or a range of numbers. */
export const AttributeFilterStateSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('category'), hidden: z.array(z.string().max(200)).max(200) }),
  z.strictObject({ kind: z.literal('number'), min: z.number().nullable(), max: z.number().nullable() }),
]);
export type AttributeFilterState = z.infer<typeof AttributeFilterStateSchema>;

/** What the map leaves off; empty lists and nulls leave everything on. */
export const MapFiltersStateSchema = z.strictObject({
  /** sector keys left off ('' for actors without a sector) */
  hiddenSectors: z.array(z.string().max(60)).max(500),
  hiddenKinds: z.array(z.enum(['person', 'organisation', 'department'])).max(3),
  hiddenTieTypes: z.array(CodeKeySchema).max(500),
  minStrength: z.number().nullable(),
  formality: z.enum(['formal', 'informal']).nullable(),
  /** only what is present in this wave */
  wave: WaveIdSchema.nullable(),
  /** filters on custom attributes, by `owner/key` (actors/… or ties/…) */
  attributes: z.array(z.strictObject({ key: z.string().min(1).max(200), filter: AttributeFilterStateSchema })).max(400),
});
export type MapFiltersState = z.infer<typeof MapFiltersStateSchema>;

export const NO_FILTERS_STATE: MapFiltersState = {
  hiddenSectors: [],
  hiddenKinds: [],
  hiddenTieTypes: [],
  minStrength: null,
  formality: null,
  wave: null,
  attributes: [],
};

/** The ego focus: on one actor, this many steps out, the rest dimmed (or hidden). */
export const FocusStateSchema = z.strictObject({
  actor: ActorIdSchema,
  steps: z.number().int().min(1).max(3),
  hide: z.boolean(),
});
export type FocusState = z.infer<typeof FocusStateSchema>;

/** Who leaves in a departure scenario: some persons, or an organisation (as the analysis takes it). */
export const DepartureStateSchema = z.union([
  z.strictObject({ persons: z.array(ActorIdSchema).min(1).max(1000) }),
  z.strictObject({ organisation: ActorIdSchema }),
]);

/**
 * What the map brings forward: one finding (by its key, src/core/analysis/findings.ts), a
 * departure scenario (with or without the resilience plan's suggested ties), or two waves compared.
 */
export const EmphasisStateSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('finding'), key: z.string().min(1).max(20_000) }),
  z.strictObject({ kind: z.literal('departure'), departure: DepartureStateSchema, proposals: z.boolean() }),
  z.strictObject({ kind: z.literal('waves'), from: WaveIdSchema, to: WaveIdSchema }),
]);
export type EmphasisState = z.infer<typeof EmphasisStateSchema>;

export const MapViewStateSchema = z.strictObject({
  layout: MapLayoutNameSchema,
  /** 'none', a measure of the analysis (degree, betweenness, …) or `attribute:key` */
  sizeBy: ChoiceSchema,
  /** 'sector' or `attribute:key` (a category attribute of actors) */
  colourBy: ChoiceSchema,
  /** persons drawn inside their organisations */
  compound: z.boolean(),
  filters: MapFiltersStateSchema,
  focus: FocusStateSchema.nullable(),
  emphasis: EmphasisStateSchema.nullable(),
});
export type MapViewState = z.infer<typeof MapViewStateSchema>;

export const DEFAULT_MAP_VIEW_STATE: MapViewState = {
  layout: 'force',
  sizeBy: 'none',
  colourBy: 'sector',
  compound: false,
  filters: NO_FILTERS_STATE,
  focus: null,
  emphasis: null,
};

/**
 * The pan and zoom of the map (cytoscape's: the model origin's place on screen, and the scale),
 * and the size of the map they were set on, in screen pixels: shown on a screen of another size
 * (full screen, a slide), the same part of the network is fitted to it (`viewportFor`).
 */
export const ViewportStateSchema = z.strictObject({
  pan: z.strictObject({ x: z.number(), y: z.number() }),
  zoom: z.number().positive(),
  width: z.number().positive(),
  height: z.number().positive(),
});
export type ViewportState = z.infer<typeof ViewportStateSchema>;
