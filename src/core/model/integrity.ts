import type { Problem } from '../errors';
import type { Translator } from '../i18n/catalogue';
import type { Actor, ProjectData } from './schema';

/**
 * The references a project's elements make to each other, checked as a whole: each duplicate id
 * and each dangling reference becomes one problem naming its row, e.g. `ties[3].target`.
 * Returns no problems for a consistent project.
 */
export function checkIntegrity(data: ProjectData, tr: Translator): Problem[] {
  const problems: Problem[] = [];
  const where = (collection: string, index: number, id: string, field?: string) =>
    `${collection}[${index}] (id "${id}")${field ? `.${field}` : ''}`;

  const firstIndex = <T>(rows: readonly T[], key: (row: T) => string, collection: string) => {
    const seen = new Map<string, number>();
    rows.forEach((row, i) => {
      const id = key(row);
      if (seen.has(id)) problems.push({ where: where(collection, i, id), message: tr.t('errors.duplicateId', { id }) });
      else seen.set(id, i);
    });
    return seen;
  };

  const { codebooks } = data;
  const sectorKeys = new Set(firstIndex(codebooks.sectors, (c) => c.key, 'codebooks.sectors').keys());
  const tieTypeKeys = new Set(firstIndex(codebooks.tieTypes, (c) => c.key, 'codebooks.tieTypes').keys());
  const roleKeys = new Set(firstIndex(codebooks.roles, (c) => c.key, 'codebooks.roles').keys());
  const forumKindKeys = new Set(firstIndex(codebooks.forumKinds, (c) => c.key, 'codebooks.forumKinds').keys());
  const waveIds = new Set(firstIndex(data.waves, (w) => w.id, 'waves').keys());
  firstIndex(data.actors, (a) => a.id, 'actors');
  firstIndex(data.memberships, (m) => m.id, 'memberships');
  firstIndex(data.ties, (t) => t.id, 'ties');
  firstIndex(data.forums, (f) => f.id, 'forums');

  const actors = new Map<string, Actor>(data.actors.map((a) => [a.id, a]));
  const unknown = (what: string, id: string) => tr.t('errors.unknownReference', { what, id });
  const kindName = (a: Actor) => tr.t(`kinds.${a.kind}`);

  const checkWaves = (waves: readonly string[], collection: string, i: number, id: string) => {
    for (const w of waves)
      if (!waveIds.has(w)) problems.push({ where: where(collection, i, id, 'waves'), message: unknown(tr.t('kinds.wave'), w) });
  };
  const checkActor = (
    ref: string,
    expect: 'any' | 'person' | 'organisation',
    collection: string,
    i: number,
    id: string,
    field: string,
  ) => {
    const actor = actors.get(ref);
    if (!actor) {
      problems.push({ where: where(collection, i, id, field), message: unknown(tr.t('kinds.personOrOrganisation'), ref) });
      return;
    }
    const isPerson = actor.kind === 'person';
    if ((expect === 'person' && !isPerson) || (expect === 'organisation' && isPerson)) {
      const expected = expect === 'person' ? tr.t('kinds.aPerson') : tr.t('kinds.anOrganisation');
      problems.push({
        where: where(collection, i, id, field),
        message: tr.t('errors.wrongKind', { id: ref, expected, actual: kindName(actor) }),
      });
    }
  };

  data.actors.forEach((a, i) => {
    if (a.sector !== null && !sectorKeys.has(a.sector))
      problems.push({ where: where('actors', i, a.id, 'sector'), message: unknown(tr.t('kinds.sector'), a.sector) });
    checkWaves(a.waves, 'actors', i, a.id);
  });
  data.memberships.forEach((m, i) => {
    checkActor(m.person, 'person', 'memberships', i, m.id, 'person');
    checkActor(m.organisation, 'organisation', 'memberships', i, m.id, 'organisation');
    if (!roleKeys.has(m.role))
      problems.push({ where: where('memberships', i, m.id, 'role'), message: unknown(tr.t('kinds.role'), m.role) });
    checkWaves(m.waves, 'memberships', i, m.id);
  });
  data.ties.forEach((t, i) => {
    checkActor(t.source, 'any', 'ties', i, t.id, 'source');
    checkActor(t.target, 'any', 'ties', i, t.id, 'target');
    if (!tieTypeKeys.has(t.type))
      problems.push({ where: where('ties', i, t.id, 'type'), message: unknown(tr.t('kinds.tieType'), t.type) });
    checkWaves(t.waves, 'ties', i, t.id);
  });
  data.forums.forEach((f, i) => {
    if (!forumKindKeys.has(f.kind))
      problems.push({ where: where('forums', i, f.id, 'kind'), message: unknown(tr.t('kinds.forumKind'), f.kind) });
    f.seats.forEach((s, j) => {
      checkActor(s.actor, 'any', 'forums', i, f.id, `seats[${j}].actor`);
      if (s.represents !== null) checkActor(s.represents, 'organisation', 'forums', i, f.id, `seats[${j}].represents`);
    });
    checkWaves(f.waves, 'forums', i, f.id);
  });
  return problems;
}
