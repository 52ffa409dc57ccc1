import type { ProjectData } from '../model/schema';
import { problem, type Problem } from '../problems';
import { checkDefinitions } from './attribute-rules';
import { checkCodebookLabels } from './codebook-rules';
import { checkActivity, checkActor, checkForum, checkMembership, checkTie, unknown } from './element-rules';
import { lookupOf } from './lookup';
import { checkViews } from './view-rules';

/**
 * A whole project against the rules, as an importer reads it or a migration leaves it: every
 * duplicate id or codebook name, dangling or wrong-kind reference, unknown code or wave and strength off the scale
 * becomes one problem naming its element by place and id (`ties[3]`, id "t-4", field `target`).
 * No problems for a project that keeps the rules.
 */
export function checkProject(data: ProjectData): Problem[] {
  const problems: Problem[] = [];
  const duplicates = <T>(rows: readonly T[], idOf: (row: T) => string, path: readonly string[]) => {
    const seen = new Set<string>();
    rows.forEach((row, i) => {
      const id = idOf(row);
      if (seen.has(id)) problems.push({ ...problem([...path, i], 'errors.duplicateId', { id }), id });
      else seen.add(id);
    });
  };
  duplicates(data.codebooks.sectors, (c) => c.key, ['codebooks', 'sectors']);
  duplicates(data.codebooks.tieTypes, (c) => c.key, ['codebooks', 'tieTypes']);
  duplicates(data.codebooks.roles, (c) => c.key, ['codebooks', 'roles']);
  duplicates(data.codebooks.forumKinds, (c) => c.key, ['codebooks', 'forumKinds']);
  duplicates(data.codebooks.targetGroups, (c) => c.key, ['codebooks', 'targetGroups']);
  duplicates(data.waves, (w) => w.id, ['waves']);
  duplicates(data.actors, (a) => a.id, ['actors']);
  duplicates(data.memberships, (m) => m.id, ['memberships']);
  duplicates(data.ties, (t) => t.id, ['ties']);
  duplicates(data.forums, (f) => f.id, ['forums']);
  duplicates(data.activities, (a) => a.id, ['activities']);

  const look = lookupOf(data);
  problems.push(...checkCodebookLabels(data.codebooks));
  problems.push(...checkDefinitions(data.codebooks, look));
  const named = (id: string) => (p: Problem): Problem => ({ ...p, id });
  data.actors.forEach((a, i) => problems.push(...checkActor(a, ['actors', i], look).map(named(a.id))));
  data.memberships.forEach((m, i) => problems.push(...checkMembership(m, ['memberships', i], look).map(named(m.id))));
  data.ties.forEach((t, i) => problems.push(...checkTie(t, ['ties', i], look).map(named(t.id))));
  data.forums.forEach((f, i) => problems.push(...checkForum(f, ['forums', i], look).map(named(f.id))));
  data.activities.forEach((a, i) => problems.push(...checkActivity(a, ['activities', i], look).map(named(a.id))));
  for (const id of Object.keys(data.positions))
    if (look.actorKind(id) === undefined) problems.push(unknown(['positions', id], 'kinds.personOrOrganisation', id));
  problems.push(...checkViews(data.views));
  return problems;
}
