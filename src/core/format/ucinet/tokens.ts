/**
 * A DL file as words with their line numbers. UCINET separates words by spaces, line breaks and
 * commas, and in the header also by `=` (`n=5`, `n = 5` and `n 5`… are the same words); a label
 * with spaces is written in double quotes ("Røde Kors"). The header ends at `data:`; what follows
 * is the data, kept line by line because a row of a matrix, an edge or a node's list is one line.
 */

export interface DlToken {
  text: string;
  /** the line the word stands on, counted from 1 */
  line: number;
  /** written in quotation marks: a label, never a keyword */
  quoted: boolean;
}

export interface DlLine {
  line: number;
  tokens: DlToken[];
}

export interface DlTokens {
  /** the words before `data:`, each `=` a word of its own */
  header: DlToken[];
  /** the line `data:` stands on; undefined when the file has none */
  dataLine: number | undefined;
  /** the lines after `data:` that hold words */
  data: DlLine[];
  /** lines where a quotation mark is opened and never closed */
  unclosed: number[];
  /** the file's last line, for naming where data that stop short end */
  lastLine: number;
}

const SPACE = /[\s,]/;
const SPACE_OR_EQUALS = /[\s,=]/;

export function tokenize(text: string): DlTokens {
  const lines = text.split(/\r\n|\r|\n/);
  const out: DlTokens = { header: [], dataLine: undefined, data: [], unclosed: [], lastLine: lines.length };
  lines.forEach((content, index) => {
    const line = index + 1;
    const inData = () => out.dataLine !== undefined;
    const tokens: DlToken[] = [];
    let i = 0;
    while (i < content.length) {
      const c = content.charAt(i);
      const separator = inData() ? SPACE : SPACE_OR_EQUALS;
      if (c === '=' && !inData()) {
        tokens.push({ text: '=', line, quoted: false });
        i++;
        continue;
      }
      if (separator.test(c)) {
        i++;
        continue;
      }
      if (c === '"') {
        const end = content.indexOf('"', i + 1);
        if (end < 0) out.unclosed.push(line);
        tokens.push({ text: content.slice(i + 1, end < 0 ? undefined : end), line, quoted: true });
        i = end < 0 ? content.length : end + 1;
        continue;
      }
      let j = i;
      while (j < content.length && !separator.test(content.charAt(j))) j++;
      const word = content.slice(i, j);
      i = j;
      tokens.push({ text: word, line, quoted: false });
      if (inData()) continue;
      // `data:` (or `data :`) ends the header: the rest of the line is data already
      const lower = word.toLowerCase();
      const colonNext = /^\s*:/.exec(content.slice(i));
      if (lower === 'data:' || (lower === 'data' && colonNext)) {
        tokens.pop();
        if (colonNext) i += colonNext[0].length;
        out.header.push(...tokens.splice(0));
        out.dataLine = line;
      }
    }
    // on the line of `data:`, the words before it went to the header and those after are data
    if (!inData()) out.header.push(...tokens);
    else if (tokens.length > 0) out.data.push({ line, tokens });
  });
  return out;
}
