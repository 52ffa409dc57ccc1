import fc from 'fast-check';

/** One edit of a text: a stretch deleted, something inserted, a stretch repeated or replaced. */
export interface TextEdit {
  at: number;
  length: number;
  kind: 'delete' | 'insert' | 'repeat' | 'replace';
  text: string;
}

/**
 * Up to six edits of a text, inserting random strings or the format's own tokens (the ones most
 * likely to confuse its reader: a quote, a section header, a number out of range).
 */
export function textEdits(tokens: readonly string[], opts: { maxLength?: number; maxString?: number } = {}): fc.Arbitrary<TextEdit[]> {
  return fc.array(
    fc.record({
      at: fc.nat(),
      length: fc.nat({ max: opts.maxLength ?? 40 }),
      kind: fc.constantFrom('delete', 'insert', 'repeat', 'replace'),
      text: fc.oneof(fc.string({ maxLength: opts.maxString ?? 12 }), fc.constantFrom(...tokens)),
    }),
    { maxLength: 6 },
  );
}

/** The text with the edits applied in turn, each at its place taken modulo the text's length. */
export function mutate(text: string, edits: readonly TextEdit[]): string {
  let out = text;
  for (const e of edits) {
    const at = e.at % (out.length + 1);
    const end = Math.min(out.length, at + e.length);
    if (e.kind === 'delete') out = out.slice(0, at) + out.slice(end);
    else if (e.kind === 'insert') out = out.slice(0, at) + e.text + out.slice(at);
    else if (e.kind === 'repeat') out = out.slice(0, end) + out.slice(at, end) + out.slice(end);
    else out = out.slice(0, at) + e.text + out.slice(end);
  }
  return out;
}
