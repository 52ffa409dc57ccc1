import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { FileBytes } from '../../src/core/format/files';
import { readSurvey } from '../../src/core/format/tables/read-survey';
import { nameKey } from '../../src/core/matching';
import { ProjectStore } from '../../src/main/engine/project-store';
import { forbiddenIn, runInProcess } from '../helpers/cli-run';
import { call, failure, setup } from '../helpers/service';
import { storeOptions } from '../helpers/store';
import { sha256, tempDir } from '../helpers/temp';
import { copySample } from './fixtures/sample';

/** The survey workbook, written by openpyxl (tests/fixtures/survey/make_survey.py). */
const WORKBOOK = join(import.meta.dirname, '../fixtures/survey/navnegenerator.xlsx');
const workbook = (): FileBytes => ({ name: 'navnegenerator.xlsx', bytes: new Uint8Array(readFileSync(WORKBOOK)) });
const cli = (args: readonly string[]) => runInProcess(args, { BROBYGGER_DATA_DIR: tempDir('brobygger-data-') });

interface NameJson {
  name: string;
  kind: 'person' | 'organisation';
  decision: string;
  actorId: string | null;
  score: number | null;
  sameAs: string | null;
  candidates: Array<{ actorId: string; label: string; score: number }>;
}
interface PlanJson {
  dryRun: boolean;
  counts: Record<'added' | 'changed' | 'removed', Record<string, number>>;
  added: Array<{ collection: string; id: string; label: string }>;
  names: NameJson[];
  skippedRows: number;
}

/** The rows of the name generator as openpyxl reads them: respondent, contact, organisation, strength. */
function rowsByOpenpyxl(): Array<[string | null, string | null, string | null, number | null]> {
  const script = [
    'import json, sys',
    'from openpyxl import load_workbook',
    'ws = load_workbook(sys.argv[1])["Navnegenerator"]',
    'print(json.dumps([[r[0], r[2], r[3], r[5]] for r in ws.iter_rows(min_row=3, values_only=True)]))',
  ].join('\n');
  return JSON.parse(execFileSync('/usr/bin/python3', ['-c', script, WORKBOOK], { encoding: 'utf8' })) as Array<[string | null, string | null, string | null, number | null]>;
}

describe('a name-generator workbook written by openpyxl', () => {
  it('is read row for row as openpyxl reads it, below its title row, numbers as numbers', async () => {
    const survey = await readSurvey([workbook()], 'xlsx');
    expect(survey?.mapping.tables.nominations).toMatchObject({ source: 'Navnegenerator', headerRow: 2 });
    expect(survey?.mapping.tables.roster).toMatchObject({ source: 'Deltagerliste', headerRow: 1 });
    const ours = survey?.nominations.map((r) => [r.respondent.text || null, r.contact.text || null, r.contactOrganisation.text || null, r.strength]);
    expect(ours).toEqual(rowsByOpenpyxl());
  });

  it('is refused into the sample without --match-names, naming each undecided name by sheet, row and column, and nothing is written', async () => {
    const project = copySample(tempDir());
    const before = sha256(project);
    const run = await cli(['import', WORKBOOK, '--into', project, '--lang', 'en']);
    expect(run.code).toBe(2);
    expect(forbiddenIn(run.err)).toEqual([]);
    expect(run.err.split('\n')).toEqual([
      'Error: navnegenerator.xlsx: 3 problems in the data. Names that are not exactly names in the project are imported only once decided: with --match-names (suggestions are taken, names without a match become new actors) or in a mapping (--mapping, "names").',
      '  navnegenerator.xlsx, sheet "Deltagerliste" row 2, column Navn: "Lise Bæk" is not a person in the project',
      '  navnegenerator.xlsx, sheet "Navnegenerator" row 4, column Navn på kontakt: "M. Lund" is not exactly a name in the project; the closest is "Mette Lund" (p-mette-lund), similarity 0.845',
      '  navnegenerator.xlsx, sheet "Navnegenerator" row 5, column Navn på kontakt: "Ahmad K." is not a person in the project',
      '',
    ]);
    expect(sha256(project)).toBe(before);
  });

  it('shows on a dry run with --match-names what every name becomes, and writes nothing', async () => {
    const project = copySample(tempDir());
    const before = sha256(project);
    const run = await cli(['import', WORKBOOK, '--into', project, '--match-names', '--dry-run', '--json']);
    expect(run.err).toBe('');
    const plan = JSON.parse(run.out) as PlanJson;
    const byName = (name: string) => plan.names.find((n) => n.name === name);
    expect(plan.names.map((n) => [n.kind, n.name, n.decision, n.actorId])).toEqual([
      ['person', 'Lise Bæk', 'new', 'p-lise-baek'],
      ['person', 'Jens Møller', 'exact', 'p-jens-moeller'],
      ['person', 'Maja Sørensen', 'exact', 'p-maja-soerensen'],
      ['person', 'Mette Lund', 'exact', 'p-mette-lund'],
      ['person', 'M. Lund', 'suggested', 'p-mette-lund'],
      ['person', 'Aase Østergaard', 'exact', 'p-aase-oestergaard'],
      ['person', 'Ahmad K.', 'new', 'p-ahmad-k'],
      ['organisation', 'Frivilligcenter Bro', 'exact', 'org-frivilligcenter'],
      ['organisation', 'Jobcenter Bro', 'exact', 'org-jobcenter'],
      ['organisation', 'Røde Kors Bro', 'exact', 'org-roede-kors'],
      ['organisation', 'Integrationsafdelingen', 'exact', 'org-integration'],
      ['organisation', 'Bro Boldklub', 'exact', 'org-boldklub'],
    ]);
    expect(byName('M. Lund')).toMatchObject({ score: 0.845, candidates: [{ actorId: 'p-mette-lund', label: 'Mette Lund', score: 0.845 }] });
    expect(plan.counts.added).toMatchObject({ actors: 2, ties: 6, memberships: 2 });
    expect(plan.skippedRows).toBe(0);
    expect(plan.dryRun).toBe(true);
    expect(sha256(project)).toBe(before);
  });

  it('imports with the decisions of a mapping as one step, which undo takes back whole', async () => {
    const dir = tempDir();
    const project = copySample(dir);
    const mapping = join(dir, 'navne.json');
    // decisions alone: the tables are the ones suggested
    writeFileSync(
      mapping,
      JSON.stringify({ format: 'brobygger-mapping', version: 1, names: { 'M. Lund': 'p-mette-lund', 'Ahmad K.': 'skip', 'lise bæk': 'new' } }),
    );
    const store = ProjectStore.open(project, storeOptions({ readonly: true }));
    const before = store.read();
    store.close();

    const run = await cli(['import', WORKBOOK, '--into', project, '--mapping', mapping, '--lang', 'en']);
    expect(run.err).toBe('');
    expect(run.out).toBe(
      `Imported navnegenerator.xlsx into ${project}: 1 actor, 1 membership, and 5 ties added. One step that can be undone.\n1 row is left out because a name in it is skipped.\n`,
    );
    const after = ProjectStore.open(project, storeOptions());
    const data = after.read();
    expect(data.actors.find((a) => a.id === 'p-lise-baek')).toMatchObject({ label: 'Lise Bæk', kind: 'person', sector: 'civil_society' });
    expect(data.ties.filter((t) => t.target === 'p-lise-baek').map((t) => t.source)).toEqual(['p-aase-oestergaard', 'p-jens-moeller']);
    expect(data.ties.find((t) => t.source === 'p-jens-moeller' && t.target === 'org-boldklub')).toMatchObject({ directed: true, strength: 2, evidence: { source: 'Interview 3' } });
    expect(data.actors.some((a) => a.label.startsWith('Ahmad'))).toBe(false);
    expect(after.historyState().undo).toEqual({ key: 'history.import', params: { file: 'navnegenerator.xlsx' } });
    after.undo();
    expect(after.read()).toEqual(before);
    after.close();
  });

  it('names a sheet of names without a respondent by file, sheet and the columns it has', async () => {
    const dir = tempDir();
    const file = join(dir, 'uden.xlsx');
    const script = [
      'import sys',
      'from openpyxl import Workbook',
      'wb = Workbook(); ws = wb.active; ws.title = "Navnegenerator"',
      'ws.append(["Navn på kontakt", "Kontaktens organisation"]); ws.append(["Ahmad", "Røde Kors"])',
      'wb.save(sys.argv[1])',
    ].join('\n');
    execFileSync('/usr/bin/python3', ['-c', script, file]);
    const run = await cli(['import', file, '--into', copySample(dir), '--lang', 'en']);
    expect(run.code).toBe(2);
    expect(run.err).toContain('  uden.xlsx, sheet "Navnegenerator": the column "respondent"/');
    expect(run.err).toContain('is missing; the file has the columns: Navn på kontakt, Kontaktens organisation');
  });
});

describe('a survey through the app’s service', () => {
  /** A name generator as Danish Excel saves CSV: `;`, a byte-order mark, and a decimal comma. */
  const CSV = '\uFEFFRespondent;Navn på kontakt;Kontaktens organisation;Styrke\nSørensen, Maja;Ahmad K.;Roede Kors Bro;4\nAase Østergaard;M. Lund;;2,5\nÅse Østergaard;;Bro Boldklub;\n';

  it('previews the names against the open project, plans the wizard’s decisions, imports, and undoes', async () => {
    const s = setup();
    const service = s.start();
    service.startup();
    const before = await call(service, 'getProject', {});
    const file = join(tempDir(), 'svar.csv');
    writeFileSync(file, CSV);

    const preview = await call(service, 'previewImport', { source: { path: file } });
    expect(preview.mapping.tables.nominations?.columns).toMatchObject({ respondent: 'Respondent', contact: 'Navn på kontakt', strength: 'Styrke' });
    expect(preview.names?.refusal).toBeNull();
    expect(preview.names?.entries.map((n) => [n.name, n.match, n.decision, n.candidates[0]?.actorId ?? null])).toEqual([
      ['Sørensen, Maja', 'exact', 'exact', 'p-maja-soerensen'],
      ['Ahmad K.', 'none', 'undecided', null],
      ['Aase Østergaard', 'exact', 'exact', 'p-aase-oestergaard'],
      ['M. Lund', 'suggested', 'undecided', 'p-mette-lund'],
      ['Roede Kors Bro', 'exact', 'exact', 'org-roede-kors'],
      ['Bro Boldklub', 'exact', 'exact', 'org-boldklub'],
    ]);

    // undecided names are refused by place, as the check step shows them
    const refused = await failure(service, 'planImport', { source: { path: file } });
    expect(refused.problems.map((p) => [p.key, p.at?.row, p.at?.column])).toEqual([
      ['names.newPerson', 1, 'Navn på kontakt'],
      ['names.notExact', 2, 'Navn på kontakt'],
    ]);

    // the wizard's decisions: the suggestion confirmed, the unknown name a new person
    const mapping = { ...preview.mapping, names: { 'M. Lund': 'p-mette-lund', 'Ahmad K.': 'new' } };
    const plan = await call(service, 'planImport', { source: { path: file }, mapping });
    expect(plan.added.map((r) => r.label)).toEqual(['Ahmad K.', 'Ahmad K. – Røde Kors Bro', 'Maja Sørensen – Ahmad K.', 'Åse Østergaard – Mette Lund', 'Åse Østergaard – Bro Boldklub']);
    expect(plan.skippedRows).toBe(0);
    expect(plan.names?.find((n) => n.name === 'M. Lund')).toMatchObject({ decision: 'decided', fromMapping: true, actorId: 'p-mette-lund' });

    const { plan: applied } = await call(service, 'applyImport', { source: { path: file }, mapping });
    expect(applied.added).toHaveLength(5);
    const after = await call(service, 'getProject', {});
    expect(after?.data.ties.find((t) => t.target === 'p-mette-lund' && t.source === 'p-aase-oestergaard' && t.strength === 2.5)).toBeDefined();
    await call(service, 'undo', {});
    expect((await call(service, 'getProject', {}))?.data).toEqual(before?.data);
  });

  it('matches nothing for a new project, where every name becomes an actor', async () => {
    const s = setup();
    const service = s.start();
    service.startup();
    const file = join(tempDir(), 'svar.csv');
    writeFileSync(file, CSV);
    const preview = await call(service, 'previewImport', { source: { path: file }, intoNew: true });
    expect(preview.names?.entries.every((n) => n.candidates.length === 0)).toBe(true);
    const path = join(tempDir(), 'Ny');
    // "M. Lund" is like no other name of the file: each name is a new actor
    await call(service, 'applyImport', { source: { path: file }, newProject: { path, name: 'Ny' } });
    const project = await call(service, 'getProject', {});
    expect(project?.data.actors.map((a) => [a.label, a.kind])).toEqual([
      ['Maja Sørensen', 'person'],
      ['Ahmad K.', 'person'],
      ['Roede Kors Bro', 'organisation'],
      ['Aase Østergaard', 'person'],
      ['M. Lund', 'person'],
      ['Bro Boldklub', 'organisation'],
    ]);
    expect(new Set(project?.data.actors.map((a) => nameKey(a.label))).size).toBe(6);
  });

  it('says in the preview why a survey’s sheet cannot be read', async () => {
    const s = setup();
    const service = s.start();
    service.startup();
    const file = join(tempDir(), 'navnegenerator.csv');
    writeFileSync(file, 'Respondent;Styrke\nÅse;3\n');
    const preview = await call(service, 'previewImport', { source: { path: file } });
    expect(preview.names).toMatchObject({ entries: [], refusal: { key: 'errors.invalidData', problems: [{ key: 'names.missingContact' }] } });
  });
});
