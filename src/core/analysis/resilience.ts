import type { Collaboration } from './dependency';
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
      persons: [string, string];
      /** the collaborations ("a|b") it mends */
      mends: string[];
      riskRemoved: number;
    }
  | { kind: 'formalise'; organisations: [string, string]; mends: string[]; riskRemoved: number };

const ROLE_PREFERENCE: Record<string, number> = { leader: 3, coordinator: 3, employee: 2, volunteer: 1, member: 1 };

interface Target {
  key: string;
  a: number;
  b: number;
  carrierTies: Array<[number, number]>;
  shared: number[];
  risk: number;
}

/** Sides and carriers of a collaboration if one more tie (x, y) were added. */
function mended(net: Network, t: Target, x: number, y: number): boolean {
  const orgs = (p: number) => net.orgsOf.get(p) ?? [];
  const carries = (u: number, v: number) =>
    orgs(u).includes(t.a) && orgs(v).includes(t.b) && !orgs(u).includes(t.b) && !orgs(v).includes(t.a);
  let ties = t.carrierTies;
  if (carries(x, y)) ties = [...ties, [x, y]];
  else if (carries(y, x)) ties = [...ties, [y, x]];
  else return false;
  const sideA = new Set([...ties.map(([u]) => u), ...t.shared]);
  const sideB = new Set([...ties.map(([, v]) => v), ...t.shared]);
  return ties.length + t.shared.length >= 2 && sideA.size >= 2 && sideB.size >= 2;
}

export function resiliencePlan(net: Network, collaborations: readonly Collaboration[], candidatesPerSide = 4): ResilienceAction[] {
  const idx = (id: string) => net.index.get(id) as number;
  const tieEnds = new Map(net.ties.map((t) => [t.id as string, [idx(t.source), idx(t.target)] as const]));
  const degree = (i: number) => (net.graph.both.start[i + 1] as number) - (net.graph.both.start[i] as number);
  const roleRank = new Map<number, number>();
  for (const m of net.memberships) {
    const p = idx(m.person);
    roleRank.set(p, Math.max(roleRank.get(p) ?? 0, ROLE_PREFERENCE[m.role] ?? 0));
  }
  // well-placed persons first: a leader or coordinator can carry the collaboration institutionally
  const ranked = (org: number) =>
    [...(net.membersOf.get(org) ?? [])].sort(
      (x, y) => (roleRank.get(y) ?? 0) - (roleRank.get(x) ?? 0) || degree(y) - degree(x) || x - y,
    );

  const targets: Target[] = collaborations
    .filter((c) => c.flags.includes('single-relationship') || c.flags.includes('single-person'))
    .map((c) => {
      const a = idx(c.a);
      const b = idx(c.b);
      const carrierTies = c.carrierTies.map((id) => {
        const [u, v] = tieEnds.get(id) as readonly [number, number];
        const pair: [number, number] = (net.orgsOf.get(u) ?? []).includes(a) ? [u, v] : [v, u];
        return pair;
      });
      return { key: `${c.a}|${c.b}`, a, b, carrierTies, shared: c.sharedMembers.map(idx), risk: c.risk };
    });

  const existing = new Set(net.ties.map((t) => [idx(t.source), idx(t.target)].sort((x, y) => x - y).join('|')));
  const candidates = new Map<string, [number, number]>();
  for (const t of targets) {
    const onA = ranked(t.a).slice(0, candidatesPerSide + 2);
    const onB = ranked(t.b).slice(0, candidatesPerSide + 2);
    for (const x of onA)
      for (const y of onB) {
        if (x === y) continue;
        const key = [x, y].sort((p, q) => p - q).join('|');
        if (!existing.has(key) && mended(net, t, x, y)) candidates.set(key, [x, y]);
      }
  }

  const plan: ResilienceAction[] = [];
  let open = [...targets];
  while (open.length) {
    let best: { pair: [number, number]; fixes: Target[]; risk: number } | null = null;
    for (const pair of candidates.values()) {
      const fixes = open.filter((t) => mended(net, t, pair[0], pair[1]));
      const risk = fixes.reduce((s, t) => s + t.risk, 0);
      if (fixes.length && (!best || risk > best.risk + 1e-12)) best = { pair, fixes, risk };
    }
    if (!best) break;
    const [x, y] = best.pair;
    plan.push({
      kind: 'introduce',
      persons: [net.actors[x]?.id ?? '', net.actors[y]?.id ?? ''],
      mends: best.fixes.map((t) => t.key),
      riskRemoved: best.risk,
    });
    const fixed = new Set(best.fixes);
    open = open.filter((t) => !fixed.has(t));
  }
  for (const t of open)
    plan.push({
      kind: 'formalise',
      organisations: [net.actors[t.a]?.id ?? '', net.actors[t.b]?.id ?? ''],
      mends: [t.key],
      riskRemoved: t.risk,
    });
  return plan.sort((p, q) => q.riskRemoved - p.riskRemoved);
}
