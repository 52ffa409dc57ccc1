import type { ActorId, MembershipId, TieId } from '../ids';
import type { Actor, ProjectData } from '../model/schema';
import { pseudonymiseViews } from './pseudonymise-views';

type AttributeValue = Actor['attributes'][string];

/**
 * A project as it may leave the researcher's machine when the people in it must not be named:
 * persons (and, when asked, organisations and departments) are called by their stable code
 * (P001, O001: the same code for the same actor in every export of the project), and what people
 * write about people goes: notes, quotes, evidence sources, free-text attributes, the project's
 * description. Numbers, yes/no values, codes, strengths and the structure stay, so every analysis
 * gives the same figures. The key that links codes to names is returned apart, to be written
 * only when asked, and only where the user chooses.
 */
export interface PseudonymOptions {
  /** organisations and departments get codes too (persons always do) */
  organisations: boolean;
}

export interface PseudonymKeyEntry {
  code: string;
  id: string;
  label: string;
  kind: Actor['kind'];
}

export interface Pseudonymised {
  data: ProjectData;
  key: PseudonymKeyEntry[];
}

/** What a text field a person typed becomes: nothing, or a mark that there was something. */
const LEFT_OUT = '';
/** A forum's terms of reference are kept as the fact that it has them (the analysis asks), not their text. */
export const MANDATE_LEFT_OUT = '—';

/**
 * Numbers and yes/no values stay, and so do the keys of a category the codebook defines (a code
 * the analyst chose, like a sector); text, which may name or describe someone, goes, and so does
 * a date (a birthday names a person as well as a name does).
 */
const withoutText = (attributes: Record<string, AttributeValue>, categories: ReadonlySet<string>): Record<string, AttributeValue> =>
  Object.fromEntries(Object.entries(attributes).filter(([k, v]) => typeof v !== 'string' || categories.has(k)));

const categoriesOf = (data: ProjectData, owner: 'actors' | 'ties'): ReadonlySet<string> =>
  new Set(data.codebooks.attributes.filter((d) => d.appliesTo === owner && d.type === 'category').map((d) => d.key));

/**
 * `codes` holds every actor's code (the store keeps them, `pseudonyms` table); an actor without
 * one, which the store never leaves, would get a code after the highest given.
 */
export function pseudonymise(data: ProjectData, codes: ReadonlyMap<string, string>, opts: PseudonymOptions): Pseudonymised {
  const key: PseudonymKeyEntry[] = [];
  const rename = new Map<string, string>();
  const fallback = { P: 0, O: 0 };
  for (const code of codes.values()) {
    const prefix = code.startsWith('P') ? 'P' : 'O';
    fallback[prefix] = Math.max(fallback[prefix], Number(code.slice(1)) || 0);
  }
  for (const a of data.actors) {
    if (a.kind !== 'person' && !opts.organisations) continue;
    let code = codes.get(a.id);
    if (code === undefined) {
      const prefix = a.kind === 'person' ? 'P' : 'O';
      fallback[prefix] += 1;
      code = `${prefix}${String(fallback[prefix]).padStart(3, '0')}`;
    }
    rename.set(a.id, code);
    key.push({ code, id: a.id, label: a.label, kind: a.kind });
  }
  const actorId = (id: string) => (rename.get(id) ?? id) as ActorId;
  // element ids other tools wrote may hold names ("mette-jon"): ties and memberships are numbered
  const tieIds = new Map(data.ties.map((t, i) => [t.id, `T${String(i + 1).padStart(4, '0')}` as TieId]));
  const membershipIds = new Map(data.memberships.map((m, i) => [m.id, `M${String(i + 1).padStart(4, '0')}` as MembershipId]));

  const actorCategories = categoriesOf(data, 'actors');
  const tieCategories = categoriesOf(data, 'ties');
  const out: ProjectData = {
    ...data,
    meta: { name: data.meta.name, description: LEFT_OUT },
    actors: data.actors.map((a) => ({
      ...a,
      id: actorId(a.id),
      label: rename.get(a.id) ?? a.label,
      attributes: withoutText(a.attributes, actorCategories),
      notes: LEFT_OUT,
    })),
    memberships: data.memberships.map((m) => ({
      ...m,
      id: membershipIds.get(m.id) ?? m.id,
      person: actorId(m.person),
      organisation: actorId(m.organisation),
    })),
    ties: data.ties.map((t) => ({
      ...t,
      id: tieIds.get(t.id) ?? t.id,
      source: actorId(t.source),
      target: actorId(t.target),
      evidence: { source: LEFT_OUT, quote: LEFT_OUT, confidence: t.evidence.confidence },
      attributes: withoutText(t.attributes, tieCategories),
      notes: LEFT_OUT,
    })),
    forums: data.forums.map((f) => ({
      ...f,
      mandate: f.mandate.trim() === '' ? '' : MANDATE_LEFT_OUT,
      // a link may name the municipality or a person's drive; that there is one is kept
      mandateLink: f.mandateLink === '' ? '' : MANDATE_LEFT_OUT,
      notes: LEFT_OUT,
      seats: f.seats.map((s) => ({ ...s, actor: actorId(s.actor), represents: s.represents === null ? null : actorId(s.represents) })),
    })),
    // an activity's title names an offer, not a person, and stays; its contacts are called by their codes
    activities: data.activities.map((a) => ({
      ...a,
      owners: a.owners.map(actorId),
      contacts: a.contacts.map(actorId),
      notes: LEFT_OUT,
    })),
    positions: Object.fromEntries(Object.entries(data.positions).map(([id, p]) => [actorId(id), p])),
    views: pseudonymiseViews(data.views, new Map(key.map((k) => [k.id, { code: k.code, label: k.label }]))),
  };
  return { data: out, key };
}
