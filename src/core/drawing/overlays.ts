import type { AnalysisResult } from '../analysis/analyze';
import type { DepartureScenario } from '../analysis/departure';
import type { Tie } from '../model/schema';
import { compositeKey } from '../model/pairs';

/**
 * What the workspace asks the map to show on top of the data. The types are the contract between
 * the project view (which decides what is shown) and the map (which decides how).
 */

/** A departure scenario: who leaves, and which ties go or are left carrying a collaboration alone. */
export interface ScenarioOverlay {
  leaving: readonly string[];
  /** tie ids that disappear with those who leave */
  lostTies: readonly string[];
  /** organisation pairs whose collaboration ends */
  lostCollaborations: ReadonlyArray<readonly [string, string]>;
  /** organisation pairs that keep a collaboration but now hang on one relationship or one person */
  weakenedCollaborations: ReadonlyArray<readonly [string, string]>;
}

/** A relationship the resilience plan suggests: drawn as a dashed proposal, not stored. */
export interface ProposedTie {
  source: string;
  target: string;
}

/** Elements to bring forward on the map (a finding, a row in an analysis panel). */
export interface MapHighlight {
  actors: readonly string[];
  ties: readonly string[];
}

/** A highlight's identity, in the order its elements are named: a new one is brought into view. */
export function highlightIdentity(h: MapHighlight | null): string {
  return h ? compositeKey([compositeKey(h.actors), compositeKey(h.ties)]) : '';
}

/** How an element stands between two waves compared: in the later only, the earlier only, both, or neither. */
export type WaveMark = 'gained' | 'lost' | 'kept' | 'absent';

/**
 * Two waves compared on the map: each actor and tie marked by where it is present (an actor or
 * tie not listed is in neither). `from` and `to` are the waves' labels, for the legend.
 */
export interface WaveOverlay {
  from: string;
  to: string;
  actors: ReadonlyMap<string, WaveMark>;
  ties: ReadonlyMap<string, WaveMark>;
}

/** What the analysis marks on the map: ties a collaboration hangs on, and key persons. */
export interface MapOverlay {
  fragileTies: ReadonlySet<string>;
  keyPersons: ReadonlySet<string>;
}

export function overlayOf(result: AnalysisResult | null | undefined): MapOverlay {
  if (!result) return { fragileTies: new Set(), keyPersons: new Set() };
  const fragile = result.collaborations.filter((c) => c.flags.includes('single-relationship') || c.flags.includes('single-person'));
  return {
    fragileTies: new Set(fragile.flatMap((c) => c.carrierTies)),
    keyPersons: new Set(result.keyPersons.filter((k) => k.collaborationsLost.length > 0 || k.crossSectorReachLost > 0).map((k) => k.person)),
  };
}

/** The map's marks for a departure: who leaves, the ties that go with them, the collaborations lost or weakened. */
export function overlayOfScenario(scenario: DepartureScenario, ties: readonly Tie[]): ScenarioOverlay {
  const leaving = new Set<string>(scenario.leaving);
  return {
    leaving: scenario.leaving,
    lostTies: ties.filter((t) => leaving.has(t.source) || leaving.has(t.target)).map((t) => t.id),
    lostCollaborations: scenario.lostCollaborations,
    weakenedCollaborations: scenario.weakenedCollaborations,
  };
}
