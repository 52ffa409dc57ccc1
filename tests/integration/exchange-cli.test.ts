import Database from 'better-sqlite3';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXTENSION_OF, FORMAT_IDS } from '../../src/core/format/files';
import { CODECS } from '../../src/core/format/registry';
import type { ProjectData } from '../../src/core/model/schema';
import { ProjectStore } from '../../src/main/engine/project-store';
import { runInProcess } from '../helpers/cli-run';
import { storeOptions } from '../helpers/store';
import { sha256, tempDir } from '../helpers/temp';
import { copySample } from './fixtures/sample';

type Exported = ProjectData & { format: string; version: number };

/**
 * Every byte an export wrote (every file in a folder, and in the folders inside it), as text both
 * as UTF-8 and as Windows-1252 (Pajek and DL files may be either), and inside a zipped workbook
 * every part of it (unzipped by Python's zipfile).
 */
function everyByteOf(path: string): string {
  const filesIn = (p: string): string[] => (statSync(p).isDirectory() ? readdirSync(p).flatMap((f) => filesIn(join(p, f))) : [p]);
  return filesIn(path)
    .map((file) => {
      const bytes = readFileSync(file);
      const parts = bytes.subarray(0, 2).toString('latin1') === 'PK' ? unzipped(file) : [bytes];
      return parts.map((b) => `${b.toString('utf8')}\n${b.toString('latin1')}`).join('\n');
    })
    .join('\n');
}
function unzipped(file: string): Buffer[] {
  const script = 'import sys, zipfile, base64\nz = zipfile.ZipFile(sys.argv[1])\nfor n in z.namelist(): print(base64.b64encode(z.read(n)).decode())';
  const out = execFileSync('/usr/bin/python3', ['-c', script, file], { encoding: 'utf8', maxBuffer: 1 << 28 });
  return out.trim().split('\n').map((line) => Buffer.from(line, 'base64'));
}
/** A text as each format may write it: as it is, escaped for XML (either way), quoted for CSV, as one DL label. */
const writtenForms = (s: string) => [
  s,
  escapeXml(s),
  s.replace(/'/g, '&#39;').replace(/"/g, '&#34;'),
  s.replace(/"/g, '""'),
  s.trim().replace(/[\s,="]+/g, '_'),
];
const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');

const cli = (args: readonly string[]) => runInProcess(args, { BROBYGGER_DATA_DIR: tempDir('brobygger-data-') });

async function exported(project: string, to: string): Promise<Exported> {
  const run = await cli(['export', project, '--to', to]);
  expect(run.err).toBe('');
  return JSON.parse(readFileSync(to, 'utf8')) as Exported;
}

describe('a round trip by id', () => {
  it('shows what an edited file would change, writes nothing on a dry run, then applies it as one undoable step', async () => {
    const dir = tempDir();
    const project = copySample(dir);
    const file = join(dir, 'rettet.json');
    const json = await exported(project, file);
    const [first, second] = json.actors;
    if (!first || !second) throw new Error('the sample has actors');
    first.label = `${first.label} (rettet)`;
    const lastTie = json.ties.pop();
    json.actors.push({ ...second, id: 'ny-person' as typeof second.id, label: 'Ny Person', notes: '' });
    writeFileSync(file, JSON.stringify(json));
    const before = sha256(project);

    const dry = await cli(['import', file, '--into', project, '--update-by-id', '--remove-missing', '--dry-run', '--json']);
    expect(dry.err).toBe('');
    expect(dry.code).toBe(0);
    const plan = JSON.parse(dry.out) as {
      dryRun: boolean;
      counts: Record<'added' | 'changed' | 'removed', Record<string, number>>;
      changed: Array<{ id: string; fields: Array<{ field: string; before: unknown; after: unknown }> }>;
      removed: Array<{ id: string }>;
    };
    expect(plan.dryRun).toBe(true);
    expect(plan.counts.added).toMatchObject({ actors: 1, ties: 0 });
    expect(plan.counts.changed).toMatchObject({ actors: 1, ties: 0 });
    expect(plan.counts.removed).toMatchObject({ actors: 0, ties: 1 });
    expect(plan.changed).toEqual([{ collection: 'actors', id: first.id, label: first.label.replace(' (rettet)', ''), fields: [{ field: 'label', before: first.label.replace(' (rettet)', ''), after: first.label }] }]);
    expect(plan.removed.map((r) => r.id)).toEqual([lastTie?.id]);
    expect(sha256(project), 'a dry run writes nothing').toBe(before);

    const text = await cli(['import', file, '--into', project, '--update-by-id', '--remove-missing', '--dry-run']);
    expect(text.out).toContain('ville: tilføje 1 aktør, ændre 1 aktør og fjerne 1 relation. Intet er skrevet.');
    expect(text.out).toContain(`  Aktør ${first.label.replace(' (rettet)', '')}: label "${first.label.replace(' (rettet)', '')}" → "${first.label}"`);

    const applied = await cli(['import', file, '--into', project, '--update-by-id', '--remove-missing']);
    expect(applied.err).toBe('');
    expect(applied.out).toContain('1 aktør tilføjet, 1 aktør ændret og 1 relation fjernet. Ét trin, der kan fortrydes.');
    const store = ProjectStore.open(project, storeOptions());
    expect(store.read().actors.find((a) => a.id === first.id)?.label).toBe(first.label);
    expect(store.historyState().undo).toEqual({ key: 'history.import', params: { file: 'rettet.json' } });
    const tiesAfter = store.read().ties.length;
    store.undo();
    expect(store.read().ties.length).toBe(tiesAfter + 1);
    expect(store.read().actors.some((a) => a.id === 'ny-person')).toBe(false);
    store.close();
  });

  it('refuses an id the project has without --update-by-id, naming the record, and writes nothing', async () => {
    const dir = tempDir();
    const project = copySample(dir);
    const file = join(dir, 'samme.json');
    await exported(project, file);
    const before = sha256(project);
    const run = await cli(['import', file, '--into', project, '--lang', 'en']);
    expect(run.code).toBe(2);
    expect(run.err).toMatch(/^Error: samme\.json: \d+ errors in the data\.\n {2}waves \(id "w-2025"\)\.id: id "w-2025" already exists in the project\n/);
    expect(run.err).toContain('  actors (id "org-integration").id: id "org-integration" already exists in the project\n');
    expect(sha256(project)).toBe(before);
  });

  it('refuses --remove-missing without --update-by-id', async () => {
    const dir = tempDir();
    const run = await cli(['import', join(dir, 'x.json'), '--into', join(dir, 'p.brobygger'), '--remove-missing', '--lang', 'en']);
    expect(run.code).toBe(2);
    expect(run.err).toContain('--remove-missing works only with --update-by-id.');
  });
});

describe('a pseudonymised export', () => {
  it('names persons by their codes, leaves out what was written about them, and writes the key only where asked', async () => {
    const dir = tempDir();
    const project = copySample(dir);
    const store = ProjectStore.open(project, storeOptions({ readonly: true }));
    const data = store.read();
    const codes = store.pseudonyms();
    store.close();
    const secrets = [
      ...data.actors.filter((a) => a.kind === 'person').flatMap((a) => [a.label, a.notes]),
      ...data.ties.flatMap((t) => [t.evidence.quote, t.evidence.source, t.notes]),
      // an activity's notes may name its contact person ("Abdi ringer selv til familierne")
      ...data.activities.map((a) => a.notes),
    ].filter((s) => s.trim().length >= 4);
    expect(secrets.length).toBeGreaterThan(50);
    expect(data.activities.some((a) => a.notes.includes('Abdi'))).toBe(true);

    // every format, and the CSV set as Danish Excel writes it and with the R and Python scripts
    const exports: Array<[string, string[]]> = [
      ...FORMAT_IDS.filter((f) => CODECS[f].write).map((f): [string, string[]] => [f === 'csv' ? 'pseudo-csv' : `pseudo${EXTENSION_OF[f]}`, []]),
      ['pseudo-dansk', ['--danish-excel']],
      ['pseudo-r', ['--with-scripts']],
      ['pseudo-analyse.xlsx', ['--with-analysis']],
    ];
    expect(exports.map(([name]) => name)).toEqual(expect.arrayContaining(['pseudo.json', 'pseudo-csv', 'pseudo.xlsx', 'pseudo.graphml', 'pseudo.gexf', 'pseudo.net', 'pseudo.dl']));
    for (const [name, flags] of exports) {
      // each export in a folder of its own, so that every file it writes is searched (Pajek
      // writes the memberships and the partitions beside the network)
      const folder = join(dir, `${name}-export`);
      mkdirSync(folder);
      const to = join(folder, name);
      const run = await cli(['export', project, '--to', to, '--pseudonymise', ...flags]);
      expect(run.err, name).toBe('');
      if (name === 'pseudo.net') expect(readdirSync(folder).sort()).toEqual(['pseudo-kind.clu', 'pseudo-memberships.net', 'pseudo-sector.clu', 'pseudo.net']);
      const text = everyByteOf(folder);
      const found = secrets.filter((s) => writtenForms(s).some((form) => text.includes(form)));
      expect(found, `${name} holds no name, note, quote or source of the sample`).toEqual([]);
      const person = data.actors.find((a) => a.kind === 'person');
      expect(text, name).toContain(codes.get(person?.id ?? '') ?? 'no code');
    }
    expect(existsSync(join(dir, 'pseudo.dl-export', 'pseudo-memberships.dl')), 'the DL export wrote its memberships file, and it was searched').toBe(true);

    const key = join(dir, 'nøgle.csv');
    const withKey = await cli(['export', project, '--to', join(dir, 'pseudo2.json'), '--pseudonymise', '--key-file', key]);
    expect(withKey.out).toContain(`Nøglen fra koder til navne er skrevet i ${key}.`);
    const keyText = readFileSync(key, 'utf8');
    expect(keyText.split('\n')[0]).toBe('code,id,label,kind');
    const someone = data.actors.find((a) => a.kind === 'person');
    expect(keyText).toContain(`${codes.get(someone?.id ?? '')},${someone?.id},${someone?.label},person`);
  });

  it('gives every actor the same code in every export, and a new actor the next one', () => {
    const dir = tempDir();
    const project = copySample(dir);
    const read = () => {
      const db = new Database(project, { readonly: true });
      try {
        return new Map((db.prepare('SELECT actor, code FROM pseudonyms').raw().all() as Array<[string, string]>).map(([a, c]) => [a, c]));
      } finally {
        db.close();
      }
    };
    const before = read();
    const persons = [...before.values()].filter((c) => c.startsWith('P')).length;
    const store = ProjectStore.open(project, storeOptions());
    store.apply({ type: 'actor.add', actor: { id: 'ny', kind: 'person', label: 'Ny' } });
    const first = [...before.keys()][0] ?? '';
    store.apply({ type: 'actor.remove', id: first });
    store.undo();
    store.close();
    const after = read();
    expect(after.get('ny')).toBe(`P${String(persons + 1).padStart(3, '0')}`);
    expect(after.get(first)).toBe(before.get(first));
    for (const [actor, code] of before) expect(after.get(actor)).toBe(code);
  });

  it('refuses --key-file without --pseudonymise', async () => {
    const dir = tempDir();
    const run = await cli(['export', copySample(dir), '--to', join(dir, 'x.json'), '--key-file', join(dir, 'k.csv'), '--lang', 'en']);
    expect(run.code).toBe(2);
    expect(run.err).toContain('--key-file works only with --pseudonymise.');
  });
});
