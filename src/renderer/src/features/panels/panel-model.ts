import type { AnalysisResult } from '../../../../core/analysis/analyze';
import type { Collaboration } from '../../../../core/analysis/dependency';
import type { WordParams, WordValue } from '../../../../core/analysis/wording';
import type { Language, MessageKey } from '../../../../core/i18n/catalogue';
import { numberFormat, withMinus } from '../../../../core/text/numbers';
import { compositeKey, pairKey } from '../../../../core/model/pairs';
import type { ProjectData } from '../../../../core/model/schema';

/**
 * What the analysis panels compute from the engine's result, apart from React: wording of
 * figures, sorting, and which elements a chosen row names. Pure, so it is tested in Node.
 */

/**
 * What the map is asked to bring forward; the same shape as the map's `MapHighlight`, spelled
 * out here so this module needs nothing from the renderer and is checked with the Node tests.
 */
export interface MapHighlight {
  actors: readonly string[];
  ties: readonly string[];
}

export type PanelKey = Extract<MessageKey, `panels.${string}`>;
/**
 * The panels' translator: only keys of the `panels` catalogue, checked at compile time, worded
 * by the one wording function of core/analysis/wording.ts (counts as numbers choose plurals;
 * sectors, actors and lists are named where they are shown).
 */
export type Say = (key: PanelKey, params?: WordParams) => string;

/** Rows a table shows before "show more": enough to read, few enough to stay fast at 3,000. */
export const PAGE_SIZE = 50;

/** The conventional 5 % level for calling a permutation test's answer a finding. */
export const SIGNIFICANCE = 0.05;

// ---------------------------------------------------------------------------------------------
// Numbers in the UI language, in the formats core shares with the findings and the report;
// each language's set of them made once.

export interface Numbers {
  /** at most `digits` decimals */
  num(value: number, digits?: number): string;
  int(value: number): string;
  /** a share 0–1 as a percentage */
  pct(value: number): string;
  /** a p-value as "p = 0,002" or "p < 0,001" */
  p(value: number, say: Say): string;
  list(items: readonly string[]): string;
}

const numbersCache = new Map<Language, Numbers>();
export function numbersFor(lang: Language): Numbers {
  let n = numbersCache.get(lang);
  if (n) return n;
  const listFormat = new Intl.ListFormat(lang, { type: 'conjunction' });
  n = {
    num: (value, digits = 2) => withMinus(numberFormat(lang, 'decimal', digits).format(value)),
    int: (value) => withMinus(numberFormat(lang, 'decimal', 0).format(value)),
    pct: (value) => withMinus(numberFormat(lang, 'percent', value > 0 && value < 0.01 ? 1 : 0).format(value)),
    p: (value, say) =>
      value < 0.001
        ? say('panels.common.pBelow', { p: numberFormat(lang, 'decimal', 3).format(0.001) })
        : say('panels.common.pEquals', { p: numberFormat(lang, 'decimal', value < 0.01 ? 3 : 2).format(value) }),
    list: (items) => listFormat.format(items),
  };
  numbersCache.set(lang, n);
  return n;
}

/** A figure that may be missing (null) shows a dash, never a misleading 0. */
export function orDash(value: number | null | undefined, format: (v: number) => string, say: Say): string {
  return value === null || value === undefined || !Number.isFinite(value) ? say('panels.common.none') : format(value);
}

// ---------------------------------------------------------------------------------------------
// Bonding and bridging in words

/** The permutation test's answer in a sentence, without the jargon. */
export function bondingVerdict(bb: AnalysisResult['bondingBridging'], test: AnalysisResult['measures']['bondingTest'], say: Say, nums: Numbers): string {
  if (bb.eiIndex === null) return say('panels.bonding.noTies');
  if (test.method === 'pending') return say('panels.bonding.testPending');
  if (bb.permutations === 0 || bb.pMoreBonding === null || bb.pMoreBridging === null) return say('panels.bonding.testNone');
  const n: WordValue = { words: { key: 'counted.permutations', params: { count: bb.permutations } } };
  if (bb.pMoreBonding <= SIGNIFICANCE) return say('panels.bonding.testBonding', { p: nums.p(bb.pMoreBonding, say), n });
  if (bb.pMoreBridging <= SIGNIFICANCE) return say('panels.bonding.testBridging', { p: nums.p(bb.pMoreBridging, say), n });
  return say('panels.bonding.testNeither', { pBonding: nums.p(bb.pMoreBonding, say), pBridging: nums.p(bb.pMoreBridging, say), n });
}

/**
 * A group's E-I if ties fell at random among pairs: its s(n − s) pairs to outsiders against its
 * s(s − 1)/2 pairs inside (in a directed network both counts double, so the ratio stands).
 * Small groups bridge by sheer numbers, so a group's E-I is read against this, not against 0.
 */
export function expectedGroupEi(size: number, actors: number): number | null {
  const inside = (size * (size - 1)) / 2;
  const outside = size * (actors - size);
  return inside + outside > 0 ? (outside - inside) / (outside + inside) : null;
}

/** The word the analysis uses for its grouping ("sektor"), or the attribute's own name. */
export function groupByName(groupBy: string, say: Say): string {
  if (groupBy === 'sector') return say('panels.groupBy.sector');
  if (groupBy === 'organisation') return say('panels.groupBy.organisation');
  return groupBy;
}

// ---------------------------------------------------------------------------------------------
// Sorting

export type SortDirection = 'ascending' | 'descending';
export interface SortState<C extends string> {
  column: C;
  direction: SortDirection;
}

/**
 * Names are Danish whatever the interface language (Søren, Østergaard, Aase), so they are
 * ordered the Danish way: Æ, Ø, Å after Z.
 */
export const danishCollator = new Intl.Collator('da', { sensitivity: 'base', numeric: true });

/**
 * Rows ordered by one column; missing values (null) last in either direction, so "no value"
 * never tops a ranking. Ties keep their given order (the sort is stable).
 */
export function sortRows<T>(rows: readonly T[], value: (row: T) => string | number | null, direction: SortDirection): T[] {
  const sign = direction === 'ascending' ? 1 : -1;
  return [...rows].sort((x, y) => {
    const a = value(x);
    const b = value(y);
    if (a === null || b === null) return a === b ? 0 : a === null ? 1 : -1;
    if (typeof a === 'string' || typeof b === 'string') return sign * danishCollator.compare(String(a), String(b));
    return sign * (a - b);
  });
}

/** Clicking the sorted column turns it round; another column starts in its natural direction. */
export function nextSort<C extends string>(current: SortState<C>, column: C, natural: SortDirection): SortState<C> {
  if (current.column !== column) return { column, direction: natural };
  return { column, direction: current.direction === 'ascending' ? 'descending' : 'ascending' };
}

/** Collaborations, the riskiest first; equal risk by the organisations' names. */
export function byRisk(collaborations: readonly Collaboration[], name: (id: string) => string): Collaboration[] {
  return [...collaborations].sort(
    (x, y) => y.risk - x.risk || danishCollator.compare(name(x.a), name(y.a)) || danishCollator.compare(name(x.b), name(y.b)),
  );
}

// ---------------------------------------------------------------------------------------------
// Chosen rows: named by what they are, so a choice outlives a re-analysis (new objects, same
// things) and lapses when the thing it names is gone.

export type SelectionKind =
  | 'group'
  | 'organisation'
  | 'actor'
  | 'sector'
  | 'dyad'
  | 'linking'
  | 'forum'
  | 'collaboration'
  | 'keyPerson'
  | 'keyPlayers';

export interface Selection {
  kind: SelectionKind;
  /** the id of what is chosen; for a collaboration the key of its pair of organisations */
  id: string;
}

export const collaborationId = (c: { a: string; b: string }): string => pairKey(c.a, c.b);
export const sameSelection = (x: Selection | null, y: Selection | null): boolean =>
  x !== null && y !== null && x.kind === y.kind && x.id === y.id;

const unique = (ids: readonly string[]): string[] => [...new Set(ids)];

/**
 * The actors and ties a chosen row names in this analysis, or null when the analysis no longer
 * has it (an edit removed the actor, the collaboration lost its last carrier, …).
 */
export function highlightOf(result: AnalysisResult, data: ProjectData, selection: Selection): MapHighlight | null {
  const { kind, id } = selection;
  switch (kind) {
    case 'group': {
      if (!result.bondingBridging.groups.some((g) => g.group === id)) return null;
      return { actors: result.actors.filter((a) => a.group === id).map((a) => a.id), ties: [] };
    }
    case 'organisation': {
      if (!result.bondingBridging.organisations.some((o) => o.organisation === id)) return null;
      const members = data.memberships.filter((m) => m.organisation === id).map((m) => m.person);
      return { actors: unique([id, ...members]), ties: [] };
    }
    case 'actor':
      return result.actors.some((a) => a.id === id) ? { actors: [id], ties: [] } : null;
    case 'sector': {
      if (!result.power.sectors.some((s) => s.sector === id)) return null;
      return { actors: result.actors.filter((a) => a.sector === id).map((a) => a.id), ties: [] };
    }
    case 'dyad':
    case 'linking': {
      const d = result.power.dyads.find((x) => x.tie === id);
      if (!d || (kind === 'dyad' ? d.score === null : !d.linking)) return null;
      return { actors: [d.source, d.target], ties: [d.tie] };
    }
    case 'forum': {
      if (!result.power.forums.some((f) => f.forum === id)) return null;
      const seats = data.forums.find((f) => f.id === id)?.seats ?? [];
      return { actors: unique(seats.flatMap((s) => (s.represents === null ? [s.actor] : [s.actor, s.represents]))), ties: [] };
    }
    case 'collaboration': {
      const c = result.collaborations.find((x) => collaborationId(x) === id);
      return c ? collaborationHighlight(c) : null;
    }
    case 'keyPerson': {
      const k = result.keyPersons.find((x) => x.person === id);
      if (!k) return null;
      const lost = new Set(k.collaborationsLost.map(([a, b]) => pairKey(a, b)));
      const collaborations = result.collaborations.filter((c) => lost.has(collaborationId(c)));
      return {
        actors: unique([id, ...collaborations.flatMap((c) => [c.a, c.b, ...c.carrierPersons])]),
        ties: unique(collaborations.flatMap((c) => c.carrierTies)),
      };
    }
    case 'keyPlayers': {
      const members = result.fragmentation.keyPlayers.members;
      return members.length > 0 ? { actors: [...members], ties: [] } : null;
    }
  }
}

/** A collaboration on the map: the two organisations, the persons carrying it and their ties. */
export function collaborationHighlight(c: Collaboration): MapHighlight {
  return { actors: unique([c.a, c.b, ...c.carrierPersons]), ties: [...c.carrierTies] };
}

/** Same elements, whatever their order: a re-analysis that names the same things changes nothing. */
export function highlightKey(h: MapHighlight | null): string {
  if (!h) return '';
  return compositeKey([compositeKey([...h.actors].sort()), compositeKey([...h.ties].sort())]);
}

// ---------------------------------------------------------------------------------------------
// Names

export type NameOf = (id: string) => string;

/** Actor labels by id; an id the project no longer has is shown as itself rather than hidden. */
export function namesOf(data: ProjectData): NameOf {
  const labels = new Map(data.actors.map((a) => [a.id as string, a.label]));
  return (id) => labels.get(id) ?? id;
}

export interface SectorLook {
  label: string;
  color: string | undefined;
}

/** A sector's name in the UI language and its colour on the map, from the project's codebook. */
export function sectorsOf(data: ProjectData, lang: Language): (key: string) => SectorLook {
  const sectors = new Map(data.codebooks.sectors.map((s) => [s.key, { label: s.label[lang], color: s.color }]));
  return (key) => sectors.get(key) ?? { label: key, color: undefined };
}
