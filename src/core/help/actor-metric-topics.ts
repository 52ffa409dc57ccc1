import type { ActorResult } from '../analysis/analyze';
import type { HelpTopic } from '../i18n/help-da';

/*
 * Which help topic explains each of an actor's measures. It is typed over the analysis' result,
 * so it lives above both the analysis and the catalogues: i18n imports neither.
 */

/** The fields of an actor's result that are measures rather than identity. */
export type ActorMetric = Exclude<keyof ActorResult, 'id' | 'label' | 'kind' | 'sector' | 'group'>;

/**
 * The topic that explains each of an actor's measures. Typed over ActorResult, so a new measure
 * does not compile until someone has written its help.
 */
export const ACTOR_METRIC_TOPICS: Record<ActorMetric, HelpTopic> = {
  degree: 'degree',
  ties: 'degree',
  inDegree: 'degree',
  outDegree: 'degree',
  betweenness: 'betweenness',
  closeness: 'closeness',
  eigenvector: 'eigenvector',
  constraint: 'constraint',
  effectiveSize: 'effectiveSize',
  efficiency: 'efficiency',
  hierarchy: 'hierarchy',
  eiIndex: 'eiIndex',
  brokerage: 'brokerage',
  bonacichPower: 'bonacichPower',
  articulationPoint: 'articulationPoints',
  valued: 'tieStrength',
};
