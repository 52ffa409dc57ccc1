import type { ApiMethod, ApiOutputs, ApiResult } from './contract';

/**
 * Browser mode's way of sending an answer that holds JSON text (an analysis: about 4 MB at 2,000
 * actors, 45 MB at 20,000): the rest of the answer as one line of JSON, then the text as it is.
 * Inside HTTP's JSON the text was a string to escape on the server and to read twice in the
 * window: at 20,000 actors 0.2–0.3 s on the server and about 0.25 s in the window more than now.
 */
export const CARRIED_TEXT_TYPE = 'application/x-brobygger-carried';

/** the field of each such method's answer that holds the text */
const CARRIED: ReadonlyMap<string, string> = new Map(Object.entries({ analyze: 'result' } satisfies { [M in ApiMethod]?: keyof ApiOutputs[M] }));

/** The body for a method's answer when it carries text, else null (the answer goes as JSON). */
export function carriedBody(method: string, answer: ApiResult<unknown>): string | null {
  const field = CARRIED.get(method);
  if (!field || !answer.ok || typeof answer.value !== 'object' || answer.value === null) return null;
  const text: unknown = (answer.value as Record<string, unknown>)[field];
  if (typeof text !== 'string') return null;
  // JSON.stringify writes no line break of its own: the first one ends the envelope
  return `${JSON.stringify({ ok: true, carried: field, value: { ...answer.value, [field]: null } })}\n${text}`;
}

/** The answer a carried body holds, the text back in its field as the string it was. */
export function answerOfCarriedBody(body: string): ApiResult<unknown> {
  const end = body.indexOf('\n');
  if (end < 0) throw new Error('the answer ends before its text');
  const envelope = JSON.parse(body.slice(0, end)) as { ok: true; carried: string; value: Record<string, unknown> };
  return { ok: true, value: { ...envelope.value, [envelope.carried]: body.slice(end + 1) } };
}

/** The answer an HTTP body of either kind holds, by its Content-Type. */
export function answerOfHttpBody(contentType: string, body: string): ApiResult<unknown> {
  return contentType.startsWith(CARRIED_TEXT_TYPE) ? answerOfCarriedBody(body) : (JSON.parse(body) as ApiResult<unknown>);
}
