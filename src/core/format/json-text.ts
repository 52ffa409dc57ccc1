import { UserError } from '../errors';
import { jsonErrorOffset, lineAndColumn } from './json-error-position';

/**
 * Where a text stops being JSON and what is there, in the user's words rather than the
 * parser's (V8's "Unexpected token" is English and names no line). A text nested too deeply for
 * the position scanner is still refused, without a position.
 */
function jsonError(text: string, fileName: string): UserError {
  let offset: number | null;
  try {
    offset = jsonErrorOffset(text);
  } catch (e) {
    if (!(e instanceof RangeError)) throw e;
    offset = null;
  }
  if (offset === null) return new UserError('invalid', 'errors.invalidJsonSomewhere', { file: fileName });
  const { line, column } = lineAndColumn(text, offset);
  const ch = text.charAt(offset);
  if (ch === '') return new UserError('invalid', 'errors.invalidJsonEnd', { file: fileName, line, column });
  // a character that cannot be seen (a control, a soft hyphen, an unusual space) is named by its code
  const code = text.codePointAt(offset) ?? 0;
  const shown = /^[\p{L}\p{N}\p{P}\p{S}]$/u.test(String.fromCodePoint(code))
    ? `"${String.fromCodePoint(code)}"`
    : `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
  return new UserError('invalid', 'errors.invalidJsonChar', { file: fileName, char: shown, line, column });
}

/** JSON text as a value, or refused naming the file, the line and column and what is there. */
export function parseJson(text: string, fileName: string): unknown {
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    throw jsonError(text, fileName);
  }
}
