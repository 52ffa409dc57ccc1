import type { MessageKey, MessageParams } from '../i18n/catalogue';

/**
 * What "delete completely" would remove for one person, or did: counted before anything is
 * changed, so that the warning can say it, and reported again afterwards.
 */
export interface ErasurePreview {
  id: string;
  label: string;
  /** false when the person was deleted from the project already but is still in its undo history */
  present: boolean;
  memberships: number;
  ties: number;
  seats: number;
  /** the activities whose contact person they are */
  activities: number;
  /** whether the person has a place of their own on the map */
  placed: boolean;
  history: {
    /** steps in the undo history (undo and redo together) */
    total: number;
    /** steps that lose changes or a label naming the person, dropped ones included */
    changed: number;
    /** steps that held nothing but the person, and go */
    dropped: number;
  };
}

/** What clearing the undo history would drop, or did. */
export interface CompactionPreview {
  /** null: all of it; else steps older than this many days */
  keepDays: number | null;
  total: number;
  dropped: number;
}

export interface MessagePart {
  key: MessageKey;
  params: MessageParams;
}

/** The elements an erasure takes with the person, as messages to list (empty when there are none). */
export function erasureParts(p: ErasurePreview): MessagePart[] {
  const parts: MessagePart[] = [];
  if (p.memberships > 0) parts.push({ key: 'privacy.parts.memberships', params: { count: p.memberships } });
  if (p.ties > 0) parts.push({ key: 'privacy.parts.ties', params: { count: p.ties } });
  if (p.seats > 0) parts.push({ key: 'privacy.parts.seats', params: { count: p.seats } });
  if (p.activities > 0) parts.push({ key: 'activities.privacy.contacts', params: { count: p.activities } });
  if (p.placed) parts.push({ key: 'privacy.parts.position', params: {} });
  return parts;
}

/**
 * What an erasure takes, as one list in the language's words: the person (while still in the
 * project), their elements and their traces in the history.
 */
export function erasureList(p: ErasurePreview, t: (key: MessageKey, params?: MessageParams) => string, lang: 'da' | 'en'): string {
  const items = [
    ...(p.present ? [t('privacy.parts.person')] : []),
    ...erasureParts(p).map((part) => t(part.key, part.params)),
    ...(p.history.changed > 0 ? [t('privacy.parts.history', { count: p.history.changed })] : []),
  ];
  return listOf(items, lang);
}

/** "a, b and c" in the language's own way. */
export const listOf = (items: readonly string[], lang: 'da' | 'en'): string =>
  new Intl.ListFormat(lang, { style: 'long', type: 'conjunction' }).format(items);
