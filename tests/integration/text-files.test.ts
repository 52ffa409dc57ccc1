import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { UserError } from '../../src/core/errors';
import { formatUserError } from '../../src/core/wording/format-error';
import { readInput } from '../../src/main/engine/exchange';
import { decodeText } from '../../src/core/text/decode';
import { refused, rejected } from '../helpers/refused';
import { da, en } from '../helpers/store';
import { tempDir } from '../helpers/temp';

const DANISH = 'Søren Ærø Åby, Øster Ålbæk';
const bom = (...bytes: number[]) => Buffer.from(bytes);
const utf16be = (s: string) => Buffer.from(s, 'utf16le').swap16();

describe('decoding a text file', () => {
  const cases: Array<[string, Buffer, string]> = [
    ['UTF-8', Buffer.from(DANISH), 'utf-8'],
    ['UTF-8 with a byte-order mark', Buffer.concat([bom(0xef, 0xbb, 0xbf), Buffer.from(DANISH)]), 'utf-8'],
    ['UTF-16 little-endian with a byte-order mark', Buffer.concat([bom(0xff, 0xfe), Buffer.from(DANISH, 'utf16le')]), 'utf-16le'],
    ['UTF-16 big-endian with a byte-order mark', Buffer.concat([bom(0xfe, 0xff), utf16be(DANISH)]), 'utf-16be'],
    ['Windows-1252 (bytes that are not UTF-8)', Buffer.from(DANISH, 'latin1'), 'windows-1252'],
  ];
  for (const [name, bytes, encoding] of cases)
    it(`reads ${name} with æ, ø and å intact`, () => {
      expect(decodeText(bytes, 'x.txt')).toEqual({ text: DANISH, encoding });
    });

  it('reads Windows-1252 letters outside Latin-1, such as the euro sign and curly quotes', () => {
    expect(decodeText(bom(0x80, 0x20, 0x93, 0x61, 0x94), 'x.csv').text).toBe('€ “a”');
  });

  it('reads an encoding an XML declaration names', () => {
    const xml = Buffer.from('<?xml version="1.0" encoding="ISO-8859-1"?><a>Ærø</a>', 'latin1');
    expect(decodeText(xml, 'x.graphml', 'ISO-8859-1').text).toBe('<?xml version="1.0" encoding="ISO-8859-1"?><a>Ærø</a>');
  });

  const refusals: Array<[string, Buffer]> = [
    ['UTF-16 without a byte-order mark', Buffer.from(DANISH, 'utf16le')],
    ['UTF-32', Buffer.concat([bom(0xff, 0xfe, 0, 0), Buffer.from('a\0\0\0')])],
    ['a UTF-8 byte-order mark before bytes that are not UTF-8', Buffer.concat([bom(0xef, 0xbb, 0xbf), Buffer.from(DANISH, 'latin1')])],
    ['UTF-16 cut in the middle of a character', Buffer.concat([bom(0xff, 0xfe), Buffer.from('ab', 'utf16le'), bom(0x41)])],
    ['binary data', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d])],
    ['bytes Windows-1252 leaves undefined', Buffer.from([0x61, 0x81, 0x8d, 0xe6])],
  ];
  for (const [name, bytes] of refusals)
    it(`refuses ${name} with a message naming the file, instead of replacement characters`, () => {
      const e = refused(() => decodeText(bytes, 'felt.json'));
      expect(e.key).toBe('errors.notText');
      expect(formatUserError(e, da)).toMatch(/^felt\.json kan ikke læses som tekst: .*Gem den som UTF-8, og prøv igen\.$/);
    });
});

describe('every reader decodes the same way', () => {
  const project = (label: string) =>
    JSON.stringify({ format: 'brobygger-project', version: 1, meta: { name: 'Ærø' }, actors: [{ id: 'a', kind: 'person', label }] });

  it('reads JSON saved as Windows-1252 or UTF-16 with its æ, ø and å (it used to turn them into U+FFFD)', async () => {
    const dir = tempDir();
    const files: Record<string, Buffer> = {
      'ansi.json': Buffer.from(project(DANISH), 'latin1'),
      'utf16.json': Buffer.concat([bom(0xff, 0xfe), Buffer.from(project(DANISH), 'utf16le')]),
      'utf16be.json': Buffer.concat([bom(0xfe, 0xff), utf16be(project(DANISH))]),
    };
    for (const [name, bytes] of Object.entries(files)) {
      writeFileSync(join(dir, name), bytes);
      const { data } = await readInput(join(dir, name));
      expect(data.actors[0]?.label, name).toBe(DANISH);
      expect(data.meta.name, name).toBe('Ærø');
    }
  });

  it('reads a CSV folder in UTF-16 and names a CSV file it cannot decode with its folder', async () => {
    const dir = join(tempDir(), 'Felt');
    mkdirSync(dir);
    writeFileSync(join(dir, 'actors.csv'), Buffer.concat([bom(0xff, 0xfe), Buffer.from(`id;navn\r\na;${DANISH}\r\n`, 'utf16le')]));
    expect((await readInput(dir)).data.actors[0]?.label).toBe(DANISH);
    writeFileSync(join(dir, 'actors.csv'), Buffer.from(`id;navn\r\na;${DANISH}\r\n`, 'utf16le'));
    expect(formatUserError(await rejected(() => readInput(dir)), en)).toMatch(/^Felt\/actors\.csv cannot be read as text/);
  });

  it('reads GraphML in the Latin-1 its declaration names, and in UTF-16', async () => {
    const dir = tempDir();
    const xml = (encoding: string) =>
      `<?xml version="1.0" encoding="${encoding}"?><graphml xmlns="http://graphml.graphdrawing.org/xmlns"><key id="l" for="node" attr.name="label" attr.type="string"/><graph edgedefault="undirected"><node id="a"><data key="l">${DANISH}</data></node></graph></graphml>`;
    writeFileSync(join(dir, 'latin1.graphml'), Buffer.from(xml('ISO-8859-1'), 'latin1'));
    writeFileSync(join(dir, 'utf16.graphml'), Buffer.concat([bom(0xff, 0xfe), Buffer.from(xml('UTF-16'), 'utf16le')]));
    for (const name of ['latin1.graphml', 'utf16.graphml']) expect((await readInput(join(dir, name))).data.actors[0]?.label, name).toBe(DANISH);
  });

  it('refuses a folder given as a JSON file', async () => {
    const dir = join(tempDir(), 'data.json');
    mkdirSync(dir);
    const e = await rejected(() => readInput(dir));
    expect(e).toBeInstanceOf(UserError);
    expect(formatUserError(e, en)).toBe('data.json cannot be read: it is a folder.');
  });
});
