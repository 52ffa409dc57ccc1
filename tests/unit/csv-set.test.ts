import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { UserError } from '../../src/core/errors';
import { decodeCsvSet, type CsvSet } from '../../src/core/format/csv-set';
import { defaultCodebooks, OKABE_ITO } from '../../src/core/model/defaults';
import { refused, worded } from '../helpers/refused';


/** A set of files from their texts. */
const set = (actors: string, ties?: string, memberships?: string): CsvSet => ({
  actors: { name: 'actors.csv', text: actors },
  ...(ties === undefined ? {} : { ties: { name: 'ties.csv', text: ties } }),
  ...(memberships === undefined ? {} : { memberships: { name: 'memberships.csv', text: memberships } }),
});
const read = (files: CsvSet) => decodeCsvSet(files);
const readError = (files: CsvSet) => refused(() => decodeCsvSet(files));

const ACTORS = 'id,label,kind,sector\np-1,Åse,person,municipality\np-2,Bo,person,\norg-1,Forening A,organisation,civil_society\n';

describe('reading a set of CSV files', () => {
  it('reads comma-separated files, with defaults for the columns left out', () => {
    const data = read(set(ACTORS, 'source,target\np-1,p-2\np-2,org-1\n', 'person,organisation\np-1,org-1\n'));
    expect(data.actors.map((a) => [a.id, a.label, a.kind, a.sector])).toEqual([
      ['p-1', 'Åse', 'person', 'municipality'],
      ['p-2', 'Bo', 'person', null],
      ['org-1', 'Forening A', 'organisation', 'civil_society'],
    ]);
    expect(data.ties[0]).toEqual({
      id: 't1',
      source: 'p-1',
      target: 'p-2',
      type: 'collaboration',
      directed: false,
      strength: null,
      formality: null,
      initiative: null,
      mandate: null,
      resourceFlow: null,
      dependent: null,
      governance: null,
      evidence: { source: '', quote: '', confidence: null },
      attributes: {},
      notes: '',
      waves: [],
    });
    expect(data.memberships).toEqual([{ id: 'm1', person: 'p-1', organisation: 'org-1', role: 'member', start: null, end: null, waves: [] }]);
    expect(data.codebooks).toEqual(defaultCodebooks());
    expect(data.meta.name).toBe('actors');
  });

  it('reads what Danish Excel writes: semicolons, a byte-order mark, CRLF line ends and decimal commas', () => {
    const data = read(
      set(
        '\uFEFFid;label;influence;turnover\r\np-1;Åse;2,5;0,3\r\np-2;Bo;3;\r\n',
        '\uFEFFsource;target;strength\r\np-1;p-2;2,5\r\n',
      ),
    );
    expect(data.actors.map((a) => [a.id, a.influence, a.turnover])).toEqual([
      ['p-1', 2.5, 0.3],
      ['p-2', 3, null],
    ]);
    expect(data.ties[0]?.strength).toBe(2.5);
  });

  it('keeps a quoted value with line breaks, separators and quotes as one value', () => {
    const data = read(set('id,label,notes\np-1,"Røde Kors, Bro",\np-2,Bo,"første linje\nanden ""linje"""\n'));
    expect(data.actors.map((a) => [a.label, a.notes])).toEqual([
      ['Røde Kors, Bro', ''],
      ['Bo', 'første linje\nanden "linje"'],
    ]);
  });

  it('understands Danish column names and values', () => {
    const data = read(
      set(
        'Id;Navn;Type;Sektor;Indflydelse\np-1;Åse;person;Kommune;4\norg-1;Forening A;forening;Civilsamfund;\ndep-1;Jobcenter;Forvaltning;kommune;\n',
        'Kilde;Mål;Styrke;Rettet;Formalitet;Initiativ;Sikkerhed\np-1;org-1;3;ja;uformel;kilde;høj\norg-1;dep-1;;nej;formel;begge;\n',
        'Person;Organisation;Rolle;Start;Slut\np-1;org-1;Frivillig;05-03-2020;31.12.2023\np-1;dep-1;ansat;2024-01-01;\n',
      ),
    );
    expect(data.actors.map((a) => [a.kind, a.sector, a.influence])).toEqual([
      ['person', 'municipality', 4],
      ['organisation', 'civil_society', null],
      ['department', 'municipality', null],
    ]);
    expect(data.ties.map((t) => [t.directed, t.strength, t.formality, t.initiative, t.evidence.confidence])).toEqual([
      [true, 3, 'informal', 'source', 'high'],
      [false, null, 'formal', 'both', null],
    ]);
    expect(data.memberships.map((m) => [m.role, m.start, m.end])).toEqual([
      ['volunteer', '2020-03-05', '2023-12-31'],
      ['employee', '2024-01-01', null],
    ]);
  });

  it('accepts true/false, 1/0, ja/nej and yes/no for a tie’s direction', () => {
    const data = read(set(ACTORS, 'source,target,directed\n' + ['true', 'FALSE', '1', '0', 'Ja', 'nej', 'yes', 'No', ''].map((d) => `p-1,p-2,${d}`).join('\n')));
    expect(data.ties.map((t) => t.directed)).toEqual([true, false, true, false, true, false, true, false, false]);
  });

  it('types every other column as a whole: numbers, booleans or text, with null for an empty cell', () => {
    const data = read(
      set(
        'id;label;Alder;Score;Frivillig;Aktiv;Postnr;Telefon;Blandet;Tom\n' +
          'p-1;Åse;34;2,5;SAND;TRUE;0800;12 34 56 78;7;\n' +
          'p-2;Bo;;3;falsk;false;2100;;syv;\n',
      ),
    );
    expect(data.actors.map((a) => a.attributes)).toEqual([
      { Alder: 34, Score: 2.5, Frivillig: true, Aktiv: true, Postnr: '0800', Telefon: '12 34 56 78', Blandet: '7', Tom: null },
      { Alder: null, Score: 3, Frivillig: false, Aktiv: false, Postnr: '2100', Telefon: null, Blandet: 'syv', Tom: null },
    ]);
  });

  it('reads a decimal comma only in files separated by semicolons', () => {
    const data = read(set('id,label,score\np-1,Åse,"2,5"\np-2,Bo,3\n'));
    expect(data.actors.map((a) => a.attributes['score'])).toEqual(['2,5', '3']);
  });

  it('keeps the columns it does not know as the ties’ own attributes', () => {
    const data = read(set(ACTORS, 'source,target,weight,siden\np-1,p-2,2,2019\n'));
    expect(data.ties[0]).toMatchObject({ strength: 2, attributes: { siden: 2019 } });
  });

  it('creates the waves the rows name, in natural order', () => {
    const data = read(set('id,label,waves\np-1,Åse,w10|w2\np-2,Bo,\n', 'source,target,waves\np-1,p-2, w1 \n'));
    expect(data.waves).toEqual([
      { id: 'w1', label: 'w1', date: null },
      { id: 'w2', label: 'w2', date: null },
      { id: 'w10', label: 'w10', date: null },
    ]);
    expect(data.actors.map((a) => a.waves)).toEqual([['w10', 'w2'], []]);
  });

  it('adds the sectors and tie types it does not know to the codebooks, and widens the strength scale to the data', () => {
    const data = read(set('id,label,sector\np-1,Åse,Kirke\np-2,Bo,kirke\n', 'source,target,type,strength\np-1,p-2,Nabohjælp,10\np-2,p-1,advice,0.5\n'));
    const defaults = defaultCodebooks();
    expect(data.codebooks.sectors.slice(defaults.sectors.length)).toEqual([{ key: 'kirke', label: { da: 'Kirke', en: 'Kirke' }, color: OKABE_ITO[5], definite: { da: '', en: '' } }]);
    expect(data.codebooks.tieTypes.slice(defaults.tieTypes.length)).toEqual([
      { key: 'nabohjælp', label: { da: 'Nabohjælp', en: 'Nabohjælp' }, color: OKABE_ITO[6] },
    ]);
    expect(data.ties.map((t) => t.type)).toEqual(['nabohjælp', 'advice']);
    expect(data.settings.strengthScale).toEqual({ min: 0.5, max: 10 });
  });

  it('gives rows without an id the ids t1…, m1… by row, never one the file already uses', () => {
    const data = read(set(ACTORS, 'id,source,target\n,p-1,p-2\nt1,p-2,org-1\n,p-1,org-1\n', 'id,person,organisation\n,p-1,org-1\n'));
    expect(data.ties.map((t) => t.id)).toEqual(['t1_2', 't1', 't3']);
    expect(data.memberships.map((m) => m.id)).toEqual(['m1']);
  });

  it('skips empty lines and the rows of separators Excel leaves behind', () => {
    const data = read(set('id;label\n\np-1;Åse\n;;\n  \np-2;Bo\n'));
    expect(data.actors.map((a) => a.id)).toEqual(['p-1', 'p-2']);
  });
});

describe('naming the place of a problem', () => {
  it('names the file, the data row counted from 1 below the header, its id and the column', () => {
    const e = readError(set('id,label,sector,influence\np-1,Åse,,\np-2,Bo,,lots\n'));
    expect(worded(e.problems)).toEqual([{ where: 'actors.csv row 2 (id "p-2"), column influence', message: '"lots" is not a number' }]);
  });

  it('gives the file line too when a row does not start on line row + 1, after quoted line breaks or empty lines', () => {
    const e = readError(set('id,label,influence\np-1,"Åse\nØrum",1\n\np-2,Bo,x\np-3,Cy,y\n'));
    expect(worded(e.problems).map((p) => p.where)).toEqual([
      'actors.csv row 2 (id "p-2", line 5), column influence',
      'actors.csv row 3 (id "p-3", line 6), column influence',
    ]);
  });

  it('names a tie or membership by its ends when it has no id, and the column as the file writes it', () => {
    const e = readError(set(ACTORS, 'Kilde,Mål,Styrke\np-1,p-2,stærk\n', 'Person,Organisation,Rolle\np-1,org-1,praktikant\n'));
    expect(worded(e.problems).map((p) => p.where)).toEqual([
      'ties.csv row 1 (source "p-1", target "p-2"), column Styrke',
      'memberships.csv row 1 (person "p-1", organisation "org-1"), column Rolle',
    ]);
  });

  it('names places and problems in the user’s language', () => {
    const e = readError(set('id;navn;indflydelse\np-1;Åse;meget\n'));
    expect(worded(e.problems, 'da')).toEqual([{ where: 'actors.csv række 1 (id "p-1"), kolonne indflydelse', message: '"meget" er ikke et tal' }]);
  });
});

describe('refusing a set of CSV files, every problem at once, in the order of the files’ rows and columns', () => {
  it('names a missing required column and the columns the file has', () => {
    const e = readError(set('id,navn2,type\np-1,Åse,person\n', 'from_id,to_id\n'));
    expect(e.message).toBe('actors.csv, ties.csv: 3 errors in the data.');
    expect(worded(e.problems)).toEqual([
      { where: 'actors.csv', message: 'the column "label"/"navn"/"name" is missing; the file has the columns: id, navn2, type' },
      { where: 'ties.csv', message: 'the column "source"/"kilde"/"fra"/"from" is missing; the file has the columns: from_id, to_id' },
      { where: 'ties.csv', message: 'the column "target"/"mål"/"til"/"to" is missing; the file has the columns: from_id, to_id' },
    ]);
  });

  it('refuses an empty file, a column named twice and values under no column name', () => {
    const e = readError(set('id,label,Label,\np-1,Åse,Å,x\n', '\n\n', 'person,organisation\np-1,org-1,extra\n'));
    expect(worded(e.problems)).toEqual([
      { where: 'actors.csv, column Label', message: 'the column Label appears more than once' },
      { where: 'actors.csv', message: 'column no. 4 has values but no name in the first row' },
      { where: 'ties.csv', message: 'the file is empty; its first row must name the columns (source, target)' },
    ]);
    const extra = readError(set(ACTORS, undefined, 'person,organisation\np-1,org-1,extra\n'));
    expect(worded(extra.problems)).toEqual([
      { where: 'memberships.csv row 1 (person "p-1", organisation "org-1")', message: 'the row has 3 values, but the first row names only 2 columns' },
    ]);
  });

  it('refuses repeated ids and references to actors that do not exist or are of the wrong kind', () => {
    const e = readError(
      set(
        `${ACTORS}p-2,Bo igen,person,\n`,
        'id,source,target\nt-1,p-1,p-9\nt-1,p-1,p-2\n',
        'person,organisation\np-1,p-2\norg-1,org-1\nx-1,org-1\n',
      ),
    );
    expect(worded(e.problems)).toEqual([
      { where: 'actors.csv row 4 (id "p-2"), column id', message: 'id "p-2" is used more than once' },
      { where: 'ties.csv row 1 (id "t-1"), column target', message: 'a person or organisation "p-9" does not exist' },
      { where: 'ties.csv row 2 (id "t-1"), column id', message: 'id "t-1" is used more than once' },
      { where: 'memberships.csv row 1 (person "p-1", organisation "p-2"), column organisation', message: '"p-2" must be an organisation or department but is Person' },
      { where: 'memberships.csv row 2 (person "org-1", organisation "org-1"), column person', message: '"org-1" must be a person but is Organisation' },
      { where: 'memberships.csv row 3 (person "x-1", organisation "org-1"), column person', message: 'a person or organisation "x-1" does not exist' },
    ]);
  });

  it('refuses bad values: strength, direction, date, kind, role, and a tie from an actor to itself', () => {
    const e = readError(
      set(
        'id,label,kind\np-1,Åse,robot\np-2,Bo,person\norg-1,A,organisation\n',
        'source,target,strength,directed\np-2,org-1,stærk,måske\np-2,p-2,0,\n',
        'person,organisation,role,start,end\np-2,org-1,praktikant,31/12/2020,\np-2,org-1,,2020-02-30,\np-2,org-1,,2021-01-01,2020-01-01\n',
      ),
    );
    expect(worded(e.problems)).toEqual([
      { where: 'actors.csv row 1 (id "p-1"), column kind', message: expect.stringMatching(/person.*organisation.*department/) as unknown },
      { where: 'ties.csv row 1 (source "p-2", target "org-1"), column strength', message: '"stærk" is not a number' },
      {
        where: 'ties.csv row 1 (source "p-2", target "org-1"), column directed',
        message: '"måske" is neither yes nor no (use true/false, 1/0, ja/nej, yes/no)',
      },
      { where: 'ties.csv row 2 (source "p-2", target "p-2"), column target', message: 'a tie needs two different actors' },
      { where: 'ties.csv row 2 (source "p-2", target "p-2"), column strength', message: 'must be above 0' },
      {
        where: 'memberships.csv row 1 (person "p-2", organisation "org-1"), column role',
        message: expect.stringMatching(/^the role "praktikant" is not in the codebook; use one of: Ansat \(employee\), Frivillig \(volunteer\)/) as unknown,
      },
      {
        where: 'memberships.csv row 1 (person "p-2", organisation "org-1"), column start',
        message: '"31/12/2020" is not a date (use yyyy-mm-dd, dd-mm-yyyy or dd.mm.yyyy)',
      },
      { where: 'memberships.csv row 2 (person "p-2", organisation "org-1"), column start', message: expect.any(String) as unknown },
      { where: 'memberships.csv row 3 (person "p-2", organisation "org-1"), column end', message: 'the end date is before the start date' },
    ]);
  });

  it('refuses more attribute columns than the model allows once for the file, not once per row', () => {
    const header = ['id', 'label', ...Array.from({ length: 201 }, (_, i) => `q${i}`)].join(',');
    const e = readError(set(`${header}\np-1,Åse\np-2,Bo\n`));
    expect(worded(e.problems)).toEqual([{ where: 'actors.csv', message: 'at most 200 attributes' }]);
  });

  it('takes words that name JavaScript’s own object machinery as plain data', () => {
    const data = read(set('id,label,constructor\np-1,Åse,toString\np-2,Bo,constructor\n', 'source,target,__proto__\np-1,p-2,x\n'));
    expect(data.actors.map((a) => a.attributes)).toEqual([{ constructor: 'toString' }, { constructor: 'constructor' }]);
    const e = readError(set(ACTORS, 'source,target,directed,formality\np-1,p-2,constructor,toString\n'));
    expect(worded(e.problems)).toEqual([
      {
        where: 'ties.csv row 1 (source "p-1", target "p-2"), column directed',
        message: '"constructor" is neither yes nor no (use true/false, 1/0, ja/nej, yes/no)',
      },
      { where: 'ties.csv row 1 (source "p-1", target "p-2"), column formality', message: expect.stringMatching(/formal.*informal/) as unknown },
    ]);
  });

  it('refuses a quoted value that is never closed or is followed by more text', () => {
    const unclosed = readError(set('id,label\np-1,"Åse\np-2,Bo\n'));
    expect(worded(unclosed.problems)[0]).toEqual({
      where: 'actors.csv row 1 (id "p-1")',
      message: 'a quotation mark is never closed, so the rest of the file would be read as one value',
    });
    const trailing = readError(set('id,label\np-1,"Åse" Ørum\n'));
    expect(worded(trailing.problems)[0]?.where).toBe('actors.csv row 1 (id "p-1")');
    expect(worded(trailing.problems)[0]?.message).toMatch(/quotation mark/);
  });
});

/** Decodes, and returns what it threw when that was anything but a UserError. */
function crash(files: CsvSet): unknown {
  try {
    decodeCsvSet(files);
  } catch (e) {
    if (!(e instanceof UserError)) return e;
  }
  return undefined;
}

const TIES = 'id;source;target;type;directed;strength;formality;waves\nt-1;p-1;p-2;advice;ja;2,5;formel;w1\nt-2;p-2;org-1;;nej;;;\n';
const MEMBERSHIPS = 'person;organisation;role;start;end\np-1;org-1;frivillig;01-02-2020;31.12.2023\n';
const text = (bytes: Uint8Array) => new TextDecoder('utf-8').decode(bytes);

describe('CSV files from anywhere', () => {
  it('never throws anything but a UserError for random bytes in any of the files', () => {
    const noise = fc.oneof(
      fc.uint8Array({ maxLength: 300 }).map(text),
      fc.array(fc.constantFrom('id', 'label', 'source', 'target', 'person', 'organisation', ',', ';', '"', '\n', '\r\n', 'p-1', 'org-1', '2,5', 'ja', '|', ' '), { maxLength: 60 }).map((t) => t.join('')),
    );
    fc.assert(
      fc.property(noise, noise, noise, (a, t, m) => {
        expect(crash(set(a, t, m))).toBeUndefined();
        expect(crash(set(`id,label\n${a}`, `source,target\n${t}`, `person,organisation\n${m}`))).toBeUndefined();
      }),
      { numRuns: 300 },
    );
  });

  it('never throws anything but a UserError for valid files, randomly damaged', () => {
    const edit = fc.record({
      file: fc.constantFrom(0, 1, 2),
      at: fc.nat(),
      length: fc.nat({ max: 20 }),
      insert: fc.oneof(fc.string({ maxLength: 8 }), fc.constantFrom('"', ';', ',', '\n', '\r', '\uFEFF', '|', 'p-1')),
    });
    fc.assert(
      fc.property(fc.array(edit, { maxLength: 6 }), (edits) => {
        const files = [ACTORS.replace(/,/g, ';'), TIES, MEMBERSHIPS];
        for (const e of edits) {
          const f = files[e.file] ?? '';
          const at = e.at % (f.length + 1);
          files[e.file] = f.slice(0, at) + e.insert + f.slice(Math.min(f.length, at + e.length));
        }
        expect(crash(set(files[0] ?? '', files[1], files[2]))).toBeUndefined();
      }),
      { numRuns: 400 },
    );
  });
});
