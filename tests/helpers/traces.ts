import { existsSync, readFileSync } from 'node:fs';
import type { CommandInput } from '../../src/core/commands';

/**
 * A person with text that occurs nowhere else, so that a grep of a file's raw bytes finds them
 * only if something of them is left: their name, notes, an attribute value and a quote.
 */
export const SECRET = {
  name: 'Zyxwvutsrq Æblegrød',
  notes: 'Flygtet fra Qwpmzk i 2015, taler Xyqvbn',
  attribute: 'Jkqzxv-opholdstilladelse',
  quote: 'Vi mødes hos Zxqvjk hver torsdag',
  tieNotes: 'Qkvzwx hjælper med danskundervisning',
} as const;
export const SECRETS: readonly string[] = Object.values(SECRET);

/** A department, an association, two persons with memberships, a tie and a forum. */
export const network: CommandInput = {
  type: 'batch',
  commands: [
    { type: 'actor.add', actor: { id: 'jobcenter', kind: 'department', label: 'Jobcenter', sector: 'municipality' } },
    { type: 'actor.add', actor: { id: 'klub', kind: 'organisation', label: 'Bro Boldklub', sector: 'civil_society' } },
    { type: 'actor.add', actor: { id: 'søren', kind: 'person', label: 'Søren Ærø', sector: 'municipality' } },
    { type: 'actor.add', actor: { id: 'jakob', kind: 'person', label: 'Jakob', sector: 'civil_society' } },
    { type: 'membership.add', membership: { id: 'm1', person: 'søren', organisation: 'jobcenter', role: 'employee' } },
    { type: 'membership.add', membership: { id: 'm2', person: 'jakob', organisation: 'klub', role: 'volunteer' } },
    { type: 'tie.add', tie: { id: 't1', source: 'søren', target: 'jakob', strength: 2 } },
    { type: 'forum.add', forum: { id: 'f1', label: 'Netværket', kind: 'network', seats: [{ actor: 'jakob', represents: 'klub', role: 'member' }] } },
  ],
};

/** The secret person with a membership, a tie with a quote, a forum seat and a place on the map. */
export function secretPerson(id = 'secret'): CommandInput[] {
  return [
    {
      type: 'actor.add',
      actor: { id, kind: 'person', label: SECRET.name, notes: SECRET.notes, attributes: { status: SECRET.attribute } },
    },
    { type: 'membership.add', membership: { id: `${id}-m`, person: id, organisation: 'klub', role: 'volunteer' } },
    {
      type: 'tie.add',
      tie: { id: `${id}-t`, source: id, target: 'jakob', evidence: { source: 'interview', quote: SECRET.quote, confidence: 'high' }, notes: SECRET.tieNotes },
    },
    { type: 'forum.update', id: 'f1', patch: { mandate: 'Koordinerer frivillige', seats: [{ actor: 'jakob', represents: 'klub', role: 'member' }, { actor: id, represents: null, role: 'member' }] } },
    { type: 'layout.move', positions: { [id]: { x: 12.5, y: -3 } } },
  ];
}

/** Which of these texts the bytes of a file, and of its write-ahead log if there is one, contain (as UTF-8). */
export function tracesIn(path: string, texts: readonly string[] = SECRETS): string[] {
  const files = [path, `${path}-wal`, `${path}-journal`].filter((f) => existsSync(f)).map((f) => readFileSync(f));
  return texts.filter((text) => files.some((bytes) => bytes.includes(Buffer.from(text, 'utf8'))));
}
