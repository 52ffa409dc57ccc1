import type { AnalysisResult } from '../../analysis/analyze';
import { catalogues, type Language } from '../../i18n/catalogue';
import type { ProjectData } from '../../model/schema';
import type { CellValue, OutColumn } from './table-columns-out';

/**
 * The analysis as two tables, headed in the chosen language: every actor's measures (centrality,
 * Burt's structural holes, E-I, Gould–Fernandez brokerage, Bonacich power, what their leaving
 * would cost, and the measures on tie strength), and every collaboration between organisations with its carriers and flags.
 * Ids are kept beside labels, so the rows join the actors table; labels are taken from the data
 * written (pseudonymised or not), never from the analysis, which was run on the real names.
 */

export interface AnalysisTable {
  columns: OutColumn[];
  rows: CellValue[][];
}

const num = (name: string): OutColumn => ({ name, type: 'number' });
const text = (name: string): OutColumn => ({ name, type: 'text' });
const bool = (name: string): OutColumn => ({ name, type: 'boolean' });

const valuedCells = (v: AnalysisResult['actors'][number]['valued']): CellValue[] =>
  v
    ? [v.strength, v.inStrength, v.outStrength, v.betweenness, v.closeness, v.eigenvector, v.constraint, v.effectiveSize, v.efficiency, v.hierarchy, v.eiIndex]
    : new Array<CellValue>(11).fill(null);

export function analysisTables(data: ProjectData, analysis: AnalysisResult, lang: Language): { measures: AnalysisTable; collaborations: AnalysisTable } {
  const m = catalogues[lang].tablesWrite.measures;
  const c = catalogues[lang].tablesWrite.collaborations;
  const keyPersons = new Map(analysis.keyPersons.map((k) => [k.person as string, k]));
  const labels = new Map(data.actors.map((a) => [a.id as string, a.label]));

  const measures: AnalysisTable = {
    columns: [
      text(m.id), text(m.label), text(m.kind), text(m.sector), text(m.group),
      num(m.degree), num(m.inDegree), num(m.outDegree), num(m.betweenness), num(m.closeness), num(m.eigenvector),
      num(m.constraint), num(m.effectiveSize), num(m.efficiency), num(m.hierarchy), num(m.eiIndex),
      num(m.coordinator), num(m.consultant), num(m.representative), num(m.gatekeeper), num(m.liaison), num(m.brokerageTotal), num(m.brokerageZ),
      num(m.bonacichPower), bool(m.articulationPoint), num(m.collaborationsLost), num(m.crossSectorReachLost), bool(m.keyPerson),
      // the same measures on tie strength, empty where the analysis is not valued (settings, --weights)
      num(m.strength), num(m.inStrength), num(m.outStrength), num(m.betweennessValued), num(m.closenessValued), num(m.eigenvectorValued),
      num(m.constraintValued), num(m.effectiveSizeValued), num(m.efficiencyValued), num(m.hierarchyValued), num(m.eiIndexValued),
    ],
    rows: analysis.actors.map((a) => {
      const k = keyPersons.get(a.id);
      return [
        a.id, labels.get(a.id) ?? a.id, a.kind, a.sector, a.group,
        a.degree, a.inDegree, a.outDegree, a.betweenness, a.closeness, a.eigenvector,
        a.constraint, a.effectiveSize, a.efficiency, a.hierarchy, a.eiIndex,
        a.brokerage.coordinator, a.brokerage.consultant, a.brokerage.representative, a.brokerage.gatekeeper, a.brokerage.liaison, a.brokerage.total, a.brokerage.zTotal,
        a.bonacichPower, a.articulationPoint,
        k ? k.collaborationsLost.length : a.kind === 'person' ? 0 : null,
        k ? k.crossSectorReachLost : a.kind === 'person' ? 0 : null,
        a.kind === 'person' ? (k?.collaborationsLost.length ?? 0) > 0 : null,
        ...valuedCells(a.valued),
      ];
    }),
  };

  const collaborations: AnalysisTable = {
    columns: [
      text(c.a), text(c.aLabel), text(c.b), text(c.bLabel),
      num(c.carriers), num(c.carriersA), num(c.carriersB), text(c.carrierPersons), text(c.carrierTies), text(c.sharedMembers),
      num(c.topShare), bool(c.organisationTie), bool(c.formal), text(c.forums), num(c.strength), num(c.survival),
      num(c.vertexConnectivity), num(c.edgeConnectivity),
      bool(c.singleRelationship), bool(c.singlePerson), bool(c.informalOnly), text(c.severity), num(c.risk),
    ],
    rows: analysis.collaborations.map((x) => [
      x.a, labels.get(x.a) ?? x.a, x.b, labels.get(x.b) ?? x.b,
      x.carriers, x.carriersA, x.carriersB, x.carrierPersons.join('|'), x.carrierTies.join('|'), x.sharedMembers.join('|'),
      x.topShare, x.organisationTie, x.formal, x.forums.join('|'), x.strength, x.survival,
      x.vertexConnectivity, x.edgeConnectivity,
      x.flags.includes('single-relationship'), x.flags.includes('single-person'), x.flags.includes('informal-only'), x.severity, x.risk,
    ]),
  };
  return { measures, collaborations };
}
