/**
 * Which labels to leave off so that the labels drawn never cover each other. Labels are taken
 * in order of importance (the chosen actor, what a finding highlights, organisations, the
 * larger actors) and each is drawn only when it overlaps none drawn before it; the rest show
 * when the pointer is on their actor or it is chosen. Cytoscape scales labels with the zoom, so
 * what overlaps at one zoom overlaps at every zoom: the answer depends on positions only.
 */
export interface LabelBox {
  id: string;
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  /** higher first */
  priority: number;
}

export function hiddenLabels(labels: readonly LabelBox[]): Set<string> {
  const hidden = new Set<string>();
  if (labels.length === 0) return hidden;
  const ordered = [...labels].sort((a, b) => b.priority - a.priority || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  // cells as wide as a typical label: a label then meets the few placed in the cells it touches
  const widths = ordered.map((l) => l.x2 - l.x1).sort((a, b) => a - b);
  const cell = Math.max(1, widths[Math.floor(widths.length / 2)] ?? 1);
  const cells = new Map<string, LabelBox[]>();
  const keys = (l: LabelBox) => {
    const out: string[] = [];
    for (let cx = Math.floor(l.x1 / cell); cx <= Math.floor(l.x2 / cell); cx++)
      for (let cy = Math.floor(l.y1 / cell); cy <= Math.floor(l.y2 / cell); cy++) out.push(`${String(cx)},${String(cy)}`);
    return out;
  };
  for (const label of ordered) {
    const mine = keys(label);
    const blocked = mine.some((k) => (cells.get(k) ?? []).some((o) => label.x1 < o.x2 && o.x1 < label.x2 && label.y1 < o.y2 && o.y1 < label.y2));
    if (blocked) {
      hidden.add(label.id);
      continue;
    }
    for (const k of mine) {
      const list = cells.get(k);
      if (list) list.push(label);
      else cells.set(k, [label]);
    }
  }
  return hidden;
}

/** Where a label drawn below an actor sits: centred under it, one text line high. */
export function labelBelow(x: number, y: number, nodeHeight: number, textWidth: number, fontSize: number, marginY: number): Omit<LabelBox, 'id' | 'priority'> {
  const top = y + nodeHeight / 2 + marginY;
  return { x1: x - textWidth / 2, y1: top, x2: x + textWidth / 2, y2: top + fontSize * 1.25 };
}
