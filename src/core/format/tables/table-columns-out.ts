import type { AttributeDefinition, AttributeOwner, ProjectData } from '../../model/schema';

/**
 * The tables a project is written as (a CSV set, the sheets of a workbook), one row per element,
 * with the English canonical column names the CSV reader (csv-set.ts) understands, so that a
 * written set imports back by id. The columns, in order (docs/formats.md says what each holds):
 *
 * - actors: id, label, kind, sector, influence, turnover, notes, waves, then one column per attribute
 * - ties: id, source, target, type, directed, strength, formality, initiative, mandate, resource_flow,
 *   dependent, governance, evidence_source, evidence_quote, confidence, notes, waves, then attributes
 * - memberships: id, person, organisation, role, start, end, waves
 * - forums: id, label, kind, mandate, meetings_per_year, notes, waves
 * - seats: forum, actor, represents, role
 * - waves: id, label, date
 * - codebook: list, key, label_da, label_en, colour, turnover, definite_da, definite_en, type,
 *   attribute (a custom attribute's definition is a row of `actorAttributes` or `tieAttributes`
 *   with its type; each of a category's values a row of `actorAttributeValues` or
 *   `tieAttributeValues` naming its attribute)
 * - activities: id, title, kind, owners, contacts, target_group, from_week, to_week, frequency, notes, waves
 *
 * Lists (waves, an activity's owners and contacts) are joined by `|`, as readWaves reads them.
 */

export type CellValue = string | number | boolean | null;
export type ColumnType = 'text' | 'number' | 'boolean' | 'date';

export interface OutColumn {
  name: string;
  type: ColumnType;
  /** how a workbook shows a number column's values ('0.00', '0.0%'); the cell keeps the full value */
  numFmt?: string;
}

export interface OutTable {
  /** the table's canonical (English) name: the CSV file's name without `.csv` */
  name: TableName;
  columns: OutColumn[];
  rows: CellValue[][];
}

export const TABLE_NAMES = ['actors', 'ties', 'memberships', 'forums', 'seats', 'waves', 'codebook', 'activities'] as const;
export type TableName = (typeof TABLE_NAMES)[number];

export const WAVE_SEPARATOR = '|';

const col = (name: string, type: ColumnType = 'text'): OutColumn => ({ name, type });
const waves = (w: readonly string[]) => w.join(WAVE_SEPARATOR);

const DEFINED_COLUMN: Record<AttributeDefinition['type'], ColumnType> = { text: 'text', number: 'number', category: 'text', date: 'date' };

/**
 * The attribute columns of some elements: those the codebook defines first, in its order and
 * typed by their definitions, then the others typed by their values (a column of numbers is a number).
 */
function attributeColumns(
  elements: ReadonlyArray<{ attributes: Record<string, CellValue> }>,
  taken: ReadonlySet<string>,
  definitions: readonly AttributeDefinition[],
): OutColumn[] {
  const names: string[] = [];
  const seen = new Set<string>();
  const definedType = new Map(definitions.map((d) => [d.key, DEFINED_COLUMN[d.type]]));
  for (const d of definitions)
    if (!seen.has(d.key)) {
      seen.add(d.key);
      names.push(d.key);
    }
  for (const e of elements)
    for (const name of Object.keys(e.attributes))
      if (!seen.has(name)) {
        seen.add(name);
        names.push(name);
      }
  return names
    .filter((n) => !taken.has(n.trim().toLowerCase()))
    .map((name) => {
      const defined = definedType.get(name);
      if (defined) return col(name, defined);
      const values = elements.map((e) => e.attributes[name]).filter((v) => v !== null && v !== undefined);
      const type: ColumnType = values.length > 0 && values.every((v) => typeof v === 'number') ? 'number' : values.length > 0 && values.every((v) => typeof v === 'boolean') ? 'boolean' : 'text';
      return col(name, type);
    });
}

const attributeCell = (attributes: Record<string, CellValue>, name: string): CellValue => {
  const v = attributes[name];
  return v === undefined ? null : v;
};

/** The codebook lists of attribute definitions and their categories (decode-tables.ts reads them). */
export const ATTRIBUTE_LISTS: Record<AttributeOwner, string> = { actors: 'actorAttributes', ties: 'tieAttributes' };
export const ATTRIBUTE_VALUE_LISTS: Record<AttributeOwner, string> = { actors: 'actorAttributeValues', ties: 'tieAttributeValues' };
const definitionsOf = (data: ProjectData, owner: AttributeOwner) => data.codebooks.attributes.filter((d) => d.appliesTo === owner);

export function projectTables(data: ProjectData): OutTable[] {
  const actorBase = [
    col('id'),
    col('label'),
    col('kind'),
    col('sector'),
    col('influence', 'number'),
    col('turnover', 'number'),
    col('notes'),
    col('waves'),
  ];
  const actorAttrs = attributeColumns(data.actors, new Set(actorBase.map((c) => c.name)), definitionsOf(data, 'actors'));
  const actors: OutTable = {
    name: 'actors',
    columns: [...actorBase, ...actorAttrs],
    rows: data.actors.map((a) => [
      a.id,
      a.label,
      a.kind,
      a.sector,
      a.influence,
      a.turnover,
      a.notes,
      waves(a.waves),
      ...actorAttrs.map((c) => attributeCell(a.attributes, c.name)),
    ]),
  };

  const tieBase = [
    col('id'),
    col('source'),
    col('target'),
    col('type'),
    col('directed', 'boolean'),
    col('strength', 'number'),
    col('formality'),
    col('initiative'),
    col('mandate'),
    col('resource_flow'),
    col('dependent'),
    col('governance'),
    col('evidence_source'),
    col('evidence_quote'),
    col('confidence'),
    col('notes'),
    col('waves'),
  ];
  const tieAttrs = attributeColumns(data.ties, new Set(tieBase.map((c) => c.name)), definitionsOf(data, 'ties'));
  const ties: OutTable = {
    name: 'ties',
    columns: [...tieBase, ...tieAttrs],
    rows: data.ties.map((t) => [
      t.id,
      t.source,
      t.target,
      t.type,
      t.directed,
      t.strength,
      t.formality,
      t.initiative,
      t.mandate,
      t.resourceFlow,
      t.dependent,
      t.governance,
      t.evidence.source,
      t.evidence.quote,
      t.evidence.confidence,
      t.notes,
      waves(t.waves),
      ...tieAttrs.map((c) => attributeCell(t.attributes, c.name)),
    ]),
  };

  const memberships: OutTable = {
    name: 'memberships',
    columns: [col('id'), col('person'), col('organisation'), col('role'), col('start', 'date'), col('end', 'date'), col('waves')],
    rows: data.memberships.map((m) => [m.id, m.person, m.organisation, m.role, m.start, m.end, waves(m.waves)]),
  };

  const forums: OutTable = {
    name: 'forums',
    columns: [col('id'), col('label'), col('kind'), col('mandate'), col('mandate_link'), col('authority'), col('meetings_per_year', 'number'), col('notes'), col('waves')],
    rows: data.forums.map((f) => [f.id, f.label, f.kind, f.mandate, f.mandateLink, f.authority, f.meetingsPerYear, f.notes, waves(f.waves)]),
  };

  const seats: OutTable = {
    name: 'seats',
    columns: [col('forum'), col('actor'), col('represents'), col('role')],
    rows: data.forums.flatMap((f) => f.seats.map((s) => [f.id, s.actor, s.represents, s.role])),
  };

  const waveTable: OutTable = {
    name: 'waves',
    columns: [col('id'), col('label'), col('date', 'date')],
    rows: data.waves.map((w) => [w.id, w.label, w.date]),
  };

  const b = data.codebooks;
  const codebook: OutTable = {
    name: 'codebook',
    columns: [
      col('list'),
      col('key'),
      col('label_da'),
      col('label_en'),
      col('colour'),
      col('turnover', 'number'),
      col('definite_da'),
      col('definite_en'),
      col('type'),
      col('attribute'),
    ],
    rows: [
      ...b.sectors.map((s) => ['sectors', s.key, s.label.da, s.label.en, s.color, null, s.definite.da, s.definite.en, null, null]),
      ...b.tieTypes.map((t) => ['tieTypes', t.key, t.label.da, t.label.en, t.color, null, null, null, null, null]),
      ...b.roles.map((r) => ['roles', r.key, r.label.da, r.label.en, null, r.turnover, null, null, null, null]),
      ...b.forumKinds.map((k) => ['forumKinds', k.key, k.label.da, k.label.en, null, null, null, null, null, null]),
      ...b.targetGroups.map((g) => ['targetGroups', g.key, g.label.da, g.label.en, null, null, null, null, null, null]),
      ...b.attributes.flatMap((d) => [
        [ATTRIBUTE_LISTS[d.appliesTo], d.key, d.label.da, d.label.en, null, null, null, null, d.type, null],
        ...d.values.map((v) => [ATTRIBUTE_VALUE_LISTS[d.appliesTo], v.key, v.label.da, v.label.en, null, null, null, null, null, d.key]),
      ]),
    ],
  };

  const activities: OutTable = {
    name: 'activities',
    columns: [
      col('id'),
      col('title'),
      col('kind'),
      col('owners'),
      col('contacts'),
      col('target_group'),
      col('from_week', 'number'),
      col('to_week', 'number'),
      col('frequency'),
      col('notes'),
      col('waves'),
    ],
    rows: data.activities.map((a) => [
      a.id,
      a.title,
      a.kind,
      a.owners.join(WAVE_SEPARATOR),
      a.contacts.join(WAVE_SEPARATOR),
      a.targetGroup,
      a.window.from,
      a.window.to,
      a.frequency,
      a.notes,
      waves(a.waves),
    ]),
  };

  return [actors, ties, memberships, forums, seats, waveTable, codebook, activities];
}
