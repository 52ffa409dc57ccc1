import type { ActivityKind } from './timeline-layout';

/**
 * How the timeline paints an activity's kind and the analysis's marks. The fills are Okabe–Ito
 * colours (safe for the common colour blindnesses) chosen at three distinct lightnesses, dark,
 * middle and light, and the lightest also has a dashed border, so that a greyscale print of the
 * timeline still tells a municipal task from an offer and from an activity.
 */
export interface KindStyle {
  fill: string;
  /** text drawn on the bar */
  text: string;
  stroke: string;
  dashed: boolean;
}

export const KIND_STYLE: Readonly<Record<ActivityKind, KindStyle>> = {
  // myndighedsopgave: blue, dark (luma ≈ 87 of 255)
  authority: { fill: '#0072B2', text: '#FFFFFF', stroke: '#003F63', dashed: false },
  // tilbud: orange, middle (luma ≈ 162)
  offer: { fill: '#E69F00', text: '#000000', stroke: '#8A5F00', dashed: false },
  // aktivitet: yellow, light (luma ≈ 213), dashed border
  activity: { fill: '#F0E442', text: '#000000', stroke: '#5C5700', dashed: true },
};

/** The marks of the analysis: an outline round overlapping offers, hatching over a gap, a badge on one-person activities. */
export const MARK_STYLE = {
  overlap: { stroke: '#D55E00', width: 3 },
  gap: { stroke: '#D55E00', background: '#FBE3D6' },
  personDependent: { fill: '#000000', text: '#FFFFFF' },
  arrival: { stroke: '#000000' },
} as const;
