import type { ProjectData } from './schema';

const sameRecords = (a: readonly unknown[], b: readonly unknown[]) => a.length === b.length && a.every((x, i) => x === b[i]);

/**
 * Whether two versions of a project hold the same network: the same records (versions share
 * every record an edit left alone) and the same codebooks and settings. Where actors stand, the
 * saved views and the project's name may differ: neither the analysis nor the map's elements
 * read them, and laying the map out, the first thing a project does when opened, must neither
 * send a large network's analysis back to its start nor make the map build every element again.
 */
export function sameNetwork(a: ProjectData, b: ProjectData): boolean {
  if (a === b) return true;
  return (
    sameRecords(a.actors, b.actors) &&
    sameRecords(a.ties, b.ties) &&
    sameRecords(a.memberships, b.memberships) &&
    sameRecords(a.forums, b.forums) &&
    sameRecords(a.activities, b.activities) &&
    sameRecords(a.waves, b.waves) &&
    (a.codebooks === b.codebooks || JSON.stringify(a.codebooks) === JSON.stringify(b.codebooks)) &&
    (a.settings === b.settings || JSON.stringify(a.settings) === JSON.stringify(b.settings))
  );
}
