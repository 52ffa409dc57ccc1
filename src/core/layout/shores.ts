import type { LayoutEdge, LayoutNode, Point } from './names';

/** The two shores of the river: municipality on the left, civil society on the right, the rest between. */
export type Shore = 'municipality' | 'middle' | 'civil';

const MUNICIPAL_SECTORS: ReadonlySet<string> = new Set(['municipality']);
const CIVIL_SECTORS: ReadonlySet<string> = new Set(['civil_society', 'citizens']);

export function shoreOfSector(sector: string | null): Shore {
  if (sector !== null && MUNICIPAL_SECTORS.has(sector)) return 'municipality';
  if (sector !== null && CIVIL_SECTORS.has(sector)) return 'civil';
  return 'middle';
}

/**
 * The shore an actor is drawn on: its sector's, or its organisation's when it has no sector of its
 * own or is drawn inside its organisation.
 */
export function shoreOfNode(n: LayoutNode, byId: ReadonlyMap<string, LayoutNode>, keepWithOrganisation: boolean): Shore {
  const org = n.organisation !== null ? byId.get(n.organisation) : undefined;
  if (org && (keepWithOrganisation || n.sector === null)) return shoreOfSector(org.sector);
  return shoreOfSector(n.sector);
}

/** Room per person in an organisation's block: wide enough for a name under the dot. */
const CELL_W = 92;
const CELL_H = 48;
const ORG_H = 70;
const BLOCK_GAP = 30;
const COLUMN_GAP = 36;
/** the river: the empty band that bridging ties cross */
const RIVER = 120;
/**
 * The picture's width to its height. The map pane beside the side panel and the legend is taller
 * than wide (about 510 × 640 pixels at 1280 × 800), so a portrait picture is fitted larger and its
 * names stay readable; a square one was fitted to its width, with 6-pixel names.
 */
const ASPECT = 0.6;

interface Block {
  key: string;
  shore: Shore;
  /** the organisation heading the block, or null for persons without one on this shore */
  head: string | null;
  members: string[];
  sortLabel: string;
  cols: number;
  width: number;
  height: number;
  /** provisional vertical centre, for ordering by neighbours */
  y: number;
}

/**
 * "To bredder": the municipality's actors on the left shore, civil society's (and the citizens')
 * on the right, everyone else in the middle, so that a tie across sectors visibly crosses the
 * river. Each organisation forms a block with its persons in a grid under it; blocks are stacked
 * in columns growing away from the river and ordered by where their cross-shore neighbours
 * sit (a few barycentre sweeps), so that bridging ties cross each other as little as possible.
 * Deterministic: the same network always gives the same picture.
 *
 * `keepWithOrganisation` puts every person in their organisation's block even when their own
 * sector belongs on another shore (needed when persons are drawn inside their organisations).
 */
export function twoShoresPositions(
  nodes: readonly LayoutNode[],
  edges: readonly LayoutEdge[],
  compare: (a: string, b: string) => number,
  keepWithOrganisation = false,
): Map<string, Point> {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const shoreOf = (n: LayoutNode): Shore => shoreOfNode(n, byId, keepWithOrganisation);

  const blocks = new Map<string, Block>();
  const blockOf = new Map<string, Block>();
  const newBlock = (key: string, shore: Shore, head: string | null, sortLabel: string): Block => {
    const b: Block = { key, shore, head, members: [], sortLabel, cols: 1, width: 0, height: 0, y: 0 };
    blocks.set(key, b);
    return b;
  };
  for (const n of nodes) {
    if (n.kind === 'person') continue;
    const b = newBlock(n.id, shoreOf(n), n.id, n.label);
    blockOf.set(n.id, b);
  }
  for (const n of nodes) {
    if (n.kind !== 'person') continue;
    const shore = shoreOf(n);
    const org = n.organisation !== null ? blocks.get(n.organisation) : undefined;
    let b = org && org.shore === shore ? org : undefined;
    if (!b) {
      const key = `loose:${shore}`;
      // sorts after the organisations of its shore
      b = blocks.get(key) ?? newBlock(key, shore, null, '\uffff');
    }
    b.members.push(n.id);
    blockOf.set(n.id, b);
  }
  for (const b of blocks.values()) {
    b.members.sort((x, y) => compare(byId.get(x)?.label ?? x, byId.get(y)?.label ?? y));
    b.cols = Math.max(1, Math.ceil(Math.sqrt(b.members.length / 1.5)));
    const rows = Math.ceil(b.members.length / b.cols);
    b.width = Math.max(b.cols * CELL_W, b.head ? 140 : CELL_W);
    b.height = (b.head ? ORG_H : 0) + rows * CELL_H;
  }

  // neighbouring blocks, counted once per tie, for the barycentre ordering
  const neighbours = new Map<Block, Block[]>();
  for (const e of edges) {
    const a = blockOf.get(e.source);
    const b = blockOf.get(e.target);
    if (!a || !b || a === b) continue;
    (neighbours.get(a) ?? neighbours.set(a, []).get(a))?.push(b);
    (neighbours.get(b) ?? neighbours.set(b, []).get(b))?.push(a);
  }

  const shores: Record<Shore, Block[]> = { municipality: [], middle: [], civil: [] };
  for (const b of blocks.values()) shores[b.shore].push(b);
  for (const list of Object.values(shores))
    list.sort((a, b) => b.members.length - a.members.length || compare(a.sortLabel, b.sortLabel) || (a.key < b.key ? -1 : 1));

  const totalArea = [...blocks.values()].reduce((s, b) => s + (b.width + BLOCK_GAP) * (b.height + BLOCK_GAP), 0);
  const tallest = Math.max(0, ...[...blocks.values()].map((b) => b.height));
  // columns so tall that the whole picture, river included, is ASPECT as wide as it is high:
  // ASPECT × height ≈ area / height + the river twice, solved for the height
  const river = 2 * RIVER;
  const columnHeight = Math.max(tallest, (river + Math.sqrt(river * river + 4 * ASPECT * totalArea)) / (2 * ASPECT));

  const stack = (list: Block[]) => {
    let y = 0;
    for (const b of list) {
      b.y = y + b.height / 2;
      y += b.height + BLOCK_GAP;
    }
    const mid = y / 2;
    for (const b of list) b.y -= mid;
  };
  (['municipality', 'middle', 'civil'] as const).forEach((s) => stack(shores[s]));
  for (let sweep = 0; sweep < 4; sweep++) {
    for (const s of sweep % 2 === 0 ? (['civil', 'middle', 'municipality'] as const) : (['municipality', 'middle', 'civil'] as const)) {
      const list = shores[s];
      const centre = new Map<Block, number>();
      for (const b of list) {
        const across = (neighbours.get(b) ?? []).filter((n) => n.shore !== s);
        centre.set(b, across.length ? across.reduce((sum, n) => sum + n.y, 0) / across.length : b.y);
      }
      list.sort((a, b) => (centre.get(a) ?? 0) - (centre.get(b) ?? 0) || compare(a.sortLabel, b.sortLabel));
      stack(list);
    }
  }

  const positions = new Map<string, Point>();
  /** lays a shore's blocks out in columns; `direction` is where further columns go */
  const place = (list: Block[], riverSideX: number, direction: -1 | 1): number => {
    const columns: Block[][] = [[]];
    let height = 0;
    for (const b of list) {
      const col = columns[columns.length - 1] as Block[];
      if (col.length > 0 && height + b.height > columnHeight) {
        columns.push([b]);
        height = b.height + BLOCK_GAP;
      } else {
        col.push(b);
        height += b.height + BLOCK_GAP;
      }
    }
    let x = riverSideX;
    for (const col of columns) {
      if (col.length === 0) continue;
      const width = Math.max(...col.map((b) => b.width));
      const colHeight = col.reduce((s, b) => s + b.height, 0) + BLOCK_GAP * (col.length - 1);
      let y = -colHeight / 2;
      const centreX = x + (direction * width) / 2;
      for (const b of col) {
        if (b.head) positions.set(b.head, { x: centreX, y: y + 24 });
        const top = y + (b.head ? ORG_H : CELL_H / 2);
        const rowWidth = b.cols * CELL_W;
        b.members.forEach((id, i) => {
          const c = i % b.cols;
          const r = Math.floor(i / b.cols);
          positions.set(id, { x: centreX - rowWidth / 2 + CELL_W / 2 + c * CELL_W, y: top + r * CELL_H });
        });
        y += b.height + BLOCK_GAP;
      }
      x += direction * (width + COLUMN_GAP);
    }
    return Math.abs(x - riverSideX) - COLUMN_GAP;
  };
  const middleWidth = place(shores.middle, 0, 1);
  // centre the middle on x = 0
  if (middleWidth > 0) for (const b of shores.middle) shift(b, -middleWidth / 2);
  const half = Math.max(0, middleWidth) / 2;
  place(shores.municipality, -half - RIVER / (middleWidth > 0 ? 1 : 2), -1);
  place(shores.civil, half + RIVER / (middleWidth > 0 ? 1 : 2), 1);
  return positions;

  function shift(b: Block, dx: number) {
    for (const id of b.head ? [b.head, ...b.members] : b.members) {
      const p = positions.get(id);
      if (p) p.x += dx;
    }
  }
}

