/**
 * A tie's strength as a share of the project's strength scale: 0 at the scale's lowest value, 1 at
 * its highest. The map (line width) and the analysis (how much a collaboration weighs) read
 * strength through this one function, so the two can never disagree about what "strong" means.
 *
 * The share is clamped to [0, 1]: a strength outside the scale (a file written before the scale
 * rule, or a scale narrowed afterwards) counts as the nearest end of the scale, never as a
 * negative or oversized weight. No strength, or a scale that cannot be used (not finite, or its
 * lowest value not below its highest), gives null: "unknown", which callers treat as such.
 */
export interface StrengthScale {
  readonly min: number;
  readonly max: number;
}

export function strengthShare(strength: number | null | undefined, scale: StrengthScale): number | null {
  if (strength === null || strength === undefined || Number.isNaN(strength)) return null;
  const { min, max } = scale;
  if (!Number.isFinite(min) || !Number.isFinite(max) || !(max > min)) return null;
  const share = (strength - min) / (max - min);
  return share <= 0 ? 0 : share >= 1 ? 1 : share;
}
