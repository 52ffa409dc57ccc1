import { messageRef } from '../i18n/catalogue';
import {
  IsoDateSchema,
  type AttributeDefinition,
  type AttributeOwner,
  type AttributeType,
  type Codebooks,
} from '../model/schema';
import { problem, type Problem, type ProblemPath } from '../problems';
import type { ProjectLookup } from './lookup';

/**
 * The rules of custom attributes defined in the codebook: a value must fit its definition (a
 * number is a number, a category value is one of its keys, a date a calendar day), and a
 * definition that holds values cannot change type or lose a category in use, or be removed,
 * without saying how many values it holds. Attributes the codebook does not define are kept as
 * they are stored. Every writer reaches these through checkActor, checkTie and checkProject.
 */

/** A stored attribute value (what `attributes` holds). */
export type StoredValue = string | number | boolean | null;

/** Whether a value fits a type (and, for a category, one of its keys); empty fits every type. */
export function fitsType(type: AttributeType, categories: ReadonlyArray<{ key: string }>, value: StoredValue): boolean {
  if (value === null) return true;
  switch (type) {
    case 'text':
      return typeof value === 'string';
    case 'number':
      return typeof value === 'number' && Number.isFinite(value);
    case 'category':
      return typeof value === 'string' && categories.some((c) => c.key === value);
    case 'date':
      return typeof value === 'string' && IsoDateSchema.safeParse(value).success;
  }
}

export const fits = (d: AttributeDefinition, value: StoredValue): boolean => fitsType(d.type, d.values, value);

/** One element's attributes against the definitions of its kind. */
export function checkAttributes(owner: AttributeOwner, attributes: Readonly<Record<string, StoredValue>>, at: ProblemPath, look: ProjectLookup): Problem[] {
  const problems: Problem[] = [];
  for (const [key, value] of Object.entries(attributes)) {
    const d = look.attributeDefinition(owner, key);
    if (!d || fits(d, value)) continue;
    const params = { value: String(value), attribute: d.key };
    if (d.type === 'category' && typeof value === 'string')
      problems.push(problem([...at, key], 'details.rules.notACategory', { ...params, accepted: d.values.map((v) => v.key).join(', ') }));
    else problems.push(problem([...at, key], 'details.rules.misfit', { ...params, type: messageRef(`details.types.${d.type}`) }));
  }
  return problems;
}

/**
 * A definition on its own and, when it replaces one (`before`), against the values stored: a
 * type they do not all fit, or a category some still use, is refused with how many there are.
 */
export function checkDefinition(d: AttributeDefinition, at: ProblemPath, look: ProjectLookup, before?: AttributeDefinition): Problem[] {
  const problems: Problem[] = [];
  if (d.type !== 'category' && d.values.length > 0) problems.push(problem([...at, 'values'], 'details.rules.valuesOnlyForCategory'));
  const seen = new Set<string>();
  d.values.forEach((v, i) => {
    if (seen.has(v.key)) problems.push(problem([...at, 'values', i, 'key'], 'errors.duplicateId', { id: v.key }));
    seen.add(v.key);
  });
  if (!before) return problems;
  const values = look.attributeValues(d.appliesTo, d.key);
  if (before.type !== d.type) {
    const misfit = values.filter((v) => !fits(d, v)).length;
    if (misfit > 0)
      problems.push(
        problem([...at, 'type'], 'details.rules.typeInUse', { attribute: d.key, count: values.length, misfit, type: messageRef(`details.types.${d.type}`) }),
      );
  } else if (d.type === 'category') {
    const kept = new Set(d.values.map((v) => v.key));
    for (const gone of before.values) {
      if (kept.has(gone.key)) continue;
      const count = values.filter((v) => v === gone.key).length;
      if (count > 0) problems.push(problem([...at, 'values'], 'details.rules.categoryInUse', { value: gone.key, attribute: d.key, count }));
    }
  }
  return problems;
}

/** What becomes of the values a removed definition holds: kept as free attributes, or erased. */
export type RemovedValues = 'keep' | 'erase';

/** A definition may go when it holds no values, or when the remover says what becomes of them. */
export function checkDefinitionRemoval(owner: AttributeOwner, key: string, values: RemovedValues | undefined, at: ProblemPath, look: ProjectLookup): Problem[] {
  const d = look.attributeDefinition(owner, key);
  if (!d) return [problem(at, 'errors.unknownReference', { what: messageRef('details.kinds.attribute'), id: key })];
  if (values !== undefined) return [];
  const count = look.attributeValues(owner, key).length;
  return count > 0 ? [problem(at, 'details.rules.definitionInUse', { attribute: d.key, count })] : [];
}

/** The definitions of one codebook: one per key and owner, each valid on its own. */
export function checkDefinitions(codebooks: Codebooks, look: ProjectLookup): Problem[] {
  const problems: Problem[] = [];
  const seen = new Set<string>();
  codebooks.attributes.forEach((d, i) => {
    const id = `${d.appliesTo}/${d.key}`;
    if (seen.has(id)) problems.push(problem(['codebooks', 'attributes', i], 'errors.duplicateId', { id: d.key }));
    seen.add(id);
    problems.push(...checkDefinition(d, ['codebooks', 'attributes', i], look));
  });
  return problems;
}
