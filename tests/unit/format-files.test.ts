import { describe, expect, it } from 'vitest';
import { formatOfName, sniffFormat } from '../../src/core/format/files';
import { checkFormatOf } from '../../src/core/format/registry';
import { encodeText } from '../../src/core/text/decode';
import { createTranslator } from '../../src/core/i18n/catalogue';
import { formatUserError } from '../../src/core/wording/format-error';
import { refused } from '../helpers/refused';

const bytes = (text: string) => encodeText(text);

describe('the format of a file', () => {
  it('is named by its extension, whatever its case', () => {
    expect(['a.JSON', 'b.csv', 'c.xlsx', 'd.GraphML', 'e.xml', 'f.gexf', 'g.net', 'h.paj', 'i.dl', 'j.pdf'].map(formatOfName)).toEqual([
      'json', 'csv', 'xlsx', 'graphml', 'graphml', 'gexf', 'pajek', 'pajek', 'ucinet', undefined,
    ]);
  });

  it('shows in its first bytes, where the format has a mark of its own', () => {
    expect(sniffFormat(bytes('<?xml version="1.0" encoding="UTF-8"?>\n<!-- Gephi -->\n<gexf xmlns="http://gexf.net/1.3" version="1.3">'))).toBe('gexf');
    expect(sniffFormat(bytes('\uFEFF<?xml version="1.0"?><graphml xmlns="http://graphml.graphdrawing.org/xmlns">'))).toBe('graphml');
    expect(sniffFormat(bytes('*Vertices 3\n1 "a"\n'))).toBe('pajek');
    expect(sniffFormat(bytes('% written on Windows\r\n%\r\n*network Århus\r\n'))).toBe('pajek');
    expect(sniffFormat(bytes('DL n=3\nformat = edgelist1\n'))).toBe('ucinet');
    expect(sniffFormat(bytes('  {"format": "brobygger-project"}'))).toBe('json');
    expect(sniffFormat(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14]))).toBe('xlsx');
    expect(sniffFormat(bytes('id;navn\np-1;Åse\n'))).toBeUndefined();
  });

  it('refuses a file read as another format, saying what it is, in Danish', () => {
    const e = refused(() => checkFormatOf({ name: 'netværk.graphml', bytes: bytes('<gexf version="1.2"><graph/></gexf>') }, 'graphml'));
    expect(formatUserError(e, createTranslator('da'))).toBe(
      'netværk.graphml er en GEXF-fil, ikke GraphML. Vælg formatet GEXF, eller giv filen den rigtige endelse.',
    );
    expect(() => checkFormatOf({ name: 'a.graphml', bytes: bytes('<graphml/>') }, 'graphml')).not.toThrow();
  });
});
