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
} from '../ids';
import { MapViewStateSchema, ViewportStateSchema } from './view-state';

/** Texts shown to users exist in both languages; Danish is the default. */
export const LabelSchema = z.strictObject({
  da: z.string().trim().min(1).max(200),
  en: z.string().trim().min(1).max(200),
});
export type Label = z.infer<typeof LabelSchema>;

const ColorSchema = z.string().regex(/^#[0-9a-fA-F]{6}$/, { message: 'rules.colour' });
const Probability = z.number().min(0).max(1);
/** Calendar dates as ISO 8601 (YYYY-MM-DD); a real calendar day is required. */
export const IsoDateSchema = z.iso.date();
const Notes = z.string().max(20_000);

/**
 * The form a sentence names a sector by ("kommunen", "civilsamfundet"; "the municipality"), where
 * the project sets one; empty means the label is used as it is.
 */
export const DefiniteFormSchema = z.strictObject({
  da: z.string().trim().max(200),
  en: z.string().trim().max(200),
});
export type DefiniteForm = z.infer<typeof DefiniteFormSchema>;
export const NO_DEFINITE_FORM: DefiniteForm = { da: '', en: '' };
export const SectorSchema = z.strictObject({
  key: CodeKeySchema,
  label: LabelSchema,
  color: ColorSchema,
  definite: DefiniteFormSchema.default(NO_DEFINITE_FORM),
});
export const TieTypeSchema = z.strictObject({ key: CodeKeySchema, label: LabelSchema, color: ColorSchema });
/** A membership role; `turnover` is the default yearly probability that a person in it leaves. */
export const RoleSchema = z.strictObject({ key: CodeKeySchema, label: LabelSchema, turnover: Probability });
export const ForumKindSchema = z.strictObject({ key: CodeKeySchema, label: LabelSchema });
/** Whom an activity of the reception timeline is for (alle nyankomne, børnefamilier, …). */
export const TargetGroupSchema = z.strictObject({ key: CodeKeySchema, label: LabelSchema });


/** The elements a custom attribute can be defined for. */
export const AttributeOwnerSchema = z.enum(['actors', 'ties']);
export type AttributeOwner = z.infer<typeof AttributeOwnerSchema>;
/** What a defined attribute holds: free text, a number, one of its categories, or a calendar date. */
export const AttributeTypeSchema = z.enum(['text', 'number', 'category', 'date']);
export type AttributeType = z.infer<typeof AttributeTypeSchema>;
export const AttributeKeySchema = z.string().trim().min(1).max(100);
export const AttributeCategorySchema = z.strictObject({ key: CodeKeySchema, label: LabelSchema });
export type AttributeCategory = z.infer<typeof AttributeCategorySchema>;
/**
 * A custom attribute as the codebook defines it: its key (the name it has in `attributes`), its
 * labels, its type and, for a category, the values it may take. The rules that reach beyond the
 * definition's own fields (unique category keys, values that fit it) are in core/rules.
 */
export const AttributeDefinitionSchema = z.strictObject({
  key: AttributeKeySchema,
  appliesTo: AttributeOwnerSchema,
  label: LabelSchema,
  type: AttributeTypeSchema,
  /** a category's values, in the order they are offered; empty for the other types */
  values: z.array(AttributeCategorySchema).max(200).default([]),
});
export type AttributeDefinition = z.infer<typeof AttributeDefinitionSchema>;

export const CodebooksSchema = z.strictObject({
  sectors: z.array(SectorSchema),
  tieTypes: z.array(TieTypeSchema).min(1),
  roles: z.array(RoleSchema).min(1),
  forumKinds: z.array(ForumKindSchema).min(1),
  targetGroups: z.array(TargetGroupSchema),
  /** custom attributes of actors and ties; an attribute not defined here is kept as it is stored */
  attributes: z.array(AttributeDefinitionSchema).max(400).default([]),
});
export type Sector = z.infer<typeof SectorSchema>;
export type TieType = z.infer<typeof TieTypeSchema>;
export type Role = z.infer<typeof RoleSchema>;
export type ForumKind = z.infer<typeof ForumKindSchema>;
export type TargetGroup = z.infer<typeof TargetGroupSchema>;
export type Codebooks = z.infer<typeof CodebooksSchema>;
/** The code lists elements refer to by key (the attribute definitions are not one). */
export type CodebookName = 'sectors' | 'tieTypes' | 'roles' | 'forumKinds' | 'targetGroups';

/** Custom attributes keep the type they were entered with, so exports to R and Python do too. */
export const AttributeValueSchema = z.union([z.string().max(2_000), z.number(), z.boolean(), z.null()]);
export const AttributesSchema = z
  .record(z.string().trim().min(1).max(100), AttributeValueSchema)
  .refine((r) => Object.keys(r).length <= 200, { message: 'rules.tooManyAttributes' });

/** Empty `waves` means present in every wave (a project without waves has none to list). */
const Waves = z.array(WaveIdSchema).max(500);

export const ActorKindSchema = z.enum(['person', 'organisation', 'department']);
export type ActorKind = z.infer<typeof ActorKindSchema>;

export const ActorSchema = z.strictObject({
  id: ActorIdSchema,
  kind: ActorKindSchema,
  label: z.string().trim().min(1).max(300),
  sector: CodeKeySchema.nullable(),
  attributes: AttributesSchema,
  /** the analyst's influence rating (Net-Map "influence tower"), on the project's own scale */
  influence: z.number().min(0).max(1000).nullable(),
  /** this person's yearly probability of leaving, overriding the default of their roles */
  turnover: Probability.nullable(),
  notes: Notes,
  waves: Waves,
});
export type Actor = z.infer<typeof ActorSchema>;

export const MembershipFields = z.strictObject({
    id: MembershipIdSchema,
    person: ActorIdSchema,
    organisation: ActorIdSchema,
    role: CodeKeySchema,
    start: IsoDateSchema.nullable(),
    end: IsoDateSchema.nullable(),
  waves: Waves,
});
/** Rules across fields, shared by the stored shape and the input shapes that fill in defaults. */
export const datesInOrder = (m: { start: string | null; end: string | null }): boolean =>
  m.start === null || m.end === null || m.start <= m.end;
export const DATES_IN_ORDER = { message: 'rules.endBeforeStart', path: ['end'] };
export const MembershipSchema = MembershipFields.refine(datesInOrder, DATES_IN_ORDER);
export type Membership = z.infer<typeof MembershipSchema>;

/** Which end of a tie, or both: its source or target (for undirected ties, the first or second end). */
export const TieEndOrBothSchema = z.enum(['source', 'target', 'both']);
export const FormalitySchema = z.enum(['formal', 'informal']);
export const ResourceFlowSchema = z.enum(['toTarget', 'toSource', 'both', 'none']);
export const GovernanceSchema = z.enum(['partner', 'supplier']);
export const ConfidenceSchema = z.enum(['low', 'medium', 'high']);

export const EvidenceSchema = z.strictObject({
  source: z.string().trim().max(500),
  quote: z.string().max(5_000),
  confidence: ConfidenceSchema.nullable(),
});
export type Evidence = z.infer<typeof EvidenceSchema>;

/**
 * A relationship between two actors. The power attributes are nullable on purpose: a tie whose
 * initiative is unknown must not be read as "nobody initiated it".
 */
export const TieFields = z.strictObject({
    id: TieIdSchema,
    source: ActorIdSchema,
    target: ActorIdSchema,
    type: CodeKeySchema,
    directed: z.boolean(),
    strength: z.number().positive().max(1_000_000).nullable(),
    formality: FormalitySchema.nullable(),
    /** who took the initiative */
    initiative: TieEndOrBothSchema.nullable(),
    /** who holds the decision mandate over the joint work */
    mandate: TieEndOrBothSchema.nullable(),
    resourceFlow: ResourceFlowSchema.nullable(),
    /** which end depends on the other (Emerson 1962): 'both' is mutual dependence */
    dependent: TieEndOrBothSchema.nullable(),
    governance: GovernanceSchema.nullable(),
    evidence: EvidenceSchema,
    /** the researcher's own coded variables for this tie */
    attributes: AttributesSchema,
    notes: Notes,
  waves: Waves,
});
export const endsDiffer = (t: { source: string; target: string }): boolean => t.source !== t.target;
export const ENDS_DIFFER = { message: 'rules.tieNeedsTwoActors', path: ['target'] };
export const TieSchema = TieFields.refine(endsDiffer, ENDS_DIFFER);
export type Tie = z.infer<typeof TieSchema>;
export type Formality = z.infer<typeof FormalitySchema>;

export const SeatRoleSchema = z.enum(['chair', 'coordinator', 'member', 'secretary']);
export type SeatRole = z.infer<typeof SeatRoleSchema>;
export const SeatSchema = z.strictObject({
  actor: ActorIdSchema,
  /** the organisation this member speaks for in the forum */
  represents: ActorIdSchema.nullable(),
  role: SeatRoleSchema,
});
export type Seat = z.infer<typeof SeatSchema>;

/**
 * A forum's mandate: what it may do with the matters put to it. Decides (beslutningskompetence),
 * advises, coordinates the members' own work, or shares knowledge and experience only.
 */
export const ForumAuthoritySchema = z.enum(['decides', 'advises', 'coordinates', 'shares']);
export type ForumAuthority = z.infer<typeof ForumAuthoritySchema>;

export const ForumFields = z.strictObject({
    id: ForumIdSchema,
    label: z.string().trim().min(1).max(300),
    kind: CodeKeySchema,
    /** the forum's terms of reference (kommissorium) as written, empty when it has none */
    mandate: z.string().max(20_000),
    /**
     * where the written kommissorium is kept, when it is a document of its own: a web address or a
     * path on a shared drive, as the analyst wrote it; empty when none
     */
    mandateLink: z.string().trim().max(2_000),
    /** what the forum may do (null: not recorded) */
    authority: ForumAuthoritySchema.nullable(),
    meetingsPerYear: z.number().min(0).max(366).nullable(),
    notes: Notes,
    waves: Waves,
  seats: z.array(SeatSchema).max(10_000),
});
export const oneSeatEach = (f: { seats: ReadonlyArray<{ actor: string }> }): boolean =>
  new Set(f.seats.map((s) => s.actor)).size === f.seats.length;
export const ONE_SEAT_EACH = { message: 'rules.oneSeatPerActor', path: ['seats'] };
export const ForumSchema = ForumFields.refine(oneSeatEach, ONE_SEAT_EACH);
export type Forum = z.infer<typeof ForumSchema>;

/**
 * Weeks relative to a refugee's arrival in the municipality (week 0 is the week of arrival,
 * negative weeks before it), the reception timeline's unit: from two years before to five after.
 */
export const WEEK_RANGE = { min: -104, max: 260 } as const;
export const WeekSchema = z.number().int().min(WEEK_RANGE.min).max(WEEK_RANGE.max);

/** myndighedsopgave (a task the law gives the municipality) / tilbud (an offer) / aktivitet */
export const ActivityKindSchema = z.enum(['authority', 'offer', 'activity']);
export type ActivityKind = z.infer<typeof ActivityKindSchema>;
export const ActivityFrequencySchema = z.enum(['once', 'weekly', 'monthly', 'ongoing']);
export type ActivityFrequency = z.infer<typeof ActivityFrequencySchema>;
/** The weeks an activity runs in, both ends included; that `from` is not after `to` is a rule (src/core/rules). */
export const ActivityWindowSchema = z.strictObject({ from: WeekSchema, to: WeekSchema });
export type ActivityWindow = z.infer<typeof ActivityWindowSchema>;

/**
 * An activity or offer of the reception of newly arrived refugees, as the reception workshop's
 * timeline has it: who runs it, who to call about it, whom it is for and when after arrival.
 */
export const ActivityFields = z.strictObject({
  id: ActivityIdSchema,
  title: z.string().trim().min(1).max(300),
  kind: ActivityKindSchema,
  /** the organisations or departments that run it */
  owners: z.array(ActorIdSchema).min(1).max(50),
  /** the persons who are its contact persons */
  contacts: z.array(ActorIdSchema).max(50),
  /** a key of the codebook list `targetGroups` */
  targetGroup: CodeKeySchema,
  window: ActivityWindowSchema,
  frequency: ActivityFrequencySchema.nullable(),
  notes: Notes,
  waves: Waves,
});
export const ActivitySchema = ActivityFields;
export type Activity = z.infer<typeof ActivitySchema>;

export const WaveSchema = z.strictObject({
  id: WaveIdSchema,
  label: z.string().trim().min(1).max(200),
  date: IsoDateSchema.nullable(),
});
export type Wave = z.infer<typeof WaveSchema>;

export const ProjectMetaSchema = z.strictObject({
  name: z.string().trim().min(1).max(300),
  description: z.string().max(20_000),
});

export const StrengthScaleSchema = z
  .strictObject({ min: z.number(), max: z.number() })
  .refine((s) => s.min < s.max, { message: 'rules.minBelowMax' });

/**
 * When an analysis figure becomes a finding. Each has a default, so a project saved before a
 * threshold existed reads as if it had the default.
 */
export const ThresholdsSchema = z.strictObject({
  /** a group whose E-I index is at or below this is "bonded inward" */
  bondingEi: z.number().min(-1).max(1).default(-0.6),
  /** groups smaller than this get no bonding finding (too few to say) */
  minGroupSize: z.number().int().min(1).default(3),
  /** Burt hierarchy at or above this: constraint concentrated on one contact */
  hierarchy: z.number().min(0).max(1).default(0.3),
  /** dyad asymmetry magnitude at or above this is reported */
  asymmetry: z.number().min(0).max(1).default(0.5),
  /** a sector taking the initiative and holding the mandate in at least this share of the
   * cross-sector ties dominates them (the field's "overstyring") */
  dominanceShare: z.number().min(0).max(1).default(0.6),
  /** a sector holding more than this share of a forum's seats over-represents it */
  forumSeatShare: z.number().min(0).max(1).default(0.5),
  /** betweenness share this many times the population share is a dominant central position */
  centralShareRatio: z.number().min(1).default(1.5),
  /** a collaboration less likely than this to survive the year is at risk */
  survival: z.number().min(0).max(1).default(0.8),
  /** a person whose departure ends at least this many collaborations is a key person */
  keyPersonCollaborations: z.number().int().min(1).default(1),
  /** networks of fewer actors than this get no finding on their fragmentation or on the sectors'
   * shares of brokerage (too few to say) */
  minNetworkSize: z.number().int().min(2).default(10),
  /** key players are a finding when they are at most this share of the persons: a set that is
   * most of the people says nothing the user does not know */
  keyPlayerShare: z.number().min(0).max(1).default(0.25),
  /** ... and their loss raises the share of pairs that cannot reach each other by at least this */
  fragmentationRise: z.number().min(0).max(1).default(0.1),
  /** weeks of the reception timeline in which a target group is offered nothing, at least this many in a row, are a gap */
  gapWeeks: z.number().int().min(1).max(WEEK_RANGE.max - WEEK_RANGE.min).default(4),
});
export type Thresholds = z.infer<typeof ThresholdsSchema>;

export const AnalysisSettingsSchema = z.strictObject({
  /** what bonding and bridging are measured by: 'sector', 'organisation' or an attribute name */
  groupBy: z.string().trim().min(1).max(100).default('sector'),
  permutations: z.number().int().min(0).max(1_000_000).default(5_000),
  monteCarloRuns: z.number().int().min(0).max(10_000_000).default(10_000),
  seed: z.number().int().min(0).max(2 ** 31 - 1).default(1),
  /** Bonacich's β; null means −0.5 / λ₁ (half the largest magnitude for which the measure exists) */
  bonacichBeta: z.number().nullable().default(null),
  /**
   * whether the measures defined on tie values are also given on the ties' strengths ('strength',
   * where every tie has one) or only counted ('none')
   */
  weights: z.enum(['strength', 'none']).default('strength'),
  thresholds: ThresholdsSchema.default(ThresholdsSchema.parse({})),
});
export type AnalysisSettings = z.infer<typeof AnalysisSettingsSchema>;

export const PointSchema = z.strictObject({ x: z.number(), y: z.number() });
export type Point = z.infer<typeof PointSchema>;
/** Where the analyst placed actors on the map by hand, by actor id (map coordinates). */
export const PositionsSchema = z
  .record(z.string().min(1).max(200), PointSchema)
  .refine((p) => Object.keys(p).length <= 200_000, { message: 'rules.tooManyPositions' });
export type Positions = z.infer<typeof PositionsSchema>;

/**
 * The weeks the reception timeline shows and the gap analysis covers, relative to arrival: by
 * default about two months before arrival to six months after, as the reception workshop's wall.
 */
export const TimelineSchema = z
  .strictObject({ from: WeekSchema, to: WeekSchema })
  .refine((t) => t.from < t.to, { message: 'rules.minBelowMax', path: ['to'] });
export type Timeline = z.infer<typeof TimelineSchema>;
export const DEFAULT_TIMELINE: Timeline = { from: -9, to: 26 };

/** Project settings; every field has a default, so older projects read as if they had it. */
export const ProjectSettingsSchema = z.strictObject({
  strengthScale: StrengthScaleSchema,
  /** the height of the influence tower: ratings are whole steps from 0 to this (Net-Map's stacked pieces) */
  influenceMax: z.number().int().min(1).max(1000).default(5),
  analysis: AnalysisSettingsSchema.default(AnalysisSettingsSchema.parse({})),
  timeline: TimelineSchema.default(() => ({ ...DEFAULT_TIMELINE })),
});
export type ProjectSettings = z.infer<typeof ProjectSettingsSchema>;

/**
 * A saved view: the map as the analyst set it up (its view state, and where it was panned and
 * zoomed), named and described, and a slide of the project's presentation with its title and
 * speaker notes. The views' order is the slides' order. `positions` are the view's own
 * arrangement of the actors when it keeps one; null: the project's layout.
 */
export const SavedViewSchema = z.strictObject({
  id: ViewIdSchema,
  name: z.string().trim().min(1).max(200),
  description: z.string().max(20_000),
  /** the slide's heading; empty: the view's name */
  slideTitle: z.string().trim().max(300),
  speakerNotes: z.string().max(20_000),
  state: MapViewStateSchema,
  positions: PositionsSchema.nullable(),
  viewport: ViewportStateSchema.nullable(),
});
export type SavedView = z.infer<typeof SavedViewSchema>;

export const ProjectDataSchema = z.strictObject({
  meta: ProjectMetaSchema,
  settings: ProjectSettingsSchema,
  codebooks: CodebooksSchema,
  waves: z.array(WaveSchema),
  actors: z.array(ActorSchema),
  memberships: z.array(MembershipSchema),
  ties: z.array(TieSchema),
  forums: z.array(ForumSchema),
  /** the activities and offers of the reception timeline */
  activities: z.array(ActivitySchema),
  /** where the analyst placed actors on the map (empty: the map lays them out itself) */
  positions: PositionsSchema,
  /** the saved views of the map, in the order of the presentation's slides */
  views: z.array(SavedViewSchema).max(1_000),
});
/** The whole content of a project, as the store holds it and as the JSON format carries it. */
export type ProjectData = z.infer<typeof ProjectDataSchema>;
