import type { ProjectData } from '../model/schema';

/**
 * The organisation each person is drawn inside: that of their first membership (in the order
 * the project lists them), if it is an organisation or department on the map.
 */
export function firstOrganisation(data: ProjectData): Map<string, string> {
  const kinds = new Map(data.actors.map((a) => [a.id, a.kind]));
  const out = new Map<string, string>();
  for (const m of data.memberships) {
    const kind = kinds.get(m.organisation);
    if (out.has(m.person) || kinds.get(m.person) !== 'person' || kind === undefined || kind === 'person') continue;
    out.set(m.person, m.organisation);
  }
  return out;
}
