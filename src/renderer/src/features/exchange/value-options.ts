import type { TFunction } from 'i18next';
import type { TableKind } from '../../../../core/format/tables/mapping';
import type { Codebooks } from '../../../../core/model/schema';

export interface ValueOption {
  value: string;
  label: string;
}

/**
 * The model's values a coded field can take, labelled in the language shown: a kind, a
 * codebook's entries (sectors, tie types, roles, forum kinds) or one of a field's fixed values.
 * Undefined for a field whose values are not coded (a name, a number).
 */
export function valueOptions(table: TableKind, field: string, codebooks: Codebooks, t: TFunction, lang: 'da' | 'en'): ValueOption[] | undefined {
  const codes = (list: ReadonlyArray<{ key: string; label: { da: string; en: string } }>) =>
    list.map((c) => ({ value: c.key, label: c.label[lang] }));
  const key = `${table}.${field}`;
  switch (key) {
    case 'actors.kind':
      return (['person', 'organisation', 'department'] as const).map((k) => ({ value: k, label: t(`kinds.${k}`) }));
    case 'actors.sector':
    case 'roster.sector':
      return codes(codebooks.sectors);
    case 'ties.type':
    case 'nominations.type':
      return codes(codebooks.tieTypes);
    case 'memberships.role':
    case 'roster.role':
      return codes(codebooks.roles);
    case 'forums.kind':
      return codes(codebooks.forumKinds);
    case 'seats.role':
      return (['chair', 'coordinator', 'member', 'secretary'] as const).map((k) => ({ value: k, label: t(`seatRoles.${k}`) }));
    case 'ties.formality':
      return (['formal', 'informal'] as const).map((k) => ({ value: k, label: t(`formality.${k}`) }));
    case 'activities.kind':
      return (['authority', 'offer', 'activity'] as const).map((k) => ({ value: k, label: t(`activities.kinds.${k}`) }));
    case 'activities.targetGroup':
      return codes(codebooks.targetGroups);
    case 'activities.frequency':
      return (['once', 'weekly', 'monthly', 'ongoing'] as const).map((k) => ({ value: k, label: t(`activities.frequency.${k}`) }));
    case 'ties.governance':
      return (['partner', 'supplier'] as const).map((k) => ({ value: k, label: t(`exchange.wizard.governance.${k}`) }));
    default:
      return undefined;
  }
}

/** Whether a field's unknown values become new codebook entries (else they are refused or must be mapped). */
export const isCodebookField = (table: TableKind, field: string): boolean =>
  ['actors.sector', 'ties.type', 'memberships.role', 'forums.kind', 'roster.sector', 'nominations.type', 'roster.role', 'activities.targetGroup'].includes(`${table}.${field}`);
