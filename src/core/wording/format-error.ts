import { MAX_PROBLEMS_SHOWN, type UserError } from '../errors';
import type { Problem, ProblemPath, SourcePlace } from '../problems';
import type { MessageKey, Translator } from '../i18n/catalogue';

/**
 * Where errors and problems are worded. Two ways of naming a problem's place: `text` for the
 * command line and files (`ties[3] (id "t-4").strength`, `actors.csv row 5 (id "p-3"), column
 * sektor`), and `form` for the app, which names the field as its forms label it ("Styrke").
 */
export type PlaceStyle = 'text' | 'form';

/** The user's view of an error: one sentence, then at most MAX_PROBLEMS_SHOWN problems by place. */
export function formatUserError(error: UserError, tr: Translator, style: PlaceStyle = 'text'): string {
  const lines = [tr.t(error.key, error.params)];
  for (const p of error.problems.slice(0, MAX_PROBLEMS_SHOWN)) {
    const place = problemPlace(p, tr, style);
    lines.push(`  ${place ? `${place}: ` : ''}${problemMessage(p, tr)}`);
  }
  const rest = error.problems.length - MAX_PROBLEMS_SHOWN;
  if (rest > 0) lines.push(`  ${tr.t('errors.moreProblems', { count: rest })}`);
  return lines.join('\n');
}

export const problemMessage = (p: Problem, tr: Translator): string => tr.t(p.key, p.params);

/** A problem's place and message as the command line shows them. */
export const describeProblem = (p: Problem, tr: Translator, style: PlaceStyle = 'text'): { where: string; message: string } => ({
  where: problemPlace(p, tr, style),
  message: problemMessage(p, tr),
});

export function problemPlace(p: Problem, tr: Translator, style: PlaceStyle = 'text'): string {
  if (p.at) return sourcePlaceText(p.at, tr);
  if (style === 'form') {
    const label = fieldLabel(p.path, tr);
    if (label !== undefined) return label;
  }
  return modelPathText(p.path, p.id);
}

/** `ties[3] (id "t-4").evidence.quote`: the path as a JSON file holds it, the element named by id too. */
export function modelPathText(path: ProblemPath, id?: string): string {
  let out = '';
  let named = id === undefined;
  for (const step of path) {
    if (typeof step === 'number') {
      out += `[${step}]`;
      if (!named) {
        out += ` (id "${id ?? ''}")`;
        named = true;
      }
    } else out += out === '' ? step : `.${step}`;
  }
  if (!named) {
    // no place in a list: the element is named by its id after its collection
    const [first, ...rest] = path;
    return [`${first === undefined ? '' : `${String(first)} `}(id "${id ?? ''}")`, ...rest.map(String)].join('.');
  }
  return out;
}

const NAMES_AS = {
  id: 'fieldData.placeId',
  source: 'fieldData.placeSource',
  target: 'fieldData.placeTarget',
  person: 'fieldData.placePerson',
  organisation: 'fieldData.placeOrganisation',
  forum: 'fieldData.placeForum',
  actor: 'fieldData.placeActor',
} as const satisfies Record<string, MessageKey>;

/**
 * A place in a file, as the file names it: `actors.csv row 5 (id "p-3", line 7), column sektor`,
 * `net.graphml: edge 57 (source "3", target "99"), attribute "target"`.
 */
export function sourcePlaceText(at: SourcePlace, tr: Translator): string {
  const names = (at.names ?? []).map((n) => tr.t(NAMES_AS[n.as], { id: n.id }));
  const file = [at.file, at.sheet === undefined ? undefined : tr.t('fieldData.placeSheet', { sheet: at.sheet })]
    .filter((x) => x !== undefined)
    .join(', ');
  let out: string;
  const element =
    at.node !== undefined
      ? tr.t('fieldData.placeNode', { id: at.node })
      : at.nodeAt !== undefined
        ? tr.t('fieldData.placeNodeAt', { n: at.nodeAt })
        : at.edge !== undefined
          ? tr.t('fieldData.placeEdge', { n: at.edge })
          : at.key !== undefined
            ? tr.t('fieldData.placeKey', { id: at.key })
            : at.keyAt !== undefined
              ? tr.t('fieldData.placeKeyAt', { n: at.keyAt })
              : at.graph
                ? tr.t('fieldData.placeGraph')
                : undefined;
  if (at.row !== undefined) {
    const details = [...names, ...(at.line === undefined ? [] : [tr.t('fieldData.placeLine', { line: at.line })])];
    out = `${tr.t('fieldData.placeRow', { file, row: at.row })}${details.length > 0 ? ` (${details.join(', ')})` : ''}`;
  } else if (element !== undefined) {
    const inFile = file === '' ? element : `${file}: ${element}`;
    out = names.length > 0 ? `${inFile} (${names.join(', ')})` : inFile;
  } else if (at.line !== undefined) {
    out = [file, tr.t('fieldData.placeLine', { line: at.line })].filter((x) => x !== '').join(', ');
  } else out = file;
  if (at.column !== undefined) out = `${out}, ${tr.t('fieldData.placeColumn', { column: at.column })}`;
  if (at.attribute !== undefined) out = `${out}, ${tr.t('fieldData.placeAttribute', { name: at.attribute })}`;
  return out;
}

/** Which element a step of a path names, as the `fields` catalogue groups them. */
const ELEMENT_OF_STEP: Record<string, string> = {
  actor: 'actor',
  actors: 'actor',
  tie: 'tie',
  ties: 'tie',
  membership: 'membership',
  memberships: 'membership',
  forum: 'forum',
  forums: 'forum',
  wave: 'wave',
  waves: 'wave',
  activity: 'activity',
  activities: 'activity',
  code: 'code',
  codebooks: 'code',
  entry: 'code',
  settings: 'settings',
  meta: 'project',
  patch: 'project',
  positions: 'positions',
};

/**
 * The label the forms give the field a path ends in ("Styrke" for `[..., 'tie', 'strength']`),
 * or undefined when the path names no field the forms show.
 */
export function fieldLabel(path: ProblemPath, tr: Translator): string | undefined {
  let element: string | undefined;
  let field: string[] = [];
  for (const step of path) {
    if (typeof step === 'number') continue;
    const named = ELEMENT_OF_STEP[step];
    // a wave list inside an element is that element's field, not a wave
    if (named !== undefined && !(element !== undefined && field.length === 0 && step === 'waves')) {
      element = named;
      field = [];
    } else if (element !== undefined) field.push(step);
  }
  if (element === undefined) return undefined;
  const name = field.length === 0 ? 'element' : field.map((f, i) => (i === 0 ? f : `${f.charAt(0).toUpperCase()}${f.slice(1)}`)).join('');
  const key = `fields.${element}.${name}`;
  const label = tr.t(key as MessageKey);
  if (label !== key) return label;
  // a deeper field the forms do not label on its own is named by the field it belongs to
  const top = field[0];
  if (top !== undefined && field.length > 1) {
    const parent = tr.t(`fields.${element}.${top}` as MessageKey);
    if (parent !== `fields.${element}.${top}`) return parent;
  }
  return undefined;
}
