import * as z from 'zod';

/**
 * Branded ids: an ActorId can never be passed where a TieId belongs, although both are strings
 * in files and in SQLite. Ids are kept exactly as the user's data gives them (networkx and Gephi
 * files often use names, spaces included), so exports and analysis output name elements the way
 * the researcher's own files do.
 */
const idText = z
  .string()
  .trim()
  .min(1)
  .max(200)
  .regex(/^[^\p{Cc}]+$/u, { message: 'rules.idChars' });

export const ActorIdSchema = idText.brand<'ActorId'>();
export const TieIdSchema = idText.brand<'TieId'>();
export const MembershipIdSchema = idText.brand<'MembershipId'>();
export const ForumIdSchema = idText.brand<'ForumId'>();
export const WaveIdSchema = idText.brand<'WaveId'>();
export const ActivityIdSchema = idText.brand<'ActivityId'>();
export const ViewIdSchema = idText.brand<'ViewId'>();

export type ActorId = z.infer<typeof ActorIdSchema>;
export type TieId = z.infer<typeof TieIdSchema>;
export type MembershipId = z.infer<typeof MembershipIdSchema>;
export type ForumId = z.infer<typeof ForumIdSchema>;
export type WaveId = z.infer<typeof WaveIdSchema>;
export type ActivityId = z.infer<typeof ActivityIdSchema>;
export type ViewId = z.infer<typeof ViewIdSchema>;

/** Codebook keys (sectors, tie types, roles, forum kinds, target groups) are short slugs. */
export const CodeKeySchema = z
  .string()
  .trim()
  .min(1)
  .max(60)
  .regex(/^[\p{L}\p{N}_.-]+$/u, { message: 'rules.keyChars' });
export type CodeKey = z.infer<typeof CodeKeySchema>;

export type IdPrefix = 'a' | 't' | 'm' | 'f' | 'w' | 'act' | 'v';

/**
 * New element ids: a kind prefix and random base-36 digits. The random source is injected so
 * core stays free of platform APIs.
 */
export function newId(prefix: IdPrefix, randomUnit: () => number): string {
  let out = `${prefix}-`;
  for (let i = 0; i < 10; i++) out += Math.floor(randomUnit() * 36).toString(36);
  return out;
}
