import { UserError } from '../errors';
import type { ActorId, ForumId, TieId, WaveId } from '../ids';
import type { MessageKey } from '../i18n/catalogue';
import { unorderedPairKey, type ActorPair } from '../model/pairs';
import type { ActorKind, ProjectData, Wave } from '../model/schema';
import { analyze, type AnalysisResult, type AnalyzeOptions } from './analyze';
import type { Collaboration, CollaborationFlag, Severity } from './dependency';
import { presentElements } from './network';
import type { WordParams, WordValue, Wording } from './wording';

/**
 * Two waves compared: the project analysed as of wave A and as of wave B, the headline figures
 * side by side, what changed between them (ties gained and lost, persons who joined or left,
 * collaborations that began, ended, became fragile or were strengthened, key persons then and
 * now), and sentences saying so, kept as catalogue keys with parameters (wording.ts). Pure: the
 * two analyses are the ordinary analysis with `options.wave` set, run wherever the caller runs it.
 */

/** One wave's headline figures, from its analysis. */
export interface WaveFigures {
  wave: WaveId;
  label: string;
  date: string | null;
  actors: number;
  persons: number;
  organisations: number;
  /** relationships present, each counted once (analyze's `network.ties` counts an undirected tie twice in a directed network) */
  ties: number;
  density: number | null;
  eiIndex: number | null;
  /** every collaboration between organisations, as the analysis counts them */
  collaborations: number;
  /** collaborations that hang on one relationship or one person */
  flaggedCollaborations: number;
  expectedCollaborationsLost: number | null;
  keyPersons: number;
}

/** A tie as the comparison lists it: its id, its two ends (in its own direction) and its type. */
export interface TieChange {
  tie: TieId;
  source: ActorId;
  target: ActorId;
  type: string;
}

/** What a collaboration rested on in one wave. */
export interface CollaborationState {
  carriers: number;
  carrierPersons: ActorId[];
  carrierTies: TieId[];
  flags: CollaborationFlag[];
  /** whom it hangs on when flagged single-person: the one person in every carrier; else null */
  hangsOn: ActorId | null;
  /** forums where both organisations have a seat */
  forums: ForumId[];
  /** an organisation-level tie joins the two directly */
  organisationTie: boolean;
  severity: Severity | null;
  risk: number;
  survival: number | null;
}

/** A collaboration in both waves, or in one: its two organisations, and its state in each (null where it had none). */
export interface CollaborationChange {
  a: ActorId;
  b: ActorId;
  before: CollaborationState | null;
  after: CollaborationState | null;
  /** for the weakened and strengthened: a fragile flag came or went, or the risk alone moved */
  because: 'flag' | 'risk' | null;
}

export interface KeyPersonState {
  person: ActorId;
  collaborationsLost: ActorPair[];
  crossSectorReachLost: number;
}

export type WaveChangeKind =
  | 'collaboration-ended'
  | 'collaboration-fragile'
  | 'collaboration-riskier'
  | 'key-person-new'
  | 'more-bonding'
  | 'expected-loss-up'
  | 'collaboration-strengthened'
  | 'collaboration-safer'
  | 'collaboration-began'
  | 'key-person-gone'
  | 'more-bridging'
  | 'expected-loss-down'
  | 'ties-changed'
  | 'persons-joined'
  | 'persons-left'
  | 'more';

/** Whether a change is for the worse (the network is more fragile), for the better, or neither. */
export type WaveChangeTone = 'worse' | 'better' | 'neutral';

export type WaveTextKey = Extract<MessageKey, `waves.changes.${string}`>;

/** A change put in words, like a finding: what it is about (for the map) and what it says. */
export interface WaveChange {
  kind: WaveChangeKind;
  tone: WaveChangeTone;
  elements: { actors: ActorId[]; ties: TieId[]; collaborations: ActorPair[] };
  message: Wording<WaveTextKey>;
  recommendation: Wording<WaveTextKey> | null;
}

export interface WaveComparison {
  /** as both analyses used them (each with its own wave) */
  options: { groupBy: string; tieTypes: string[] | null; permutations: number; seed: number; monteCarloRuns: number };
  a: WaveFigures;
  b: WaveFigures;
  ties: { gained: TieChange[]; lost: TieChange[]; kept: number };
  persons: { joined: ActorId[]; left: ActorId[] };
  /** organisations and departments */
  organisations: { joined: ActorId[]; left: ActorId[] };
  collaborations: {
    /** carried in B and not in A */
    began: CollaborationChange[];
    /** carried in A and not in B */
    ended: CollaborationChange[];
    /** carried in both, and hanging on one relationship or person in B where it did not in A (or its risk rose) */
    weakened: CollaborationChange[];
    strengthened: CollaborationChange[];
  };
  keyPersons: { then: KeyPersonState[]; now: KeyPersonState[] };
  findings: WaveChange[];
}

/** A change of risk smaller than this, with the flags unchanged, is not reported. */
export const RISK_STEP = 0.1;
/** A change of the whole network's E-I index smaller than this is not reported. */
export const EI_STEP = 0.05;
/** A change of the expected collaborations lost in a year smaller than this is not reported. */
export const EXPECTED_LOSS_STEP = 0.1;
/** At most this many sentences of one kind; the rest are counted in one more sentence. */
export const MAX_CHANGES_PER_KIND = 25;

/**
 * The two waves asked for, checked against the data: two different waves the project has.
 * `name` is what the caller calls the pair (a CLI flag, an API field), so the message points at
 * what the user gave.
 */
export function checkWavePair(data: ProjectData, a: string, b: string, name: string): [WaveId, WaveId] {
  const known = new Map<string, Wave>(data.waves.map((w) => [w.id, w]));
  const ids = data.waves.map((w) => w.id).join(', ') || '-';
  for (const id of [a, b])
    if (!known.has(id)) throw new UserError('invalid', 'errors.badArgument', { name, detail: `"${id}" (${ids})` });
  if (a === b) throw new UserError('invalid', 'waves.compare.same', { name, id: a });
  return [(known.get(a) as Wave).id, (known.get(b) as Wave).id];
}

/** Both analyses and their comparison, on this thread (the CLI and the engine spread the analyses over threads). */
export function analyzeWaves(data: ProjectData, options: AnalyzeOptions, waveA: string, waveB: string): WaveComparison {
  const [a, b] = checkWavePair(data, waveA, waveB, 'waves');
  return compareWaves(data, analyze(data, { ...options, wave: a }), analyze(data, { ...options, wave: b }));
}

const FRAGILE: ReadonlySet<CollaborationFlag> = new Set(['single-relationship', 'single-person']);
const fragile = (c: Collaboration | CollaborationState) => c.flags.some((f) => FRAGILE.has(f));
const carried = (c: Collaboration | undefined): c is Collaboration => c !== undefined && c.carriers > 0;

function stateOf(c: Collaboration, ends: ReadonlyMap<string, readonly [ActorId, ActorId]>): CollaborationState {
  return {
    carriers: c.carriers,
    carrierPersons: c.carrierPersons,
    carrierTies: c.carrierTies,
    flags: c.flags,
    hangsOn: c.flags.includes('single-person') ? commonPerson(c, ends) : null,
    forums: c.forums,
    organisationTie: c.organisationTie,
    severity: c.severity,
    risk: c.risk,
    survival: c.survival,
  };
}

function figuresOf(result: AnalysisResult, wave: Wave, ties: number): WaveFigures {
  const persons = result.actors.filter((x) => x.kind === 'person').length;
  return {
    wave: wave.id,
    label: wave.label,
    date: wave.date,
    actors: result.network.actors,
    persons,
    organisations: result.network.actors - persons,
    ties,
    density: result.network.density,
    eiIndex: result.bondingBridging.eiIndex,
    collaborations: result.collaborations.length,
    flaggedCollaborations: result.collaborations.filter(fragile).length,
    expectedCollaborationsLost: result.expectedCollaborationsLost,
    keyPersons: result.keyPersons.length,
  };
}

/**
 * Compares the analyses of two waves of one project (`a.options.wave`, `b.options.wave`). The
 * ties and actors compared are those each analysis read (presentElements), so the counts agree
 * with the figures; collaborations are matched by their two organisations.
 */
export function compareWaves(data: ProjectData, a: AnalysisResult, b: AnalysisResult): WaveComparison {
  const waveA = data.waves.find((w) => w.id === a.options.wave);
  const waveB = data.waves.find((w) => w.id === b.options.wave);
  if (!waveA || !waveB) throw new UserError('invalid', 'errors.badArgument', { name: 'waves', detail: `${String(a.options.wave)}, ${String(b.options.wave)}` });
  const tieTypes = a.options.tieTypes;
  const before = presentElements(data, { wave: waveA.id, tieTypes });
  const after = presentElements(data, { wave: waveB.id, tieTypes });

  const tiesBefore = new Set<string>(before.ties.map((t) => t.id));
  const tiesAfter = new Set<string>(after.ties.map((t) => t.id));
  const tieChange = (t: (typeof before.ties)[number]): TieChange => ({ tie: t.id, source: t.source, target: t.target, type: t.type });
  const ties = {
    gained: after.ties.filter((t) => !tiesBefore.has(t.id)).map(tieChange),
    lost: before.ties.filter((t) => !tiesAfter.has(t.id)).map(tieChange),
    kept: before.ties.filter((t) => tiesAfter.has(t.id)).length,
  };

  const actorsBefore = new Set<string>(before.actors.map((x) => x.id));
  const actorsAfter = new Set<string>(after.actors.map((x) => x.id));
  const joined = after.actors.filter((x) => !actorsBefore.has(x.id));
  const left = before.actors.filter((x) => !actorsAfter.has(x.id));
  const ofKind = (list: ReadonlyArray<{ id: ActorId; kind: ActorKind }>, person: boolean) => list.filter((x) => (x.kind === 'person') === person).map((x) => x.id);

  const ends = new Map(data.ties.map((t) => [t.id as string, [t.source, t.target] as const]));
  const collaborations = compareCollaborations(a.collaborations, b.collaborations, ends);
  const keyState = (k: AnalysisResult['keyPersons'][number]): KeyPersonState => ({
    person: k.person,
    collaborationsLost: k.collaborationsLost,
    crossSectorReachLost: k.crossSectorReachLost,
  });
  const comparison: WaveComparison = {
    options: {
      groupBy: a.options.groupBy,
      tieTypes: tieTypes ? [...tieTypes] : null,
      permutations: a.options.permutations,
      seed: a.options.seed,
      monteCarloRuns: a.options.monteCarloRuns,
    },
    a: figuresOf(a, waveA, before.ties.length),
    b: figuresOf(b, waveB, after.ties.length),
    ties,
    persons: { joined: ofKind(joined, true), left: ofKind(left, true) },
    organisations: { joined: ofKind(joined, false), left: ofKind(left, false) },
    collaborations,
    keyPersons: { then: a.keyPersons.map(keyState), now: b.keyPersons.map(keyState) },
    findings: [],
  };
  comparison.findings = changesOf(comparison, actorsAfter);
  return comparison;
}

/**
 * Collaborations matched by their two organisations. One ends when it had carriers in A and has
 * none in B (a shared forum may be all that is left), or was in A and is not in B at all; one
 * begins the other way round. Of those carried in both, one is weakened when it comes to hang on
 * one relationship or person (or, with its flags as they were, its risk rises by RISK_STEP or
 * more), and strengthened the other way round.
 */
function compareCollaborations(
  before: readonly Collaboration[],
  after: readonly Collaboration[],
  ends: ReadonlyMap<string, readonly [ActorId, ActorId]>,
): WaveComparison['collaborations'] {
  const out: WaveComparison['collaborations'] = { began: [], ended: [], weakened: [], strengthened: [] };
  const afterByPair = new Map(after.map((c) => [unorderedPairKey(c.a, c.b), c]));
  const beforeByPair = new Map(before.map((c) => [unorderedPairKey(c.a, c.b), c]));
  const change = (x: Collaboration | undefined, y: Collaboration | undefined, because: CollaborationChange['because']): CollaborationChange => {
    const pair = (x ?? y) as Collaboration;
    return { a: pair.a, b: pair.b, before: x ? stateOf(x, ends) : null, after: y ? stateOf(y, ends) : null, because };
  };
  for (const x of before) {
    const y = afterByPair.get(unorderedPairKey(x.a, x.b));
    if (!y || (carried(x) && !carried(y))) out.ended.push(change(x, y, null));
    else if (!carried(x) || !carried(y)) continue;
    else if (!fragile(x) && fragile(y)) out.weakened.push(change(x, y, 'flag'));
    else if (fragile(x) && !fragile(y)) out.strengthened.push(change(x, y, 'flag'));
    else if (y.risk - x.risk >= RISK_STEP) out.weakened.push(change(x, y, 'risk'));
    else if (x.risk - y.risk >= RISK_STEP) out.strengthened.push(change(x, y, 'risk'));
  }
  for (const y of after) {
    const x = beforeByPair.get(unorderedPairKey(y.a, y.b));
    if (!x || (carried(y) && !carried(x))) out.began.push(change(x, y, null));
  }
  return out;
}

const TONE_ORDER: Record<WaveChangeTone, number> = { worse: 0, better: 1, neutral: 2 };

/** The comparison in sentences, for the worse first, then for the better, then the rest. */
function changesOf(c: WaveComparison, presentAfter: ReadonlySet<string>): WaveChange[] {
  const out: WaveChange[] = [];
  const from = c.a.label;
  const to = c.b.label;
  const actor = (id: string): WordValue => ({ actor: id });
  const list = (ids: readonly string[]): WordValue => ({ list: ids.map(actor) });
  const counted = (noun: 'ties' | 'carriers', count: number): WordValue => ({ words: { key: `counted.${noun}`, params: { count } } });
  const decimal = (x: number): WordValue => ({ decimal: x });
  const none = { actors: [] as ActorId[], ties: [] as TieId[], collaborations: [] as ActorPair[] };
  const add = (kind: WaveChangeKind, tone: WaveChangeTone, elements: Partial<WaveChange['elements']>, key: WaveTextKey, params: WordParams, advice: WaveTextKey | null = null) =>
    out.push({ kind, tone, elements: { ...none, ...elements }, message: { key, params }, recommendation: advice ? { key: advice, params } : null });
  /** every collaboration change: its pair, its carriers in both waves and its ties */
  const about = (x: CollaborationChange) => {
    const persons = [...new Set([...(x.before?.carrierPersons ?? []), ...(x.after?.carrierPersons ?? [])])];
    const tieIds = [...new Set([...(x.before?.carrierTies ?? []), ...(x.after?.carrierTies ?? [])])];
    return { actors: [x.a, x.b, ...persons], ties: tieIds, collaborations: [[x.a, x.b] as const] };
  };
  /** what a collaboration hangs on, in words: one relationship, one person, or its carriers */
  const restsOn = (s: CollaborationState): WordValue => {
    if (s.carriers === 0) return { words: { key: s.organisationTie ? 'waves.changes.organisationTie' : 'waves.changes.sharedForum', params: {} } };
    if (s.flags.includes('single-relationship')) return { words: { key: 'waves.changes.oneRelationship', params: {} } };
    if (s.hangsOn !== null) return { words: { key: 'waves.changes.onePerson', params: { person: actor(s.hangsOn) } } };
    const ties = s.carrierTies.length;
    const shared = s.carriers - ties;
    if (shared === 0) return { words: { key: 'waves.changes.tiesBetween', params: { ties: counted('ties', ties), count: s.carrierPersons.length } } };
    if (ties === 0) return { words: { key: 'waves.changes.sharedMembers', params: { count: shared } } };
    return { words: { key: 'waves.changes.tiesAndShared', params: { ties: counted('ties', ties), count: shared } } };
  };
  const capped = <T>(items: readonly T[], kind: WaveChangeKind, tone: WaveChangeTone, each: (item: T) => void) => {
    items.slice(0, MAX_CHANGES_PER_KIND).forEach(each);
    const rest = items.length - MAX_CHANGES_PER_KIND;
    if (rest > 0) add('more', tone, {}, 'waves.changes.more', { count: rest, kind: { words: { key: `waves.changeKinds.${kindKey(kind)}`, params: {} } } });
  };

  // collaborations, for the worse
  capped(c.collaborations.ended, 'collaboration-ended', 'worse', (x) => {
    const s = x.before as CollaborationState;
    const gone = s.carrierPersons.filter((p) => !presentAfter.has(p));
    const params = { a: actor(x.a), b: actor(x.b), from, to, carriers: restsOn(s) };
    if (s.carriers === 0) add('collaboration-ended', 'worse', about(x), 'waves.changes.endedUncarried', params);
    else if (gone.length) add('collaboration-ended', 'worse', about(x), 'waves.changes.endedLeft', { ...params, count: gone.length, persons: list(gone) }, 'waves.changes.endedAdvice');
    else add('collaboration-ended', 'worse', about(x), 'waves.changes.ended', params, 'waves.changes.endedAdvice');
  });
  capped(c.collaborations.weakened, 'collaboration-fragile', 'worse', (x) => {
    const [s, t] = [x.before as CollaborationState, x.after as CollaborationState];
    const params = { a: actor(x.a), b: actor(x.b), from, to, before: restsOn(s), after: restsOn(t), riskBefore: decimal(s.risk), riskAfter: decimal(t.risk) };
    if (x.because === 'flag') add('collaboration-fragile', 'worse', about(x), 'waves.changes.fragile', params, 'waves.changes.fragileAdvice');
    else add('collaboration-riskier', 'worse', about(x), 'waves.changes.riskier', params, 'waves.changes.riskierAdvice');
  });
  // key persons who are new
  const then = new Map(c.keyPersons.then.map((k) => [k.person as string, k]));
  const now = new Map(c.keyPersons.now.map((k) => [k.person as string, k]));
  capped(c.keyPersons.now.filter((k) => !then.has(k.person)), 'key-person-new', 'worse', (k) => {
    const elements = { actors: [k.person], collaborations: k.collaborationsLost };
    const params = { person: actor(k.person), from, to };
    const count = k.collaborationsLost.length;
    if (count) add('key-person-new', 'worse', elements, 'waves.changes.keyPersonNew', { ...params, count, list: { list: k.collaborationsLost.map((pair) => ({ pair })) } }, 'waves.changes.keyPersonAdvice');
    else add('key-person-new', 'worse', elements, 'waves.changes.keyPersonNewReach', params, 'waves.changes.keyPersonAdvice');
  });

  // the whole network
  const [eiA, eiB] = [c.a.eiIndex, c.b.eiIndex];
  if (eiA !== null && eiB !== null && Math.abs(eiB - eiA) >= EI_STEP) {
    const params = { from, to, before: decimal(eiA), after: decimal(eiB) };
    if (eiB < eiA) add('more-bonding', 'worse', {}, 'waves.changes.moreBonding', params);
    else add('more-bridging', 'better', {}, 'waves.changes.moreBridging', params);
  }
  const [lostA, lostB] = [c.a.expectedCollaborationsLost, c.b.expectedCollaborationsLost];
  if (lostA !== null && lostB !== null && Math.abs(lostB - lostA) >= EXPECTED_LOSS_STEP) {
    const params = { from, to, before: { decimal: lostA, digits: 1 }, after: { decimal: lostB, digits: 1 } };
    if (lostB > lostA) add('expected-loss-up', 'worse', {}, 'waves.changes.expectedLossUp', params);
    else add('expected-loss-down', 'better', {}, 'waves.changes.expectedLossDown', params);
  }

  // collaborations, for the better
  capped(c.collaborations.strengthened, 'collaboration-strengthened', 'better', (x) => {
    const [s, t] = [x.before as CollaborationState, x.after as CollaborationState];
    const params = { a: actor(x.a), b: actor(x.b), from, to, before: restsOn(s), after: restsOn(t), riskBefore: decimal(s.risk), riskAfter: decimal(t.risk) };
    if (x.because === 'flag') add('collaboration-strengthened', 'better', about(x), 'waves.changes.strengthened', params);
    else add('collaboration-safer', 'better', about(x), 'waves.changes.safer', params);
  });
  capped(c.collaborations.began, 'collaboration-began', 'better', (x) => {
    const t = x.after as CollaborationState;
    const params = { a: actor(x.a), b: actor(x.b), from, to, carriers: restsOn(t) };
    // a shared forum alone makes a collaboration the analysis counts, but nobody carries it yet
    if (t.carriers) add('collaboration-began', 'better', about(x), 'waves.changes.began', params);
    else add('collaboration-began', 'neutral', about(x), 'waves.changes.beganUncarried', params);
  });
  capped(c.keyPersons.then.filter((k) => !now.has(k.person)), 'key-person-gone', 'better', (k) => {
    const stayed = presentAfter.has(k.person);
    add('key-person-gone', stayed ? 'better' : 'neutral', { actors: [k.person], collaborations: k.collaborationsLost }, stayed ? 'waves.changes.keyPersonGone' : 'waves.changes.keyPersonLeft', { person: actor(k.person), from, to });
  });

  // who and what came and went
  const { gained, lost, kept } = c.ties;
  if (gained.length || lost.length)
    add('ties-changed', 'neutral', { ties: [...gained, ...lost].map((t) => t.tie), actors: [...new Set([...gained, ...lost].flatMap((t) => [t.source, t.target]))] }, 'waves.changes.ties', {
      from,
      to,
      gained: counted('ties', gained.length),
      lost: counted('ties', lost.length),
      kept: counted('ties', kept),
    });
  if (c.persons.left.length) add('persons-left', 'neutral', { actors: c.persons.left }, 'waves.changes.personsLeft', { from, to, count: c.persons.left.length, persons: list(c.persons.left) });
  if (c.persons.joined.length) add('persons-joined', 'neutral', { actors: c.persons.joined }, 'waves.changes.personsJoined', { from, to, count: c.persons.joined.length, persons: list(c.persons.joined) });

  // stable: within a tone, in the order written above
  return out.map((x, i) => [x, i] as const).sort(([x, i], [y, j]) => TONE_ORDER[x.tone] - TONE_ORDER[y.tone] || i - j).map(([x]) => x);
}

/**
 * The person every carrier of a collaboration involves (an end of each carrier tie, or the one
 * shared member), where there is exactly one: whom a collaboration flagged single-person hangs on.
 */
function commonPerson(c: Collaboration, ends: ReadonlyMap<string, readonly [ActorId, ActorId]>): ActorId | null {
  const carriers: Array<readonly ActorId[]> = [...c.carrierTies.map((id) => ends.get(id) ?? []), ...c.sharedMembers.map((p) => [p])];
  const [first, ...rest] = carriers;
  const common = (first ?? []).filter((p) => rest.every((persons) => persons.includes(p)));
  return common.length === 1 ? (common[0] as ActorId) : null;
}

const KIND_KEYS = {
  'collaboration-ended': 'ended',
  'collaboration-fragile': 'fragile',
  'collaboration-riskier': 'fragile',
  'collaboration-strengthened': 'strengthened',
  'collaboration-safer': 'strengthened',
  'collaboration-began': 'began',
  'key-person-new': 'keyPersonNew',
  'key-person-gone': 'keyPersonGone',
} as const;
const kindKey = (kind: WaveChangeKind) => (kind in KIND_KEYS ? KIND_KEYS[kind as keyof typeof KIND_KEYS] : 'ended');
