import type { Actor, ProjectData } from '../../model/schema';

/**
 * A project as DL files in the one form UCINET, python-igraph (`Graph.Read_DL`) and R igraph
 * (`read_graph(format = "dl")`) all read alike: `format = edgelist1` with the actors under
 * `labels:`, one per line, and a line `row column value` per tie. An edge list keeps a large
 * network small (a full matrix has n² cells), and numbered rows keep actors without ties.
 *
 * - Labels: igraph's reader takes no quoted labels, so every run of spaces, commas, equals signs
 *   and quotation marks in a label (which separate DL labels) becomes `_`, and a label ending in
 *   `:` (which DL reads as a keyword) gets a `_` after it.
 * - Direction: DL has none. A directed tie is its one cell, an undirected tie both cells, so a
 *   reader taking the file as directed sees each tie in its directions, and Brobygger reads it back.
 * - Tie types: neither igraph reader takes several matrices (`nm =`), so the file is one relation.
 *   Where several ties share a cell, the cell holds the largest strength.
 * - Strength: the value of the cell; a tie without one is 1 (UCINET's value for an edge given
 *   without one).
 * - Memberships, when there are any, go to a second, two-mode file (`nr =` persons, `nc =`
 *   organisations and departments, `format = edgelist2`), which UCINET reads and igraph does not.
 *
 * Lines end in CRLF, as UCINET on Windows writes them; the text is UTF-8 without a byte-order mark
 * (igraph wants `dl` as the file's first bytes).
 */

const EOL = '\r\n';

/** A label as one DL word that igraph and UCINET read the same, and that Brobygger reads back as written here. */
function dlLabel(label: string): string {
  const word = label.trim().replace(/[\s,="]+/g, '_');
  if (word === '') return '_';
  return word.endsWith(':') ? `${word}_` : word;
}

/** A number as igraph's DL reader takes it: digits, a decimal point, an exponent. */
const number = (n: number) => String(n);

function cellLines(cells: ReadonlyMap<string, { row: number; column: number; value: number }>, withValue: boolean): string[] {
  return [...cells.values()]
    .sort((a, b) => a.row - b.row || a.column - b.column)
    .map((c) => (withValue ? `${c.row} ${c.column} ${number(c.value)}` : `${c.row} ${c.column}`));
}

function networkText(data: ProjectData): string {
  const index = new Map(data.actors.map((a, k) => [a.id, k + 1]));
  const cells = new Map<string, { row: number; column: number; value: number }>();
  const put = (row: number | undefined, column: number | undefined, value: number) => {
    if (row === undefined || column === undefined) return;
    const key = `${row} ${column}`;
    const before = cells.get(key);
    if (!before || before.value < value) cells.set(key, { row, column, value });
  };
  for (const tie of data.ties) {
    const source = index.get(tie.source);
    const target = index.get(tie.target);
    const value = tie.strength ?? 1;
    put(source, target, value);
    if (!tie.directed) put(target, source, value);
  }
  return [
    `dl n=${data.actors.length}`,
    'format = edgelist1',
    'labels:',
    ...data.actors.map((a) => dlLabel(a.label)),
    'data:',
    ...cellLines(cells, true),
    '',
  ].join(EOL);
}

function membershipsText(data: ProjectData): string {
  const persons = data.actors.filter((a) => a.kind === 'person');
  const organisations = data.actors.filter((a) => a.kind !== 'person');
  const at = (list: readonly Actor[]) => new Map(list.map((a, k) => [a.id, k + 1]));
  const rows = at(persons);
  const columns = at(organisations);
  const cells = new Map<string, { row: number; column: number; value: number }>();
  for (const m of data.memberships) {
    const row = rows.get(m.person);
    const column = columns.get(m.organisation);
    if (row !== undefined && column !== undefined) cells.set(`${row} ${column}`, { row, column, value: 1 });
  }
  return [
    `dl nr=${persons.length}, nc=${organisations.length}`,
    'format = edgelist2',
    'row labels:',
    ...persons.map((a) => dlLabel(a.label)),
    'column labels:',
    ...organisations.map((a) => dlLabel(a.label)),
    'data:',
    ...cellLines(cells, false),
    '',
  ].join(EOL);
}

export interface DlFiles {
  /** the actors and ties */
  network: string;
  /** persons by organisations, when the project has memberships */
  memberships: string | null;
}

export function encodeDl(data: ProjectData): DlFiles {
  return { network: networkText(data), memberships: data.memberships.length > 0 ? membershipsText(data) : null };
}
