import type { ActorId } from '../ids';
import type { Translator } from '../i18n/catalogue';
import type { ProjectData } from '../model/schema';
import type { TieChange, WaveChange, WaveComparison, WaveFigures } from './wave-compare';
import { namesIn, sayWith, word, type WordValue } from './wording';

/**
 * What `brobygger analyze --compare-waves A,B` prints: a JSON document with stable keys
 * (documented in the README) or a readable summary, both worded in the chosen language the way
 * the app words them (wording.ts).
 */

/** The headline figures in the order the summary and the app show them. */
export const WAVE_MEASURES = [
  'actors',
  'persons',
  'organisations',
  'ties',
  'density',
  'eiIndex',
  'collaborations',
  'flaggedCollaborations',
  'expectedCollaborationsLost',
  'keyPersons',
] as const satisfies ReadonlyArray<keyof WaveFigures>;
export type WaveMeasure = (typeof WAVE_MEASURES)[number];

/** How many decimals a figure is shown with (none for counts). */
export const MEASURE_DIGITS: Record<WaveMeasure, number> = {
  actors: 0,
  persons: 0,
  organisations: 0,
  ties: 0,
  density: 3,
  eiIndex: 2,
  collaborations: 0,
  flaggedCollaborations: 0,
  expectedCollaborationsLost: 1,
  keyPersons: 0,
};

export function waveComparisonJson(c: WaveComparison, data: ProjectData, tr: Translator): unknown {
  const names = namesIn(data, tr.lang);
  const labelled = (ids: readonly string[]) => ids.map((id) => ({ id, label: names.actor(id) }));
  return {
    options: c.options,
    a: c.a,
    b: c.b,
    ties: c.ties,
    persons: { joined: labelled(c.persons.joined), left: labelled(c.persons.left) },
    organisations: { joined: labelled(c.organisations.joined), left: labelled(c.organisations.left) },
    collaborations: c.collaborations,
    keyPersons: c.keyPersons,
    findings: c.findings.map((f) => ({
      kind: f.kind,
      tone: f.tone,
      elements: f.elements,
      message: word(f.message, names, tr),
      recommendation: f.recommendation ? word(f.recommendation, names, tr) : null,
      // the same as key and parameters, for wording them elsewhere or in another language
      wording: { message: f.message, recommendation: f.recommendation },
    })),
  };
}

export function waveComparisonText(c: WaveComparison, data: ProjectData, tr: Translator): string {
  const lang = tr.lang;
  const names = namesIn(data, lang);
  const say = sayWith(tr, names);
  const figure = (m: WaveMeasure, x: number | null): string => (x === null ? '–' : say('waves.compare.figure', { x: { decimal: x, digits: MEASURE_DIGITS[m] } }));
  const change = (m: WaveMeasure): string => {
    const [x, y] = [c.a[m], c.b[m]];
    if (x === null || y === null) return '';
    const d = y - x;
    const shown = Number(d.toFixed(MEASURE_DIGITS[m]));
    return shown === 0 ? '' : `${shown > 0 ? '+' : ''}${figure(m, d)}`;
  };
  const typeLabel = new Map(data.codebooks.tieTypes.map((t) => [t.key, t.label[lang]]));
  const directed = new Set(data.ties.filter((t) => t.directed).map((t) => t.id as string));
  const tie = (t: TieChange) =>
    say('waves.compare.tie', { ends: directed.has(t.tie) ? { arc: [t.source, t.target] } : { pair: [t.source, t.target] }, type: typeLabel.get(t.type) ?? t.type });
  const list = (items: readonly WordValue[]): string => (items.length ? say('waves.compare.list', { items: { list: items } }) : say('analysis.none'));
  const actors = (ids: readonly string[]) => list(ids.map((actor) => ({ actor })));
  const pairs = (xs: ReadonlyArray<{ a: ActorId; b: ActorId }>) => list(xs.map((x) => ({ pair: [x.a, x.b] as const })));

  const lines: string[] = [];
  lines.push(say('waves.compare.title', { name: data.meta.name, a: c.a.label, b: c.b.label }));
  lines.push(
    say('waves.compare.scope', {
      types: c.options.tieTypes?.join(', ') ?? say('analysis.allTypes'),
      groupBy: c.options.groupBy === 'sector' || c.options.groupBy === 'organisation' ? { words: { key: `panels.groupBy.${c.options.groupBy}`, params: {} } } : c.options.groupBy,
    }),
  );
  lines.push('');
  const rows = [
    [say('waves.compare.measure'), c.a.label, c.b.label, say('waves.compare.change')],
    ...WAVE_MEASURES.map((m) => [say(`waves.measures.${m}`), figure(m, c.a[m]), figure(m, c.b[m]), change(m)]),
  ];
  const widths = [0, 1, 2, 3].map((i) => Math.max(...rows.map((r) => (r[i] ?? '').length)));
  for (const r of rows) lines.push(`  ${(r[0] ?? '').padEnd(widths[0] ?? 0)}  ${r.slice(1).map((x, i) => x.padStart(widths[i + 1] ?? 0)).join('  ')}`.trimEnd());

  const section = (key: Parameters<typeof say>[0], count: number, body: string[]) => {
    lines.push('', `${say(key, { count })}:`);
    for (const b of body.length ? body : [say('analysis.none')]) lines.push(`  ${b}`);
  };
  section('waves.compare.tiesGained', c.ties.gained.length, c.ties.gained.map(tie));
  section('waves.compare.tiesLost', c.ties.lost.length, c.ties.lost.map(tie));
  lines.push('', `${say('waves.compare.personsJoined', { count: c.persons.joined.length })}: ${actors(c.persons.joined)}`);
  lines.push(`${say('waves.compare.personsLeft', { count: c.persons.left.length })}: ${actors(c.persons.left)}`);
  if (c.organisations.joined.length || c.organisations.left.length) {
    lines.push(`${say('waves.compare.organisationsJoined', { count: c.organisations.joined.length })}: ${actors(c.organisations.joined)}`);
    lines.push(`${say('waves.compare.organisationsLeft', { count: c.organisations.left.length })}: ${actors(c.organisations.left)}`);
  }
  const col = c.collaborations;
  lines.push('', `${say('waves.compare.ended', { count: col.ended.length })}: ${pairs(col.ended)}`);
  lines.push(`${say('waves.compare.weakened', { count: col.weakened.length })}: ${pairs(col.weakened)}`);
  lines.push(`${say('waves.compare.strengthened', { count: col.strengthened.length })}: ${pairs(col.strengthened)}`);
  lines.push(`${say('waves.compare.began', { count: col.began.length })}: ${pairs(col.began)}`);
  lines.push('', `${say('waves.compare.keyPersonsIn', { wave: c.a.label })}: ${actors(c.keyPersons.then.map((k) => k.person))}`);
  lines.push(`${say('waves.compare.keyPersonsIn', { wave: c.b.label })}: ${actors(c.keyPersons.now.map((k) => k.person))}`);

  lines.push('', `${say('waves.compare.changes', { count: c.findings.length })}:`);
  for (const f of c.findings) lines.push(...changeLines(f, (w) => word(w, names, tr), say(`waves.tone.${f.tone}`)));
  return `${lines.join('\n')}\n`;
}

function changeLines(f: WaveChange, worded: (w: WaveChange['message']) => string, tone: string): string[] {
  const lines = [`  [${tone}] ${worded(f.message)}`];
  if (f.recommendation) lines.push(`      → ${worded(f.recommendation)}`);
  return lines;
}
