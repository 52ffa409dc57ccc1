/**
 * The formats Brobygger reads and writes, and how a file names its format. A format's codec
 * (registry.ts) takes and gives files as bytes: core never touches a file system.
 */
export const FORMAT_IDS = ['json', 'csv', 'xlsx', 'graphml', 'gexf', 'pajek', 'ucinet'] as const;
export type FormatId = (typeof FORMAT_IDS)[number];

/** One file of an input or an output: a CSV set is several (actors.csv, ties.csv, …). */
export interface FileBytes {
  name: string;
  bytes: Uint8Array;
}

const EXTENSIONS: ReadonlyArray<[string, FormatId]> = [
  ['.json', 'json'],
  ['.csv', 'csv'],
  ['.tsv', 'csv'],
  ['.xlsx', 'xlsx'],
  ['.graphml', 'graphml'],
  ['.xml', 'graphml'],
  ['.gexf', 'gexf'],
  ['.net', 'pajek'],
  ['.paj', 'pajek'],
  ['.dl', 'ucinet'],
];

/** The format a file's name says it is in, by its extension; undefined for one Brobygger does not know. */
export function formatOfName(name: string): FormatId | undefined {
  const lower = name.toLowerCase();
  return EXTENSIONS.find(([ext]) => lower.endsWith(ext))?.[1];
}

/** The extension a file of a format is written with. */
export const EXTENSION_OF: Record<FormatId, string> = {
  json: '.json',
  csv: '.csv',
  xlsx: '.xlsx',
  graphml: '.graphml',
  gexf: '.gexf',
  pajek: '.net',
  ucinet: '.dl',
};

const startsWith = (bytes: Uint8Array, ascii: string) => {
  for (let i = 0; i < ascii.length; i++) if (bytes[i] !== ascii.charCodeAt(i)) return false;
  return true;
};

/**
 * The format a file's first bytes show, for telling a user that a file named `.graphml` is a GEXF
 * file: a zip (a workbook), an XML root element, Pajek's `*Vertices`, UCINET's `dl`, a JSON
 * object. Undefined when nothing shows (a CSV file shows nothing of its own).
 */
export function sniffFormat(bytes: Uint8Array): FormatId | undefined {
  if (startsWith(bytes, 'PK\u0003\u0004')) return 'xlsx';
  let head = '';
  for (let i = 0; i < Math.min(bytes.length, 2048); i++) {
    const b = bytes[i] ?? 0;
    // UTF-16 text shows its ASCII letters between NULs: skip those for the look
    if (b !== 0) head += String.fromCharCode(b);
  }
  head = head.replace(/^(\u00ef\u00bb\u00bf|\u00ff\u00fe|\u00fe\u00ff)/, '').trimStart();
  if (head.startsWith('{')) return 'json';
  const root = /^(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*|<!DOCTYPE[^>]*>\s*)*<([A-Za-z_][\w.-]*:)?([A-Za-z_][\w.-]*)/.exec(head);
  if (root?.[2] === 'graphml') return 'graphml';
  if (root?.[2] === 'gexf') return 'gexf';
  // Pajek files may open with comment lines (`% written by …`)
  if (/^(?:%[^\r\n]*[\r\n]+\s*)*\*(vertices|network|arcs|edges)\b/i.test(head)) return 'pajek';
  if (/^dl\b/i.test(head)) return 'ucinet';
  return undefined;
}
