import type { Translator } from '../i18n/catalogue';
import type { ActorPair } from '../model/pairs';
import type { ProjectData } from '../model/schema';
import type { AnalysisResult } from './analyze';
import type { DepartureScenario } from './departure';
import { weeksWording } from './activity-findings';
import { namesIn, sayWith, word, type WordValue } from './wording';
import { eiCounting } from './bonding';

/**
 * What `brobygger analyze` prints: a JSON document with stable keys (documented in the
 * README) or a readable summary. Both word findings and labels in the chosen language, the
 * one way the app words them (wording.ts).
 */
export function analysisJson(result: AnalysisResult, data: ProjectData, tr: Translator): unknown {
  const lang = tr.lang;
  const names = namesIn(data, lang);
  const { bondingBridging: bb } = result;
  return {
    options: result.options,
    network: result.network,
    measures: result.measures,
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
      ties: a.ties,
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
      valued: a.valued,
    })),
    bridges: result.bridges,
    articulationPoints: result.articulationPoints,
    collaborations: result.collaborations,
    keyPersons: result.keyPersons,
    expectedCollaborationsLost: result.expectedCollaborationsLost,
    resiliencePlan: result.resiliencePlan,
    fragmentation: result.fragmentation,
    power: result.power,
    activities: result.activities,
    findings: result.findings.map((f) => ({
      kind: f.kind,
      severity: f.severity,
      elements: f.elements,
      message: word(f.message, names, tr),
      recommendation: word(f.recommendation, names, tr),
      // the same as key and parameters, for wording them elsewhere or in another language
      wording: { message: f.message, recommendation: f.recommendation },
    })),
  };
}

export function analysisText(result: AnalysisResult, data: ProjectData, tr: Translator): string {
  const lang = tr.lang;
  const names = namesIn(data, lang);
  const say = sayWith(tr, names);
  const num = (x: number | null, digits = 2): WordValue => (x === null ? '–' : { decimal: x, digits });
  const pct = (x: number | null): WordValue => (x === null ? '–' : { percent: x });
  const counted = (noun: 'actors' | 'ties' | 'components' | 'carriers' | 'seats' | 'permutations', count: number): WordValue => ({
    words: { key: `counted.${noun}`, params: { count } },
  });
  const actor = (id: string): WordValue => ({ actor: id });
  const list = (items: readonly WordValue[]): WordValue => (items.length ? { list: items } : say('analysis.none'));
  const sectorLabel = (key: string) => data.codebooks.sectors.find((x) => x.key === key)?.label[lang] ?? key;
  const lines: string[] = [];
  const o = result.options;
  lines.push(say('analysis.title', { name: data.meta.name }));
  lines.push(
    say('analysis.scope', {
      wave: o.wave ?? say('analysis.allWaves'),
      types: o.tieTypes?.join(', ') ?? say('analysis.allTypes'),
      groupBy: o.groupBy === 'sector' || o.groupBy === 'organisation' ? { words: { key: `panels.groupBy.${o.groupBy}`, params: {} } } : o.groupBy,
    }),
  );
  const net = result.network;
  lines.push(
    say('analysis.network', {
      actors: counted('actors', net.actors),
      // as entered: net.ties counts arcs when any tie is directed
      ties: counted('ties', result.bondingBridging.entered.external + result.bondingBridging.entered.internal),
      direction: say(net.directed ? 'analysis.directed' : 'analysis.undirected'),
      density: num(net.density, 3),
      components: counted('components', net.components),
    }),
  );

  const bb = result.bondingBridging;
  lines.push('', `${say('analysis.bonding')}:`);
  lines.push(`  ${say('analysis.eiLine', { ei: num(bb.eiIndex), external: counted('ties', bb.entered.external), internal: bb.entered.internal, expected: num(bb.expectedEiIndex) })}`);
  const counting = eiCounting(bb, net.directed);
  if (counting) lines.push(`  ${say(`panels.bonding.${counting}`, { external: bb.external, internal: bb.internal })}`);
  if (bb.permutations > 0)
    lines.push(`  ${say('analysis.pLine', { n: counted('permutations', bb.permutations), bonding: num(bb.pMoreBonding, 4), bridging: num(bb.pMoreBridging, 4) })}`);
  lines.push(`  ${say('analysis.assortLine', { assortativity: num(bb.assortativity), modularity: num(bb.modularity) })}`);
  lines.push(`  ${say('analysis.levelsLine', { sector: num(bb.levels.sector), organisation: num(bb.levels.organisation) })}`);
  for (const g of bb.groups)
    lines.push(`    ${say('analysis.groupLine', { group: g.label[lang], size: counted('actors', g.size), internal: counted('ties', g.internal), external: g.external, ei: num(g.eiIndex) })}`);

  lines.push('', `${say('analysis.central')}:`);
  const method = result.measures.betweenness;
  if (method.method === 'approximate')
    lines.push(say('analysis.centralEstimated', { samples: method.samples, epsilon: num(method.epsilon, 3), confidence: num(1 - method.delta, 2), seed: String(method.seed) }));
  for (const a of [...result.actors].sort((x, y) => (y.betweenness ?? 0) - (x.betweenness ?? 0)).slice(0, 8))
    lines.push(`  ${say('analysis.centralLine', { label: a.label, betweenness: num(a.betweenness, 1), brokerage: a.brokerage.total, constraint: num(a.constraint, 3) })}`);
  lines.push(
    `  ${say('analysis.cuts', {
      bridges: list(result.bridges.map((pair) => ({ pair }))),
      points: list(result.articulationPoints.map(actor)),
    })}`,
  );

  if (result.options.weights.used) {
    lines.push('', `${say('analysis.centralValued')}:`);
    if (result.measures.valuedPaths?.method === 'pending') lines.push(say('analysis.centralValuedPending'));
    else
      for (const a of [...result.actors].sort((x, y) => (y.valued?.betweenness ?? 0) - (x.valued?.betweenness ?? 0)).slice(0, 8))
        lines.push(
          `  ${say('analysis.centralValuedLine', { label: a.label, betweenness: num(a.valued?.betweenness ?? null, 1), strength: num(a.valued?.strength ?? null, 1), constraint: num(a.valued?.constraint ?? null, 3) })}`,
        );
  }

  lines.push('', `${say('analysis.dependency')}:`);
  const flagged = result.collaborations.filter((c) => c.flags.some((f) => f !== 'informal-only'));
  lines.push(
    `  ${say('analysis.collaborationsLine', {
      count: result.collaborations.length,
      flagged: { words: { key: 'analysis.flagged', params: { count: flagged.length } } },
      lost: num(result.expectedCollaborationsLost, 1),
    })}`,
  );
  for (const c of [...flagged].sort((x, y) => y.risk - x.risk))
    lines.push(
      `    ${say('analysis.collaborationLine', {
        a: actor(c.a),
        b: actor(c.b),
        count: c.carrierPersons.length,
        carriers: counted('carriers', c.carriers),
        persons: list(c.carrierPersons.map(actor)),
        survival: c.survival === null ? '' : { words: { key: 'analysis.survivalSuffix', params: { pct: { percent: c.survival } } } },
        flags: ` [${c.flags.map((f) => say(`analysis.flags.${f}`)).join(', ')}]`,
      })}`,
    );
  if (result.keyPersons.length) {
    lines.push(`  ${say('analysis.keyPersons')}:`);
    for (const k of result.keyPersons.slice(0, 10))
      lines.push(
        `    ${say('analysis.keyPersonLine', {
          person: actor(k.person),
          count: k.collaborationsLost.length,
          reach: k.crossSectorReachLost > 0 ? { words: { key: 'analysis.reachSuffix', params: { count: k.crossSectorReachLost } } } : '',
        })}`,
      );
  }
  if (result.resiliencePlan.length) {
    lines.push(`  ${say('analysis.plan')}:`);
    for (const step of result.resiliencePlan)
      lines.push(
        `    ${
          step.kind === 'introduce'
            ? say('analysis.planIntroduce', {
                a: actor(step.persons[0]),
                b: actor(step.persons[1]),
                count: step.mends.length,
                mends: list(step.mends.map((pair) => ({ pair }))),
              })
            : say('analysis.planFormalise', { a: actor(step.organisations[0]), b: actor(step.organisations[1]) })
        }`,
      );
  }
  const fr = result.fragmentation;
  lines.push(
    `  ${say('analysis.fragmentation', {
      F: num(fr.intact.F, 3),
      DF: num(fr.intact.DF, 3),
      names: fr.keyPlayers.members.length ? { list: fr.keyPlayers.members.map(actor) } : '–',
      kF: num(fr.keyPlayers.F, 3),
      kDF: num(fr.keyPlayers.DF, 3),
    })}`,
  );

  lines.push('', `${say('analysis.power')}:`);
  for (const s of result.power.sectors)
    lines.push(
      `  ${say('analysis.sectorLine', {
        sector: sectorLabel(s.sector),
        initiative: pct(s.initiative),
        mandate: pct(s.mandate),
        resources: pct(s.resourcesGiven),
        share: pct(s.betweennessShare),
        population: pct(s.populationShare),
      })}`,
    );
  if (result.network.directed)
    lines.push(`  ${say('analysis.reciprocityLine', { arcs: pct(result.power.reciprocity.arcs), hierarchy: num(result.power.krackhardtHierarchy, 3) })}`);
  for (const f of result.power.forums)
    lines.push(
      `  ${say('analysis.forumLine', {
        forum: f.label,
        seats: counted('seats', f.seats),
        sectors: f.bySector.map((s) => `${sectorLabel(s.sector)} ${String(s.seats)}`).join(', '),
        mandate: f.hasMandate ? '' : say('analysis.noMandateSuffix'),
      })}`,
    );

  const tl = result.activities;
  lines.push('', `${say('activities.cli.heading')}:`);
  if (tl.activities.length === 0) lines.push(`  ${say('activities.cli.none')}`);
  else {
    lines.push(`  ${say('activities.cli.count', { count: tl.activities.length, timeline: weeksWording(tl.timeline.from, tl.timeline.to) })}`);
    lines.push(
      `  ${say('activities.cli.flags', { overlaps: tl.overlaps.length, gaps: tl.gaps.length, personDependent: tl.personDependent.length, singleLink: tl.singleLink.length })}`,
    );
  }

  lines.push('', `${say('analysis.findings', { count: result.findings.length })}:`);
  for (const f of result.findings) {
    lines.push(`  [${say(`analysis.severity.${f.severity}`)}] ${word(f.message, names, tr)}`);
    lines.push(`      → ${word(f.recommendation, names, tr)}`);
  }
  return `${lines.join('\n')}\n`;
}

export function departureText(scenario: DepartureScenario, data: ProjectData, tr: Translator): string {
  const say = sayWith(tr, namesIn(data, tr.lang));
  const num = (x: number | null, digits = 2): WordValue => (x === null ? '–' : { decimal: x, digits });
  const { before: b, after: a } = scenario;
  const pairs = (list: readonly ActorPair[]): WordValue => (list.length ? { list: list.map((pair) => ({ pair })) } : say('analysis.none'));
  // an organisation leaves first, with the members it alone holds
  const [first, ...members] = scenario.leaving;
  const organisation = first !== undefined && data.actors.find((x) => x.id === first)?.kind !== 'person' ? first : null;
  const who =
    organisation === null
      ? say('analysis.departure', { leaving: { list: scenario.leaving.map((id) => ({ actor: id })) }, count: scenario.leaving.length })
      : members.length === 0
        ? say('analysis.departureOrganisation', { organisation: { actor: organisation } })
        : say('analysis.departureOrganisationMembers', { organisation: { actor: organisation }, count: members.length, members: { list: members.map((id) => ({ actor: id })) } });
  const lines = [
    '',
    `${who}:`,
    `  ${say('analysis.departureCollaborations', { before: b.carriedCollaborations, after: a.carriedCollaborations })}`,
    `  ${say('analysis.departureLost', { list: pairs(scenario.lostCollaborations) })}`,
    `  ${say('analysis.departureWeakened', { list: pairs(scenario.weakenedCollaborations) })}`,
    `  ${say('analysis.departureReach', { before: b.crossSectorReach, after: a.crossSectorReach })}`,
    ...(scenario.activities.lost.length ? [`  ${say('activities.cli.departureLost', { list: { list: scenario.activities.lost.map((id) => ({ activity: id })) } })}`] : []),
    ...(scenario.activities.unlinked.length
      ? [`  ${say('activities.cli.departureUnlinked', { list: { list: scenario.activities.unlinked.map((id) => ({ activity: id })) } })}`]
      : []),
    `  ${say('analysis.departureStructure', { ei: num(b.eiIndex), eiAfter: num(a.eiIndex), components: b.components, componentsAfter: a.components, F: num(b.fragmentation, 3), FAfter: num(a.fragmentation, 3) })}`,
  ];
  return `${lines.join('\n')}\n`;
}
