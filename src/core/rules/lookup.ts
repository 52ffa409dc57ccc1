import type { ActorKind, AttributeDefinition, AttributeOwner, CodebookName, ProjectData } from '../model/schema';
import type { NamedCode } from './codebook-rules';

/**
 * What the rules need to know about the project an element is written into. The store answers
 * from SQLite; `lookupOf` answers from a project held in memory (an import being read, a whole
 * project being checked), so both are checked by the very same rules.
 */
export interface ProjectLookup {
  actorKind(id: string): ActorKind | undefined;
  hasCode(codebook: CodebookName, key: string): boolean;
  /** a codebook's entries with their names, in its order */
  codes(codebook: CodebookName): NamedCode[];
  hasWave(id: string): boolean;
  strengthScale(): { min: number; max: number };
  /** how many memberships, seats and activities refer to an actor as a person, and as an organisation */
  actorUses(id: string): { asPerson: number; asOrganisation: number };
  /** how many elements use a code */
  codeUses(codebook: CodebookName, key: string): number;
  /** how many ties have a strength outside [min, max] */
  tiesOutside(min: number, max: number): number;
  /** the codebook's definition of a custom attribute, or undefined for one it does not define */
  attributeDefinition(owner: AttributeOwner, key: string): AttributeDefinition | undefined;
  /** the values an attribute holds across the elements of its kind, empty ones left out */
  attributeValues(owner: AttributeOwner, key: string): Array<string | number | boolean>;
}

/** A lookup over a project in memory, built once: each answer is a map look-up. */
export function lookupOf(data: ProjectData): ProjectLookup {
  const kinds = new Map<string, ActorKind>();
  for (const a of data.actors) if (!kinds.has(a.id)) kinds.set(a.id, a.kind);
  const codes: Record<CodebookName, Set<string>> = {
    sectors: new Set(data.codebooks.sectors.map((c) => c.key)),
    tieTypes: new Set(data.codebooks.tieTypes.map((c) => c.key)),
    roles: new Set(data.codebooks.roles.map((c) => c.key)),
    forumKinds: new Set(data.codebooks.forumKinds.map((c) => c.key)),
    targetGroups: new Set(data.codebooks.targetGroups.map((c) => c.key)),
  };
  const waves = new Set<string>(data.waves.map((w) => w.id));
  const definitions = new Map<AttributeOwner, Map<string, AttributeDefinition>>([
    ['actors', new Map()],
    ['ties', new Map()],
  ]);
  // the first of a key wins, as for actors: a second one is a duplicate the project rules name
  for (const d of data.codebooks.attributes) {
    const byKey = definitions.get(d.appliesTo);
    if (byKey && !byKey.has(d.key)) byKey.set(d.key, d);
  }
  let uses: Map<string, { asPerson: number; asOrganisation: number }> | undefined;
  const usesOf = () => {
    if (uses) return uses;
    const map = new Map<string, { asPerson: number; asOrganisation: number }>();
    const entry = (id: string) => {
      let e = map.get(id);
      if (!e) map.set(id, (e = { asPerson: 0, asOrganisation: 0 }));
      return e;
    };
    for (const m of data.memberships) {
      entry(m.person).asPerson++;
      entry(m.organisation).asOrganisation++;
    }
    for (const f of data.forums) for (const s of f.seats) if (s.represents !== null) entry(s.represents).asOrganisation++;
    for (const a of data.activities) {
      for (const o of a.owners) entry(o).asOrganisation++;
      for (const c of a.contacts) entry(c).asPerson++;
    }
    return (uses = map);
  };
  return {
    actorKind: (id) => kinds.get(id),
    hasCode: (codebook, key) => codes[codebook].has(key),
    codes: (codebook) => data.codebooks[codebook].map((c) => ({ key: c.key, label: c.label })),
    hasWave: (id) => waves.has(id),
    strengthScale: () => data.settings.strengthScale,
    actorUses: (id) => usesOf().get(id) ?? { asPerson: 0, asOrganisation: 0 },
    codeUses: (codebook, key) => {
      switch (codebook) {
        case 'sectors':
          return data.actors.filter((a) => a.sector === key).length;
        case 'tieTypes':
          return data.ties.filter((t) => t.type === key).length;
        case 'roles':
          return data.memberships.filter((m) => m.role === key).length;
        case 'forumKinds':
          return data.forums.filter((f) => f.kind === key).length;
        case 'targetGroups':
          return data.activities.filter((a) => a.targetGroup === key).length;
      }
    },
    tiesOutside: (min, max) => data.ties.filter((t) => t.strength !== null && (t.strength < min || t.strength > max)).length,
    attributeDefinition: (owner, key) => definitions.get(owner)?.get(key),
    attributeValues: (owner, key) => {
      const out: Array<string | number | boolean> = [];
      for (const e of data[owner]) {
        const v = Object.hasOwn(e.attributes, key) ? e.attributes[key] : undefined;
        if (v !== undefined && v !== null) out.push(v);
      }
      return out;
    },
  };
}
