/**
 * A week relative to arrival as the timeline writes it: a true minus sign before arrival
 * ("−8"), so a column of weeks reads evenly and a screen reader says "minus".
 */
export const signedWeek = (week: number): string => (week < 0 ? `\u2212${String(-week)}` : String(week));

/** A week typed by the user: a hyphen or a true minus, whole numbers only; null if it is not one. */
export function parseWeek(text: string): number | null {
  const cleaned = text.trim().replace(/\u2212/g, '-').replace(/^\+/, '');
  if (!/^-?\d{1,4}$/.test(cleaned)) return null;
  return Number(cleaned);
}

/** React's generated ids hold characters that a `url(#…)` reference in SVG would have to escape; these do not. */
export const plainId = (reactId: string): string => `t${reactId.replace(/[^A-Za-z0-9_-]/g, '')}`;
