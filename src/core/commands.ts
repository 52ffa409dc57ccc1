import * as z from 'zod';
import {
  ActivityIdSchema,
  ActorIdSchema,
  CodeKeySchema,
  ForumIdSchema,
  MembershipIdSchema,
  TieIdSchema,
  ViewIdSchema,
  WaveIdSchema,
} from './ids';
import {
  ActivityFields,
  ActorSchema,
  AttributeDefinitionSchema,
  AttributeKeySchema,
  AttributeOwnerSchema,
  DATES_IN_ORDER,
  datesInOrder,
  ENDS_DIFFER,
  endsDiffer,
  ONE_SEAT_EACH,
  oneSeatEach,
  ForumFields,
  ForumKindSchema,
  MembershipFields,
  ProjectMetaSchema,
  PositionsSchema,
  ProjectSettingsSchema,
  RoleSchema,
  SavedViewSchema,
  SectorSchema,
  TargetGroupSchema,
  TieFields,
  TieTypeSchema,
  WaveSchema,
} from './model/schema';

/**
 * Every edit to a project is one of these commands. The store applies each in one transaction
 * and records it as one undoable step; a batch is one step too.
 */

const optionalId = <T extends z.ZodType>(id: T) => id.optional();

/** New elements may come without an id (the store assigns one) and with defaults for the rest. */
export const ActorInputSchema = ActorSchema.extend({
  id: optionalId(ActorIdSchema),
  sector: ActorSchema.shape.sector.default(null),
  attributes: ActorSchema.shape.attributes.default({}),
  influence: ActorSchema.shape.influence.default(null),
  turnover: ActorSchema.shape.turnover.default(null),
  notes: ActorSchema.shape.notes.default(''),
  waves: ActorSchema.shape.waves.default([]),
});
export const MembershipInputSchema = MembershipFields.extend({
  id: optionalId(MembershipIdSchema),
  start: MembershipFields.shape.start.default(null),
  end: MembershipFields.shape.end.default(null),
  waves: MembershipFields.shape.waves.default([]),
}).refine(datesInOrder, DATES_IN_ORDER);
export const TieInputSchema = TieFields.extend({
  id: optionalId(TieIdSchema),
  type: TieFields.shape.type.default('collaboration'),
  directed: TieFields.shape.directed.default(false),
  strength: TieFields.shape.strength.default(null),
  formality: TieFields.shape.formality.default(null),
  initiative: TieFields.shape.initiative.default(null),
  mandate: TieFields.shape.mandate.default(null),
  resourceFlow: TieFields.shape.resourceFlow.default(null),
  dependent: TieFields.shape.dependent.default(null),
  governance: TieFields.shape.governance.default(null),
  evidence: TieFields.shape.evidence.default({ source: '', quote: '', confidence: null }),
  attributes: TieFields.shape.attributes.default({}),
  notes: TieFields.shape.notes.default(''),
  waves: TieFields.shape.waves.default([]),
}).refine(endsDiffer, ENDS_DIFFER);
export const ForumInputSchema = ForumFields.extend({
  id: optionalId(ForumIdSchema),
  kind: ForumFields.shape.kind.default('coordination'),
  mandate: ForumFields.shape.mandate.default(''),
  mandateLink: ForumFields.shape.mandateLink.default(''),
  authority: ForumFields.shape.authority.default(null),
  meetingsPerYear: ForumFields.shape.meetingsPerYear.default(null),
  notes: ForumFields.shape.notes.default(''),
  waves: ForumFields.shape.waves.default([]),
  seats: ForumFields.shape.seats.default([]),
}).refine(oneSeatEach, ONE_SEAT_EACH);
export const ActivityInputSchema = ActivityFields.extend({
  id: optionalId(ActivityIdSchema),
  kind: ActivityFields.shape.kind.default('offer'),
  contacts: ActivityFields.shape.contacts.default([]),
  targetGroup: ActivityFields.shape.targetGroup.default('all'),
  frequency: ActivityFields.shape.frequency.default(null),
  notes: ActivityFields.shape.notes.default(''),
  waves: ActivityFields.shape.waves.default([]),
});
/** A view as the app saves it: the map's state, with the texts and the rest defaulted. */
export const ViewInputSchema = SavedViewSchema.extend({
  id: optionalId(ViewIdSchema),
  description: SavedViewSchema.shape.description.default(''),
  slideTitle: SavedViewSchema.shape.slideTitle.default(''),
  speakerNotes: SavedViewSchema.shape.speakerNotes.default(''),
  positions: SavedViewSchema.shape.positions.default(null),
  viewport: SavedViewSchema.shape.viewport.default(null),
});
export const WaveInputSchema = WaveSchema.extend({ id: optionalId(WaveIdSchema), date: WaveSchema.shape.date.default(null) });

const ActorPatch = ActorSchema.omit({ id: true }).partial();
const MembershipPatch = MembershipFields.omit({ id: true }).partial();
const TiePatch = TieFields.omit({ id: true }).partial();
const ForumPatch = ForumFields.omit({ id: true }).partial();
const WavePatch = WaveSchema.omit({ id: true }).partial();
const ActivityPatch = ActivityFields.omit({ id: true }).partial();
const ViewPatch = SavedViewSchema.omit({ id: true }).partial();

export const CodebookEntrySchema = z.discriminatedUnion('codebook', [
  z.strictObject({ codebook: z.literal('sectors'), entry: SectorSchema }),
  z.strictObject({ codebook: z.literal('tieTypes'), entry: TieTypeSchema }),
  z.strictObject({ codebook: z.literal('roles'), entry: RoleSchema }),
  z.strictObject({ codebook: z.literal('forumKinds'), entry: ForumKindSchema }),
  z.strictObject({ codebook: z.literal('targetGroups'), entry: TargetGroupSchema }),
]);
export const CodebookNameSchema = z.enum(['sectors', 'tieTypes', 'roles', 'forumKinds', 'targetGroups']);

const cmd = <T extends string, S extends z.ZodRawShape>(type: T, shape: S) =>
  z.strictObject({ type: z.literal(type), ...shape });

const SingleCommands = [
  cmd('project.update', { patch: ProjectMetaSchema.partial() }),
  /** new settings; a scale that leaves ties outside it is refused unless they are rescaled onto it */
  cmd('settings.update', { settings: ProjectSettingsSchema, rescaleStrengths: z.boolean().default(false) }),
  /** the map's manual positions, replaced as a whole (an empty set returns to automatic layout) */
  cmd('layout.set', {
    positions: PositionsSchema,
    /** why: the map's first computed layout kept with the project, or "lay out again" (each named so in the history) */
    reason: z.enum(['first', 'again']).optional(),
  }),
  /** some actors placed on the map, the others left where they are */
  cmd('layout.move', { positions: PositionsSchema }),
  cmd('actor.add', { actor: ActorInputSchema }),
  cmd('actor.update', { id: ActorIdSchema, patch: ActorPatch }),
  cmd('actor.remove', { id: ActorIdSchema }),
  /**
   * one actor merged into another that is the same: `drop` goes, its ties, memberships, seats,
   * map place and waves move to `keep` (the rules: src/core/model/merge.ts)
   */
  cmd('actor.merge', { keep: ActorIdSchema, drop: ActorIdSchema }),
  cmd('membership.add', { membership: MembershipInputSchema }),
  cmd('membership.update', { id: MembershipIdSchema, patch: MembershipPatch }),
  cmd('membership.remove', { id: MembershipIdSchema }),
  cmd('tie.add', { tie: TieInputSchema }),
  cmd('tie.update', { id: TieIdSchema, patch: TiePatch }),
  cmd('tie.remove', { id: TieIdSchema }),
  cmd('forum.add', { forum: ForumInputSchema }),
  cmd('forum.update', { id: ForumIdSchema, patch: ForumPatch }),
  cmd('forum.remove', { id: ForumIdSchema }),
  /** an activity of the reception timeline; removing an actor takes it out of its owners and contacts */
  cmd('activity.add', { activity: ActivityInputSchema }),
  cmd('activity.update', { id: ActivityIdSchema, patch: ActivityPatch }),
  cmd('activity.remove', { id: ActivityIdSchema }),
  /** a new wave; with `copyFrom`, every element present in that wave is present in the new one too */
  cmd('wave.add', { wave: WaveInputSchema, copyFrom: WaveIdSchema.optional() }),
  cmd('wave.update', { id: WaveIdSchema, patch: WavePatch }),
  cmd('wave.remove', { id: WaveIdSchema }),
  /** every element present in wave `from` becomes present in wave `wave` as well (nothing leaves `wave`) */
  cmd('wave.copy', { from: WaveIdSchema, wave: WaveIdSchema }),
  /** the waves in a new order: every wave of the project, each once */
  cmd('wave.order', { ids: z.array(WaveIdSchema).max(500) }),
  /**
   * these elements present in wave `wave`, or not; an element present in every wave (listing
   * none) that leaves one is listed in all the others (src/core/model/wave-presence.ts)
   */
  cmd('wave.presence', {
    wave: WaveIdSchema,
    present: z.boolean(),
    actors: z.array(ActorIdSchema).max(100_000).default([]),
    ties: z.array(TieIdSchema).max(100_000).default([]),
    memberships: z.array(MembershipIdSchema).max(100_000).default([]),
    forums: z.array(ForumIdSchema).max(100_000).default([]),
    activities: z.array(ActivityIdSchema).max(100_000).default([]),
  }),
  /** a saved view of the map, the presentation's next slide */
  cmd('view.add', { view: ViewInputSchema }),
  /** a view's texts changed, or its map state saved again from the map as it is now */
  cmd('view.update', { id: ViewIdSchema, patch: ViewPatch }),
  cmd('view.remove', { id: ViewIdSchema }),
  /** the views (the slides) in a new order: every view of the project, each once */
  cmd('view.order', { ids: z.array(ViewIdSchema).max(1_000) }),
  cmd('code.add', { code: CodebookEntrySchema }),
  cmd('code.update', { code: CodebookEntrySchema }),
  cmd('code.remove', { codebook: CodebookNameSchema, key: CodeKeySchema }),
  /** a custom attribute defined in the codebook (the values elements hold are checked against it) */
  cmd('attribute.add', { definition: AttributeDefinitionSchema }),
  /** a definition replaced, found by its owner and key; values it holds must still fit */
  cmd('attribute.update', { definition: AttributeDefinitionSchema }),
  /**
   * a definition removed: one that holds values needs `values`, what becomes of them: kept as
   * free attributes (shown as stored), or erased from every element
   */
  cmd('attribute.remove', { appliesTo: AttributeOwnerSchema, key: AttributeKeySchema, values: z.enum(['keep', 'erase']).optional() }),
] as const;

export const SingleCommandSchema = z.discriminatedUnion('type', SingleCommands);
export type SingleCommand = z.infer<typeof SingleCommandSchema>;
/** One command as the UI sends it, e.g. within a batch. */
export type SingleCommandInput = z.input<typeof SingleCommandSchema>;

export const CommandSchema = z.discriminatedUnion('type', [
  ...SingleCommands,
  cmd('batch', { commands: z.array(SingleCommandSchema).min(1).max(100_000) }),
]);
/** A command as the UI or CLI sends it (defaults not yet applied). */
export type CommandInput = z.input<typeof CommandSchema>;
/** A command after parsing: defaults filled in, ids branded. */
export type Command = z.infer<typeof CommandSchema>;
