import { catalogues, type Language, type MessageKey, type MessageParams } from '../i18n/catalogue';
import { compositeKey, unorderedPairKey, type ActorPair } from '../model/pairs';
import type { Thresholds } from '../model/schema';
import type { AnalysisResult } from './analyze';
import type { Collaboration, Severity } from './dependency';
import { NO_GROUP, type Network } from './network';

/**
 * Findings turn figures into plain warnings and recommendations, in Danish and English: one
 * list from all analyses, each naming the elements involved so the map can show them.
 */
export type FindingKind =
  | 'single-relationship'
  | 'single-person'
  | 'informal-only'
  | 'low-survival'
  | 'key-person'
  | 'bridge-tie'
  | 'bonded-group'
  | 'bonded-organisation'
  | 'more-bonding-than-chance'
  | 'municipal-dominance'
  | 'supplier-relations'
  | 'forum-dominance'
  | 'forum-missing-sector'
  | 'forum-no-mandate'
  | 'central-dominance'
  | 'concentrated-contacts'
  | 'key-player-set';

export interface Finding {
  kind: FindingKind;
  severity: Severity;
  elements: { actors: string[]; ties: string[]; forums: string[]; collaborations: ActorPair[] };
  text: Record<Language, { message: string; recommendation: string }>;
}

/**
 * What a finding is about, so that a choice in the list survives a re-analysis: the same kind
 * about the same elements is the same finding, whatever its place or wording now.
 */
export function findingKey(f: Finding): string {
  const { actors, ties, forums, collaborations } = f.elements;
  return compositeKey([f.kind, compositeKey(actors), compositeKey(ties), compositeKey(forums), compositeKey(collaborations.map(([a, b]) => compositeKey([a, b])))]);
}

/** The sector whose dominance the power findings watch, and the partners it should share with. */
export const MUNICIPALITY = 'municipality';
const PARTNER_SECTORS = ['civil_society', 'citizens'];

type TextKey = Extract<MessageKey, `findings.${string}.message`> extends `findings.${infer K}.message` ? K : never;

/**
 * Findings are worded with plain interpolation of the catalogue's templates: a large network
 * can yield thousands, and i18next's general machinery would take most of the analysis time.
 * The templates use nothing but {{name}} placeholders.
 */
const templateCache = new Map<string, string>();
function template(lang: Language, key: string): string {
  const cacheKey = `${lang}:${key}`;
  let text = templateCache.get(cacheKey);
  if (text === undefined) {
    let node: unknown = catalogues[lang];
    for (const part of key.split('.')) node = typeof node === 'object' && node !== null ? (node as Record<string, unknown>)[part] : undefined;
    if (typeof node !== 'string') throw new Error(`analysis/findings: no text "${key}"`);
    text = node;
    templateCache.set(cacheKey, text);
  }
  return text;
}
const fill = (text: string, params: MessageParams) => text.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(params[name] ?? ''));
const word = (lang: Language, key: string, params: MessageParams = {}) => fill(template(lang, key), params);

/** At most this many findings of one kind; the rest are counted in one more finding. */
export const MAX_FINDINGS_PER_KIND = 25;

// Building a NumberFormat costs far more than formatting with one, and findings format thousands.
const formats = new Map<string, Intl.NumberFormat>();
function number(lang: Language, x: number, digits = 2): string {
  const key = `${lang}:${String(digits)}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(lang, { maximumFractionDigits: digits, minimumFractionDigits: 0 });
    formats.set(key, format);
  }
  return format.format(x);
}
const pct = (lang: Language, x: number) => number(lang, Math.round(x * 100), 0);

function listOf(lang: Language, names: readonly string[]): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} ${word(lang, 'findings.and')} ${names.at(-1) ?? ''}`;
}

const SEVERITY_ORDER: Record<Severity, number> = { high: 0, medium: 1, low: 2 };

export function findingsOf(result: AnalysisResult, net: Network, thresholds: Thresholds): Finding[] {
  const label = (id: string) => net.actors[net.index.get(id) ?? -1]?.label ?? id;
  const sectorLabel = (key: string, lang: Language) =>
    net.data.codebooks.sectors.find((s) => s.key === key)?.label[lang] ?? key;
  // texts are worded only for the findings kept (see MAX_FINDINGS_PER_KIND)
  interface Draft {
    kind: FindingKind;
    severity: Severity;
    elements: Finding['elements'];
    key: TextKey;
    params: (lang: Language) => MessageParams;
    order: number;
  }
  const out: Draft[] = [];
  const add = (
    kind: FindingKind,
    severity: Severity,
    elements: Partial<Finding['elements']>,
    key: TextKey,
    params: (lang: Language) => MessageParams,
    order = 0,
  ) => {
    out.push({ kind, severity, elements: { actors: [], ties: [], forums: [], collaborations: [], ...elements }, key, params, order });
  };
  const survivalText = (c: Collaboration) => (lang: Language) =>
    c.survival === null ? word(lang, 'findings.survivalUnknown') : word(lang, 'findings.survivalPct', { pct: pct(lang, c.survival) });

  // person-dependency: collaborations
  const tieById = new Map(net.ties.map((t) => [t.id as string, t]));
  for (const c of result.collaborations) {
    const pair: ActorPair = [c.a, c.b];
    const names = { a: label(c.a), b: label(c.b) };
    const survival = survivalText(c);
    const elements = { actors: [c.a, c.b, ...c.carrierPersons], ties: c.carrierTies, collaborations: [pair] };
    if (c.flags.includes('single-relationship')) {
      const shared = c.sharedMembers[0];
      const tie = tieById.get(c.carrierTies[0] ?? '');
      if (shared !== undefined)
        add('single-relationship', c.severity ?? 'medium', elements, 'singleRelationshipShared', (lang) => ({ ...names, carrier: label(shared), survival: survival(lang) }), -c.risk);
      else if (tie)
        add('single-relationship', c.severity ?? 'medium', elements, 'singleRelationship', (lang) => ({
          ...names,
          carrier: listOf(lang, [label(tie.source), label(tie.target)]),
          survival: survival(lang),
        }), -c.risk);
    } else if (c.flags.includes('single-person')) {
      const aSide = c.carriersA === 1;
      const sideOrg = aSide ? c.a : c.b;
      const members = new Set((net.membersOf.get(net.index.get(sideOrg) ?? -1) ?? []).map((i): string => net.actors[i]?.id ?? ''));
      const person = c.carrierPersons.find((p) => members.has(p)) ?? '';
      add('single-person', c.severity ?? 'medium', elements, 'singlePerson', (lang) => ({
        ...names,
        side: label(sideOrg),
        person: label(person),
        count: c.carriers,
        survival: survival(lang),
      }), -c.risk);
    } else if (c.flags.includes('informal-only') && c.carriers > 0) {
      add('informal-only', 'low', elements, 'informalOnly', () => names, -c.risk);
    } else if (c.survival !== null && c.survival < thresholds.survival) {
      add('low-survival', 'medium', elements, 'lowSurvival', (lang) => ({ ...names, pct: pct(lang, c.survival ?? 0) }), -(1 - c.survival));
    }
  }

  // key persons
  for (const k of result.keyPersons) {
    const count = k.collaborationsLost.length;
    const pairs = k.collaborationsLost;
    if (count >= Math.max(2, thresholds.keyPersonCollaborations))
      add('key-person', count >= 3 ? 'high' : 'medium', { actors: [k.person], collaborations: pairs }, 'keyPerson', (lang) => ({
        person: label(k.person),
        count,
        list: listOf(lang, pairs.map(([a, b]) => `${label(a)}–${label(b)}`)),
      }), -count);
    if (k.crossSectorReachLost > 0)
      add('key-person', k.crossSectorReachLost >= 5 ? 'high' : 'medium', { actors: [k.person] }, 'keyPersonReach', () => ({
        person: label(k.person),
        reach: k.crossSectorReachLost,
      }), -k.crossSectorReachLost);
  }

  // ties that alone hold two parts (of at least two actors) of the person + organisation network together
  const pairKey = unorderedPairKey;
  const bridged = result.bridgeTies.filter(([, , left, right]) => left >= 2 && right >= 2);
  const tiesOfPair = new Map(bridged.map(([a, b]) => [pairKey(a, b), [] as string[]]));
  if (tiesOfPair.size) for (const t of net.ties) tiesOfPair.get(pairKey(t.source, t.target))?.push(t.id);
  for (const [a, b, left, right] of bridged)
    add('bridge-tie', 'medium', { actors: [a, b], ties: tiesOfPair.get(pairKey(a, b)) ?? [] }, 'bridgeTie', () => ({ a: label(a), b: label(b), left, right }), -Math.min(left, right));

  // bonding and bridging
  const bb = result.bondingBridging;
  for (const gm of bb.groups) {
    if (gm.group === NO_GROUP || gm.size < thresholds.minGroupSize || gm.eiIndex === null || gm.eiIndex > thresholds.bondingEi) continue;
    add('bonded-group', 'medium', { actors: net.actors.filter((_, i) => net.groupNames[net.group[i] as number] === gm.group).map((x) => x.id) }, 'bondedGroup', (lang) => ({
      group: gm.label[lang],
      internal: gm.internal,
      external: gm.external,
      ei: number(lang, gm.eiIndex ?? 0),
    }), gm.eiIndex);
  }
  for (const o of bb.organisations) {
    if (o.members < thresholds.minGroupSize || o.eiIndex === null || o.eiIndex > thresholds.bondingEi) continue;
    const members = (net.membersOf.get(net.index.get(o.organisation) ?? -1) ?? []).map((i) => net.actors[i]?.id ?? '');
    add('bonded-organisation', 'medium', { actors: [o.organisation, ...members] }, 'bondedOrganisation', (lang) => ({
      organisation: label(o.organisation),
      members: o.members,
      internal: o.internal,
      external: o.external,
      ei: number(lang, o.eiIndex ?? 0),
    }), o.eiIndex);
  }
  if (bb.pMoreBonding !== null && bb.pMoreBonding < 0.05 && bb.eiIndex !== null && bb.expectedEiIndex !== null)
    add('more-bonding-than-chance', 'low', {}, 'moreBondingThanChance', (lang) => ({
      groupBy: bb.groupBy === 'sector' ? word(lang, 'kinds.sector').toLowerCase() : bb.groupBy === 'organisation' ? word(lang, 'kinds.organisation').toLowerCase() : bb.groupBy,
      ei: number(lang, bb.eiIndex ?? 0),
      expected: number(lang, bb.expectedEiIndex ?? 0),
      p: number(lang, bb.pMoreBonding ?? 0, 4),
    }));

  // power
  const municipal = result.power.sectors.find((s) => s.sector === MUNICIPALITY);
  if (municipal && (municipal.initiative ?? 0) >= thresholds.dominanceShare && (municipal.mandate ?? 0) >= thresholds.dominanceShare) {
    const leaning = result.power.dyads.filter((d) => d.crossSector && d.score !== null && Math.abs(d.score) >= thresholds.asymmetry);
    add('municipal-dominance', 'medium', { ties: leaning.map((d) => d.tie) }, 'municipalDominance', (lang) => ({
      sector: sectorLabel(MUNICIPALITY, lang),
      initiative: pct(lang, municipal.initiative ?? 0),
      mandate: pct(lang, municipal.mandate ?? 0),
    }));
  }
  const suppliers = net.ties.filter((t) => t.governance === 'supplier');
  if (suppliers.length)
    add('supplier-relations', 'low', { ties: suppliers.map((t) => t.id) }, 'supplierRelations', (lang) => ({
      count: suppliers.length,
      list: listOf(lang, suppliers.map((t) => `${label(t.source)} → ${label(t.target)}`)),
    }));
  const watched = PARTNER_SECTORS.filter((s) => net.data.codebooks.sectors.some((c) => c.key === s));
  for (const f of result.power.forums) {
    // the field's concern is municipal over-representation ("overstyring"), not any majority
    const top = f.bySector[0];
    if (top && top.sector === MUNICIPALITY && top.share > thresholds.forumSeatShare && f.seats >= 3) {
      const chairs = f.chairSectors.includes(top.sector);
      add('forum-dominance', chairs ? 'high' : 'medium', { forums: [f.forum] }, 'forumDominance', (lang) => ({
        forum: f.label,
        sector: sectorLabel(top.sector, lang),
        seats: top.seats,
        total: f.seats,
        chair: chairs ? word(lang, 'findings.forumChairSuffix') : '',
      }));
    }
    const missing = f.missing.filter((s) => watched.includes(s) || s === MUNICIPALITY);
    if (missing.length && f.seats > 0)
      add('forum-missing-sector', 'medium', { forums: [f.forum] }, 'forumMissingSector', (lang) => ({
        forum: f.label,
        sectors: listOf(lang, missing.map((s) => sectorLabel(s, lang).toLowerCase())),
      }));
    if (!f.hasMandate) add('forum-no-mandate', 'medium', { forums: [f.forum] }, 'forumNoMandate', () => ({ forum: f.label }));
  }
  for (const s of result.power.sectors) {
    if (s.betweennessShare === null || s.betweennessShare < 0.3 || s.betweennessShare < thresholds.centralShareRatio * s.populationShare) continue;
    add('central-dominance', 'low', { actors: net.actors.filter((a) => a.sector === s.sector).map((a) => a.id) }, 'centralDominance', (lang) => ({
      sector: sectorLabel(s.sector, lang),
      share: pct(lang, s.betweennessShare ?? 0),
      population: pct(lang, s.populationShare),
    }));
  }

  // structure
  const concentrated = result.actors
    .filter((a) => a.hierarchy !== null && a.hierarchy >= thresholds.hierarchy && a.degree >= 3)
    .sort((x, y) => (y.hierarchy ?? 0) - (x.hierarchy ?? 0))
    .slice(0, 5);
  for (const a of concentrated)
    add('concentrated-contacts', 'low', { actors: [a.id] }, 'concentratedContacts', (lang) => ({ actor: a.label, hierarchy: number(lang, a.hierarchy ?? 0) }), -(a.hierarchy ?? 0));
  const kp = result.fragmentation.keyPlayers;
  if (kp.F !== null && kp.F >= 0.1 && kp.members.length)
    add('key-player-set', kp.F >= 0.3 ? 'high' : 'medium', { actors: kp.members }, 'keyPlayerSet', (lang) => ({
      names: listOf(lang, kp.members.map(label)),
      pct: pct(lang, kp.F ?? 0),
    }));

  // the most serious of each kind, and a count of the rest
  const byKind = new Map<FindingKind, Draft[]>();
  for (const f of out) {
    const list = byKind.get(f.kind);
    if (list) list.push(f);
    else byKind.set(f.kind, [f]);
  }
  const kept: Draft[] = [];
  for (const list of byKind.values()) {
    list.sort((x, y) => SEVERITY_ORDER[x.severity] - SEVERITY_ORDER[y.severity] || x.order - y.order);
    kept.push(...list.slice(0, MAX_FINDINGS_PER_KIND));
    const rest = list.slice(MAX_FINDINGS_PER_KIND);
    const last = rest.at(-1);
    if (last)
      kept.push({ ...last, elements: { actors: [], ties: [], forums: [], collaborations: [] }, key: 'more', params: () => ({ count: rest.length }), order: Infinity });
  }
  return kept
    .sort((x, y) => SEVERITY_ORDER[x.severity] - SEVERITY_ORDER[y.severity] || x.order - y.order)
    .map((d) => {
      const text = (lang: Language) => {
        const p = d.params(lang);
        return { message: word(lang, `findings.${d.key}.message`, p), recommendation: word(lang, `findings.${d.key}.recommendation`, p) };
      };
      return { kind: d.kind, severity: d.severity, elements: d.elements, text: { da: text('da'), en: text('en') } };
    });
}
