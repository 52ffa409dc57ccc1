import { UserError } from '../errors';
import { addAt, CodebookBuilder, sourceField, validateElement, type ElementSource, type Problems, type Read } from '../format/field-common';
import { ElementSchemas } from '../format/project-json';
import type { SurveyRead, WrittenName } from '../format/tables/read-survey';
import { WaveIdSchema, type ActorId } from '../ids';
import { nameTokens } from '../matching';
import { defaultCodebooks, defaultSettings } from '../model/defaults';
import type { Actor, Membership, ProjectData, Tie, Wave } from '../model/schema';
import { checkProject } from '../rules/project-rules';
import { decideNames, type NameEntry, type NameKind, type NamePolicy } from './name-groups';

/**
 * A survey's rows made into ordinary project data against the project it goes into: the actors
 * its new names become, a tie per nomination (from respondent to contact, or to the contact's
 * organisation where no person is named), a membership for each person and the organisation the
 * file gives them (once per pair, and none the project already has), the codes and waves it uses.
 * The result goes to `planImport` like any file's data, so the import is one undoable step.
 *
 * Rows that write a name decided as "skip" are left out and counted. Every problem (a value that
 * cannot be read, an empty name, an undecided name, a tie to oneself, a strength off the scale)
 * is named by file, sheet, row and column, and the file is refused with all of them.
 */

export interface SurveyImport {
  /** what the survey adds to the project, as a file of the project's format would hold it */
  data: ProjectData;
  /** every name of the file and what it becomes */
  names: NameEntry[];
  /** rows left out because a name in them is skipped */
  skippedRows: number;
}

const emptyProject = (name: string): ProjectData => ({
  meta: { name, description: '' },
  settings: defaultSettings(),
  codebooks: defaultCodebooks(),
  waves: [],
  actors: [],
  memberships: [],
  ties: [],
  forums: [],
  activities: [],
  positions: {},
  views: [],
});

/** An id made of names ("t-mette-soerensen-ahmad-k"), clashing with none taken. */
function idOf(prefix: string, names: readonly string[], taken: Set<string>): string {
  const base = `${prefix}-${names.map((n) => nameTokens(n).join('-')).join('-')}`.slice(0, 80).replace(/-+$/, '');
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  taken.add(id);
  return id;
}

/** The rows (of the same sheet) a name is written on, for naming them: "4, 9, 12". */
function rowsOf(entry: NameEntry, written: readonly WrittenName[]): number[] {
  const rows = written
    .filter((w) => w.source.at.file === entry.at.file && w.source.at.sheet === entry.at.sheet && w.source.at.row !== undefined)
    .map((w) => w.source.at.row ?? 0);
  return [...new Set(rows)].sort((a, b) => a - b);
}

/** Why a name needs a decision, at the first row writing it: like an actor, like another name of the file, or like none. */
function undecided(entry: NameEntry, rows: readonly number[], problems: Problems, source: ElementSource, column: string): void {
  const shown = rows.length > 10 ? `${rows.slice(0, 10).join(', ')} …` : rows.join(', ');
  const base = { name: entry.name, rows: shown, count: rows.length };
  const best = entry.candidates[0];
  const similar = entry.similar[0];
  if (best) addAt(problems, source, column, 'names.notExact', { ...base, best: best.label, id: best.actorId, score: best.score });
  else if (similar) addAt(problems, source, column, 'names.likeInFile', { ...base, other: similar.name, score: similar.score });
  else addAt(problems, source, column, entry.kind === 'person' ? 'names.newPerson' : 'names.newOrganisation', base);
}

/**
 * The survey's rows as project data to import into `project` (null: a new project), with what
 * each name became. Throws every problem at once, or returns the whole import.
 */
export function resolveSurvey(survey: SurveyRead, project: ProjectData | null, policy: NamePolicy): SurveyImport {
  const problems = survey.problems;
  if (survey.roster.length === 0 && survey.nominations.length === 0) throw new UserError('invalid', 'names.noRows', { file: survey.label });
  const base = project ?? emptyProject(survey.name);
  const resolution = decideNames(survey, base.actors, policy, problems);
  const book = new CodebookBuilder(project?.codebooks);
  const refuseUnknown = survey.mapping.unknownCodes === 'refuse';

  // one problem per undecided name, at the first row writing it
  const written = new Map<NameEntry, WrittenName[]>();
  for (const w of [...survey.roster.flatMap((r) => [r.name, r.organisation]), ...survey.nominations.flatMap((n) => [n.respondent, n.contact, n.respondentOrganisation, n.contactOrganisation])]) {
    const kind: NameKind = w.field === 'name' || w.field === 'respondent' || w.field === 'contact' ? 'person' : 'organisation';
    const found = w.text === '' ? null : resolution.effect(kind, w.text);
    if (found) written.set(found.entry, [...(written.get(found.entry) ?? []), w]);
  }
  for (const entry of resolution.entries) {
    const found = resolution.effect(entry.kind, entry.name);
    const first = written.get(entry)?.[0];
    if (!first || !found || found.actor !== null || found.why !== 'undecided' || entry.decision !== 'undecided' || entry.fromMapping) continue;
    undecided(entry, rowsOf(entry, written.get(entry) ?? []), problems, first.source, first.source.fields[first.field] ?? first.field);
  }

  const existing = new Map(base.actors.map((a) => [a.id as string, a]));
  const newActors = new Map<string, Read<Actor>>();
  const ties: Array<Read<Tie>> = [];
  const memberships: Array<Read<Membership>> = [];
  const takenTies = new Set<string>(base.ties.map((t) => t.id));
  const takenMemberships = new Set<string>(base.memberships.map((m) => m.id));
  const pairs = new Set<string>(base.memberships.map((m) => `${m.person}\u0000${m.organisation}`));
  let skippedRows = 0;
  const column = (w: WrittenName) => w.source.fields[w.field] ?? w.field;

  /** The actor a written name becomes (added to the new actors when new); 'skip' or null (undecided) otherwise. */
  const actorFor = (kind: NameKind, w: WrittenName, extra: Record<string, unknown> = {}): ActorId | 'skip' | null => {
    const found = resolution.effect(kind, w.text);
    if (!found) return null;
    if (found.actor === null) return found.why === 'skip' ? 'skip' : null;
    if (!existing.has(found.actor) && !newActors.has(found.actor)) {
      const owner = resolution.entries.find((e) => e.decision === 'new' && e.actorId === found.actor && e.kind === kind);
      const source: ElementSource = { ...w.source, fields: { ...w.source.fields, label: column(w) } };
      const raw = { id: found.actor, kind, label: owner?.label ?? found.entry.label, sector: null, attributes: {}, influence: null, turnover: null, notes: '', waves: [], ...extra };
      const actor = validateElement(ElementSchemas.actor, raw, source, problems);
      if (actor) newActors.set(found.actor, { value: actor, source });
    }
    return found.actor;
  };

  const coded = (source: ElementSource, list: 'sectors' | 'tieTypes', field: string, text: string): string => {
    if (refuseUnknown && !book.knows(list, text)) addAt(problems, source, source.fields[field] ?? field, 'tables.unknownCode', { value: text, list });
    return book.code(list, text);
  };

  const member = (person: ActorId, organisation: ActorId, role: string, waves: string[], source: ElementSource, labels: [string, string]) => {
    const pair = `${person}\u0000${organisation}`;
    if (pairs.has(pair)) return;
    pairs.add(pair);
    const raw = { id: idOf('m', labels, takenMemberships), person, organisation, role, start: null, end: null, waves };
    const membership = validateElement(ElementSchemas.membership, raw, source, problems);
    if (membership) memberships.push({ value: membership, source });
  };
  const labelOf = (id: ActorId) => existing.get(id)?.label ?? newActors.get(id)?.value.label ?? id;

  for (const row of survey.roster) {
    if (row.name.text === '') {
      addAt(problems, row.source, column(row.name), 'names.noName');
      continue;
    }
    const sector = row.sector === '' ? null : coded(row.source, 'sectors', 'sector', row.sector);
    const person = actorFor('person', row.name, { sector, attributes: row.attributes, notes: row.notes, waves: row.waves });
    if (person === 'skip') skippedRows++;
    if (person === 'skip' || person === null || row.organisation.text === '') continue;
    const organisation = actorFor('organisation', row.organisation);
    if (organisation === 'skip' || organisation === null) continue;
    const role = row.role === '' ? 'member' : book.role(row.role);
    if (role === undefined) addAt(problems, row.source, row.source.fields['role'] ?? 'role', 'fieldData.unknownRole', { value: row.role, accepted: book.roleNames() });
    const at: ElementSource = { ...row.source, fields: { ...row.source.fields, person: column(row.name), organisation: column(row.organisation) } };
    member(person, organisation, role ?? 'member', row.waves, at, [labelOf(person), labelOf(organisation)]);
  }

  for (const row of survey.nominations) {
    const { respondent, contact, contactOrganisation, respondentOrganisation } = row;
    if (respondent.text === '') addAt(problems, row.source, column(respondent), 'names.noRespondent');
    if (contact.text === '' && contactOrganisation.text === '')
      addAt(problems, row.source, row.source.fields['contact'] ? column(contact) : column(contactOrganisation), 'names.noContact');
    if (respondent.text === '' || (contact.text === '' && contactOrganisation.text === '')) continue;
    const source = actorFor('person', respondent);
    // a row naming only an organisation is a tie to the organisation
    const target = contact.text !== '' ? actorFor('person', contact) : actorFor('organisation', contactOrganisation);
    if (source === 'skip' || target === 'skip') {
      skippedRows++;
      continue;
    }
    if (source === null || target === null) continue;
    const type = row.type === '' ? book.code('tieTypes', 'collaboration') : coded(row.source, 'tieTypes', 'type', row.type);
    const raw = {
      id: idOf('t', [labelOf(source), labelOf(target)], takenTies),
      source,
      target,
      type,
      directed: row.directed ?? true,
      strength: row.strength,
      // the power fields, evidence and the rest take the model's defaults: unknown, none
      evidence: row.evidence,
      attributes: row.attributes,
      notes: row.notes,
      waves: row.waves,
    };
    // the tie's ends are named by the columns their names are in
    const at: ElementSource = { ...row.source, fields: { ...row.source.fields, source: column(respondent), target: column(contact.text !== '' ? contact : contactOrganisation) } };
    const tie = validateElement(ElementSchemas.tie, raw, at, problems);
    if (tie) ties.push({ value: tie, source: at });
    for (const [person, organisation] of [
      [source, respondentOrganisation],
      [contact.text === '' ? null : target, contactOrganisation],
    ] as const) {
      if (person === null || organisation.text === '') continue;
      const org = actorFor('organisation', organisation);
      if (org === 'skip' || org === null) continue;
      const at: ElementSource = { ...row.source, fields: { ...row.source.fields, person: column(person === source ? respondent : contact), organisation: column(organisation) } };
      member(person, org, 'member', row.waves, at, [labelOf(person), labelOf(org)]);
    }
  }

  const actors = [...newActors.values()];
  const known = new Set(base.waves.map((w) => w.id as string));
  const waves: Wave[] = [...new Set([...actors, ...ties, ...memberships].flatMap((e) => e.value.waves))]
    .filter((id) => !known.has(id) && WaveIdSchema.safeParse(id).success)
    .map((id) => ({ id: WaveIdSchema.parse(id), label: id, date: null }));
  const settings = { ...base.settings };
  if (!project) {
    // a new project's scale covers the survey's strengths, as a new project from any file's does
    const strengths = ties.flatMap((t) => (t.value.strength === null ? [] : [t.value.strength]));
    if (strengths.length > 0)
      settings.strengthScale = { min: Math.min(settings.strengthScale.min, ...strengths), max: Math.max(settings.strengthScale.max, ...strengths) };
  }

  // the project with the survey added, against the same rules as every project; only what the survey adds is its problem
  const merged: ProjectData = {
    ...base,
    settings,
    codebooks: book.codebooks,
    waves: [...base.waves, ...waves],
    actors: [...base.actors, ...actors.map((a) => a.value)],
    memberships: [...base.memberships, ...memberships.map((m) => m.value)],
    ties: [...base.ties, ...ties.map((t) => t.value)],
  };
  const added = { actors: [base.actors.length, actors], memberships: [base.memberships.length, memberships], ties: [base.ties.length, ties] } as const;
  for (const p of checkProject(merged)) {
    const [collection, index, field] = p.path;
    if (typeof collection !== 'string' || typeof index !== 'number' || !Object.hasOwn(added, collection)) continue;
    const [from, reads] = added[collection as keyof typeof added];
    const element = (reads as ReadonlyArray<Read<object>>)[index - from];
    if (!element) continue;
    addAt(problems, element.source, field === undefined ? undefined : sourceField(element.source, p.path.slice(2)), p.key, p.params);
  }
  problems.throwIfAny(survey.label);

  return {
    data: {
      meta: { name: survey.name, description: '' },
      settings,
      codebooks: book.codebooks,
      waves,
      actors: actors.map((a) => a.value),
      memberships: memberships.map((m) => m.value),
      ties: ties.map((t) => t.value),
      forums: [],
      activities: [],
      positions: {},
      views: [],
    },
    names: resolution.entries,
    skippedRows,
  };
}
