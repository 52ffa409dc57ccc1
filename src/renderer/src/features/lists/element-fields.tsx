import type { TFunction } from 'i18next';
import type { SingleCommandInput } from '../../../../core/commands';
import { isPresent, withPresence } from '../../../../core/model/presence';
import type { AttributeDefinition, AttributeOwner, ProjectData } from '../../../../core/model/schema';
import { collatorFor } from '../../../../core/text/collate';
import { numberText, readNumberText, withAttribute } from '../edit';
import type { BulkField } from './bulk-edit';
import { InlineChoice, InlineText, type TableColumn } from './columns';

/**
 * What the actor and tie tables share: a column and a bulk edit per custom attribute (those the
 * codebook defines first, shown by default; then those only some elements hold, hidden until
 * asked for), and wave presence as a column and as bulk edits.
 */

type Value = string | number | boolean | null;
type Attributes = Readonly<Record<string, Value>>;
type Lang = 'da' | 'en';

/** A value as a table shows it: a category by its label, a number with the language's decimal mark. */
export function shownValue(d: AttributeDefinition | undefined, value: Value | undefined, lang: Lang): string {
  if (value === undefined || value === null) return '';
  if (d?.type === 'category' && typeof value === 'string') return d.values.find((v) => v.key === value)?.label[lang] ?? value;
  if (typeof value === 'number') return numberText(value, lang);
  return String(value);
}

/** A typed text as a value of a definition (or of an undefined attribute, kept as it was typed). */
export function typedValue(d: AttributeDefinition | undefined, text: string | null, before?: Value): Value {
  if (text === null || text.trim() === '') return null;
  const n = readNumberText(text);
  const isNumber = n !== null && !Number.isNaN(n);
  if (d?.type === 'number') return isNumber ? n : text;
  if (d) return text;
  return (typeof before === 'number' || before === undefined) && isNumber && !/^[+-]?0\d/.test(text.trim()) ? n : text;
}

/** The attribute keys of one kind: the defined ones in the codebook's order, then the others by name. */
function attributeKeys(data: ProjectData, owner: AttributeOwner, lang: Lang): { defined: AttributeDefinition[]; free: string[] } {
  const defined = data.codebooks.attributes.filter((d) => d.appliesTo === owner);
  const known = new Set(defined.map((d) => d.key));
  const free = new Set<string>();
  for (const e of data[owner]) for (const k of Object.keys(e.attributes)) if (!known.has(k)) free.add(k);
  return { defined, free: [...free].sort(collatorFor(lang).compare) };
}

export function attributeColumns<R>(
  data: ProjectData,
  owner: AttributeOwner,
  lang: Lang,
  attributesOf: (row: R) => Attributes,
  labelOf: (row: R) => string,
  save: (row: R, attributes: Record<string, Value>) => void,
  t: TFunction,
): Array<TableColumn<R>> {
  const collator = collatorFor(lang);
  const { defined, free } = attributeKeys(data, owner, lang);
  const column = (key: string, d: AttributeDefinition | undefined): TableColumn<R> => {
    const label = d ? d.label[lang] : key;
    const value = (r: R) => attributesOf(r)[key];
    const sortable = (r: R) => value(r);
    return {
      id: `attribute:${key}`,
      label,
      shownByDefault: d !== undefined,
      className: d?.type === 'number' ? 'num' : undefined,
      compare: (a, b) => {
        const x = sortable(a);
        const y = sortable(b);
        if (x === undefined || x === null) return y === undefined || y === null ? 0 : 1;
        if (y === undefined || y === null) return -1;
        if (typeof x === 'number' && typeof y === 'number') return x - y;
        return collator.compare(shownValue(d, x, lang), shownValue(d, y, lang));
      },
      show: (r) => shownValue(d, value(r), lang),
      edit: (r) => {
        const editLabel = t('details.table.edit', { field: label, label: labelOf(r) });
        const set = (v: Value) => save(r, withAttribute(attributesOf(r), key, v));
        const now = value(r);
        if (d?.type === 'category')
          return (
            <InlineChoice
              label={editLabel}
              value={typeof now === 'string' && d.values.some((v) => v.key === now) ? now : null}
              unknown="–"
              options={d.values.map((v) => [v.key, v.label[lang]] as const)}
              onChange={set}
            />
          );
        if (d?.type === 'date')
          return (
            <input
              type="date"
              className="inline-edit"
              aria-label={editLabel}
              value={typeof now === 'string' ? now : ''}
              onClick={(e) => e.stopPropagation()}
              onChange={(e) => set(e.target.value === '' ? null : e.target.value)}
            />
          );
        return <InlineText label={editLabel} value={shownValue(d, now, lang)} inputMode={d?.type === 'number' ? 'decimal' : undefined} onSave={(text) => set(typedValue(d, text, now))} />;
      },
    };
  };
  return [...defined.map((d) => column(d.key, d)), ...free.map((k) => column(k, undefined))];
}

/** A bulk edit per attribute: a category chosen, else a value typed (empty takes it out). */
export function attributeBulkFields(
  data: ProjectData,
  owner: AttributeOwner,
  lang: Lang,
  attributesOf: (id: string) => Attributes | undefined,
  command: (id: string, attributes: Record<string, Value>) => SingleCommandInput,
): BulkField[] {
  const { defined, free } = attributeKeys(data, owner, lang);
  const field = (key: string, d: AttributeDefinition | undefined): BulkField => ({
    id: `attribute:${key}`,
    label: d ? d.label[lang] : key,
    input:
      d?.type === 'category'
        ? { kind: 'choice', options: d.values.map((v) => [v.key, v.label[lang]] as const), nullable: true }
        : { kind: d?.type === 'date' ? 'date' : d?.type === 'number' ? 'number' : 'text' },
    make: (id, text) => {
      const before = attributesOf(id);
      if (!before) return null;
      const next = withAttribute(before, key, typedValue(d, text, before[key]));
      return JSON.stringify(next) === JSON.stringify(before) ? null : command(id, next);
    },
  });
  return [...defined.map((d) => field(d.key, d)), ...free.map((k) => field(k, undefined))];
}

/** "Present in the wave": a bulk edit per wave, in or out, reading an empty list as every wave. */
export function waveBulkFields(
  data: ProjectData,
  t: TFunction,
  wavesOf: (id: string) => readonly string[] | undefined,
  command: (id: string, waves: string[]) => SingleCommandInput,
): BulkField[] {
  return data.waves.map((w) => ({
    id: `wave:${w.id}`,
    label: `${t('details.table.presence')}: ${w.label}`,
    input: {
      kind: 'choice',
      options: [
        ['in', t('details.table.yes')],
        ['out', t('details.table.no')],
      ],
      nullable: false,
    },
    make: (id, value) => {
      const before = wavesOf(id);
      if (!before) return null;
      const next = withPresence([...before], data.waves, w.id, value === 'in');
      return JSON.stringify(next) === JSON.stringify(before) ? null : command(id, next);
    },
  }));
}

/** The waves an element is present in, by their labels (every wave when it lists none). */
export function wavesShown(data: ProjectData, waves: readonly string[], t: TFunction): string {
  if (data.waves.length === 0) return '';
  if (waves.length === 0) return t('details.table.wavesAll');
  return data.waves
    .filter((w) => isPresent(waves, w.id))
    .map((w) => w.label)
    .join(', ');
}
