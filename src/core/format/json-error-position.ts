/**
 * Where a text stops being valid JSON, as a character offset, or null if it is valid. JSON.parse
 * only sometimes says where (Node 20 reports "Unexpected token" without a position), and a
 * researcher fixing a hand-edited file needs the line and column.
 */
export function jsonErrorOffset(text: string): number | null {
  let i = 0;
  const fail = (): never => {
    throw new Stop(i);
  };
  const ws = () => {
    while (i < text.length && ' \t\n\r'.includes(text.charAt(i))) i++;
  };
  const literal = (word: string) => {
    for (const ch of word) {
      if (text.charAt(i) !== ch) fail();
      i++;
    }
  };
  const digits = () => {
    const start = i;
    while (/[0-9]/.test(text.charAt(i))) i++;
    if (i === start) fail();
  };
  const number = () => {
    if (text.charAt(i) === '-') i++;
    if (text.charAt(i) === '0') i++;
    else digits();
    if (text.charAt(i) === '.') {
      i++;
      digits();
    }
    if (/[eE]/.test(text.charAt(i))) {
      i++;
      if (/[+-]/.test(text.charAt(i))) i++;
      digits();
    }
  };
  const string = () => {
    i++; // opening quote
    for (;;) {
      const ch = text.charAt(i);
      if (ch === '' || ch < ' ') fail();
      if (ch === '"') {
        i++;
        return;
      }
      if (ch === '\\') {
        i++;
        const esc = text.charAt(i);
        if (esc === 'u') {
          for (let k = 1; k <= 4; k++) if (!/[0-9a-fA-F]/.test(text.charAt(i + k))) fail();
          i += 5;
        } else if ('"\\/bfnrt'.includes(esc) && esc !== '') i++;
        else fail();
      } else i++;
    }
  };
  const value = (): void => {
    ws();
    const ch = text.charAt(i);
    if (ch === '{') {
      i++;
      ws();
      if (text.charAt(i) === '}') {
        i++;
        return;
      }
      for (;;) {
        ws();
        if (text.charAt(i) !== '"') fail();
        string();
        ws();
        if (text.charAt(i) !== ':') fail();
        i++;
        value();
        ws();
        if (text.charAt(i) === ',') i++;
        else if (text.charAt(i) === '}') {
          i++;
          return;
        } else fail();
      }
    } else if (ch === '[') {
      i++;
      ws();
      if (text.charAt(i) === ']') {
        i++;
        return;
      }
      for (;;) {
        value();
        ws();
        if (text.charAt(i) === ',') i++;
        else if (text.charAt(i) === ']') {
          i++;
          return;
        } else fail();
      }
    } else if (ch === '"') string();
    else if (ch === 't') literal('true');
    else if (ch === 'f') literal('false');
    else if (ch === 'n') literal('null');
    else if (ch === '-' || /[0-9]/.test(ch)) number();
    else fail();
  };
  try {
    value();
    ws();
    if (i < text.length) fail();
    return null;
  } catch (e) {
    if (e instanceof Stop) return e.offset;
    throw e;
  }
}

/** Thrown inside the scanner to unwind to the top with the offset of the first error. */
class Stop extends Error {
  constructor(readonly offset: number) {
    super(`invalid JSON at ${offset}`);
  }
}

/** "line L, column C" of an offset, both counted from 1. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  return { line: before.split('\n').length, column: offset - before.lastIndexOf('\n') };
}
