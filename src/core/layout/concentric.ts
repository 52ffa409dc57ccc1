import type { LayoutNode, Point } from './names';

/**
 * Concentric by a measure: the highest value in the middle, then rings outwards in rank order,
 * each ring holding as many as fit around it. Within a ring actors are grouped by sector (then
 * name), so each sector forms an arc; each ring starts at a different angle, so that rings with
 * few actors do not line up into spokes.
 */
export function concentricPositions(
  nodes: readonly LayoutNode[],
  value: (id: string) => number,
  compare: (a: string, b: string) => number,
  spacing = 64,
): Map<string, Point> {
  const ranked = [...nodes].sort((a, b) => value(b.id) - value(a.id) || compare(a.label, b.label));
  const positions = new Map<string, Point>();
  let at = 0;
  for (let ring = 0; at < ranked.length; ring++) {
    const radius = ring * spacing * 1.15;
    const capacity = ring === 0 ? 1 : Math.max(6, Math.floor((2 * Math.PI * radius) / spacing));
    const members = ranked.slice(at, at + capacity).sort((a, b) => compare(a.sector ?? '\uffff', b.sector ?? '\uffff') || compare(a.label, b.label));
    at += members.length;
    const offset = ring * 2.39996;
    members.forEach((n, i) => {
      const angle = offset + (2 * Math.PI * i) / members.length;
      positions.set(n.id, { x: radius * Math.cos(angle), y: radius * Math.sin(angle) });
    });
  }
  return positions;
}
