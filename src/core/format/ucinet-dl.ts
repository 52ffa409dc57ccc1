import { UserError } from '../errors';
import type { Actor, Membership, ProjectData, Tie } from '../model/schema';
import type { SourcePlace } from '../problems';
import { encodeText } from '../text/decode';
import { assembleProject, CodebookBuilder, freeId, Problems, validateElement, type ElementSource, type Read } from './field-common';
import { sniffFormat } from './files';
import { ElementSchemas } from './project-json';
import { readData, type DlData } from './ucinet/data';
import { readHeader, shapeOf, type DlShape, type Report } from './ucinet/header';
import { tokenize, type DlToken } from './ucinet/tokens';

export { encodeDl } from './ucinet/write';

/**
 * UCINET's DL files (the DL language of UCINET 6's help and user's guide), read into a project.
 *
 * One-mode data (`n =`) become actors (persons: DL says nothing of kinds) and ties; two-mode data
 * (`nr =`, `nc =`) become persons (the rows), organisations (the columns) and a membership for
 * every cell that is not 0. Each of several matrices (`nm =`) is a tie type named by its matrix
 * label (a type the codebook has, by key or label, or a new one); in two-mode data a matrix label
 * that names a role gives the memberships that role, else they are members.
 *
 * A cell's value is the tie's strength, 0 is no tie. Direction is read per pair of actors: where
 * both cells of a pair hold the same value the pair is one undirected tie, otherwise each
 * non-zero cell is a tie directed from its row to its column. A symmetric matrix (and every
 * `lowerhalf`/`upperhalf` matrix) is thus an undirected network, and a network Brobygger wrote
 * (undirected ties both ways) reads back as it was. The diagonal of a matrix is not read: a tie
 * joins two actors. In an edge or node list, a cell from an actor to itself is refused.
 *
 * Ids are the labels where labels are embedded in the data and the label is unique; otherwise
 * `n1`, `n2`, … by position (`r1`… and `c1`… for rows and columns of two-mode data), so the same
 * file always reads to the same ids. Ties are `t1`, `t2`, … and memberships `m1`, … in the order
 * of the file. Problems are named by line, all at once; nothing is read halfway.
 */
export function decodeDl(text: string, fileName: string): ProjectData {
  const body = text.replace(/^\uFEFF/, '');
  const tokens = tokenize(body);
  const first = tokens.header[0];
  if (first?.quoted !== false || first.text.toLowerCase() !== 'dl') {
    const shown = sniffFormat(encodeText(body.slice(0, 2048)));
    if (shown !== undefined && shown !== 'ucinet')
      throw new UserError('invalid', 'errors.wrongFormat', { file: fileName, shown: `$t(formats.${shown})`, expected: '$t(formats.ucinet)' });
    throw new UserError('invalid', 'ucinet.notDl', { file: fileName });
  }

  const problems = new Problems();
  const report: Report = (line, key, params = {}) => problems.add([line], { file: fileName, line }, key, params);
  for (const line of tokens.unclosed) report(line, 'ucinet.unclosedQuote');
  const header = readHeader(tokens.header, report);
  const shape = shapeOf(header, report);
  if (tokens.dataLine === undefined) problems.add([tokens.lastLine + 1], { file: fileName }, 'ucinet.noData');
  if (shape === undefined || tokens.dataLine === undefined) return problems.refuse(fileName);
  const data = readData(shape, tokens.data, tokens.dataLine, report);

  const baseName = fileName.replace(/^.*[\\/]/, '').replace(/\.dl$/i, '').trim();
  const book = new CodebookBuilder();
  const embedded = shape.embeddedRows || shape.embeddedColumns;
  // DL names no fields: a problem with an actor or tie is placed by its line alone
  const place = (line: number): ElementSource => ({ at: { file: fileName, line } satisfies SourcePlace, order: [line, 0], fields: {}, name: () => ({}) });

  // actors: rows (and in two-mode data, columns), ids by label where embedded and unique
  const sides =
    shape.mode === 'one'
      ? [{ names: data.rowNames, prefix: 'n', kind: 'person' as const }]
      : [
          { names: data.rowNames, prefix: 'r', kind: 'person' as const },
          { names: data.columnNames, prefix: 'c', kind: 'organisation' as const },
        ];
  const taken = new Set<string>();
  const labelText = (t: DlToken | undefined) => t?.text.trim() ?? '';
  const count = new Map<string, number>();
  for (const side of sides) for (const t of side.names) count.set(labelText(t), (count.get(labelText(t)) ?? 0) + 1);
  const usable = (label: string) => embedded && label !== '' && label.length <= 200 && count.get(label) === 1;
  for (const side of sides) for (const t of side.names) if (usable(labelText(t))) taken.add(labelText(t));
  const ids = sides.map((side) => side.names.map((t, k) => (usable(labelText(t)) ? labelText(t) : freeId(side.prefix, k + 1, taken))));

  const actors: Array<Read<Actor>> = [];
  const unreadActors = new Set<string>();
  sides.forEach((side, s) =>
    side.names.forEach((t, k) => {
      const id = ids[s]?.[k] ?? '';
      const raw = {
        id,
        kind: side.kind,
        label: labelText(t) || id,
        sector: null,
        attributes: {},
        influence: null,
        turnover: null,
        notes: '',
        waves: [],
      };
      const source = place(t?.line ?? header.dlLine);
      const actor = validateElement(ElementSchemas.actor, raw, source, problems);
      if (actor) actors.push({ value: actor, source });
      else unreadActors.add(id);
    }),
  );

  const ties = shape.mode === 'one' ? readTies(shape, data, ids[0] ?? [], book, place, problems) : [];
  const memberships = shape.mode === 'two' ? readMemberships(shape, data, ids[0] ?? [], ids[1] ?? [], book, place, problems) : [];
  return assembleProject({ name: baseName || 'UCINET', codebooks: book.codebooks, actors, ties, memberships, unreadActors }, problems, fileName);
}

const HALF = new Set(['lowerhalf', 'upperhalf']);
const MATRIX = new Set(['fullmatrix', 'lowerhalf', 'upperhalf']);

/** The tie type of each matrix: its label, else the default type of one matrix, else "Matrix k". */
function tieTypes(shape: DlShape, book: CodebookBuilder): string[] {
  return Array.from({ length: shape.matrices }, (_, m) => {
    const label = shape.matrixLabels?.[m]?.text.trim();
    if (label) return book.code('tieTypes', label);
    return shape.matrices === 1 ? 'collaboration' : book.code('tieTypes', `Matrix ${m + 1}`);
  });
}

function readTies(
  shape: DlShape,
  data: DlData,
  ids: readonly string[],
  book: CodebookBuilder,
  place: (line: number) => ElementSource,
  problems: Problems,
): Array<Read<Tie>> {
  const types = tieTypes(shape, book);
  const half = HALF.has(shape.format);
  const ties: Array<Read<Tie>> = [];
  data.matrices.forEach((cells, m) => {
    const paired = new Set<number>();
    for (const [key, cell] of cells) {
      if (cell.value === 0 || paired.has(key)) continue;
      const row = Math.floor(key / shape.columns);
      const column = key % shape.columns;
      // a matrix's diagonal is no tie (UCINET keeps counts and self-ratings there)
      if (row === column && MATRIX.has(shape.format)) continue;
      const reverse = column * shape.columns + row;
      const undirected = row !== column && (half || cells.get(reverse)?.value === cell.value);
      if (undirected) paired.add(reverse);
      const raw = {
        id: `t${ties.length + 1}`,
        // an undirected tie names the earlier actor first, whichever triangle gave it
        source: ids[undirected ? Math.min(row, column) : row] ?? '',
        target: ids[undirected ? Math.max(row, column) : column] ?? '',
        type: types[m] ?? 'collaboration',
        directed: !undirected,
        strength: cell.value,
        // the power fields, evidence and the rest take the model's defaults: unknown, none
      };
      const source = place(cell.line);
      const tie = validateElement(ElementSchemas.tie, raw, source, problems);
      if (tie) ties.push({ value: tie, source });
    }
  });
  return ties;
}

function readMemberships(
  shape: DlShape,
  data: DlData,
  persons: readonly string[],
  organisations: readonly string[],
  book: CodebookBuilder,
  place: (line: number) => ElementSource,
  problems: Problems,
): Array<Read<Membership>> {
  const memberships: Array<Read<Membership>> = [];
  data.matrices.forEach((cells, m) => {
    const label = shape.matrixLabels?.[m]?.text.trim();
    const role = (label ? book.role(label) : undefined) ?? 'member';
    for (const [key, cell] of cells) {
      if (cell.value === 0) continue;
      const raw = {
        id: `m${memberships.length + 1}`,
        person: persons[Math.floor(key / shape.columns)] ?? '',
        organisation: organisations[key % shape.columns] ?? '',
        role,
        start: null,
        end: null,
        waves: [],
      };
      const source = place(cell.line);
      const membership = validateElement(ElementSchemas.membership, raw, source, problems);
      if (membership) memberships.push({ value: membership, source });
    }
  });
  return memberships;
}
