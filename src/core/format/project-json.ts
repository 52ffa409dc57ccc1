import * as z from 'zod';
import {
  ActivityInputSchema,
  ActorInputSchema,
  ForumInputSchema,
  MembershipInputSchema,
  TieInputSchema,
} from '../commands';
import { UserError } from '../errors';
import { parseJson } from './json-text';
import { ActivityIdSchema, ActorIdSchema, ForumIdSchema, MembershipIdSchema, TieIdSchema } from '../ids';
import { defaultCodebooks, defaultSettings } from '../model/defaults';
import {
  CodebooksSchema,
  PositionsSchema,
  SavedViewSchema,
  ProjectMetaSchema,
  ProjectSettingsSchema,
  WaveSchema,
  type ProjectData,
} from '../model/schema';
import type { Problem } from '../problems';
import { checkProject } from '../rules/project-rules';
import { parseIn } from '../validation';

/**
 * Brobygger's own JSON format: the whole project, readable and diffable, for backups, version
 * control and scripts. Optional fields may be left out when writing it by hand; ids may not,
 * since elements refer to each other by id.
 */
export const PROJECT_JSON_FORMAT = 'brobygger-project';
/** 2: the map's positions moved from `settings.layout.positions` to `positions`; version 1 still reads */
export const PROJECT_JSON_VERSION = 2;

const withId = <S extends z.ZodType, I extends z.ZodType>(schema: S, id: I) =>
  // both sides strict: zod reports a key as unknown when neither side knows it
  z.intersection(schema, z.strictObject({ id }));

/**
 * One element of each kind as a file gives it: an id, and defaults for the fields left out. The
 * field-data readers (GraphML, CSV) validate their rows with these too, so every format accepts
 * exactly the same elements.
 */
export const ElementSchemas = {
  actor: withId(ActorInputSchema, ActorIdSchema),
  membership: withId(MembershipInputSchema, MembershipIdSchema),
  tie: withId(TieInputSchema, TieIdSchema),
  forum: withId(ForumInputSchema, ForumIdSchema),
  activity: withId(ActivityInputSchema, ActivityIdSchema),
};

const ProjectFileSchema = z.strictObject({
  format: z.literal(PROJECT_JSON_FORMAT),
  version: z.number().int().min(1),
  meta: ProjectMetaSchema.partial().default({}),
  settings: ProjectSettingsSchema.default(defaultSettings()),
  codebooks: CodebooksSchema.partial().default({}),
  waves: z.array(WaveSchema).default([]),
  actors: z.array(ElementSchemas.actor).default([]),
  memberships: z.array(ElementSchemas.membership).default([]),
  ties: z.array(ElementSchemas.tie).default([]),
  forums: z.array(ElementSchemas.forum).default([]),
  activities: z.array(ElementSchemas.activity).default([]),
  positions: PositionsSchema.default({}),
  views: z.array(SavedViewSchema).max(1_000).default([]),
});

/** A version-1 file kept the positions in its settings. */
const LegacyLayoutSchema = z.object({ settings: z.object({ layout: z.object({ positions: z.unknown() }).optional() }).optional() });

/** A version-1 file as a version-2 one: the positions out of the settings. */
function upgradeFromVersion1(raw: unknown): unknown {
  const legacy = LegacyLayoutSchema.safeParse(raw);
  if (!legacy.success || typeof raw !== 'object' || raw === null) return raw;
  const record = raw as Record<string, unknown>;
  const settings = record['settings'];
  if (typeof settings !== 'object' || settings === null || !('layout' in settings)) return raw;
  const { layout, ...rest } = settings as Record<string, unknown>;
  const positions = legacy.data.settings?.layout?.positions;
  return { ...record, settings: rest, ...(positions === undefined || layout === undefined ? {} : { positions }) };
}

export function encodeProjectJson(data: ProjectData): string {
  return `${JSON.stringify({ format: PROJECT_JSON_FORMAT, version: PROJECT_JSON_VERSION, ...data }, null, 2)}\n`;
}

/** Names each problem's element by its id as well as its index, so it can be found in the file. */
function withElementIds(problems: Problem[], raw: unknown): Problem[] {
  if (typeof raw !== 'object' || raw === null) return problems;
  const record = raw as Record<string, unknown>;
  return problems.map((p) => {
    const [collection, index] = p.path;
    if (p.id !== undefined || typeof collection !== 'string' || typeof index !== 'number') return p;
    if (!['actors', 'memberships', 'ties', 'forums', 'activities', 'waves'].includes(collection)) return p;
    const rows = record[collection];
    const row = Array.isArray(rows) ? (rows[index] as unknown) : undefined;
    const id = typeof row === 'object' && row !== null ? (row as Record<string, unknown>)['id'] : undefined;
    return typeof id === 'string' ? { ...p, id } : p;
  });
}

/**
 * Reads the JSON format. Every problem is reported at once, each named by file, row and field;
 * a file with any problem yields nothing, so an import never half-happens.
 */
export function decodeProjectJson(text: string, fileName: string): ProjectData {
  const raw = parseJson(text, fileName);
  const header = z.object({ format: z.literal(PROJECT_JSON_FORMAT), version: z.number() }).safeParse(raw);
  if (!header.success) throw new UserError('invalid', 'errors.invalidFormat', { file: fileName });
  if (header.data.version > PROJECT_JSON_VERSION)
    throw new UserError('newer-version', 'errors.newerJson', {
      file: fileName,
      found: header.data.version,
      supported: PROJECT_JSON_VERSION,
    });

  const parsed = parseIn(ProjectFileSchema, header.data.version === 1 ? upgradeFromVersion1(raw) : raw);
  if (!parsed.ok) {
    const problems = withElementIds(parsed.problems, raw);
    throw new UserError('invalid', 'errors.invalidData', { file: fileName, count: problems.length }, problems);
  }
  const file = parsed.value;
  const fallbackName = fileName.replace(/^.*[\\/]/, '').replace(/\.json$/i, '');
  const data: ProjectData = {
    meta: { name: file.meta.name ?? fallbackName, description: file.meta.description ?? '' },
    settings: file.settings,
    codebooks: { ...defaultCodebooks(), ...file.codebooks },
    waves: file.waves,
    actors: file.actors,
    memberships: file.memberships,
    ties: file.ties,
    forums: file.forums,
    activities: file.activities,
    positions: file.positions,
    views: file.views,
  };
  const problems = checkProject(data);
  if (problems.length > 0)
    throw new UserError('invalid', 'errors.invalidData', { file: fileName, count: problems.length }, problems);
  return data;
}
