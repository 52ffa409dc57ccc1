import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { FileBytes } from '../../src/core/format/files';
import { previewTables } from '../../src/core/format/tables/preview';
import { suggestMapping } from '../../src/core/format/tables/suggest';
import { xlsxSheets } from '../../src/core/format/tables/xlsx-sheets';
import { CODECS } from '../../src/core/format/registry';
import { readTables } from '../../src/core/format/tables/read-tables';
import { rejected, worded } from '../helpers/refused';

/**
 * The tables beyond actors, ties and memberships, as the CSV set and the workbook write them:
 * waves, forums with their seats, and the codebook, read back so that a round trip through Excel
 * keeps them.
 */

const csv = (name: string, text: string): FileBytes => ({ name: `net/${name}`, bytes: new TextEncoder().encode(text) });
const readCsv = (files: FileBytes[]) => {
  const read = CODECS.csv.read;
  if (!read) throw new Error('CSV is read');
  return read(files, {});
};

const ACTORS = csv(
  'actors.csv',
  'id,label,kind,sector,waves\no-1,Jobcenter Bro,department,kommune,w1\no-2,Røde Kors Bro,organisation,frivillige,\np-1,Åse Ørsted,person,kommune,w1|w2\np-2,Ali Haddad,person,frivillige,\n',
);
const TIES = csv('ties.csv', 'id,source,target,type,strength\nt-1,p-1,p-2,naboskab,3\n');

describe('reading the tables of a whole project', () => {
  it('reads waves with their labels and dates, forums with their seats, and the codebook with its labels and colours', async () => {
    const data = await readCsv([
      ACTORS,
      TIES,
      csv('waves.csv', 'id,label,date\nw1,Første runde,2024-03-01\nw2,Anden runde,01-09-2025\n'),
      csv('forums.csv', 'id,label,kind,mandate,meetings_per_year,notes,waves\nf-1,Koordineringsforum,Styregruppe,"Kommissorium\nmed to linjer",4,,w2\n'),
      csv('seats.csv', 'forum,actor,represents,role\nf-1,p-1,o-1,formand\nf-1,p-2,o-2,member\n'),
      csv(
        'codebook.csv',
        'list,key,label_da,label_en,colour,turnover,definite_da,definite_en\nsectors,kommune,Kommunen,Municipality,#112233,,kommunen,the municipality\nsectors,frivillige,Frivillige,Volunteers,,,,\ntieTypes,naboskab,Naboskab,Neighbours,#445566,,,\nroles,praktikant,Praktikant,Intern,,0.5,,\n',
      ),
    ]);
    expect(data.waves).toEqual([
      { id: 'w1', label: 'Første runde', date: '2024-03-01' },
      { id: 'w2', label: 'Anden runde', date: '2025-09-01' },
    ]);
    expect(data.forums).toEqual([
      {
        id: 'f-1',
        label: 'Koordineringsforum',
        kind: 'steering',
        mandate: 'Kommissorium\nmed to linjer',
        meetingsPerYear: 4,
        notes: '',
        waves: ['w2'],
        seats: [
          { actor: 'p-1', represents: 'o-1', role: 'chair' },
          { actor: 'p-2', represents: 'o-2', role: 'member' },
        ],
      },
    ]);
    const sector = data.codebooks.sectors.find((s) => s.key === 'kommune');
    expect(sector).toEqual({ key: 'kommune', label: { da: 'Kommunen', en: 'Municipality' }, color: '#112233', definite: { da: 'kommunen', en: 'the municipality' } });
    expect(data.codebooks.sectors.filter((s) => s.key === 'kommune')).toHaveLength(1);
    expect(data.codebooks.tieTypes.find((t) => t.key === 'naboskab')?.label.en).toBe('Neighbours');
    expect(data.codebooks.roles.find((r) => r.key === 'praktikant')?.turnover).toBe(0.5);
    expect(data.actors.find((a) => a.id === 'p-1')?.sector).toBe('kommune');
  });

  it('names every problem in the extra tables by file, row and column, and reads nothing', async () => {
    const e = await rejected(() =>
      readCsv([
        ACTORS,
        csv('waves.csv', 'id,label,date\nw1,Første,2024-13-45\nw1,Igen,\n'),
        csv('forums.csv', 'id,label,kind\nf-1,Forum,\n'),
        csv('seats.csv', 'forum,actor,role\nf-9,p-1,member\nf-1,p-1,boss\nf-1,p-404,member\n'),
        csv('codebook.csv', 'list,key,label_da,colour\nfarver,rød,Rød,\nsectors,ny,Ny,grøn\n'),
      ]),
    );
    const where = worded(e.problems).map((p) => `${p.where}: ${p.message}`);
    expect(where).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^net\/waves\.csv row 1 \(id "w1"\), column date: must be a date/),
        expect.stringMatching(/^net\/waves\.csv row 2 \(id "w1"\), column id: .*w1/),
        expect.stringMatching(/^net\/seats\.csv row 1 .*column forum: the forum "f-9" is not in the table of forums/),
        expect.stringMatching(/^net\/seats\.csv row 2 .*column role: "boss" is not a role in a forum/),
        expect.stringMatching(/^net\/seats\.csv row 3 .*column actor: .*p-404/),
        expect.stringMatching(/^net\/codebook\.csv row 1, column list: the list "farver" does not exist/),
        expect.stringMatching(/^net\/codebook\.csv row 2, column colour: "grøn" is not a colour/),
      ]),
    );
  });

  it('refuses seats without a table of forums to put them in', async () => {
    const e = await rejected(() => readCsv([ACTORS, csv('seats.csv', 'forum,actor\nf-1,p-1\n')]));
    expect(worded(e.problems).map((p) => p.message)).toEqual([expect.stringContaining('no table of forums')]);
  });

  it('refers to waves a waves table does not list as a problem, rather than making them up', async () => {
    const e = await rejected(() => readCsv([ACTORS, csv('waves.csv', 'id,label\nw1,Første\n')]));
    const problems = worded(e.problems);
    expect(problems).toHaveLength(1);
    expect(problems[0]?.where).toBe('net/actors.csv row 3 (id "p-1"), column waves');
    expect(problems[0]?.message).toContain('w2');
  });

  it('names a workbook after its file, not after its first sheet', async () => {
    const write = CODECS.xlsx.write;
    if (!write) throw new Error('XLSX is written');
    const data = await readCsv([ACTORS, TIES]);
    const [file] = await write(data, { lang: 'da', baseName: 'Feltdata 2024' });
    if (!file) throw new Error('one workbook');
    const back = await readTables([file], 'xlsx');
    expect(back.meta.name).toBe('Feltdata 2024');
    expect(back.waves.map((w) => w.id)).toEqual(['w1', 'w2']);
  });
});

describe('the activities table of the reception timeline', () => {
  const ORGS = csv('actors.csv', 'id,label,kind\nkom,Integrationsafdelingen,forvaltning\nrk,Røde Kors,organisation\nmette,Mette Lund,person\nali,Ali Haddad,person\n');

  it('reads Danish headers and words: titel, art, ejere, kontaktpersoner, målgruppe, fra/til uge, hyppighed', async () => {
    const data = await readCsv([
      ORGS,
      csv(
        'aktiviteter.csv',
        'id;Titel;Art;Ejere;Kontaktperson(er);Målgruppe;Fra uge;Til uge;Hyppighed;Noter\n' +
          'a1;Velkomstsamtale;Myndighedsopgave;kom;mette;Alle nyankomne;0;1;Én gang;\n' +
          'a2;Lektiecafé;tilbud;rk|kom;ali|mette;Børn og unge;4;26;ugentligt;"Tirsdag; torsdag"\n' +
          'a3;Seniorcafé;aktivitet;rk;;Ældre;-2;8;løbende;\n',
      ),
    ]);
    expect(data.activities).toEqual([
      { id: 'a1', title: 'Velkomstsamtale', kind: 'authority', owners: ['kom'], contacts: ['mette'], targetGroup: 'all', window: { from: 0, to: 1 }, frequency: 'once', notes: '', waves: [] },
      { id: 'a2', title: 'Lektiecafé', kind: 'offer', owners: ['rk', 'kom'], contacts: ['ali', 'mette'], targetGroup: 'children_youth', window: { from: 4, to: 26 }, frequency: 'weekly', notes: 'Tirsdag; torsdag', waves: [] },
      { id: 'a3', title: 'Seniorcafé', kind: 'activity', owners: ['rk'], contacts: [], targetGroup: 'ældre', window: { from: -2, to: 8 }, frequency: 'ongoing', notes: '', waves: [] },
    ]);
    // a target group the codebook lacks is added to it, labelled as written
    expect(data.codebooks.targetGroups.find((g) => g.key === 'ældre')?.label).toEqual({ da: 'Ældre', en: 'Ældre' });
  });

  it('is written as the activities table of the CSV set and the workbook, and read back by id as it was', async () => {
    const data = await readCsv([
      ORGS,
      csv('activities.csv', 'id,title,kind,owners,contacts,target_group,from_week,to_week,frequency,notes,waves\nact-1,Sprogcafé,offer,rk,ali,women,-4,26,weekly,"To linjer\nnoter",\n'),
      csv('codebook.csv', 'list,key,label_da,label_en\ntargetGroups,women,Kvinder og piger,Women and girls\n'),
    ]);
    for (const format of ['csv', 'xlsx'] as const) {
      const write = CODECS[format].write;
      if (!write) throw new Error(`${format} is written`);
      const files = await write(data, { lang: 'da', baseName: 'tidslinje' });
      if (format === 'csv') expect(files.map((f) => f.name)).toContain('activities.csv');
      const back = await readTables(files, format);
      expect(back.activities).toEqual(data.activities);
      expect(back.codebooks.targetGroups).toEqual(data.codebooks.targetGroups);
    }
  });

  it('names every problem by file, row and column, and reads nothing', async () => {
    const e = await rejected(() =>
      readCsv([
        ORGS,
        csv(
          'aktiviteter.csv',
          'titel,ejer,kontaktperson,målgruppe,fra_uge,til_uge,hyppighed,art\n' +
            'Velkomst,mette,kom,all,0,1,,\n' +
            ',rk,,all,x,3,hver anden dag,møde\n' +
            'Cykelkursus,rk|rk,nobody,all,9,2,,\n' +
            'Fodbold,,ali,all,1.5,400,,\n',
        ),
      ]),
    );
    expect(worded(e.problems).map((p) => `${p.where}: ${p.message}`)).toEqual([
      'net/aktiviteter.csv row 1, column ejer: "mette" must be an organisation or department but is Person',
      'net/aktiviteter.csv row 1, column kontaktperson: "kom" must be a person but is Municipal department',
      'net/aktiviteter.csv row 2, column titel: must not be empty',
      'net/aktiviteter.csv row 2, column fra_uge: "x" is not a number',
      expect.stringMatching(/^net\/aktiviteter\.csv row 2, column hyppighed: must be one of "once", "weekly", "monthly", "ongoing"/),
      expect.stringMatching(/^net\/aktiviteter\.csv row 2, column art: must be one of "authority", "offer", "activity"/),
      'net/aktiviteter.csv row 3, column ejer: "rk" is listed more than once',
      'net/aktiviteter.csv row 3, column kontaktperson: a person or organisation "nobody" does not exist',
      'net/aktiviteter.csv row 3, column til_uge: the week "from" (9) is after the week "to" (2)',
      'net/aktiviteter.csv row 4, column ejer: at least 1 item',
      'net/aktiviteter.csv row 4, column fra_uge: must be a whole number',
      'net/aktiviteter.csv row 4, column til_uge: must be at most 260',
    ]);
  });
});

describe('the import mapping of a workbook with a reception timeline', () => {
  async function workbook(): Promise<FileBytes> {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Aktører').addRows([
      ['id', 'navn', 'type'],
      ['kom', 'Integrationsafdelingen', 'forvaltning'],
      ['rk', 'Røde Kors', 'organisation'],
      ['mette', 'Mette Lund', 'person'],
    ]);
    wb.addWorksheet('Modtagelsens aktiviteter').addRows([
      ['Titel', 'Art', 'Ejer(e)', 'Kontaktperson(er)', 'Målgruppe', 'Fra uge', 'Til uge', 'Hyppighed'],
      ['Boligplacering', 'Myndighedsopgave', 'kom', 'mette', 'Alle nyankomne', -8, -1, 'Én gang'],
      ['Familiecafé', 'Tilbud', 'rk', '', 'Familier', 2, 20, 'Hver anden uge'],
    ]);
    return { name: 'tidslinje.xlsx', bytes: new Uint8Array(await wb.xlsx.writeBuffer()) };
  }

  it("suggests the sheet named after activities as the activities table, with its Danish columns", async () => {
    const mapping = suggestMapping(await xlsxSheets(await workbook()));
    expect(mapping.tables.activities).toEqual({
      source: 'Modtagelsens aktiviteter',
      headerRow: 1,
      columns: {
        title: 'Titel',
        kind: 'Art',
        owners: 'Ejer(e)',
        contacts: 'Kontaktperson(er)',
        targetGroup: 'Målgruppe',
        'window.from': 'Fra uge',
        'window.to': 'Til uge',
        frequency: 'Hyppighed',
      },
      values: {},
    });
  });

  it('previews the kinds, target groups and frequencies as written, with what each becomes, and reads them through a mapping of the unknown ones', async () => {
    const file = await workbook();
    const preview = await previewTables([file], 'xlsx');
    expect(preview.values.activities).toEqual({
      kind: [
        { written: 'Myndighedsopgave', count: 1, mapped: 'authority' },
        { written: 'Tilbud', count: 1, mapped: 'offer' },
      ],
      targetGroup: [
        { written: 'Alle nyankomne', count: 1, mapped: 'all' },
        { written: 'Familier', count: 1, mapped: null },
      ],
      frequency: [
        { written: 'Én gang', count: 1, mapped: 'once' },
        { written: 'Hver anden uge', count: 1, mapped: null },
      ],
    });
    const suggested = preview.mapping;
    const activities = suggested.tables.activities;
    if (!activities) throw new Error('an activities table is suggested');
    const mapped = {
      ...suggested,
      unknownCodes: 'refuse' as const,
      tables: { ...suggested.tables, activities: { ...activities, values: { targetGroup: { Familier: 'families' }, frequency: { 'hver anden uge': 'ongoing' } } } },
    };
    const data = await readTables([file], 'xlsx', mapped);
    expect(data.activities.map((a) => [a.id, a.title, a.kind, a.targetGroup, a.window, a.frequency])).toEqual([
      // ids made from the data row, for a table that gives none
      ['act1', 'Boligplacering', 'authority', 'all', { from: -8, to: -1 }, 'once'],
      ['act2', 'Familiecafé', 'offer', 'families', { from: 2, to: 20 }, 'ongoing'],
    ]);
  });

  it('refuses a target group the codebook lacks when the mapping says so, naming the sheet, row and column', async () => {
    const file = await workbook();
    const suggested = (await previewTables([file], 'xlsx')).mapping;
    const e = await rejected(() => readTables([file], 'xlsx', { ...suggested, unknownCodes: 'refuse' }));
    expect(worded(e.problems).map((p) => `${p.where}: ${p.message}`)).toEqual([
      'tidslinje.xlsx, sheet "Modtagelsens aktiviteter" row 3, column Målgruppe: "Familier" is not in the codebook (targetGroups); add it, or map it to a known value',
      'tidslinje.xlsx, sheet "Modtagelsens aktiviteter" row 3, column Hyppighed: must be one of "once", "weekly", "monthly", "ongoing"',
    ]);
  });
});
