/**
 * Custom attribute definitions through the exchange formats: the codebook table (CSV set and
 * workbook) and the JSON format carry them, attribute columns are written and read as their
 * definitions type them (a number as a number, a date as a date, a postcode defined as text
 * stays text), an unedited export imports back by id as no change, and a value a definition does
 * not allow is refused by file, row and column with nothing read. The workbook is opened in
 * openpyxl, as a researcher's Python would.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CommandInput } from '../../src/core/commands';
import { planImport } from '../../src/core/import/plan';
import type { ProjectData } from '../../src/core/model/schema';
import { readInput, writeOutput } from '../../src/main/engine/exchange';
import { rejected, worded } from '../helpers/refused';
import { newStore } from '../helpers/store';

const python = (code: string, ...args: string[]) => execFileSync('/usr/bin/python3', ['-c', code, ...args], { encoding: 'utf8' });

const project: CommandInput = {
  type: 'batch',
  commands: [
    {
      type: 'attribute.add',
      definition: {
        key: 'aldersgruppe',
        appliesTo: 'actors',
        label: { da: 'Aldersgruppe', en: 'Age group' },
        type: 'category',
        values: [
          { key: 'ung', label: { da: 'Ung', en: 'Young' } },
          { key: 'voksen', label: { da: 'Voksen', en: 'Adult' } },
        ],
      },
    },
    { type: 'attribute.add', definition: { key: 'alder', appliesTo: 'actors', label: { da: 'Alder', en: 'Age' }, type: 'number' } },
    { type: 'attribute.add', definition: { key: 'postnummer', appliesTo: 'actors', label: { da: 'Postnummer', en: 'Postcode' }, type: 'text' } },
    { type: 'attribute.add', definition: { key: 'aftalt', appliesTo: 'ties', label: { da: 'Aftalt', en: 'Agreed' }, type: 'date' } },
    { type: 'actor.add', actor: { id: 'ane', kind: 'person', label: 'Ane Ørsted', attributes: { aldersgruppe: 'ung', alder: 23, postnummer: '8000' } } },
    { type: 'actor.add', actor: { id: 'bo', kind: 'person', label: 'Bo Åberg', attributes: { aldersgruppe: 'voksen', alder: 61.5, postnummer: '8200' } } },
    { type: 'actor.add', actor: { id: 'klub', kind: 'organisation', label: 'Bro Boldklub', attributes: { hjemmeside: 'bro.dk' } } },
    { type: 'tie.add', tie: { id: 't1', source: 'ane', target: 'klub', attributes: { aftalt: '2024-03-01' } } },
    { type: 'tie.add', tie: { id: 't2', source: 'bo', target: 'klub' } },
  ],
};

function made(): { data: ProjectData; dir: string } {
  const { store, dir } = newStore('Egenskaber');
  store.apply(project);
  const data = store.read();
  store.close();
  return { data, dir };
}

/** Attributes without the empty cells a table gives every element of a column. */
const present = (rows: ReadonlyArray<{ id: string; attributes: Record<string, unknown> }>) =>
  rows.map((r) => ({ id: r.id, attributes: Object.fromEntries(Object.entries(r.attributes).filter(([, v]) => v !== null)) }));

describe('attribute definitions in the exchange formats', () => {
  it('go into the workbook codebook, and typed attribute cells open in openpyxl as numbers, dates and text', async () => {
    const { data, dir } = made();
    const to = join(dir, 'egenskaber.xlsx');
    await writeOutput(data, to, { lang: 'en' });
    const read = JSON.parse(
      python(
        `import openpyxl,sys,json,datetime
wb=openpyxl.load_workbook(sys.argv[1])
cb=wb['codebook']; head=[c.value for c in cb[1]]
rows=[dict(zip(head,r)) for r in cb.iter_rows(min_row=2,values_only=True)]
a=wb['actors']; ah=[c.value for c in a[1]]; ar=[dict(zip(ah,r)) for r in a.iter_rows(min_row=2,values_only=True)]
t=wb['ties']; th=[c.value for c in t[1]]; tr=[dict(zip(th,r)) for r in t.iter_rows(min_row=2,values_only=True)]
print(json.dumps({'head':head,
 'defs':[[r['list'],r['key'],r['label_en'],r['type'],r['attribute']] for r in rows if 'ttribute' in r['list']],
 'alder':[r['alder'] for r in ar],'post':[r['postnummer'] for r in ar],'gruppe':[r['aldersgruppe'] for r in ar],
 'aftalt':[isinstance(r['aftalt'],datetime.datetime) and r['aftalt'].date().isoformat() for r in tr],
 'actorColumns':ah[8:]}))`,
        to,
      ),
    ) as Record<string, unknown>;
    expect(read['head']).toEqual(['list', 'key', 'label_da', 'label_en', 'colour', 'turnover', 'definite_da', 'definite_en', 'type', 'attribute']);
    expect(read['defs']).toEqual([
      ['actorAttributes', 'aldersgruppe', 'Age group', 'category', null],
      ['actorAttributeValues', 'ung', 'Young', null, 'aldersgruppe'],
      ['actorAttributeValues', 'voksen', 'Adult', null, 'aldersgruppe'],
      ['actorAttributes', 'alder', 'Age', 'number', null],
      ['actorAttributes', 'postnummer', 'Postcode', 'text', null],
      ['tieAttributes', 'aftalt', 'Agreed', 'date', null],
    ]);
    // the defined columns first, in the codebook's order, then the undefined ones
    expect(read['actorColumns']).toEqual(['aldersgruppe', 'alder', 'postnummer', 'hjemmeside']);
    expect(read['alder']).toEqual([23, 61.5, null]);
    expect(read['post']).toEqual(['8000', '8200', null]);
    expect(read['gruppe']).toEqual(['ung', 'voksen', null]);
    expect(read['aftalt']).toEqual(['2024-03-01', false]);
  });

  for (const [format, name] of [
    ['xlsx', 'egenskaber.xlsx'],
    ['csv', 'egenskaber'],
    ['json', 'egenskaber.json'],
  ] as const)
    it(`read back from ${format} with the same definitions and values, and import back by id as no change`, async () => {
      const { data, dir } = made();
      const to = join(dir, name);
      await writeOutput(data, to, { lang: 'da', format });
      const back = (await readInput(to, { format })).data;
      expect(back.codebooks.attributes).toEqual(data.codebooks.attributes);
      expect(present(back.actors)).toEqual(present(data.actors));
      expect(present(back.ties)).toEqual(present(data.ties));
      const plan = planImport(data, back, { updateById: true, removeMissing: true });
      expect(plan.codes).toEqual([]);
      expect(plan.changed).toEqual([]);
      expect(plan.commands).toEqual([]);
    });

  it('bring their definitions into a project that lacks them, before the values that need them', async () => {
    const { data, dir } = made();
    const to = join(dir, 'egenskaber.json');
    await writeOutput(data, to, { lang: 'da', format: 'json' });
    const back = (await readInput(to)).data;
    const { store } = newStore('Tomt');
    const plan = planImport(store.read(), back, { updateById: false, removeMissing: false });
    expect(plan.codes).toEqual([
      { codebook: 'attributes', appliesTo: 'actors', key: 'aldersgruppe' },
      { codebook: 'attributes', appliesTo: 'actors', key: 'alder' },
      { codebook: 'attributes', appliesTo: 'actors', key: 'postnummer' },
      { codebook: 'attributes', appliesTo: 'ties', key: 'aftalt' },
    ]);
    store.applyImport(plan.commands, plan.targets, 'egenskaber.json');
    expect(store.read().codebooks.attributes).toEqual(data.codebooks.attributes);
    expect(store.read().actors.find((a) => a.id === 'bo')?.attributes).toEqual({ aldersgruppe: 'voksen', alder: 61.5, postnummer: '8200' });
    store.close();
  });

  it('read a category by its label as its key, and refuse values their definitions do not allow by file, row and column', async () => {
    const { data, dir } = made();
    const folder = join(dir, 'rettet');
    await writeOutput(data, folder, { lang: 'da', format: 'csv' });
    const actors = readFileSync(join(folder, 'actors.csv'), 'utf8')
      .replace(',ung,23,', ',Young,23,')
      .replace(',voksen,61.5,', ',gammel,tres,');
    writeFileSync(join(folder, 'actors.csv'), actors);
    const e = await rejected(() => readInput(folder));
    expect(worded(e.problems)).toEqual([
      { where: 'rettet/actors.csv row 2 (id "bo"), column aldersgruppe', message: '“gammel” is not one of the categories of aldersgruppe: ung, voksen' },
      { where: 'rettet/actors.csv row 2 (id "bo"), column alder', message: '“tres” does not fit the attribute alder, which is of type number' },
    ]);

    writeFileSync(join(folder, 'actors.csv'), actors.replace(',gammel,tres,', ',Voksen,61.5,'));
    const back = (await readInput(folder)).data;
    expect(back.actors.map((a) => a.attributes['aldersgruppe'])).toEqual(['ung', 'voksen', null]);
  });

  it('refuse a codebook row naming a category of an attribute it does not define, and an unknown type', async () => {
    const { data, dir } = made();
    const folder = join(dir, 'kodebog');
    await writeOutput(data, folder, { lang: 'da', format: 'csv' });
    const codebook = readFileSync(join(folder, 'codebook.csv'), 'utf8')
      .replace('actorAttributes,alder,Alder,Age,,,,,number,', 'actorAttributes,alder,Alder,Age,,,,,heltal,')
      .concat('tieAttributeValues,x,X,X,,,,,,findes_ikke\r\n');
    writeFileSync(join(folder, 'codebook.csv'), codebook);
    const e = await rejected(() => readInput(folder));
    expect(worded(e.problems).map((p) => `${p.where}: ${p.message}`)).toEqual([
      expect.stringMatching(/^kodebog\/codebook\.csv row \d+, column type: the list "heltal" does not exist/),
      expect.stringMatching(/^kodebog\/codebook\.csv row \d+, column attribute: .*findes_ikke/),
    ]);
  });

  it('refuse a JSON file whose values do not fit its definitions, naming each element and attribute, and read nothing', async () => {
    const { data, dir } = made();
    const to = join(dir, 'forkert.json');
    await writeOutput(data, to, { lang: 'en', format: 'json' });
    const json = JSON.parse(readFileSync(to, 'utf8')) as { actors: Array<{ attributes: Record<string, unknown> }>; ties: Array<{ attributes: Record<string, unknown> }> };
    const [ane, bo] = json.actors;
    if (!ane || !bo || !json.ties[0]) throw new Error('the project has two persons and a tie');
    ane.attributes['aldersgruppe'] = 'gammel';
    bo.attributes['alder'] = 'tres';
    json.ties[0].attributes['aftalt'] = '2024-02-30';
    writeFileSync(to, JSON.stringify(json));
    const e = await rejected(() => readInput(to));
    expect(worded(e.problems)).toEqual([
      { where: 'actors[0] (id "ane").attributes.aldersgruppe', message: '“gammel” is not one of the categories of aldersgruppe: ung, voksen' },
      { where: 'actors[1] (id "bo").attributes.alder', message: '“tres” does not fit the attribute alder, which is of type number' },
      { where: 'ties[0] (id "t1").attributes.aftalt', message: '“2024-02-30” does not fit the attribute aftalt, which is of type date' },
    ]);
  });

  it('keep numbers and category keys in a pseudonymised export, and leave out text and dates', async () => {
    const { data, dir } = made();
    const to = join(dir, 'pseudo.json');
    await writeOutput(data, to, { lang: 'en', format: 'json', pseudonymise: { organisations: false }, codes: new Map([['ane', 'P001'], ['bo', 'P002'], ['klub', 'O001']]) });
    const json = JSON.parse(readFileSync(to, 'utf8')) as ProjectData;
    expect(json.actors.map((a) => a.attributes)).toEqual([{ aldersgruppe: 'ung', alder: 23 }, { aldersgruppe: 'voksen', alder: 61.5 }, {}]);
    expect(json.ties.map((t) => t.attributes)).toEqual([{}, {}]);
    expect(json.codebooks.attributes).toEqual(data.codebooks.attributes);
  });

  it('load in networkx and R igraph with defined text staying text and numbers as numbers, from the scripts beside the set', async () => {
    const { data, dir } = made();
    const folder = join(dir, 'for-r');
    await writeOutput({ ...data, actors: data.actors.map((a) => (a.id === 'ane' ? { ...a, attributes: { ...a.attributes, postnummer: '0800' } } : a)) }, folder, { lang: 'en', format: 'csv', scripts: true });
    const py = JSON.parse(
      python(
        `import sys,json; sys.path.insert(0, sys.argv[1]); import load_network as l
g, _ = l.load(sys.argv[1])
print(json.dumps({n: [g.nodes[n].get('postnummer'), g.nodes[n].get('alder'), g.nodes[n].get('aldersgruppe')] for n in ['ane','bo']}))`,
        folder,
      ),
    ) as Record<string, unknown>;
    expect(py).toEqual({ ane: ['0800', 23, 'ung'], bo: ['8200', 61.5, 'voksen'] });
    const r = execFileSync(
      'Rscript',
      ['-e', 'source("load_network.R"); cat(V(g)$postnummer[1:2], class(V(g)$postnummer), V(g)$alder[1:2], class(V(g)$alder), sep = "|")'],
      { encoding: 'utf8', cwd: folder },
    );
    expect(r).toBe('0800|8200|character|23|61.5|numeric');
  });
});
