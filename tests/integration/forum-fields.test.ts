import Database from 'better-sqlite3';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Forum } from '../../src/core/model/schema';
import { readInput } from '../../src/main/engine/exchange';
import { ProjectStore } from '../../src/main/engine/project-store';
import { runInProcess } from '../helpers/cli-run';
import { refused, rejected, worded } from '../helpers/refused';
import { storeOptions } from '../helpers/store';
import { tempDir } from '../helpers/temp';

/**
 * A forum's every field in the store: its mandate (what it may do), the link to its written
 * kommissorium, meetings, chair and coordinator and each seat's organisation, each edit one
 * undoable step; a file from before these fields existed, undo steps and all; and the
 * forums table of an Excel export, read by openpyxl.
 */

const ACTORS = [
  { id: 'o-kommune', kind: 'department', label: 'Integrationsafdelingen' },
  { id: 'o-kors', kind: 'organisation', label: 'Røde Kors Bro' },
  { id: 'p-mette', kind: 'person', label: 'Mette Lund' },
  { id: 'p-ali', kind: 'person', label: 'Ali Haddad' },
] as const;

function projectWithForum(path: string): ProjectStore {
  const store = ProjectStore.create(path, 'Fora', storeOptions());
  store.apply({
    type: 'batch',
    commands: [
      ...ACTORS.map((actor) => ({ type: 'actor.add' as const, actor })),
      { type: 'membership.add', membership: { person: 'p-ali', organisation: 'o-kors', role: 'volunteer' } },
      { type: 'membership.add', membership: { person: 'p-ali', organisation: 'o-kommune', role: 'employee' } },
      {
        type: 'forum.add',
        forum: { id: 'f-1', label: 'Koordineringsforum', seats: [{ actor: 'p-mette', represents: 'o-kommune', role: 'chair' }, { actor: 'p-ali', represents: 'o-kors', role: 'member' }] },
      },
    ],
  });
  return store;
}

const forumOf = (store: ProjectStore): Forum => {
  const forum = store.read().forums[0];
  if (!forum) throw new Error('the forum is missing');
  return forum;
};

describe("a forum's fields", () => {
  it('are each edited as one undoable step and kept when the file is opened again', () => {
    const path = join(tempDir(), 'fora.brobygger');
    const store = projectWithForum(path);
    expect(forumOf(store)).toMatchObject({ mandate: '', mandateLink: '', authority: null, meetingsPerYear: null });

    store.apply({ type: 'forum.update', id: 'f-1', patch: { mandate: 'Formål: at koordinere.\nMandat: rådgivende.' } });
    store.apply({ type: 'forum.update', id: 'f-1', patch: { mandateLink: 'https://bro.dk/kommissorium.pdf' } });
    store.apply({ type: 'forum.update', id: 'f-1', patch: { authority: 'advises' } });
    store.apply({ type: 'forum.update', id: 'f-1', patch: { meetingsPerYear: 4 } });
    const seats = forumOf(store).seats;
    // the chair passes to Ali, who now speaks for the municipality's department; Mette coordinates
    store.apply({
      type: 'forum.update',
      id: 'f-1',
      patch: { seats: [{ ...seats[0], role: 'coordinator' }, { actor: 'p-ali', represents: 'o-kommune', role: 'chair' }] as Forum['seats'] },
    });
    expect(forumOf(store)).toMatchObject({
      mandateLink: 'https://bro.dk/kommissorium.pdf',
      authority: 'advises',
      meetingsPerYear: 4,
      seats: [
        { actor: 'p-mette', represents: 'o-kommune', role: 'coordinator' },
        { actor: 'p-ali', represents: 'o-kommune', role: 'chair' },
      ],
    });
    expect(store.historyState().undoCount).toBe(6);

    store.undo();
    expect(forumOf(store).seats.map((s) => [s.actor, s.represents, s.role])).toEqual([
      ['p-mette', 'o-kommune', 'chair'],
      ['p-ali', 'o-kors', 'member'],
    ]);
    store.undo();
    store.undo();
    expect(forumOf(store)).toMatchObject({ authority: null, meetingsPerYear: null, mandateLink: 'https://bro.dk/kommissorium.pdf' });
    store.redo();
    store.close();

    const again = ProjectStore.open(path, storeOptions());
    expect(forumOf(again)).toMatchObject({ authority: 'advises', mandateLink: 'https://bro.dk/kommissorium.pdf', mandate: 'Formål: at koordinere.\nMandat: rådgivende.' });
    again.close();
  });

  it('refuse a mandate the model does not know and a seat speaking for a person, naming the field', () => {
    const store = projectWithForum(join(tempDir(), 'fora.brobygger'));
    const unknown = refused(() => store.apply({ type: 'forum.update', id: 'f-1', patch: { authority: 'rules' as 'decides' } }));
    expect(worded(unknown.problems, 'da', 'form')[0]?.where).toBe('Mandat');
    const person = refused(() =>
      store.apply({ type: 'forum.update', id: 'f-1', patch: { seats: [{ actor: 'p-ali', represents: 'p-mette', role: 'member' }] as Forum['seats'] } }),
    );
    expect(person.problems[0]?.path).toEqual(['forum', 'seats', 0, 'represents']);
    expect(forumOf(store).seats).toHaveLength(2);
    store.close();
  });
});

describe('a project saved before forums had a mandate and a link', () => {
  it('opens with them empty, and undoes and redoes the steps recorded before them', () => {
    const path = join(tempDir(), 'v5.brobygger');
    const made = projectWithForum(path);
    made.apply({ type: 'forum.update', id: 'f-1', patch: { mandate: 'Skrevet før version 6', meetingsPerYear: 6 } });
    made.apply({ type: 'forum.remove', id: 'f-1' });
    made.close();
    // the file as version 5 wrote it: no such columns, and undo steps whose forum rows lack them
    const db = new Database(path);
    db.exec('ALTER TABLE forums DROP COLUMN mandate_link; ALTER TABLE forums DROP COLUMN authority');
    // and without the tables later versions add (the timeline's activities, attribute definitions, views)
    db.exec('DROP TABLE activity_waves; DROP TABLE activity_contacts; DROP TABLE activity_owners; DROP TABLE activities; DROP TABLE target_groups; DROP TABLE attribute_defs; DROP TABLE views');
    const steps = db.prepare('SELECT seq, changes FROM history').all() as Array<{ seq: number; changes: string }>;
    const strip = (row: Record<string, unknown> | null) => row && Object.fromEntries(Object.entries(row).filter(([k]) => k !== 'mandate_link' && k !== 'authority'));
    for (const step of steps) {
      const changes = (JSON.parse(step.changes) as Array<{ t: string; b: Record<string, unknown> | null; a: Record<string, unknown> | null }>).map((c) => ({ ...c, b: strip(c.b), a: strip(c.a) }));
      db.prepare('UPDATE history SET changes = ? WHERE seq = ?').run(JSON.stringify(changes), step.seq);
    }
    db.pragma('user_version = 5');
    db.close();

    const store = ProjectStore.open(path, storeOptions());
    expect(store.formatVersion).toBeGreaterThanOrEqual(6);
    expect(store.read().forums).toEqual([]);
    // the removal's undo writes back a forum row recorded without the new columns
    store.undo();
    expect(forumOf(store)).toMatchObject({ mandate: 'Skrevet før version 6', mandateLink: '', authority: null });
    store.undo();
    expect(forumOf(store)).toMatchObject({ mandate: '', meetingsPerYear: null, mandateLink: '', authority: null });
    store.redo();
    store.apply({ type: 'forum.update', id: 'f-1', patch: { authority: 'decides' } });
    expect(forumOf(store)).toMatchObject({ mandate: 'Skrevet før version 6', authority: 'decides' });
    store.close();
  });
});

describe('the forums table of an Excel export', () => {
  it('carries the mandate and the link, as openpyxl reads them, and imports back as the same forum', async () => {
    const dir = tempDir();
    const path = join(dir, 'fora.brobygger');
    const store = projectWithForum(path);
    store.apply({ type: 'forum.update', id: 'f-1', patch: { mandateLink: 'S:\\Integration\\Kommissorium 2025.docx', authority: 'coordinates', meetingsPerYear: 10 } });
    const forum = forumOf(store);
    store.close();

    const xlsx = join(dir, 'fora.xlsx');
    const run = await runInProcess(['export', path, '--to', xlsx, '--lang', 'en'], { BROBYGGER_DATA_DIR: tempDir('brobygger-data-') });
    expect(run.err).toBe('');
    const out = execFileSync(
      '/usr/bin/python3',
      [
        '-c',
        `import openpyxl,sys,json
ws=openpyxl.load_workbook(sys.argv[1],read_only=True)['forums']
rows=list(ws.iter_rows(values_only=True))
print(json.dumps([dict(zip(rows[0],r)) for r in rows[1:]]))`,
        xlsx,
      ],
      { encoding: 'utf8' },
    );
    const rows = JSON.parse(out) as Array<Record<string, unknown>>;
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ id: 'f-1', mandate_link: 'S:\\Integration\\Kommissorium 2025.docx', authority: 'coordinates', meetings_per_year: 10 });

    const back = (await readInput(xlsx)).data.forums;
    expect(back).toEqual([forum]);
  });

  it('reads the Danish words for a mandate', async () => {
    const dir = tempDir();
    const { writeFileSync, mkdirSync } = await import('node:fs');
    mkdirSync(join(dir, 'net'));
    writeFileSync(join(dir, 'net', 'actors.csv'), 'id,label,kind\np-1,Åse,person\n');
    writeFileSync(join(dir, 'net', 'forums.csv'), 'id,label,kommissorium_link,kompetence\nf-1,Netværket,https://bro.dk/k.pdf,Rådgivende\nf-2,Styregruppen,,besluttende\nf-3,Caféen,,\n');
    const forums = (await readInput(join(dir, 'net'))).data.forums;
    expect(forums.map((f) => [f.id, f.mandateLink, f.authority])).toEqual([
      ['f-1', 'https://bro.dk/k.pdf', 'advises'],
      ['f-2', '', 'decides'],
      ['f-3', '', null],
    ]);
  });

  it('refuses a mandate it does not know, naming the file, the row and the column, and reads nothing', async () => {
    const dir = tempDir();
    const { writeFileSync, mkdirSync } = await import('node:fs');
    mkdirSync(join(dir, 'net'));
    writeFileSync(join(dir, 'net', 'actors.csv'), 'id,label,kind\np-1,Åse,person\n');
    writeFileSync(join(dir, 'net', 'forums.csv'), 'id,label,kompetence\nf-1,Netværket,rådgivende\nf-2,Styregruppen,bestemmer alt\n');
    const e = await rejected(() => readInput(join(dir, 'net')));
    const problems = worded(e.problems).map((p) => `${p.where}: ${p.message}`);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/forums\.csv row 2 \(id "f-2"\), column kompetence: /);
    expect(problems[0]).toContain('decides');
  });
});
