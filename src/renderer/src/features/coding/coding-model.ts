import type { CommandInput, SingleCommandInput } from '../../../../core/commands';
import type { ActorId, IdPrefix, TieId } from '../../../../core/ids';
import { sameName } from '../../../../core/matching/search';
import type { ActorKind, ProjectData, Tie } from '../../../../core/model/schema';

/**
 * The interview coding form's data, apart from React: a tie being coded, the one step that
 * saves it (with any actor named for the first time), and the step that takes it back.
 */

/** An actor named in the interview who is not yet in the project: made when the tie is saved. */
export interface NewActor {
  label: string;
  kind: ActorKind;
  sector: string | null;
  /** the organisation a new person belongs to (an existing actor's id), or none */
  organisation: string | null;
  /** their role there (a key of the roles codebook) */
  role: string;
}

/** One end of the tie being coded: an actor of the project, or one to create. */
export type End = { id: string } | { create: NewActor };

type Power = Pick<Tie, 'formality' | 'initiative' | 'mandate' | 'resourceFlow' | 'dependent' | 'governance'>;

export interface TieDraft extends Power {
  source: End | null;
  target: End | null;
  type: string;
  directed: boolean;
  strength: number | null;
  quote: string;
  confidence: Tie['evidence']['confidence'];
}

/** A tie coded in this session: what the step made, so that the tie can be taken back alone. */
export interface CodedTie {
  tie: TieId;
  /** actors the same step created */
  created: ActorId[];
}

/** A fresh tie: the project's first tie type, everything else unknown, the source kept if given. */
export function emptyDraft(data: Pick<ProjectData, 'codebooks'>, source: End | null = null): TieDraft {
  return {
    source,
    target: null,
    type: data.codebooks.tieTypes[0]?.key ?? 'collaboration',
    directed: false,
    strength: null,
    formality: null,
    initiative: null,
    mandate: null,
    resourceFlow: null,
    dependent: null,
    governance: null,
    quote: '',
    confidence: null,
  };
}

/** The role a new person gets at their organisation when the coder names none. */
export function defaultRole(data: Pick<ProjectData, 'codebooks'>): string {
  return data.codebooks.roles.find((r) => r.key === 'employee')?.key ?? data.codebooks.roles[0]?.key ?? '';
}

export type DraftProblem = 'needEnds' | 'sameActor';

/** Why the draft cannot be saved yet, or null. Two new actors by one name are one actor. */
export function draftProblem(d: TieDraft): DraftProblem | null {
  if (!d.source || !d.target) return 'needEnds';
  if ('id' in d.source && 'id' in d.target && d.source.id === d.target.id) return 'sameActor';
  if ('create' in d.source && 'create' in d.target && sameName(d.source.create.label, d.target.create.label)) return 'sameActor';
  return null;
}

/**
 * The one step that saves a coded tie: the actors named for the first time (each new person with
 * their membership), then the tie with the session's evidence source. Ids are made here, so the
 * form knows what it made. Null when the draft cannot be saved.
 */
export function codingCommand(
  draft: TieDraft,
  evidenceSource: string,
  makeId: (prefix: IdPrefix) => string,
): { command: CommandInput; coded: CodedTie; ends: { source: ActorId; target: ActorId } } | null {
  if (draftProblem(draft) !== null || !draft.source || !draft.target) return null;
  const commands: SingleCommandInput[] = [];
  const created: ActorId[] = [];
  const resolve = (end: End): ActorId => {
    if ('id' in end) return end.id as ActorId;
    const id = makeId('a') as ActorId;
    const a = end.create;
    created.push(id);
    commands.push({ type: 'actor.add', actor: { id, kind: a.kind, label: a.label.trim(), sector: a.sector } });
    if (a.kind === 'person' && a.organisation !== null && a.role !== '')
      commands.push({ type: 'membership.add', membership: { person: id, organisation: a.organisation, role: a.role } });
    return id;
  };
  const source = resolve(draft.source);
  const target = resolve(draft.target);
  const tie = makeId('t') as TieId;
  commands.push({
    type: 'tie.add',
    tie: {
      id: tie,
      source,
      target,
      type: draft.type,
      directed: draft.directed,
      strength: draft.strength,
      formality: draft.formality,
      initiative: draft.initiative,
      mandate: draft.mandate,
      resourceFlow: draft.resourceFlow,
      dependent: draft.dependent,
      governance: draft.governance,
      evidence: { source: evidenceSource.trim(), quote: draft.quote.trim(), confidence: draft.confidence },
    },
  });
  const command: CommandInput = commands.length === 1 && commands[0] ? commands[0] : { type: 'batch', commands };
  return { command, coded: { tie, created }, ends: { source, target } };
}

/**
 * The step that takes one coded tie back: the tie, and the actors made with it that nothing
 * else uses by now (no other tie, no seat in a forum, no member when an organisation). Null
 * when the tie is gone already.
 */
export function undoCodedCommand(coded: CodedTie, data: Pick<ProjectData, 'ties' | 'forums' | 'memberships'>): CommandInput | null {
  if (!data.ties.some((t) => t.id === coded.tie)) return null;
  const used = new Set<string>();
  for (const t of data.ties)
    if (t.id !== coded.tie) {
      used.add(t.source);
      used.add(t.target);
    }
  for (const f of data.forums) for (const s of f.seats) used.add(s.actor);
  // a person's own membership goes with them; an organisation someone has joined since stays
  for (const m of data.memberships) used.add(m.organisation);
  const orphans = coded.created.filter((id) => !used.has(id));
  // removing an actor removes its memberships with it
  const commands: SingleCommandInput[] = [{ type: 'tie.remove', id: coded.tie }, ...orphans.map((id) => ({ type: 'actor.remove' as const, id }))];
  return commands.length === 1 && commands[0] ? commands[0] : { type: 'batch', commands };
}
