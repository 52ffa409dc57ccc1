import { describe, expect, it } from 'vitest';
import type { ActorId } from '../../src/core/ids';
import { IMPORT_MAPPING_FORMAT, type ImportMapping } from '../../src/core/format/tables/mapping';
import type { NameEntry } from '../../src/core/import/name-groups';
import { choiceOf, confirmAll, pendingNames, setNameChoice, withNameChoices } from '../../src/renderer/src/features/exchange/wizard-names';

const mapping: ImportMapping = {
  format: IMPORT_MAPPING_FORMAT,
  version: 1,
  unknownCodes: 'add',
  tables: { nominations: { source: 'svar.csv', headerRow: 1, columns: {}, values: {} } },
};

const entry = (name: string, match: NameEntry['match'], extra: Partial<NameEntry> = {}): NameEntry => ({
  kind: 'person',
  name,
  label: name,
  spellings: [name],
  count: 1,
  at: { file: 'svar.csv', row: 1, column: 'Kontakt' },
  match,
  candidates: [],
  similar: [],
  decision: 'undecided',
  fromMapping: false,
  actorId: null,
  score: null,
  sameAs: null,
  ...extra,
});
const candidate = (actorId: string, label: string, score: number) => ({ actorId: actorId as ActorId, label, score });

const exact = entry('Mette Sørensen', 'exact', { candidates: [candidate('p-mette', 'Mette Sørensen', 1)] });
const suggestion = entry('M. Lund', 'suggested', { candidates: [candidate('p-lund', 'Mette Lund', 0.845)] });
const inFile = entry('L. Bæk', 'none', { similar: [{ name: 'Lise Bæk', score: 0.865 }] });
const unknown = entry('Ahmad K.', 'none');
const entries = [exact, suggestion, inFile, unknown];

describe('the names step’s choices', () => {
  it('chooses exact matches already, waits for suggestions, and makes the rest new or skipped as the box says', () => {
    expect(entries.map((e) => choiceOf(mapping, e, false))).toEqual(['actor:p-mette', '', '', 'skip']);
    expect(choiceOf(mapping, unknown, true)).toBe('new');
    expect(pendingNames(mapping, entries, false)).toEqual([suggestion, inFile]);
  });

  it('writes a choice into the mapping under the name, replacing one under another spelling', () => {
    const loaded: ImportMapping = { ...mapping, names: { 'lund, m.': 'skip' } };
    expect(choiceOf(loaded, suggestion, false)).toBe('skip');
    const next = setNameChoice(loaded, suggestion, 'actor:p-lund');
    expect(next.names).toEqual({ 'M. Lund': 'p-lund' });
    expect(setNameChoice(next, suggestion, '').names).toEqual({});
    expect(setNameChoice(mapping, inFile, 'same:Lise Bæk').names).toEqual({ 'L. Bæk': { sameAs: 'Lise Bæk' } });
    expect(setNameChoice(mapping, { ...unknown, kind: 'organisation' }, 'new').organisations).toEqual({ 'Ahmad K.': 'new' });
  });

  it('names an actor whose id is a word of the mapping as an object', () => {
    const next = setNameChoice(mapping, unknown, 'actor:new');
    expect(next.names).toEqual({ 'Ahmad K.': { actor: 'new' } });
    expect(choiceOf(next, unknown, false)).toBe('actor:new');
  });

  it('confirms every suggestion at once: the project’s best candidate, else the fuller spelling in the file', () => {
    const next = confirmAll(mapping, entries, false);
    expect(next.names).toEqual({ 'M. Lund': 'p-lund', 'L. Bæk': { sameAs: 'Lise Bæk' } });
    expect(pendingNames(next, entries, false)).toEqual([]);
  });

  it('gives the check every decision shown, leaving exact matches to the engine', () => {
    const confirmed = confirmAll(mapping, entries, true);
    expect(withNameChoices(confirmed, entries, true).names).toEqual({ 'M. Lund': 'p-lund', 'L. Bæk': { sameAs: 'Lise Bæk' }, 'Ahmad K.': 'new' });
    expect(withNameChoices(mapping, entries, false).names).toEqual({ 'Ahmad K.': 'skip' });
  });
});
