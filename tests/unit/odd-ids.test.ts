import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analysisOptions, analyze } from '../../src/core/analysis/analyze';
import { departureScenario } from '../../src/core/analysis/departure';
import { findingKey, type Finding } from '../../src/core/analysis/findings';
import { namesIn, sayWith } from '../../src/core/analysis/wording';
import { decodeProjectJson } from '../../src/core/format/project-json';
import { createTranslator } from '../../src/core/i18n/catalogue';
import { compositeKey, pairKey, unorderedPairKey } from '../../src/core/model/pairs';
import { findAppRoot } from '../../src/main/engine/paths';
import { mapElements, overlayOf, PLAIN } from '../../src/renderer/src/features/map/map-elements';
import { highlightIdentity } from '../../src/core/drawing/overlays';
import { explainKeyPerson } from '../../src/renderer/src/features/panels/explain';
import { collaborationId, highlightKey, highlightOf, namesOf, numbersFor, type Say } from '../../src/renderer/src/features/panels/panel-model';
import { overlayOfScenario, pairItemKey, pairName } from '../../src/renderer/src/features/scenario/scenario-model';

/**
 * Ids are the user's own: `|`, `~`, spaces, æøå and emoji must come through the analysis and the
 * renderer's models as the ids they are. The fixture also holds actors named `Org` and `1`, which
 * a split of "Org|1|Y" on `|` would wrongly name.
 */
const root = findAppRoot();
const data = decodeProjectJson(readFileSync(join(root, 'tests/fixtures/json/odd-ids.json'), 'utf8'), 'odd-ids.json');
const options = analysisOptions(data.settings.analysis, { permutations: 0, monteCarloRuns: 0 });
const result = analyze(data, options);
const CLUB = '~ æøå 🚲';

describe('a lookup key of several strings', () => {
  it('never gives two different lists the same key, whatever the parts contain', () => {
    const part = fc.oneof(fc.string({ maxLength: 6 }), fc.constantFrom('|', '~', '1:', ':', '2:ab', ',', '', '😀', 'æ'));
    fc.assert(
      fc.property(fc.array(part, { maxLength: 4 }), fc.array(part, { maxLength: 4 }), (x, y) =>
        (compositeKey(x) === compositeKey(y)) === (JSON.stringify(x) === JSON.stringify(y)),
      ),
      { numRuns: 2_000 },
    );
  });

  it('tells pairs apart that a separator would join alike', () => {
    expect(pairKey('Org|1', 'Y')).not.toBe(pairKey('Org', '1|Y'));
    expect(pairKey('a~', 'b')).not.toBe(pairKey('a', '~b'));
    expect(unorderedPairKey('Y', 'Org|1')).toBe(unorderedPairKey('Org|1', 'Y'));
  });
});

describe('a project whose ids hold |, ~, spaces, æøå and emoji, analysed', () => {
  it('finds the collaborations between the organisations the ids name', () => {
    expect(result.collaborations.map((c) => [c.a, c.b])).toEqual([
      ['Org|1', 'Y'],
      ['Y', CLUB],
      ['Org', '1'],
    ]);
    expect(result.collaborations[0]).toMatchObject({ carrierPersons: ['p|a', 'p~b'], carrierTies: ['t|1'], flags: ['single-relationship', 'informal-only'] });
  });

  it("gives each key person's lost collaborations as pairs of ids", () => {
    const lost = Object.fromEntries(result.keyPersons.map((k) => [k.person, k.collaborationsLost]));
    expect(lost['p~b']).toEqual([
      ['Org|1', 'Y'],
      ['Y', CLUB],
    ]);
    expect(lost['p|a']).toEqual([['Org|1', 'Y']]);
    expect(lost['Åse 😀']).toEqual([['Y', CLUB]]);
    expect(lost['r|']).toEqual([['Org', '1']]);
  });

  it('says which collaborations a departure ends, as pairs of ids', () => {
    const scenario = departureScenario(data, options, { persons: ['p~b'] });
    expect(scenario.leaving).toEqual(['p~b']);
    expect(scenario.lostCollaborations).toEqual([
      ['Org|1', 'Y'],
      ['Y', CLUB],
    ]);
    expect(scenario.weakenedCollaborations).toEqual([]);
    expect(departureScenario(data, options, { organisation: CLUB }).lostCollaborations).toEqual([['Y', CLUB]]);
  });

  it('plans an introduction that mends the collaboration between Org|1 and Y, and formalises the rest', () => {
    const plan = result.resiliencePlan;
    expect(plan).toContainEqual({ kind: 'introduce', persons: ['q 1', 'y 2'], mends: [['Org|1', 'Y']], riskRemoved: expect.any(Number) as unknown });
    expect(plan.filter((s) => s.kind === 'formalise').map((s) => s.organisations)).toEqual(expect.arrayContaining([['Y', CLUB], ['Org', '1']]));
  });

  it("names a key person's collaborations among a finding's elements, each finding with a key of its own", () => {
    const keyPerson = result.findings.find((f) => f.kind === 'key-person' && f.elements.actors.some((a) => a === 'p~b'));
    expect(keyPerson?.elements.collaborations).toEqual([
      ['Org|1', 'Y'],
      ['Y', CLUB],
    ]);
    const keys = result.findings.map(findingKey);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('keys findings apart whose elements a comma, a bar or a tilde would run together', () => {
    const finding = (elements: Partial<Record<keyof Finding['elements'], unknown>>) =>
      ({ ...result.findings[0], kind: 'key-person', elements: { actors: [], ties: [], forums: [], collaborations: [], activities: [], ...elements } }) as Finding;
    const pairs = [
      finding({ actors: ['a,b'] }),
      finding({ actors: ['a', 'b'] }),
      finding({ actors: ['a'], ties: ['b'] }),
      finding({ actors: ['a|b'] }),
      finding({ collaborations: [['x~y', 'z']] }),
      finding({ collaborations: [['x', 'y~z']] }),
    ].map(findingKey);
    expect(new Set(pairs).size).toBe(pairs.length);
  });
});

describe("the renderer's models on such ids", () => {
  const name = namesOf(data);
  const say: Say = sayWith(createTranslator('da'), namesIn(data, 'da'));

  it('shows a chosen collaboration with its own organisations, persons and ties, and none of the decoys', () => {
    const h = highlightOf(result, data, { kind: 'collaboration', id: collaborationId({ a: 'Org|1', b: 'Y' }) });
    expect(h).toEqual({ actors: ['Org|1', 'Y', 'p|a', 'p~b'], ties: ['t|1'] });
  });

  it("shows a key person's collaborations on the map, and names them in the explanation", () => {
    const h = highlightOf(result, data, { kind: 'keyPerson', id: 'p~b' });
    expect(h?.actors).toEqual(expect.arrayContaining(['p~b', 'Org|1', 'Y', CLUB, 'p|a', 'Åse 😀']));
    expect(h?.actors).not.toContain('Org');
    expect(h?.actors).not.toContain('1');
    expect([...(h?.ties ?? [])].sort()).toEqual(['t|1', 't~2']);
    const k = result.keyPersons.find((x) => x.person === 'p~b');
    const text = explainKeyPerson(k!, name, say, numbersFor('da')).lines.join(' ');
    expect(text).toContain('Forening | Ét – Y-afdelingen og Y-afdelingen – Cykelklubben Øst 🚲');
  });

  it('marks on the map the organisations whose collaboration a departure ends, not those a split id would name', () => {
    const scenario = departureScenario(data, options, { persons: ['p~b'] });
    const overlay = overlayOfScenario(scenario, data.ties);
    expect([...overlay.lostTies].sort()).toEqual(['t 🚲5', 't|1', 't~2']);
    expect(scenario.lostCollaborations.map((p) => pairName(p, name))).toEqual(['Forening | Ét – Y-afdelingen', 'Y-afdelingen – Cykelklubben Øst 🚲']);
    expect(new Set(scenario.lostCollaborations.map(pairItemKey)).size).toBe(2);
    const els = mapElements(data, 'da', overlayOf(result), { ...PLAIN, scenario: overlay });
    const classes = (id: string) => String(els.nodes.find((n) => n.data.id === id)?.classes ?? '');
    expect(classes('Org|1')).toContain('collab-lost');
    expect(classes(CLUB)).toContain('collab-lost');
    expect(classes('Org')).not.toContain('collab-lost');
    expect(classes('1')).not.toContain('collab-lost');
    expect(classes('p~b')).toContain('leaving');
  });

  it('draws one proposed tie for two persons whichever way round they were proposed', () => {
    const els = mapElements(data, 'da', overlayOf(result), { ...PLAIN, proposals: [{ source: 'q 1', target: 'y 2' }, { source: 'y 2', target: 'q 1' }, { source: 'p|a', target: 'y 2' }] });
    expect(els.edges.filter((e) => e.classes === 'proposal')).toHaveLength(2);
  });

  it('tells apart highlights whose ids a comma would run together', () => {
    expect(highlightKey({ actors: ['a,b'], ties: [] })).not.toBe(highlightKey({ actors: ['a', 'b'], ties: [] }));
    expect(highlightIdentity({ actors: ['a|'], ties: ['b'] })).not.toBe(highlightIdentity({ actors: ['a'], ties: ['|b'] }));
  });
});
