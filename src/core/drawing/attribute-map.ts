import { NO_SECTOR_COLOR, OKABE_ITO } from '../model/defaults';
import type { AttributeDefinition, AttributeOwner, ProjectData } from '../model/schema';

/**
 * Custom attributes on the map: a category colours the actors (a colour per category, from the
 * sectors' colour-blind-safe palette), a number sizes them, and either filters actors or ties.
 */

/** What the map is coloured by: the sector, or an actor attribute the codebook defines as a category. */
export type ColourBy = 'sector' | `attribute:${string}`;
export const ATTRIBUTE_PREFIX = 'attribute:';

/** The definition a choice names, when it names one of the right type. */
export function chosenDefinition(data: ProjectData, choice: string, type: AttributeDefinition['type']): AttributeDefinition | undefined {
  if (!choice.startsWith(ATTRIBUTE_PREFIX)) return undefined;
  const key = choice.slice(ATTRIBUTE_PREFIX.length);
  return data.codebooks.attributes.find((d) => d.appliesTo === 'actors' && d.key === key && d.type === type);
}

/** A category's colour: its place among the definition's values in the palette; no value is grey. */
export function categoryColour(d: AttributeDefinition, value: unknown): string {
  const i = typeof value === 'string' ? d.values.findIndex((v) => v.key === value) : -1;
  return i < 0 ? NO_SECTOR_COLOR : (OKABE_ITO[i % OKABE_ITO.length] ?? NO_SECTOR_COLOR);
}

/** Each actor's number as a share between the smallest and the largest (1 when all are equal); none without one. */
export function attributeShares(data: ProjectData, key: string): Map<string, number> {
  const values = new Map<string, number>();
  for (const a of data.actors) {
    const v = Object.hasOwn(a.attributes, key) ? a.attributes[key] : undefined;
    if (typeof v === 'number' && Number.isFinite(v)) values.set(a.id, v);
  }
  let min = Infinity;
  let max = -Infinity;
  for (const v of values.values()) {
    min = Math.min(min, v);
    max = Math.max(max, v);
  }
  const out = new Map<string, number>();
  for (const [id, v] of values) out.set(id, max > min ? (v - min) / (max - min) : 1);
  return out;
}

/** A filter on one attribute: categories left off (`''` for no value), or a range of numbers. */
export type AttributeFilter = { kind: 'category'; hidden: ReadonlySet<string> } | { kind: 'number'; min: number | null; max: number | null };

/** The filters' key of an attribute: its owner and key. */
export const filterKey = (owner: AttributeOwner, key: string) => `${owner}/${key}`;

export const filterActive = (f: AttributeFilter): boolean => (f.kind === 'category' ? f.hidden.size > 0 : f.min !== null || f.max !== null);

/** Whether an element's attributes pass every active filter on its kind's attributes. */
export function passesAttributes(attributes: Readonly<Record<string, unknown>>, owner: AttributeOwner, filters: ReadonlyMap<string, AttributeFilter>): boolean {
  for (const [id, f] of filters) {
    if (!id.startsWith(`${owner}/`) || !filterActive(f)) continue;
    const key = id.slice(owner.length + 1);
    const v = Object.hasOwn(attributes, key) ? attributes[key] : undefined;
    if (f.kind === 'category') {
      if (f.hidden.has(typeof v === 'string' ? v : '')) return false;
    } else {
      // a range asks for a number: an element without one is left off
      if (typeof v !== 'number') return false;
      if ((f.min !== null && v < f.min) || (f.max !== null && v > f.max)) return false;
    }
  }
  return true;
}
