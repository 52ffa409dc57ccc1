import { describe, expect, it } from 'vitest';
import { codeKeyOf } from '../../src/core/text/code-key';

describe('the key of a new code made from its Danish name', () => {
  it('spells æ, ø and å out, lowers the case and joins the words with one underscore', () => {
    expect(codeKeyOf('  Ældre på Østerbro – Åben café ')).toBe('aeldre_paa_oesterbro_aaben_café');
    expect(codeKeyOf('Familier (m. børn)')).toBe('familier_m_boern');
  });

  it('gives nothing for a name of signs only, so that no empty code can be added', () => {
    expect(codeKeyOf(' – / ')).toBe('');
  });
});
