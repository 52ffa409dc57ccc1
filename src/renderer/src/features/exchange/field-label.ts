import type { TFunction } from 'i18next';
import type { TableKind } from '../../../../core/format/tables/mapping';

/** Where the forms' field labels are, per table (src/core/i18n/fields-*.ts). */
const GROUP: Record<TableKind, string> = {
  actors: 'actor',
  ties: 'tie',
  memberships: 'membership',
  forums: 'forum',
  seats: 'forum',
  waves: 'wave',
  codebook: 'code',
  activities: 'activity',
  roster: 'actor',
  nominations: 'tie',
};

/**
 * A model field as the forms label it ("evidence.quote" → "Citat"), for the column mapping's
 * choices; a field the forms do not label is shown by its own name.
 */
export function fieldLabel(table: TableKind, field: string, t: TFunction): string {
  const camel = field.replace(/[._]([a-z])/g, (_, c: string) => c.toUpperCase());
  const name = table === 'seats' ? `seats${camel.charAt(0).toUpperCase()}${camel.slice(1)}` : camel;
  // a survey's own fields (respondent, contact, …) are worded with the survey's words
  const own = table === 'roster' || table === 'nominations' ? t(`names.fields.${name}` as 'names.fields.name', { defaultValue: '' }) : '';
  if (own !== '') return `${own} (${field})`;
  const key = `fields.${GROUP[table]}.${name}`;
  const worded = t(key as 'fields.actor.label', { defaultValue: '' });
  return worded === '' || worded === key ? field : `${worded} (${field})`;
}

/** A table's name as the wizard shows it ("Aktører", "Navnegenerator (navne)"). */
export const tableLabel = (table: TableKind, t: TFunction): string =>
  table === 'roster' || table === 'nominations' ? t(`names.tables.${table}`) : t(`exchange.tables.${table}`);

/** A changed field as a person reads it in the check ("Navn", "Styrke", an attribute by its own name). */
export function fieldName(table: TableKind, field: string, t: TFunction): string {
  if (field.startsWith('attributes.')) return field.slice('attributes.'.length);
  const camel = field.replace(/[._]([a-z])/g, (_, c: string) => c.toUpperCase());
  const key = `fields.${GROUP[table]}.${camel}`;
  const worded = t(key as 'fields.actor.label', { defaultValue: '' });
  return worded === '' || worded === key ? field : worded;
}
