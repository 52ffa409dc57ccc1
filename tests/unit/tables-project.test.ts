import { describe, expect, it } from 'vitest';
import type { FileBytes } from '../../src/core/format/files';
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
        mandateLink: '',
        authority: null,
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
