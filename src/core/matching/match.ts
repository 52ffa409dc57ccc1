import type { ActorId } from '../ids';
import type { Actor, ActorKind, ProjectData } from '../model/schema';
import { nameTokens } from './normalise';
import { scoreTokens } from './score';

/** A name at or above this score (and not the same name) is offered as a suggestion. */
export const SUGGEST_AT = 0.75;
/** Candidates below this are not worth showing. */
const CANDIDATE_AT = 0.5;

export interface MatchCandidate {
  actorId: ActorId;
  label: string;
  score: number;
}

export type MatchDecision = 'exact' | 'suggested' | 'none';

export interface NameMatch {
  name: string;
  best: MatchCandidate | null;
  /** the best three, best first */
  candidates: MatchCandidate[];
  /** exact: the same name up to spelling and order; suggested: score ≥ SUGGEST_AT; none: neither */
  decision: MatchDecision;
}

type Matchable = Pick<Actor, 'id' | 'kind' | 'label'>;

interface Indexed {
  actor: Matchable;
  tokens: string[];
  key: string;
}

/**
 * Each name against the project's actors (of one kind, when given): the best actor, the three
 * best candidates and a decision. Exact means the same name up to case, accents, aa/å, ae/æ,
 * oe/ø, punctuation and word order.
 */
export function matchNames(names: readonly string[], actors: readonly Matchable[], opts: { kind?: ActorKind } = {}): NameMatch[] {
  const pool: Indexed[] = actors
    .filter((a) => opts.kind === undefined || a.kind === opts.kind)
    .map((actor) => {
      const tokens = nameTokens(actor.label);
      return { actor, tokens, key: [...tokens].sort().join(' ') };
    });
  const byKey = new Map<string, Indexed[]>();
  for (const entry of pool) {
    const same = byKey.get(entry.key);
    if (same) same.push(entry);
    else byKey.set(entry.key, [entry]);
  }
  // Many names against many actors (a survey against a large project) compare each name only with
  // the actors that share a token's first letters with it: 300 names against 20,000 actors took
  // 26 s compared with all; a typo in a name's first three letters of every token is then missed
  const blocked = names.length * pool.length > FULL_SCAN ? blockIndex(pool) : null;
  return names.map((name) => {
    const tokens = nameTokens(name);
    const key = [...tokens].sort().join(' ');
    const exact = key === '' ? [] : (byKey.get(key) ?? []);
    const compared = blocked ? [...new Set([...exact, ...blockKeys(tokens).flatMap((k) => blocked.get(k) ?? [])])] : pool;
    const scored: MatchCandidate[] = compared
      .map((e) => ({ e, score: key !== '' && e.key === key ? 1 : scoreTokens(tokens, e.tokens) }))
      .filter((s) => s.score >= CANDIDATE_AT)
      .map(({ e, score }) => ({ actorId: e.actor.id, label: e.actor.label, score }))
      .sort((x, y) => y.score - x.score || x.label.localeCompare(y.label, 'da'));
    const candidates = scored.slice(0, 3);
    const best = candidates[0] ?? null;
    const decision: MatchDecision = exact.length > 0 ? 'exact' : best && best.score >= SUGGEST_AT ? 'suggested' : 'none';
    return { name, best: decision === 'none' ? null : best, candidates, decision };
  });
}

/** Comparisons of every name with every actor above which names are compared by blocks. */
const FULL_SCAN = 200_000;

/** The blocking keys of a name: the first three letters of each token of two letters or more. */
const blockKeys = (tokens: readonly string[]): string[] => [...new Set(tokens.filter((t) => t.length >= 2).map((t) => t.slice(0, 3)))];

function blockIndex(pool: readonly Indexed[]): Map<string, Indexed[]> {
  const index = new Map<string, Indexed[]>();
  for (const entry of pool)
    for (const k of blockKeys(entry.tokens)) {
      const block = index.get(k);
      if (block) block.push(entry);
      else index.set(k, [entry]);
    }
  return index;
}

export interface DuplicatePair {
  ids: [ActorId, ActorId];
  score: number;
}

/** A token shared by more actors than this (e.g. "forening") does not make them candidates. */
const BLOCK_LIMIT = 200;

/**
 * Pairs of actors of the same kind whose names score at least SUGGEST_AT, best first. Only
 * actors sharing a blocking key are compared: the first three letters of a token of two or more
 * letters, or the whole name key; a key shared by more than BLOCK_LIMIT actors is skipped, so
 * 2,000 actors cost a few thousand comparisons, not two million.
 */
export function likelyDuplicates(project: Pick<ProjectData, 'actors'>): DuplicatePair[] {
  const entries = project.actors.map((actor) => {
    const tokens = nameTokens(actor.label);
    return { actor, tokens, key: [...tokens].sort().join(' ') };
  });
  type Entry = (typeof entries)[number];
  const blocks = new Map<string, { at: number; e: Entry }[]>();
  entries.forEach((e, at) => {
    const keys = new Set<string>([`=${e.key}`]);
    for (const t of e.tokens) if (t.length >= 2) keys.add(t.slice(0, 3));
    for (const k of keys) {
      const block = blocks.get(`${e.actor.kind}|${k}`);
      if (block) block.push({ at, e });
      else blocks.set(`${e.actor.kind}|${k}`, [{ at, e }]);
    }
  });
  const seen = new Set<number>();
  const pairs: DuplicatePair[] = [];
  const n = entries.length;
  for (const [name, block] of blocks) {
    if (block.length < 2 || (block.length > BLOCK_LIMIT && !name.includes('|='))) continue;
    block.forEach(({ at: i, e: a }, x) => {
      for (const { at: j, e: b } of block.slice(x + 1)) {
        const id = i * n + j;
        if (seen.has(id)) continue;
        seen.add(id);
        const score = a.key !== '' && a.key === b.key ? 1 : scoreTokens(a.tokens, b.tokens);
        if (score >= SUGGEST_AT) pairs.push({ ids: [a.actor.id, b.actor.id], score });
      }
    });
  }
  return pairs.sort((p, q) => q.score - p.score || p.ids[0].localeCompare(q.ids[0]) || p.ids[1].localeCompare(q.ids[1]));
}
