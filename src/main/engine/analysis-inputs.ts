import type { ProjectData } from '../../core/model/schema';

const sameRecords = (a: readonly unknown[], b: readonly unknown[]) => a.length === b.length && a.every((x, i) => x === b[i]);

/**
 * Whether two versions of a project give the same analysis: what the analysis reads is the same
 * (the store hands back the very records no edit touched). Positions, views and the project's
 * name are not read by it: laying the map out, the first thing a project does when opened, must
 * not send a large network's analysis back to its start.
 */
export function sameAnalysisInputs(a: ProjectData, b: ProjectData): boolean {
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
