import type { Language } from '../i18n/catalogue';
import type { ProjectData } from './schema';

/** What `brobygger info` and the app's status line report: counts by kind, sector, type, forum, wave, target group. */
export interface ProjectSummary {
  name: string;
  counts: {
    persons: number;
    organisations: number;
    departments: number;
    memberships: number;
    ties: number;
    forums: number;
    seats: number;
    waves: number;
    activities: number;
  };
  /** actors per sector key, `null` for actors without a sector; every codebook sector listed */
  bySector: Array<{ sector: string | null; label: string; actors: number }>;
  byTieType: Array<{ type: string; label: string; ties: number }>;
  byForum: Array<{ id: string; label: string; kind: string; seats: number }>;
  /** activities of the reception timeline per target group; every codebook target group listed */
  byTargetGroup: Array<{ targetGroup: string; label: string; activities: number }>;
  /** elements present in each wave (an element with no waves listed is present in all) */
  byWave: Array<{ id: string; label: string; actors: number; ties: number; memberships: number }>;
}

const countBy = <T>(rows: readonly T[], key: (row: T) => string | null) => {
  const out = new Map<string | null, number>();
  for (const row of rows) out.set(key(row), (out.get(key(row)) ?? 0) + 1);
  return out;
};

export function summarize(data: ProjectData, lang: Language): ProjectSummary {
  const { actors, ties, memberships, forums, waves, codebooks } = data;
  const sectorCounts = countBy(actors, (a) => a.sector);
  const bySector: ProjectSummary['bySector'] = codebooks.sectors.map((s) => ({
    sector: s.key,
    label: s.label[lang],
    actors: sectorCounts.get(s.key) ?? 0,
  }));
  const noSector = sectorCounts.get(null) ?? 0;
  if (noSector > 0) bySector.push({ sector: null, label: '', actors: noSector });

  const typeCounts = countBy(ties, (t) => t.type);
  const inWave = (id: string) => (row: { waves: readonly string[] }) => row.waves.length === 0 || row.waves.includes(id);

  return {
    name: data.meta.name,
    counts: {
      persons: actors.filter((a) => a.kind === 'person').length,
      organisations: actors.filter((a) => a.kind === 'organisation').length,
      departments: actors.filter((a) => a.kind === 'department').length,
      memberships: memberships.length,
      ties: ties.length,
      forums: forums.length,
      seats: forums.reduce((n, f) => n + f.seats.length, 0),
      waves: waves.length,
      activities: data.activities.length,
    },
    bySector,
    byTieType: codebooks.tieTypes.map((t) => ({ type: t.key, label: t.label[lang], ties: typeCounts.get(t.key) ?? 0 })),
    byForum: forums.map((f) => ({ id: f.id, label: f.label, kind: f.kind, seats: f.seats.length })),
    byTargetGroup: codebooks.targetGroups.map((g) => ({ targetGroup: g.key, label: g.label[lang], activities: data.activities.filter((a) => a.targetGroup === g.key).length })),
    byWave: waves.map((w) => ({
      id: w.id,
      label: w.label,
      actors: actors.filter(inWave(w.id)).length,
      ties: ties.filter(inWave(w.id)).length,
      memberships: memberships.filter(inWave(w.id)).length,
    })),
  };
}
