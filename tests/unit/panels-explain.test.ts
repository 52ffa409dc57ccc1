import { describe, expect, it } from 'vitest';
import { analysisOptions, analyze } from '../../src/core/analysis/analyze';
import type { Collaboration } from '../../src/core/analysis/dependency';
import { createTranslator } from '../../src/core/i18n/catalogue';
import { namesIn, sayWith } from '../../src/core/analysis/wording';
import { dyadParts, explainCollaboration, explainForum, explainGroup, explainKeyPerson, strongerSide } from '../../src/renderer/src/features/panels/explain';
import { collaborationId, expectedGroupEi, namesOf, numbersFor, sectorsOf, type Say } from '../../src/renderer/src/features/panels/panel-model';
import { sampleData } from '../../scripts/build-sample';

const sayIn = (lang: 'da' | 'en'): Say => sayWith(createTranslator(lang), namesIn(sampleData(), lang));
const da = sayIn('da');
const en = sayIn('en');
const data = sampleData();
const result = analyze(data, analysisOptions(data.settings.analysis, { permutations: 99 }));
const name = namesOf(data);
const idOf = (label: string) => data.actors.find((a) => a.label === label)?.id ?? '';
const thresholds = data.settings.analysis.thresholds;

const jobcenterBoldklub = (): Collaboration => {
  const id = collaborationId({ a: idOf('Jobcenter Bro'), b: idOf('Bro Boldklub') });
  const c = result.collaborations.find((x) => collaborationId(x) === id);
  if (!c) throw new Error('the sample lacks Jobcenter Bro – Bro Boldklub');
  return c;
};

describe('a collaboration explained', () => {
  it('names its carriers, says its survival as a percentage and κ and λ in words', () => {
    const c = jobcenterBoldklub();
    const text = explainCollaboration(c, name, da, numbersFor('da'));
    const all = text.lines.join(' ');
    expect(all).toContain('bæres af Søren Ærø og Jakob Ebbesen');
    expect(all).toMatch(/overlever året med \d+\s% sandsynlighed/);
    expect(all).toContain(`κ = ${c.vertexConnectivity}: ${c.vertexConnectivity} person`);
    expect(all).toContain('Det hviler på én relation, den mellem Søren Ærø og Jakob Ebbesen');
    expect(text.advice.join(' ')).toContain('kontaktperson mere på begge sider');
  });

  it('uses the plural when more than one must leave, in English too', () => {
    const c = { ...jobcenterBoldklub(), vertexConnectivity: 2, edgeConnectivity: 3, flags: [] };
    const text = explainCollaboration(c, name, en, numbersFor('en')).lines.join(' ');
    expect(text).toContain('κ = 2: 2 persons (or organisations) must drop out before Jobcenter Bro and Bro Boldklub can no longer reach each other through the network.');
    expect(text).toContain('λ = 3: 3 ties must end before they can no longer reach each other.');
    expect(explainCollaboration(c, name, en, numbersFor('en')).advice).toEqual([en('panels.dependency.recommendRobust')]);
  });

  it('says a direct tie between the organisations cannot be broken by one person', () => {
    const c = { ...jobcenterBoldklub(), vertexConnectivity: null, edgeConnectivity: null };
    expect(explainCollaboration(c, name, da, numbersFor('da')).lines).toContain(da('panels.dependency.explainDirect'));
  });
});

describe('other rows explained', () => {
  it('reads a key person by the collaborations they carry alone', () => {
    const k = result.keyPersons.find((x) => x.person === idOf('Søren Ærø'));
    expect(k).toBeDefined();
    const text = explainKeyPerson(k!, name, da, numbersFor('da')).lines.join(' ');
    expect(text).toContain('Søren Ærø bærer alene');
    expect(text).toContain('Jobcenter Bro – Bro Boldklub');
  });

  it("reads a dyad's parts as badges and names the stronger side", () => {
    const d = result.power.dyads.find((x) => x.parts.initiative === 1 && x.parts.dependence === 1);
    expect(d).toBeDefined();
    expect(strongerSide(d!)).toEqual({ stronger: d!.source, weaker: d!.target });
    const parts = dyadParts(d!, name, da);
    expect(parts).toContain(`Initiativ: ${name(d!.source)}`);
    expect(parts).toContain(`Afhængig: ${name(d!.target)}`);
  });

  it('reads a forum dominated by one sector and lacking others', () => {
    const f = result.power.forums.find((x) => x.dominant === 'municipality' && x.missing.length > 0);
    expect(f).toBeDefined();
    const sector = sectorsOf(data, 'da');
    const text = explainForum(f!, (k) => sector(k).label, da, numbersFor('da'));
    // a sector in a sentence goes by its definite form, the distribution of seats by its label
    expect(text.lines.join(' ')).toMatch(/Kommunen har \d+\s% af pladserne/);
    expect(text.lines.join(' ')).toContain('Kommune 6');
    expect(text.advice.join(' ')).toContain('ligelig repræsentation');
  });

  it("reads a group against what its size gives at random", () => {
    const g = result.bondingBridging.groups[0]!;
    const text = explainGroup(g, g.label.da, expectedGroupEi(g.size, result.network.actors), thresholds, da, numbersFor('da'));
    expect(text.lines[0]).toContain(`${g.label.da} har ${g.size} aktører`);
    expect(text.advice.length).toBe(1);
  });
});
