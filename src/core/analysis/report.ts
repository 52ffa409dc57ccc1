import type { Language, Translator } from '../i18n/catalogue';
import type { ActorPair } from '../model/pairs';
import type { ProjectData } from '../model/schema';
import type { AnalysisResult } from './analyze';
import type { DepartureScenario } from './departure';

/**
 * What `brobygger analyze` prints: a JSON document with stable keys (documented in the
 * README) or a readable summary. Both word findings and labels in the chosen language.
 */
export function analysisJson(result: AnalysisResult, lang: Language): unknown {
  const { bondingBridging: bb } = result;
  return {
    options: result.options,
    network: result.network,
    bondingBridging: {
      ...bb,
      groups: bb.groups.map((g) => ({ ...g, label: g.label[lang] })),
    },
    actors: result.actors.map((a) => ({
      id: a.id,
      label: a.label,
      kind: a.kind,
      sector: a.sector,
      group: a.group,
      degree: a.degree,
      inDegree: a.inDegree,
      outDegree: a.outDegree,
      betweenness: a.betweenness,
      closeness: a.closeness,
      eigenvector: a.eigenvector,
      constraint: a.constraint,
      effectiveSize: a.effectiveSize,
      efficiency: a.efficiency,
      hierarchy: a.hierarchy,
      eiIndex: a.eiIndex,
      brokerage: {
        coordinator: a.brokerage.coordinator,
        consultant: a.brokerage.consultant,
        representative: a.brokerage.representative,
        gatekeeper: a.brokerage.gatekeeper,
        liaison: a.brokerage.liaison,
        total: a.brokerage.total,
        zTotal: a.brokerage.zTotal,
        z: a.brokerage.z,
      },
      bonacichPower: a.bonacichPower,
      articulationPoint: a.articulationPoint,
    })),
    bridges: result.bridges,
    articulationPoints: result.articulationPoints,
    collaborations: result.collaborations,
    keyPersons: result.keyPersons,
    expectedCollaborationsLost: result.expectedCollaborationsLost,
    resiliencePlan: result.resiliencePlan,
    fragmentation: result.fragmentation,
    power: result.power,
    findings: result.findings.map((f) => ({
      kind: f.kind,
      severity: f.severity,
      elements: f.elements,
      message: f.text[lang].message,
      recommendation: f.text[lang].recommendation,
    })),
  };
}

export function analysisText(result: AnalysisResult, name: string, tr: Translator, groupByLabel: string, sectorLabel: (key: string) => string): string {
  const lang = tr.lang;
  const num = (x: number | null, digits = 2) =>
    x === null ? '–' : new Intl.NumberFormat(lang, { maximumFractionDigits: digits }).format(x);
  const pct = (x: number | null) => (x === null ? '–' : `${num(x * 100, 0)} %`);
  const label = new Map<string, string>(result.actors.map((a) => [a.id, a.label]));
  const named = (id: string) => label.get(id) ?? id;
  const lines: string[] = [];
  const o = result.options;
  lines.push(tr.t('analysis.title', { name }));
  lines.push(
    tr.t('analysis.scope', {
      wave: o.wave ?? tr.t('analysis.allWaves'),
      types: o.tieTypes?.join(', ') ?? tr.t('analysis.allTypes'),
      groupBy: groupByLabel,
    }),
  );
  const net = result.network;
  lines.push(
    tr.t('analysis.network', {
      actors: net.actors,
      ties: net.ties,
      direction: tr.t(net.directed ? 'analysis.directed' : 'analysis.undirected'),
      density: num(net.density, 3),
      components: net.components,
    }),
  );

  const bb = result.bondingBridging;
  lines.push('', `${tr.t('analysis.bonding')}:`);
  lines.push(`  ${tr.t('analysis.eiLine', { ei: num(bb.eiIndex), external: bb.external, internal: bb.internal, expected: num(bb.expectedEiIndex) })}`);
  if (bb.permutations > 0)
    lines.push(`  ${tr.t('analysis.pLine', { n: bb.permutations, bonding: num(bb.pMoreBonding, 4), bridging: num(bb.pMoreBridging, 4) })}`);
  lines.push(`  ${tr.t('analysis.assortLine', { assortativity: num(bb.assortativity), modularity: num(bb.modularity) })}`);
  lines.push(`  ${tr.t('analysis.levelsLine', { sector: num(bb.levels.sector), organisation: num(bb.levels.organisation) })}`);
  for (const g of bb.groups)
    lines.push(`    ${tr.t('analysis.groupLine', { group: g.label[lang], size: g.size, internal: g.internal, external: g.external, ei: num(g.eiIndex) })}`);

  lines.push('', `${tr.t('analysis.central')}:`);
  for (const a of [...result.actors].sort((x, y) => y.betweenness - x.betweenness).slice(0, 8))
    lines.push(
      `  ${tr.t('analysis.centralLine', { label: a.label, betweenness: num(a.betweenness, 1), brokerage: a.brokerage.total, constraint: num(a.constraint, 3) })}`,
    );
  lines.push(
    `  ${tr.t('analysis.cuts', {
      bridges: result.bridges.length ? result.bridges.map(([a, b]) => `${named(a)}–${named(b)}`).join(', ') : tr.t('analysis.none'),
      points: result.articulationPoints.length ? result.articulationPoints.map(named).join(', ') : tr.t('analysis.none'),
    })}`,
  );

  lines.push('', `${tr.t('analysis.dependency')}:`);
  const flagged = result.collaborations.filter((c) => c.flags.some((f) => f !== 'informal-only'));
  lines.push(
    `  ${tr.t('analysis.collaborationsLine', { count: result.collaborations.length, flagged: flagged.length, lost: num(result.expectedCollaborationsLost, 1) })}`,
  );
  for (const c of [...flagged].sort((x, y) => y.risk - x.risk))
    lines.push(
      `    ${tr.t('analysis.collaborationLine', {
        a: named(c.a),
        b: named(c.b),
        carriers: c.carriers,
        persons: c.carrierPersons.map(named).join(', '),
        survival: c.survival === null ? '' : tr.t('analysis.survivalSuffix', { pct: num(c.survival * 100, 0) }),
        flags: ` [${c.flags.map((f) => tr.t(`analysis.flags.${f}`)).join(', ')}]`,
      })}`,
    );
  if (result.keyPersons.length) {
    lines.push(`  ${tr.t('analysis.keyPersons')}:`);
    for (const k of result.keyPersons.slice(0, 10))
      lines.push(
        `    ${tr.t('analysis.keyPersonLine', {
          person: named(k.person),
          lost: k.collaborationsLost.length,
          reach: k.crossSectorReachLost > 0 ? tr.t('analysis.reachSuffix', { reach: k.crossSectorReachLost }) : '',
        })}`,
      );
  }
  if (result.resiliencePlan.length) {
    lines.push(`  ${tr.t('analysis.plan')}:`);
    for (const step of result.resiliencePlan) {
      const mends = step.mends.map(([a, b]) => `${named(a)}–${named(b)}`).join(', ');
      lines.push(
        `    ${
          step.kind === 'introduce'
            ? tr.t('analysis.planIntroduce', { a: named(step.persons[0]), b: named(step.persons[1]), mends })
            : tr.t('analysis.planFormalise', { a: named(step.organisations[0]), b: named(step.organisations[1]) })
        }`,
      );
    }
  }
  const fr = result.fragmentation;
  lines.push(
    `  ${tr.t('analysis.fragmentation', {
      F: num(fr.intact.F, 3),
      DF: num(fr.intact.DF, 3),
      names: fr.keyPlayers.members.map(named).join(', ') || '–',
      kF: num(fr.keyPlayers.F, 3),
      kDF: num(fr.keyPlayers.DF, 3),
    })}`,
  );

  lines.push('', `${tr.t('analysis.power')}:`);
  for (const s of result.power.sectors)
    lines.push(
      `  ${tr.t('analysis.sectorLine', {
        sector: sectorLabel(s.sector),
        initiative: pct(s.initiative),
        mandate: pct(s.mandate),
        resources: pct(s.resourcesGiven),
        share: pct(s.betweennessShare),
        population: pct(s.populationShare),
      })}`,
    );
  if (result.network.directed)
    lines.push(`  ${tr.t('analysis.reciprocityLine', { arcs: pct(result.power.reciprocity.arcs), hierarchy: num(result.power.krackhardtHierarchy, 3) })}`);
  for (const f of result.power.forums)
    lines.push(
      `  ${tr.t('analysis.forumLine', {
        forum: f.label,
        seats: f.seats,
        sectors: f.bySector.map((s) => `${sectorLabel(s.sector)} ${s.seats}`).join(', '),
        mandate: f.hasMandate ? '' : tr.t('analysis.noMandateSuffix'),
      })}`,
    );

  lines.push('', `${tr.t('analysis.findings')} (${result.findings.length}):`);
  for (const f of result.findings) {
    lines.push(`  [${tr.t(`analysis.severity.${f.severity}`)}] ${f.text[lang].message}`);
    lines.push(`      → ${f.text[lang].recommendation}`);
  }
  return `${lines.join('\n')}\n`;
}

export function departureText(scenario: DepartureScenario, data: ProjectData, tr: Translator): string {
  const label = new Map(data.actors.map((a) => [a.id as string, a.label]));
  const named = (id: string) => label.get(id) ?? id;
  const num = (x: number | null, digits = 2) => (x === null ? '–' : new Intl.NumberFormat(tr.lang, { maximumFractionDigits: digits }).format(x));
  const { before: b, after: a } = scenario;
  const pairs = (list: readonly ActorPair[]) => (list.length ? list.map(([x, y]) => `${named(x)}–${named(y)}`).join(', ') : tr.t('analysis.none'));
  const lines = [
    '',
    `${tr.t('analysis.departure', { leaving: scenario.leaving.map(named).join(', ') })}:`,
    `  ${tr.t('analysis.departureCollaborations', { before: b.carriedCollaborations, after: a.carriedCollaborations })}`,
    `  ${tr.t('analysis.departureLost', { list: pairs(scenario.lostCollaborations) })}`,
    `  ${tr.t('analysis.departureWeakened', { list: pairs(scenario.weakenedCollaborations) })}`,
    `  ${tr.t('analysis.departureReach', { before: b.crossSectorReach, after: a.crossSectorReach })}`,
    `  ${tr.t('analysis.departureStructure', { ei: num(b.eiIndex), eiAfter: num(a.eiIndex), components: b.components, componentsAfter: a.components, F: num(b.fragmentation, 3), FAfter: num(a.fragmentation, 3) })}`,
  ];
  return `${lines.join('\n')}\n`;
}
