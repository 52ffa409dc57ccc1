import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { UserError } from '../../src/core/errors';
import { checkProject } from '../../src/core/rules/project-rules';
import { ActorInputSchema, MembershipInputSchema } from '../../src/core/commands';
import type { FileBytes } from '../../src/core/format/files';
import { IMPORT_MAPPING_FORMAT, type ImportMapping } from '../../src/core/format/tables/mapping';
import { readSurvey, type SurveyRead } from '../../src/core/format/tables/read-survey';
import { suggestMapping } from '../../src/core/format/tables/suggest';
import { csvSheet } from '../../src/core/format/tables/csv-sheets';
import { planImport } from '../../src/core/import/plan';
import { resolveSurvey } from '../../src/core/import/resolve-names';
import { defaultCodebooks, defaultSettings } from '../../src/core/model/defaults';
import type { Actor, ActorKind, Membership, ProjectData } from '../../src/core/model/schema';
import { refused, rejected, worded } from '../helpers/refused';

const actor = (id: string, label: string, kind: ActorKind = 'person'): Actor => ({ ...ActorInputSchema.parse({ kind, label }), id: id as Actor['id'] });
const membership = (id: string, person: string, organisation: string): Membership => ({
  ...MembershipInputSchema.parse({ person, organisation, role: 'employee' }),
  id: id as Membership['id'],
});

/** A small project: three persons, an association and a municipal department. */
const project = (): ProjectData => ({
  meta: { name: 'Bro', description: '' },
  settings: defaultSettings(),
  codebooks: defaultCodebooks(),
  waves: [],
  actors: [
    actor('p-mette', 'Mette Sørensen'),
    actor('p-aase', 'Åse Holm'),
    actor('p-ahmad', 'Ahmad Karimi'),
    actor('org-rk', 'Røde Kors Bro', 'organisation'),
    actor('org-job', 'Jobcenter Bro', 'department'),
  ],
  memberships: [membership('m-1', 'p-mette', 'org-job')],
  ties: [],
  forums: [],
  activities: [],
  views: [],
  positions: {},
});

const csv = (name: string, text: string): FileBytes => ({ name, bytes: new TextEncoder().encode(text) });
const HEADER = 'Respondent;Navn på kontakt;Kontaktens organisation;Relationstype;Hyppighed;Citat;Interview\n';

async function survey(rows: string, decisions: Partial<Pick<ImportMapping, 'names' | 'organisations'>> = {}, header = HEADER): Promise<SurveyRead> {
  const file = csv('navnegenerator.csv', header + rows);
  const suggested = suggestMapping([csvSheet(file)]);
  const read = await readSurvey([file], 'csv', { ...suggested, ...decisions });
  if (!read) throw new Error('read as a survey');
  return read;
}

describe('reading a name generator', () => {
  it('recognises the sheet and its Danish columns by their headers', () => {
    const m = suggestMapping([csvSheet(csv('svar.csv', HEADER))]);
    expect(m.tables).toEqual({
      nominations: {
        source: 'svar.csv',
        headerRow: 1,
        columns: {
          respondent: 'Respondent',
          contact: 'Navn på kontakt',
          contactOrganisation: 'Kontaktens organisation',
          type: 'Relationstype',
          strength: 'Hyppighed',
          'evidence.quote': 'Citat',
          'evidence.source': 'Interview',
        },
        values: {},
      },
    });
  });

  it('recognises English headers and a roster', () => {
    const nominations = suggestMapping([csvSheet(csv('survey.csv', 'respondent,alter,contact organisation,strength\n'))]);
    expect(nominations.tables.nominations?.columns).toEqual({ respondent: 'respondent', contact: 'alter', contactOrganisation: 'contact organisation', strength: 'strength' });
    const roster = suggestMapping([csvSheet(csv('people.csv', 'Navn,Arbejdssted,Rolle\n'))]);
    expect(roster.tables.roster?.columns).toEqual({ name: 'Navn', organisation: 'Arbejdssted', role: 'Rolle' });
  });

  it('is not taken for a table of actors or memberships by id', () => {
    expect(Object.keys(suggestMapping([csvSheet(csv('a.csv', 'id,navn,organisation\n'))]).tables)).toEqual(['actors']);
    expect(Object.keys(suggestMapping([csvSheet(csv('m.csv', 'person,organisation\n'))]).tables)).toEqual(['memberships']);
  });
});

describe('names matched to the project, spelled the Danish ways', () => {
  it('takes "Soerensen, Mette" as Mette Sørensen, and "Aase Holm" as Åse Holm, exactly', async () => {
    const read = await survey('Soerensen, Mette;Aase Holm;;samarbejde;4;"Vi ringer sammen";Interview 3\n');
    const { data, names } = resolveSurvey(read, project(), 'strict');
    // the name as the file writes it, the actor as the project has it
    expect(names.map((n) => [n.name, n.decision, n.actorId])).toEqual([
      ['Soerensen, Mette', 'exact', 'p-mette'],
      ['Aase Holm', 'exact', 'p-aase'],
    ]);
    expect(data.actors).toEqual([]);
    expect(data.ties).toEqual([
      expect.objectContaining({
        source: 'p-mette',
        target: 'p-aase',
        type: 'collaboration',
        directed: true,
        strength: 4,
        evidence: { source: 'Interview 3', quote: 'Vi ringer sammen', confidence: null },
      }),
    ]);
  });

  it('suggests "M. Sørensen" for Mette Sørensen (0.7 × (2 × 1.9 / 4) + 0.3 × (1 − 4/15) = 0.885), but does not take it without a decision', async () => {
    const read = await survey('Åse Holm;M. Sørensen;;;;;\nAhmad Karimi;M. Sørensen;;;;;\n');
    const e = refused(() => resolveSurvey(read, project(), 'strict'));
    expect(worded(e.problems)).toEqual([
      {
        where: 'navnegenerator.csv row 1, column Navn på kontakt',
        message: '"M. Sørensen" (rows 1, 2) is not exactly a name in the project; the closest is "Mette Sørensen" (p-mette), similarity 0.885',
      },
    ]);
  });

  it('takes the suggestion when names are matched, and says so with its score', async () => {
    const read = await survey('Åse Holm;M. Sørensen;;;;;\n');
    const { names, data } = resolveSurvey(read, project(), 'match');
    expect(names[1]).toMatchObject({ name: 'M. Sørensen', match: 'suggested', decision: 'suggested', actorId: 'p-mette', score: 0.885 });
    expect(data.ties[0]).toMatchObject({ source: 'p-aase', target: 'p-mette' });
  });

  it('makes two spellings of one new name in the file one new actor', async () => {
    const read = await survey('Åse Holm;Lise Bæk;;;;;\nAhmad Karimi;baek, lise;;;;;\nMette Sørensen;LISE  BÆK;;;;;\n');
    const { data, names } = resolveSurvey(read, project(), 'match');
    expect(names.find((n) => n.name === 'Lise Bæk')).toMatchObject({ spellings: ['Lise Bæk', 'baek, lise', 'LISE  BÆK'], count: 3, decision: 'new', actorId: 'p-lise-baek' });
    expect(data.actors.map((a) => [a.id, a.label, a.kind])).toEqual([['p-lise-baek', 'Lise Bæk', 'person']]);
    expect(data.ties.map((t) => t.target)).toEqual(['p-lise-baek', 'p-lise-baek', 'p-lise-baek']);
  });

  it('joins an initial to the fuller name in the same file when names are matched', async () => {
    const read = await survey('Åse Holm;Lise Bæk;;;;;\nAhmad Karimi;L. Bæk;;;;;\n');
    const { data, names } = resolveSurvey(read, project(), 'match');
    expect(names.find((n) => n.name === 'L. Bæk')).toMatchObject({ decision: 'same', sameAs: 'Lise Bæk', actorId: 'p-lise-baek' });
    expect(data.actors.map((a) => a.label)).toEqual(['Lise Bæk']);
  });

  it('asks about a name like another in the file even in a project without persons', async () => {
    const read = await survey('Åse Holm;Lise Bæk;;;;;\nAhmad Karimi;L. Bæk;;;;;\n');
    const e = refused(() => resolveSurvey(read, null, 'strict'));
    expect(worded(e.problems).map((p) => p.message)).toEqual(['"L. Bæk" is like "Lise Bæk" in the same file (similarity 0.865); decide whether it is the same']);
    // decided, the file reads whole into a new project
    const decided = await survey('Åse Holm;Lise Bæk;;;;;\nAhmad Karimi;L. Bæk;;;;;\n', { names: { 'L. Bæk': { sameAs: 'Lise Bæk' } } });
    expect(resolveSurvey(decided, null, 'strict').data.actors.map((a) => a.id)).toEqual(['p-aase-holm', 'p-lise-baek', 'p-ahmad-karimi']);
  });

  it('does not take "Hans Jensen" for "Jens Hansen"', async () => {
    const p = project();
    p.actors.push(actor('p-jens', 'Jens Hansen'));
    const read = await survey('Hans Jensen;Åse Holm;;;;;\n');
    const { names } = resolveSurvey(read, p, 'match');
    expect(names[0]).toMatchObject({ name: 'Hans Jensen', decision: 'new', actorId: 'p-hans-jensen' });
  });
});

describe('the user’s decisions', () => {
  it('takes an actor, a new actor and a skip from the mapping, and counts the rows left out', async () => {
    const read = await survey('Åse Holm;Ahmad K.;;;;;\nÅse Holm;Lise;;;;;\nÅse Holm;Ukendt;;;;;\nMette Sørensen;Ukendt;;;;;\n', {
      names: { 'Ahmad K.': 'p-ahmad', Lise: 'new', Ukendt: 'skip' },
    });
    const { data, names, skippedRows } = resolveSurvey(read, project(), 'strict');
    expect(names.map((n) => [n.name, n.decision, n.fromMapping, n.actorId])).toEqual([
      ['Åse Holm', 'exact', false, 'p-aase'],
      ['Ahmad K.', 'decided', true, 'p-ahmad'],
      ['Lise', 'new', true, 'p-lise'],
      ['Ukendt', 'skip', true, null],
      ['Mette Sørensen', 'exact', false, 'p-mette'],
    ]);
    expect(skippedRows).toBe(2);
    expect(data.ties.map((t) => [t.source, t.target])).toEqual([
      ['p-aase', 'p-ahmad'],
      ['p-aase', 'p-lise'],
    ]);
  });

  it('overrides an exact match and a suggestion when the mapping says so', async () => {
    const read = await survey('Åse Holm;Mette Sørensen;;;;;\n', { names: { 'mette sørensen': 'new' } });
    expect(resolveSurvey(read, project(), 'match').names[1]).toMatchObject({ decision: 'new', actorId: 'p-mette-soerensen' });
  });

  it('refuses a decision naming an actor the project lacks, or one of another kind', async () => {
    const read = await survey('Åse Holm;Ahmad K.;Røde Kors;;;;\n', { names: { 'Ahmad K.': 'p-nobody' }, organisations: { 'Røde Kors': 'p-mette' } });
    const e = refused(() => resolveSurvey(read, project(), 'strict'));
    expect(worded(e.problems).map((p) => p.message)).toEqual([
      'the mapping makes "Ahmad K." the actor "p-nobody", which the project does not have',
      'the mapping makes "Røde Kors" "p-mette", which is another kind of actor (a person must be a person; an organisation an organisation or department)',
    ]);
  });
});

describe('organisations written as free text', () => {
  it('matches them among organisations and departments, and makes memberships once per pair', async () => {
    const read = await survey('Åse Holm;Ahmad Karimi;Roede Kors Bro;;;;\nMette Sørensen;Ahmad Karimi;Røde Kors Bro;;;;\nÅse Holm;Mette Sørensen;Jobcenter Bro;;;;\n');
    const { data, names } = resolveSurvey(read, project(), 'strict');
    expect(names.filter((n) => n.kind === 'organisation').map((n) => [n.name, n.decision, n.actorId])).toEqual([
      ['Roede Kors Bro', 'exact', 'org-rk'],
      ['Jobcenter Bro', 'exact', 'org-job'],
    ]);
    // Mette is already in the jobcentre: no second membership
    expect(data.memberships.map((m) => [m.id, m.person, m.organisation, m.role])).toEqual([['m-ahmad-karimi-roede-kors-bro', 'p-ahmad', 'org-rk', 'member']]);
  });

  it('ties the respondent to the organisation where no person is named, and to the respondent’s own organisation by membership', async () => {
    const header = 'Respondent;Respondentens organisation;Kontakt;Kontaktens organisation\n';
    const read = await survey('Åse Holm;Frivilligcenter Bro;;Jobcenter Bro\n', {}, header);
    const { data, names } = resolveSurvey(read, project(), 'match');
    expect(names.find((n) => n.name === 'Frivilligcenter Bro')).toMatchObject({ kind: 'organisation', decision: 'new', actorId: 'org-frivilligcenter-bro' });
    expect(data.actors.map((a) => [a.id, a.kind])).toEqual([['org-frivilligcenter-bro', 'organisation']]);
    expect(data.ties.map((t) => [t.source, t.target])).toEqual([['p-aase', 'org-job']]);
    expect(data.memberships.map((m) => [m.person, m.organisation])).toEqual([['p-aase', 'org-frivilligcenter-bro']]);
  });

  it('plans the result as one import adding only what is new', async () => {
    const read = await survey('Åse Holm;Lise Bæk;Røde Kors Bro;samarbejde;3;;\n');
    const current = project();
    const { data } = resolveSurvey(read, current, 'match');
    const plan = planImport(current, data, { updateById: false, removeMissing: false });
    expect(plan.added.map((r) => `${r.collection}:${r.id}`)).toEqual(['actors:p-lise-baek', 'memberships:m-lise-baek-roede-kors-bro', 'ties:t-aase-holm-lise-baek']);
    expect(plan.changed).toEqual([]);
    expect(plan.codes).toEqual([]);
  });
});

describe('a roster', () => {
  it('gives persons with their organisation and role, new persons with their sector', async () => {
    const file = csv('deltagerliste.csv', 'Navn;Arbejdssted;Rolle;Sektor;Alder\nSørensen, Mette;Jobcenter Bro;Leder;Kommune;51\nLise Bæk;Røde Kors Bro;Frivillig;Civilsamfund;34\n');
    const read = await readSurvey([file], 'csv');
    if (!read) throw new Error('a roster');
    const { data, names } = resolveSurvey(read, project(), 'match');
    expect(names.map((n) => [n.kind, n.name, n.decision])).toEqual([
      ['person', 'Sørensen, Mette', 'exact'],
      ['person', 'Lise Bæk', 'new'],
      ['organisation', 'Jobcenter Bro', 'exact'],
      ['organisation', 'Røde Kors Bro', 'exact'],
    ]);
    expect(data.actors).toEqual([expect.objectContaining({ id: 'p-lise-baek', label: 'Lise Bæk', sector: 'civil_society', attributes: { Alder: 34 } })]);
    expect(data.memberships.map((m) => [m.person, m.organisation, m.role])).toEqual([['p-lise-baek', 'org-rk', 'volunteer']]);
  });
});

describe('bad input, named by file, row and column, with nothing read', () => {
  it('refuses a name generator without a respondent column, naming the columns it has', async () => {
    const file = csv('svar.csv', 'Navn på kontakt;Kontaktens organisation\nAhmad;Røde Kors\n');
    const m: ImportMapping = { format: IMPORT_MAPPING_FORMAT, version: 1, unknownCodes: 'add', tables: { nominations: { source: 'svar.csv', headerRow: 1, columns: {}, values: {} } } };
    const e = await rejected(() => readSurvey([file], 'csv', m));
    expect(worded(e.problems)).toEqual([
      {
        where: 'svar.csv',
        message:
          'the column "respondent"/"respondentens_navn"/"respondent_name"/"besvaret_af"/"informant"/"interviewperson"/"ego" is missing; the file has the columns: Navn på kontakt, Kontaktens organisation',
      },
    ]);
  });

  it('refuses a name generator that says nothing of whom the respondent named', async () => {
    const e = await rejected(() => survey('Åse;3\n', {}, 'Respondent;Styrke\n'));
    expect(worded(e.problems)[0]?.message).toBe(
      'the column of whom the respondent named is missing: "kontakt"/"navn på kontakt"/"kontaktens navn" or "kontaktens organisation"/"kontaktens arbejdssted"/"organisation"; the file has the columns: Respondent, Styrke',
    );
  });

  it('names every empty name, strength that is no number and tie to oneself, and reads nothing', async () => {
    const read = await survey(';Ahmad Karimi;;;;;\nÅse Holm;;;;;;\nÅse Holm;Ahmad Karimi;;;mange;;\nÅse Holm;Aase Holm;;;;;\n');
    const e = refused(() => resolveSurvey(read, project(), 'strict'));
    expect(e.params).toMatchObject({ file: 'navnegenerator.csv', count: 4 });
    expect(worded(e.problems)).toEqual([
      { where: 'navnegenerator.csv row 1, column Respondent', message: 'the respondent is empty; every row must say who answered' },
      { where: 'navnegenerator.csv row 2, column Navn på kontakt', message: 'the row names no contact (neither a person nor an organisation)' },
      { where: 'navnegenerator.csv row 3, column Hyppighed', message: '"mange" is not a number' },
      { where: 'navnegenerator.csv row 4, column Navn på kontakt', message: 'a tie needs two different actors' },
    ]);
  });

  it('refuses a strength off the project’s scale at its row', async () => {
    const read = await survey('Åse Holm;Ahmad Karimi;;;9;;\n');
    const e = refused(() => resolveSurvey(read, project(), 'strict'));
    expect(worded(e.problems)).toEqual([{ where: 'navnegenerator.csv row 1, column Hyppighed', message: expect.stringContaining('9') as string }]);
  });

  it('refuses a sheet of names that has no rows', async () => {
    const read = await survey('');
    expect((refused(() => resolveSurvey(read, project(), 'strict'))).key).toBe('names.noRows');
  });
});

describe('a survey from anywhere', () => {
  /** Reads and resolves a survey; what it throws, unless a UserError. */
  async function crash(text: string, into: ProjectData | null, policy: 'strict' | 'match'): Promise<unknown> {
    try {
      const read = await readSurvey([csv('navnegenerator.csv', text)], 'csv');
      if (!read) return undefined;
      const { data } = resolveSurvey(read, into, policy);
      // whole or nothing: what is returned, added to the project, keeps every rule
      const base = into ?? { ...project(), actors: [], memberships: [] };
      const merged = { ...base, codebooks: data.codebooks, settings: data.settings, waves: [...base.waves, ...data.waves], actors: [...base.actors, ...data.actors], ties: [...base.ties, ...data.ties], memberships: [...base.memberships, ...data.memberships] };
      expect(checkProject(merged)).toEqual([]);
      return undefined;
    } catch (e) {
      return e instanceof UserError ? undefined : e;
    }
  }

  it('never throws anything but a UserError, and never returns a half-read survey, for random rows', async () => {
    const cell = fc.oneof(
      fc.string({ maxLength: 12 }),
      fc.constantFrom('', ' ', 'Åse Holm', 'Aase Holm', 'Holm, Åse', 'M. Sørensen', 'Mette Sørensen', 'Røde Kors Bro', 'Jobcenter Bro', '3', '2,5', '9', '"', ';', '\n', 'new', 'skip'),
    );
    const row = fc.array(cell, { minLength: 1, maxLength: 8 }).map((cells) => cells.join(';'));
    await fc.assert(
      fc.asyncProperty(fc.array(row, { maxLength: 8 }), fc.boolean(), fc.constantFrom('strict' as const, 'match' as const), async (rows, intoProject, policy) => {
        expect(await crash(HEADER + rows.join('\n'), intoProject ? project() : null, policy)).toBeUndefined();
      }),
      { numRuns: 300 },
    );
  });
});
