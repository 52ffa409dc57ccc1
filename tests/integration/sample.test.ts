import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findAppRoot, SAMPLE_RESOURCE } from '../../src/main/engine/paths';
import { ProjectStore } from '../../src/main/engine/project-store';
import { buildSample, sampleData } from '../../scripts/build-sample';
import { analysisOptions, analyze } from '../../src/core/analysis/analyze';
import { departureScenario } from '../../src/core/analysis/departure';
import { namesIn, word } from '../../src/core/analysis/wording';
import { createTranslator } from '../../src/core/i18n/catalogue';
import { storeOptions } from '../helpers/store';
import { sha256, tempDir } from '../helpers/temp';

const shipped = join(findAppRoot(), 'resources', SAMPLE_RESOURCE);

function readOnly(path: string) {
  const store = ProjectStore.open(path, storeOptions({ readonly: true }));
  try {
    return { data: store.read(), history: store.historyState() };
  } finally {
    store.close();
  }
}

describe('the sample project Bro Kommune', () => {
  it('is exactly what its readable source builds (run `npm run sample` after editing the source)', () => {
    const before = sha256(shipped);
    const rebuilt = join(tempDir(), 'rebuilt.brobygger');
    buildSample(rebuilt);
    expect(readOnly(shipped).data).toEqual(readOnly(rebuilt).data);
    expect(sha256(shipped)).toBe(before);
  });

  it('starts with no history, so the user cannot undo the sample away', () => {
    expect(readOnly(shipped).history).toEqual({ undoCount: 0, redoCount: 0, undo: null, redo: null });
  });

  it('has the departments, civil society and persons the product description asks for', () => {
    const data = sampleData();
    const persons = data.actors.filter((a) => a.kind === 'person');
    expect(persons.length).toBeGreaterThanOrEqual(40);
    expect(persons.length).toBeLessThanOrEqual(80);
    expect(data.actors.filter((a) => a.kind === 'department').length).toBeGreaterThanOrEqual(5);
    expect(new Set(data.actors.map((a) => a.sector))).toEqual(new Set(['municipality', 'civil_society', 'citizens', 'business', 'other_public']));
    expect(data.forums.map((f) => f.kind).sort()).toEqual(['coordination', 'network', 'working', 'working']);
    expect(data.waves).toHaveLength(2);
    expect(persons.some((p) => /[æøå]/i.test(p.label))).toBe(true);
  });

  it('gives its ties types, strength, formality, evidence, and initiative where sectors meet', () => {
    const { ties, actors } = sampleData();
    const sector = new Map(actors.map((a) => [a.id as string, a.sector]));
    const crossSector = ties.filter((t) => sector.get(t.source) !== sector.get(t.target));
    expect(new Set(ties.map((t) => t.formality))).toEqual(new Set(['formal', 'informal']));
    expect(new Set(ties.map((t) => t.type)).size).toBeGreaterThanOrEqual(5);
    expect(ties.every((t) => t.strength !== null && t.evidence.source !== '')).toBe(true);
    expect(crossSector.filter((t) => t.initiative !== null).length).toBeGreaterThan(crossSector.length * 0.75);
    expect(ties.some((t) => t.governance === 'supplier') && ties.some((t) => t.governance === 'partner')).toBe(true);
  });

  it('contains a collaboration carried by a single person-to-person tie (Jobcenter and the football club)', () => {
    const data = sampleData();
    const orgOf = new Map<string, Set<string>>();
    for (const m of data.memberships) orgOf.set(m.person, new Set([...(orgOf.get(m.person) ?? []), m.organisation]));
    const between = (a: string, b: string) =>
      data.ties.filter((t) => {
        const s = orgOf.get(t.source) ?? new Set();
        const g = orgOf.get(t.target) ?? new Set();
        return (s.has(a) && g.has(b)) || (s.has(b) && g.has(a));
      });
    expect(between('org-jobcenter', 'org-boldklub').map((t) => t.id)).toEqual(['t-095']);
  });

  it('has a reception timeline of about 25 activities: authority tasks, offers and activities, municipal and voluntary, with owners, contacts, target groups and windows', () => {
    const { activities, actors } = sampleData();
    const actor = new Map(actors.map((a) => [a.id as string, a]));
    expect(activities.length).toBeGreaterThanOrEqual(20);
    expect(activities.length).toBeLessThanOrEqual(30);
    expect(new Set(activities.map((a) => a.kind))).toEqual(new Set(['authority', 'offer', 'activity']));
    expect(new Set(activities.flatMap((a) => a.owners.map((o) => actor.get(o)?.sector)))).toEqual(
      new Set(['municipality', 'civil_society', 'citizens', 'business', 'other_public']),
    );
    expect(new Set(activities.map((a) => a.targetGroup)).size).toBeGreaterThanOrEqual(6);
    expect(activities.every((a) => a.window.from >= -9 && a.window.to <= 26 && a.contacts.length > 0)).toBe(true);
    expect(activities.some((a) => a.window.to < 0)).toBe(true);
  });

  it('shows its overlap, its gap and its person-dependent activities as findings, in Danish', () => {
    const data = sampleData();
    const result = analyze(data, analysisOptions(data.settings.analysis, { permutations: 0, monteCarloRuns: 0 }));
    const names = namesIn(data, 'da');
    const tr = createTranslator('da');
    const said = (kind: string) => result.findings.filter((f) => f.kind === kind).map((f) => word(f.message, names, tr));
    expect(said('activity-overlap')).toContain(
      '3 udbydere har tilbud til alle nyankomne i samme periode (uge 6–26 efter ankomst): Sprogcafé i Røde Kors-huset (Røde Kors Bro), Sprogcafé i sognegården (Bro Sogns Kirke) og Sprogtræning med frivillige (Frivilligcenter Bro).',
    );
    expect(said('activity-gap')).toEqual(['Der er intet til alle nyankomne i 4 uger: uge 2–5 efter ankomst.']);
    expect(said('activity-person-dependent')).toContain(
      'Modtagerkorpsets velkomst i hjemmet (Modtagerkorpset) har kun én kontaktperson, Abdi Warsame. Stopper Abdi Warsame, er der ingen at gå til.',
    );
    expect(said('activity-single-link')).toEqual([
      'Fodbold for nyankomne børn og unge drives af Bro Boldklub, hvis eneste forbindelse til kommunen er én relation: relationen mellem Søren Ærø og Jakob Ebbesen.',
    ]);
  });

  it('loses activities in a departure scenario: the football with Jakob Ebbesen, its link with Søren Ærø', () => {
    const data = sampleData();
    const options = analysisOptions(data.settings.analysis, { permutations: 0, monteCarloRuns: 0 });
    expect(departureScenario(data, options, { persons: ['p-jakob-ebbesen'] }).activities).toEqual({ lost: ['act-fodbold'], unlinked: [] });
    expect(departureScenario(data, options, { persons: ['p-soeren-aeroe'] }).activities).toEqual({ lost: [], unlinked: ['act-fodbold'] });
    expect(departureScenario(data, options, { persons: ['p-abdi-warsame'] }).activities.lost).toEqual(['act-modtagerkorps-velkomst']);
  });
});
