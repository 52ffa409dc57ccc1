import type { ActorKind, Formality, ProjectData } from '../model/schema';
import { filterActive, passesAttributes, type AttributeFilter } from './attribute-map';

/** What the user chose to leave off the map. Empty sets and nulls leave everything on. */
export interface MapFilters {
  hiddenSectors: ReadonlySet<string>;
  hiddenKinds: ReadonlySet<ActorKind>;
  hiddenTieTypes: ReadonlySet<string>;
  /** ties weaker than this (and ties of unknown strength) are left off; null: no minimum */
  minStrength: number | null;
  formality: Formality | null;
  /** only what is present in this wave; null: all waves */
  wave: string | null;
  /** filters on custom attributes of actors and ties, by `owner/key` (attribute-map.ts) */
  attributes: ReadonlyMap<string, AttributeFilter>;
}

export const NO_FILTERS: MapFilters = {
  hiddenSectors: new Set(),
  hiddenKinds: new Set(),
  hiddenTieTypes: new Set(),
  minStrength: null,
  formality: null,
  wave: null,
  attributes: new Map(),
};

/** Key for the sector filter of actors without a sector. */
export const NO_SECTOR_KEY = '';

export function filtersActive(f: MapFilters): boolean {
  return (
    f.hiddenSectors.size > 0 ||
    f.hiddenKinds.size > 0 ||
    f.hiddenTieTypes.size > 0 ||
    f.minStrength !== null ||
    f.formality !== null ||
    f.wave !== null ||
    [...f.attributes.values()].some(filterActive)
  );
}

/** What the filters leave on the map: actor ids and tie ids. Memberships follow their ends. */
export interface Visible {
  actors: Set<string>;
  ties: Set<string>;
}

const inWave = (waves: readonly string[], wave: string | null) => wave === null || waves.length === 0 || waves.includes(wave);

export function visibleUnder(data: ProjectData, f: MapFilters): Visible {
  const actors = new Set<string>();
  for (const a of data.actors) {
    if (f.hiddenSectors.has(a.sector ?? NO_SECTOR_KEY)) continue;
    if (f.hiddenKinds.has(a.kind)) continue;
    if (!inWave(a.waves, f.wave)) continue;
    if (f.attributes.size > 0 && !passesAttributes(a.attributes, 'actors', f.attributes)) continue;
    actors.add(a.id);
  }
  const ties = new Set<string>();
  for (const t of data.ties) {
    if (!actors.has(t.source) || !actors.has(t.target)) continue;
    if (f.hiddenTieTypes.has(t.type)) continue;
    if (f.minStrength !== null && (t.strength === null || t.strength < f.minStrength)) continue;
    if (f.formality !== null && t.formality !== f.formality) continue;
    if (!inWave(t.waves, f.wave)) continue;
    if (f.attributes.size > 0 && !passesAttributes(t.attributes, 'ties', f.attributes)) continue;
    ties.add(t.id);
  }
  return { actors, ties };
}

/**
 * The actors within `steps` relationships of `centre` (ties and memberships both count: a
 * person's organisation is one step away), among the visible ones.
 */
export function egoNetwork(data: ProjectData, centre: string, steps: number, visible: Visible | null = null): Set<string> {
  const adjacent = new Map<string, string[]>();
  const link = (a: string, b: string) => {
    (adjacent.get(a) ?? adjacent.set(a, []).get(a))?.push(b);
    (adjacent.get(b) ?? adjacent.set(b, []).get(b))?.push(a);
  };
  for (const t of data.ties) if (!visible || visible.ties.has(t.id)) link(t.source, t.target);
  for (const m of data.memberships)
    if (!visible || (visible.actors.has(m.person) && visible.actors.has(m.organisation))) link(m.person, m.organisation);
  const seen = new Set([centre]);
  let frontier = [centre];
  for (let s = 0; s < steps && frontier.length; s++) {
    const next: string[] = [];
    for (const id of frontier)
      for (const n of adjacent.get(id) ?? [])
        if (!seen.has(n)) {
          seen.add(n);
          next.push(n);
        }
    frontier = next;
  }
  return seen;
}
