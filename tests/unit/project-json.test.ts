import { describe, expect, it } from 'vitest';
import { decodeProjectJson, encodeProjectJson } from '../../src/core/format/project-json';
import { defaultCodebooks } from '../../src/core/model/defaults';
import { refused, worded } from '../helpers/refused';


const minimal = {
  format: 'brobygger-project',
  version: 1,
  meta: { name: 'Mini' },
  actors: [
    { id: 'org-a', kind: 'organisation', label: 'Forening A', sector: 'civil_society' },
    { id: 'p-1', kind: 'person', label: 'Åse' },
    { id: 'p-2', kind: 'person', label: 'Bo' },
  ],
  memberships: [{ id: 'm-1', person: 'p-1', organisation: 'org-a', role: 'volunteer' }],
  ties: [{ id: 't-1', source: 'p-1', target: 'p-2', strength: 3 }],
};

const decodeError = (value: unknown) => refused(() => decodeProjectJson(typeof value === 'string' ? value : JSON.stringify(value), 'data.json'));

describe('the project JSON format', () => {
  it('fills in defaults for fields a hand-written file leaves out', () => {
    const data = decodeProjectJson(JSON.stringify(minimal), 'mini.json');
    expect(data.meta).toEqual({ name: 'Mini', description: '' });
    expect(data.codebooks).toEqual(defaultCodebooks());
    expect(data.ties[0]).toMatchObject({ type: 'collaboration', directed: false, formality: null, waves: [] });
    expect(data.actors[1]).toMatchObject({ sector: null, attributes: {}, notes: '' });
  });

  it('reads back exactly what it wrote', () => {
    const data = decodeProjectJson(JSON.stringify(minimal), 'mini.json');
    expect(decodeProjectJson(encodeProjectJson(data), 'again.json')).toEqual(data);
  });

  it('accepts a byte-order mark, as Windows editors write one', () => {
    expect(decodeProjectJson(`\uFEFF${JSON.stringify(minimal)}`, 'bom.json').actors).toHaveLength(3);
  });

  it('names the line and column of a syntax error, and what is there, in its own words', () => {
    const e = decodeError('{\n  "format": "brobygger-project",\n  "version": 1,,\n}');
    expect(e.key).toBe('errors.invalidJsonChar');
    expect(e.params).toMatchObject({ char: '","', line: 3 });
    expect(e.message).toMatch(/^data\.json is not valid JSON: unexpected "," at line 3, column \d+\.$/);
  });

  it('says a file ends in the middle of a value', () => {
    expect(decodeError('{"format": "brobygger-project", "version": [1,').message).toMatch(/ends in the middle of a value \(line 1, column 47\)/);
  });

  it('refuses JSON nested too deeply to find the place of its error, without failing itself', () => {
    expect(decodeError(`${'['.repeat(200_000)}x`).key).toBe('errors.invalidJsonSomewhere');
  });

  it('refuses a file that is not a Brobygger export', () => {
    expect(decodeError({ nodes: [] }).key).toBe('errors.invalidFormat');
  });

  it('refuses a file from a newer version, saying which', () => {
    const e = decodeError({ ...minimal, version: 7 });
    expect(e.code).toBe('newer-version');
    expect(e.params).toMatchObject({ found: 7, supported: 2 });
  });

  it('names row, id and field of every bad value, in the user\'s language', () => {
    const bad = {
      ...minimal,
      ties: [...minimal.ties, { id: 't-2', source: 'p-1', target: 'p-2', strength: 'high' }, { id: 't-3', source: 'p-2', target: 'p-2' }],
    };
    const e = decodeError(bad);
    expect(worded(e.problems).map((p) => p.where)).toEqual(['ties[1] (id "t-2").strength', 'ties[2] (id "t-3").target']);
    expect(worded(e.problems)[1]?.message).toBe('a tie needs two different actors');
    expect(worded(decodeError(bad).problems, 'da')[1]?.message).toBe('en relation skal have to forskellige aktører');
  });

  it('reports duplicate ids and references to elements that do not exist', () => {
    const e = decodeError({
      ...minimal,
      actors: [...minimal.actors, { id: 'p-2', kind: 'person', label: 'Bo igen' }],
      ties: [{ id: 't-1', source: 'p-1', target: 'p-9' }],
    });
    expect(worded(e.problems)).toEqual([
      { where: 'actors[3] (id "p-2")', message: 'id "p-2" is used more than once' },
      { where: 'ties[0] (id "t-1").target', message: 'a person or organisation "p-9" does not exist' },
    ]);
  });

  it('refuses a membership whose person is an organisation', () => {
    const e = decodeError({ ...minimal, memberships: [{ id: 'm-1', person: 'org-a', organisation: 'org-a', role: 'member' }] });
    expect(worded(e.problems)).toContainEqual({
      where: 'memberships[0] (id "m-1").person',
      message: '"org-a" must be a person but is Organisation',
    });
  });

  it('refuses codes that are not in the codebooks', () => {
    const e = decodeError({ ...minimal, ties: [{ id: 't-1', source: 'p-1', target: 'p-2', type: 'gossip' }] });
    expect(worded(e.problems)).toEqual([{ where: 'ties[0] (id "t-1").type', message: 'Tie type "gossip" does not exist' }]);
  });

  it('refuses fields it does not know, so a typo is not silently dropped', () => {
    const e = decodeError({ ...minimal, ties: [{ id: 't-1', source: 'p-1', target: 'p-2', strenght: 3 }] });
    expect(worded(e.problems)[0]?.where).toBe('ties[0] (id "t-1")');
    expect(worded(e.problems)[0]?.message).toMatch(/strenght/);
  });
});
