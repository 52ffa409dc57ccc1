import type { ActorId } from '../ids';
import type { ActorPair } from '../model/pairs';
import type { Actor } from '../model/schema';
import type { Collaboration } from './dependency';
import { hasArc } from './graph';
import type { Network } from './network';

/**
 * The resilience plan: the fewest new relationships that remove every single point of failure
 * ("hinges on one relationship", "hinges on one person"), ordered by the risk each removes. An
 * introduction joins a member of one organisation to a member of the other, chosen so that both
 * sides then have two carriers; one introduction can mend several collaborations at once when a
 * person belongs to more than one organisation. Where no introduction can help (an organisation
 * of one person), the plan proposes to formalise the collaboration instead.
 */
export type ResilienceAction =
  | {
      kind: 'introduce';
      /** the two persons to introduce */
      persons: ActorPair;
      /** the collaborations it mends, as their two organisations */
      mends: ActorPair[];
      riskRemoved: number;
    }
  | { kind: 'formalise'; organisations: ActorPair; mends: ActorPair[]; riskRemoved: number };

const ROLE_PREFERENCE: Record<string, number> = { leader: 3, coordinator: 3, employee: 2, volunteer: 1, member: 1 };

interface Target {
  pair: ActorPair;
  a: number;
  b: number;
  /** carrier persons on A's side and on B's side (members in common on both) */
  sideA: Set<number>;
  sideB: Set<number>;
  risk: number;
}

/** Whether one more tie (x, y) would give the collaboration two persons a side (and so two carriers). */
function mended(net: Network, t: Target, x: number, y: number): boolean {
  const ox = net.orgsOf.get(x) ?? [];
  const oy = net.orgsOf.get(y) ?? [];
  let onA: number;
  let onB: number;
  if (ox.includes(t.a) && oy.includes(t.b) && !ox.includes(t.b) && !oy.includes(t.a)) [onA, onB] = [x, y];
  else if (oy.includes(t.a) && ox.includes(t.b) && !oy.includes(t.b) && !ox.includes(t.a)) [onA, onB] = [y, x];
  else return false;
  const sizeA = t.sideA.size + (t.sideA.has(onA) ? 0 : 1);
  const sizeB = t.sideB.size + (t.sideB.has(onB) ? 0 : 1);
  return sizeA >= 2 && sizeB >= 2;
}

/** The plan covers at most this many of the riskiest collaborations: past that, it is a list no one acts on. */
export const MAX_PLAN_TARGETS = 300;

export function resiliencePlan(net: Network, collaborations: readonly Collaboration[], candidatesPerSide = 4): ResilienceAction[] {
  const idx = (id: string) => net.index.get(id) as number;
  const degree = (i: number) => (net.graph.both.start[i + 1] as number) - (net.graph.both.start[i] as number);
  const roleRank = new Map<number, number>();
  for (const m of net.memberships) {
    const p = idx(m.person);
    roleRank.set(p, Math.max(roleRank.get(p) ?? 0, ROLE_PREFERENCE[m.role] ?? 0));
  }
  // well-placed persons first: a leader or coordinator can carry the collaboration institutionally
  const bestOf = new Map<number, number[]>();
  const best = (org: number) => {
    let list = bestOf.get(org);
    if (!list) {
      list = [...(net.membersOf.get(org) ?? [])]
        .sort((x, y) => (roleRank.get(y) ?? 0) - (roleRank.get(x) ?? 0) || degree(y) - degree(x) || x - y)
        .slice(0, candidatesPerSide);
      bestOf.set(org, list);
    }
    return list;
  };

  const chosen = collaborations
    .filter((c) => c.flags.includes('single-relationship') || c.flags.includes('single-person'))
    .sort((x, y) => y.risk - x.risk)
    .slice(0, MAX_PLAN_TARGETS);
  // the ends of the chosen collaborations' carrier ties, found in one pass over the ties
  const carrierIds = new Set(chosen.flatMap((c) => c.carrierTies));
  const tieEnds = new Map<string, readonly [number, number]>();
  net.ties.forEach((t, e) => {
    if (carrierIds.has(t.id)) tieEnds.set(t.id, [net.tieSource[e] as number, net.tieTarget[e] as number]);
  });
  const targets: Target[] = chosen.map((c) => {
    const a = idx(c.a);
    const b = idx(c.b);
    const sideA = new Set<number>();
    const sideB = new Set<number>();
    for (const id of c.carrierTies) {
      const [u, v] = tieEnds.get(id) as readonly [number, number];
      const uOnA = (net.orgsOf.get(u) ?? []).includes(a);
      sideA.add(uOnA ? u : v);
      sideB.add(uOnA ? v : u);
    }
    for (const p of c.sharedMembers.map(idx)) {
      sideA.add(p);
      sideB.add(p);
    }
    return { pair: [c.a, c.b], a, b, sideA, sideB, risk: c.risk };
  });

  // actor indices, so a number is key enough
  const n = net.actors.length;
  const pairKey = (a: number, b: number) => (a < b ? a * n + b : b * n + a);
  const targetsByPair = new Map<number, Target[]>();
  for (const t of targets) {
    const key = pairKey(t.a, t.b);
    const list = targetsByPair.get(key);
    if (list) list.push(t);
    else targetsByPair.set(key, [t]);
  }

  // every candidate introduction with the targets it would mend, found through the
  // organisations of its two persons (not by trying it on every target)
  const candidates = new Map<number, { pair: [number, number]; fixes: Target[] }>();
  for (const t of targets) {
    const onA = best(t.a);
    const onB = best(t.b);
    for (const x of onA)
      for (const y of onB) {
        const key = pairKey(x, y);
        if (x === y || hasArc(net.graph.both, x, y) || candidates.has(key)) continue;
        const fixes: Target[] = [];
        for (const a of net.orgsOf.get(x) ?? [])
          for (const b of net.orgsOf.get(y) ?? [])
            for (const other of targetsByPair.get(pairKey(a, b)) ?? []) if (!fixes.includes(other) && mended(net, other, x, y)) fixes.push(other);
        if (fixes.length) candidates.set(key, { pair: [x, y], fixes });
      }
  }

  // greedy set cover, lazily: a candidate's score only falls as targets get mended, so the best
  // re-scored candidate that still beats the next stored score is the best of all
  const id = (i: number): ActorId => (net.actors[i] as Actor).id;
  const plan: ResilienceAction[] = [];
  const done = new Set<Target>();
  const score = (c: { fixes: Target[] }) => c.fixes.reduce((sum, t) => (done.has(t) ? sum : sum + t.risk), 0);
  const heap = new MaxHeap<{ pair: [number, number]; fixes: Target[] }>();
  for (const c of candidates.values()) heap.push(score(c), c);
  while (heap.size > 0 && done.size < targets.length) {
    const { value: c, priority } = heap.pop();
    const fresh = score(c);
    if (fresh <= 0) continue;
    if (fresh + 1e-12 < priority && fresh + 1e-12 < heap.peekPriority()) {
      heap.push(fresh, c);
      continue;
    }
    const mends = c.fixes.filter((t) => !done.has(t));
    for (const t of mends) done.add(t);
    plan.push({
      kind: 'introduce',
      persons: [id(c.pair[0]), id(c.pair[1])],
      mends: mends.map((t) => t.pair),
      riskRemoved: fresh,
    });
  }
  const open = targets.filter((t) => !done.has(t));
  for (const t of open)
    plan.push({
      kind: 'formalise',
      organisations: [id(t.a), id(t.b)],
      mends: [t.pair],
      riskRemoved: t.risk,
    });
  return plan.sort((p, q) => q.riskRemoved - p.riskRemoved);
}

/** A binary max-heap of values by priority, for the lazy greedy search. */
class MaxHeap<T> {
  private readonly items: Array<{ priority: number; value: T }> = [];

  get size(): number {
    return this.items.length;
  }

  peekPriority(): number {
    return this.items[0]?.priority ?? -Infinity;
  }

  push(priority: number, value: T): void {
    const items = this.items;
    items.push({ priority, value });
    let i = items.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if ((items[parent] as { priority: number }).priority >= priority) break;
      [items[i], items[parent]] = [items[parent] as { priority: number; value: T }, items[i] as { priority: number; value: T }];
      i = parent;
    }
  }

  pop(): { priority: number; value: T } {
    const items = this.items;
    const top = items[0] as { priority: number; value: T };
    const last = items.pop() as { priority: number; value: T };
    if (items.length > 0) {
      items[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < items.length && (items[l] as { priority: number }).priority > (items[m] as { priority: number }).priority) m = l;
        if (r < items.length && (items[r] as { priority: number }).priority > (items[m] as { priority: number }).priority) m = r;
        if (m === i) break;
        [items[i], items[m]] = [items[m] as { priority: number; value: T }, items[i] as { priority: number; value: T }];
        i = m;
      }
    }
    return top;
  }
}
