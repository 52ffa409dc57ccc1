import * as z from 'zod';
import { UserError } from '../../errors';
import { parseIn } from '../../validation';
import { parseJson } from '../json-text';

/**
 * How the tables of a researcher's file map onto the model: which file or sheet holds which kind
 * of record, which column fills which field, and which written value means which of the model's
 * values ("Frivillig" → volunteer). The import wizard builds one, and it can be saved and given to
 * the CLI again (`--mapping m.json`), so the same survey export imports the same way every time.
 */
export const TABLE_KINDS = ['actors', 'ties', 'memberships', 'forums', 'seats', 'waves', 'codebook', 'activities', 'roster', 'nominations'] as const;
export const TableKindSchema = z.enum(TABLE_KINDS);
export type TableKind = z.infer<typeof TableKindSchema>;

export const TableMappingSchema = z.strictObject({
  /** the file (CSV) or sheet (XLSX) that holds this table */
  source: z.string().min(1).max(300),
  /** the row the column names are on, from 1 */
  headerRow: z.number().int().min(1).max(1_000).default(1),
  /** model field (`label`, `sector`, `evidence.quote`, …) → the column's name as the file writes it */
  columns: z.record(z.string().min(1).max(100), z.string().max(300)).default({}),
  /** per field, a value as written → the model's value (a code key, a kind, a role) */
  values: z.record(z.string().min(1).max(100), z.record(z.string().max(300), z.string().max(300))).default({}),
});
export type TableMapping = z.infer<typeof TableMappingSchema>;

export const IMPORT_MAPPING_FORMAT = 'brobygger-mapping';

/**
 * What a name written in a survey (a roster or a name generator, whose rows give names, not ids)
 * becomes: the id of an actor the project has, `"new"` (a new actor of that name), `"skip"` (the
 * rows that name it are left out), or `{ "sameAs": "Mette Sørensen" }`, the same actor as another
 * name of the file. An actor whose id is literally "new" or "skip" is named by `{ "actor": id }`.
 */
export const NameDecisionSchema = z.union([
  z.string().trim().min(1).max(200),
  z.strictObject({ sameAs: z.string().trim().min(1).max(300) }),
  z.strictObject({ actor: z.string().trim().min(1).max(200) }),
]);
export type NameDecision = z.infer<typeof NameDecisionSchema>;
// optional, so a mapping of tables with ids reads and saves as it did before surveys
const NameDecisionsSchema = z.record(z.string().trim().min(1).max(300), NameDecisionSchema).optional();

export const ImportMappingSchema = z.strictObject({
  format: z.literal(IMPORT_MAPPING_FORMAT),
  version: z.literal(1),
  tables: z.partialRecord(TableKindSchema, TableMappingSchema).default({}),
  /** a sector or tie type the codebook does not have: added to it, or refused */
  unknownCodes: z.enum(['add', 'refuse']).default('add'),
  /** a survey's person names as written → what each becomes (see NameDecisionSchema) */
  names: NameDecisionsSchema,
  /** a survey's organisation names as written → what each becomes */
  organisations: NameDecisionsSchema,
});
export type ImportMapping = z.infer<typeof ImportMappingSchema>;
export type ImportMappingInput = z.input<typeof ImportMappingSchema>;

/** A saved mapping from its file's text, or refused with every problem in it. */
export function decodeMapping(text: string, fileName: string): ImportMapping {
  const parsed = parseIn(ImportMappingSchema, parseJson(text, fileName));
  if (!parsed.ok) throw new UserError('invalid', 'errors.invalidData', { file: fileName, count: parsed.problems.length }, parsed.problems);
  return parsed.value;
}

export const encodeMapping = (mapping: ImportMapping): string => `${JSON.stringify(mapping, null, 2)}\n`;
