import { describe, expect, it } from 'vitest';
import { answerOfCarriedBody, carriedBody } from '../../src/core/api/carried-text';
import { jsonTextOf } from '../../src/core/api/json-text';

describe('an answer that carries JSON text over HTTP', () => {
  const text = jsonTextOf({ label: 'Søren "Bro" Ågård\n🚲', values: [1, -0.5, null] });

  it('reads back exactly the answer it was made from, the text as the same string', () => {
    const answer = { ok: true as const, value: { revision: 7, result: text, stage: 'exact', complete: true } };
    const body = carriedBody('analyze', answer);
    expect(body).not.toBeNull();
    expect(answerOfCarriedBody(body ?? '')).toEqual(answer);
  });

  it('is made only for an analysis that was answered: other methods and refusals go as JSON', () => {
    expect(carriedBody('getProject', { ok: true, value: { result: text } })).toBeNull();
    expect(carriedBody('analyze', { ok: false, error: { code: 'not-found', key: 'errors.noProject', params: {}, problems: [], message: '' } })).toBeNull();
  });

  it('refuses a body that broke off before its text', () => {
    const body = carriedBody('analyze', { ok: true, value: { revision: 1, result: text, stage: 'exact', complete: true } }) ?? '';
    expect(() => answerOfCarriedBody(body.slice(0, body.indexOf('\n')))).toThrow();
    expect(() => answerOfCarriedBody(body.slice(0, 10))).toThrow();
  });
});
