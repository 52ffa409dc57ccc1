/**
 * Pajek's text, line by line: each line a list of words, where a word in double quotes may hold
 * spaces. Pajek itself has no escapes inside quotes; igraph writes a quote inside a label as `\"`
 * and a backslash as `\\`, so those two are read as igraph means them and any other backslash
 * stays as written.
 */

export interface Token {
  text: string;
  /** written in double quotes, so never a number or a keyword, whatever it says */
  quoted: boolean;
}

export interface Line {
  /** counted from 1, as editors number lines */
  n: number;
  text: string;
}

/** The lines of a text with Windows, Unix or old Mac line ends, each trimmed. */
export function linesOf(text: string): Line[] {
  return text.split(/\r\n|\r|\n/).map((t, i) => ({ n: i + 1, text: t.trim() }));
}

const SPACE = /\s/;

/** The words of a line; null when a quoted word is not closed before the line ends. */
export function tokenize(line: string): Token[] | null {
  const out: Token[] = [];
  let i = 0;
  while (i < line.length) {
    const c = line.charAt(i);
    if (SPACE.test(c)) {
      i++;
      continue;
    }
    if (c === '"') {
      let text = '';
      let closed = false;
      i++;
      while (i < line.length) {
        const d = line.charAt(i);
        const next = line.charAt(i + 1);
        if (d === '\\' && (next === '"' || next === '\\')) {
          text += next;
          i += 2;
        } else if (d === '"') {
          closed = true;
          i++;
          break;
        } else {
          text += d;
          i++;
        }
      }
      if (!closed) return null;
      out.push({ text, quoted: true });
      continue;
    }
    let j = i;
    while (j < line.length && !SPACE.test(line.charAt(j))) j++;
    out.push({ text: line.slice(i, j), quoted: false });
    i = j;
  }
  return out;
}

/** The text after a line's first word, without the quotes around it: a network's or a list's name. */
export function restOf(line: string): string {
  const rest = line.replace(/^\S+\s*/, '').trim();
  return rest.length >= 2 && rest.startsWith('"') && rest.endsWith('"') ? rest.slice(1, -1).trim() : rest;
}

/** A vertex number or count as Pajek writes it: digits only. */
export function wholeNumber(token: Token | undefined): number | undefined {
  if (!token || token.quoted || !/^\d{1,15}$/.test(token.text)) return undefined;
  return Number(token.text);
}
