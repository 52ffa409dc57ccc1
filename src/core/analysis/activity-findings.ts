import type { ActivityId, ActorId, TieId } from '../ids';
import type { ActivityAnalysis } from './activities';
import type { Severity } from './dependency';
import type { Network } from './network';
import type { WordParams, WordValue } from './wording';

/**
 * The reception timeline's findings (see activities.ts), as drafts findingsOf turns into
 * findings like every other: a kind, a severity, the elements to show, and a sentence as a
 * catalogue key (`findings.activities.*`) with its parameters.
 */
export type ActivityFindingKind = 'activity-overlap' | 'activity-gap' | 'activity-person-dependent' | 'activity-single-link';

export interface ActivityFindingDraft {
  kind: ActivityFindingKind;
  severity: Severity;
  elements: { actors: ActorId[]; ties: TieId[]; activities: ActivityId[] };
  key: 'activities.overlap' | 'activities.gap' | 'activities.personDependent' | 'activities.singleLink';
  params: () => WordParams;
  /** within a kind and severity, the lower first */
  order: number;
}

/** Weeks relative to arrival as a sentence names them: "uge 4–26 efter ankomst", "8–5 uger før ankomst". */
export function weeksWording(from: number, to: number): WordValue {
  const words = (key: 'after' | 'afterOne' | 'before' | 'beforeOne' | 'around', params: Record<string, number>): WordValue => ({
    words: { key: `activities.weeks.${key}`, params },
  });
  if (from >= 0) return from === to ? words('afterOne', { from }) : words('after', { from, to });
  if (to < 0) return from === to ? words('beforeOne', { count: -from }) : words('before', { from: -from, to: -to });
  return words('around', { from: -from, to });
}

export function activityFindings(analysis: ActivityAnalysis, net: Network): ActivityFindingDraft[] {
  const out: ActivityFindingDraft[] = [];
  const actor = (id: string): WordValue => ({ actor: id });
  const owners = (ids: readonly string[]): WordValue => ({ list: ids.map(actor) });
  const byId = new Map(analysis.activities.map((a) => [a.id as string, a]));

  for (const o of analysis.overlaps) {
    out.push({
      kind: 'activity-overlap',
      severity: o.owners.length >= 3 ? 'medium' : 'low',
      elements: { actors: o.owners, ties: [], activities: o.activities },
      key: 'activities.overlap',
      params: () => ({
        count: o.owners.length,
        kind: { words: { key: `findings.activities.kinds.${o.kind}`, params: {} } },
        group: { targetGroup: o.targetGroup },
        weeks: weeksWording(o.window.from, o.window.to),
        list: {
          list: o.activities.map((id) => ({
            words: { key: 'findings.activities.titleBy', params: { activity: { activity: id }, owners: owners(byId.get(id)?.owners ?? []) } },
          })),
        },
      }),
      order: -o.owners.length,
    });
  }

  for (const g of analysis.gaps)
    out.push({
      kind: 'activity-gap',
      severity: 'medium',
      elements: { actors: [], ties: [], activities: [] },
      key: 'activities.gap',
      params: () => ({ count: g.weeks, group: { targetGroup: g.targetGroup }, weeks: weeksWording(g.from, g.to) }),
      order: -g.weeks,
    });

  for (const p of analysis.personDependent) {
    const activity = byId.get(p.activity);
    out.push({
      kind: 'activity-person-dependent',
      severity: 'medium',
      elements: { actors: [p.contact, ...(activity?.owners ?? [])], ties: [], activities: [p.activity] },
      key: 'activities.personDependent',
      params: () => ({ activity: { activity: p.activity }, owners: owners(activity?.owners ?? []), person: actor(p.contact) }),
      // the activities that also hang on one link first
      order: activity?.flags.includes('single-link') ? -1 : 0,
    });
  }

  let tieById: Map<string, Network['ties'][number]> | undefined;
  for (const s of analysis.singleLink) {
    tieById ??= new Map(net.ties.map((t) => [t.id as string, t]));
    const tie = s.tie === null ? undefined : tieById.get(s.tie);
    const link: WordValue = tie
      ? { words: { key: 'findings.activities.linkTie', params: { a: actor(tie.source), b: actor(tie.target) } } }
      : { words: { key: 'findings.activities.linkMember', params: { person: actor(s.sharedMember ?? ''), owner: actor(s.owner), partner: actor(s.partner) } } };
    const ends = tie ? [tie.source, tie.target] : s.sharedMember === null ? [] : [s.sharedMember];
    out.push({
      kind: 'activity-single-link',
      severity: 'medium',
      elements: { actors: [...new Set([s.owner, s.partner, ...ends])], ties: tie ? [tie.id] : [], activities: [s.activity] },
      key: 'activities.singleLink',
      params: () => ({ activity: { activity: s.activity }, owner: actor(s.owner), partner: actor(s.partner), link }),
      order: 0,
    });
  }
  return out;
}
