import type { ActorKind } from '../model/schema';
import { MapLayoutNameSchema, type MapLayoutName } from '../model/view-state';

/** The layouts the map offers (the saved views' schema holds the same names). */
export const LAYOUTS = MapLayoutNameSchema.options;
export type LayoutName = MapLayoutName;

export interface Point {
  x: number;
  y: number;
}

/** What a layout needs to know of an actor. */
export interface LayoutNode {
  id: string;
  kind: ActorKind;
  label: string;
  sector: string | null;
  /** the organisation of the person's first membership, or null */
  organisation: string | null;
}

export interface LayoutEdge {
  source: string;
  target: string;
}

