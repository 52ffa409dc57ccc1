import type { Translator } from '../i18n/catalogue';
import { NO_SECTOR_COLOR } from '../model/defaults';
import type { LegendModel } from './legend-model';
import {
  ACTOR_LOOKS,
  KIND_SHAPES,
  LINE_LOOKS,
  NEUTRAL_LINE,
  WAVE_ACTORS,
  WAVE_LINES,
  typeMark,
  type ActorLook,
  type ActorShape,
  type LineLook,
} from './map-styles';

/**
 * The legend as sections of worded entries, each with a swatch taken from the very style-table
 * entry the map draws that element with: the app's legend (Legend.tsx) and the image writers
 * (map-svg.ts) both draw these, so neither can show a line the map does not draw.
 */
export type Swatch =
  /** a fill colour: a sector, a category */
  | { kind: 'fill'; color: string }
  /** an actor's shape with its outline marks */
  | { kind: 'actor'; shape: ActorShape; color: string; look: ActorLook }
  /** a line, in the look's colour or the given one when the look leaves it to the tie */
  | { kind: 'line'; look: LineLook; color: string }
  /** three growing dots: the size measure */
  | { kind: 'size' }
  /** a person drawn inside their organisation */
  | { kind: 'group' }
  /** no swatch: a sentence (the focus) */
  | { kind: 'none' };

export interface LegendEntry {
  /** stable within its section: for tests and React keys */
  id: string;
  label: string;
  swatch: Swatch;
}

export interface LegendSection {
  id: 'colour' | 'sectors' | 'shapes' | 'size' | 'tie-types' | 'ties' | 'scenario' | 'waves' | 'focus';
  title: string | null;
  entries: LegendEntry[];
}

/** A line swatch in its look's own colour, or the neutral grey a legend draws a tie's own colour in. */
export const lineSwatch = (look: LineLook, color: string = NEUTRAL_LINE): Swatch => ({ kind: 'line', look, color: look.color ?? color });

const neutralActor = '#BDBDBD';

export function legendSections(m: LegendModel, t: Translator, labelOf: (actorId: string) => string): LegendSection[] {
  const lang = t.lang;
  const out: LegendSection[] = [];
  const add = (id: LegendSection['id'], title: string | null, entries: LegendEntry[]) => {
    if (entries.length > 0) out.push({ id, title, entries });
  };
  if (m.colourAttribute) {
    const c = m.colourAttribute;
    add('colour', t.t('details.map.legendColour', { name: c.label[lang] }), [
      ...c.entries.map((e) => ({ id: e.key, label: e.label[lang], swatch: { kind: 'fill', color: e.color } as const })),
      ...(c.missing ? [{ id: '', label: t.t('details.map.attributeMissing'), swatch: { kind: 'fill', color: c.missingColor } as const }] : []),
    ]);
  }
  add('sectors', t.t('map.legend.sectors'), [
    ...m.sectors.map((s) => ({ id: s.key, label: s.label[lang], swatch: { kind: 'fill', color: s.color } as const })),
    ...(m.noSector ? [{ id: '', label: t.t('ui.noSector'), swatch: { kind: 'fill', color: NO_SECTOR_COLOR } as const }] : []),
  ]);
  if (m.kinds.length > 0) {
    add('shapes', t.t('map.legend.shapes'), [
      ...m.kinds.map((k) => ({ id: k, label: t.t(`kinds.${k}`), swatch: { kind: 'actor', shape: KIND_SHAPES[k], color: neutralActor, look: ACTOR_LOOKS.plain } as const })),
      ...(m.keyPerson
        ? [{ id: 'key-person', label: t.t('map.legend.keyPerson'), swatch: { kind: 'actor', shape: KIND_SHAPES.person, color: neutralActor, look: ACTOR_LOOKS['key-person'] } as const }]
        : []),
      ...(m.containment ? [{ id: 'containment', label: t.t('map.legend.containment'), swatch: { kind: 'group' } as const }] : []),
    ]);
  }
  if (m.sizeBy) add('size', null, [{ id: 'metric', label: t.t('map.legend.size', { metric: t.t(`map.metrics.${m.sizeBy}`) }), swatch: { kind: 'size' } }]);
  if (m.sizeAttribute) add('size', null, [{ id: 'attribute', label: t.t('details.map.legendSize', { name: m.sizeAttribute[lang] }), swatch: { kind: 'size' } }]);
  add(
    'tie-types',
    t.t('map.legend.tieTypes'),
    m.tieTypes.map((tt) => ({ id: tt.key, label: tt.label ? tt.label[lang] : tt.key, swatch: lineSwatch({ ...LINE_LOOKS.tie, mid: typeMark(tt.key) }, tt.color) })),
  );
  const ties: LegendEntry[] = [];
  if (m.formal) ties.push({ id: 'formal', label: t.t('map.legend.formal'), swatch: lineSwatch(LINE_LOOKS.formal) });
  if (m.informal) ties.push({ id: 'informal', label: t.t('map.legend.informal'), swatch: lineSwatch(LINE_LOOKS.informal) });
  if (m.directed) ties.push({ id: 'directed', label: t.t('map.legend.directed'), swatch: lineSwatch(LINE_LOOKS.directed) });
  if (m.fragile) ties.push({ id: 'fragile', label: t.t('map.legend.fragile'), swatch: lineSwatch(LINE_LOOKS.fragile) });
  if (m.membership) ties.push({ id: 'membership', label: t.t('map.legend.membership'), swatch: lineSwatch(LINE_LOOKS.membership) });
  if (m.proposals) ties.push({ id: 'proposal', label: t.t('map.legend.proposal'), swatch: lineSwatch(LINE_LOOKS.proposal) });
  add('ties', t.t('map.legend.ties'), ties);
  if (m.scenario) {
    const s = m.scenario;
    const org = (look: ActorLook) => ({ kind: 'actor', shape: KIND_SHAPES.organisation, color: '#FFFFFF', look }) as const;
    add('scenario', t.t('map.legend.scenario'), [
      ...(s.leaving ? [{ id: 'leaving', label: t.t('map.legend.leaving'), swatch: { kind: 'actor', shape: KIND_SHAPES.person, color: neutralActor, look: ACTOR_LOOKS.leaving } as const }] : []),
      ...(s.lostTie ? [{ id: 'lost-tie', label: t.t('map.legend.lostTie'), swatch: lineSwatch(LINE_LOOKS.lost) }] : []),
      ...(s.lostCollaboration ? [{ id: 'lost-collaboration', label: t.t('map.legend.lostCollaboration'), swatch: org(ACTOR_LOOKS['collab-lost']) }] : []),
      ...(s.weakenedCollaboration ? [{ id: 'weakened-collaboration', label: t.t('map.legend.weakenedCollaboration'), swatch: org(ACTOR_LOOKS['collab-weakened']) }] : []),
    ]);
  }
  if (m.waves) {
    const w = m.waves;
    const params = { from: w.from, to: w.to };
    const person = (look: ActorLook) => ({ kind: 'actor', shape: KIND_SHAPES.person, color: neutralActor, look }) as const;
    add('waves', t.t('waves.legend.title', params), [
      ...(w.tieGained ? [{ id: 'tie-gained', label: t.t('waves.legend.tieGained', params), swatch: lineSwatch(WAVE_LINES.gained) }] : []),
      ...(w.tieLost ? [{ id: 'tie-lost', label: t.t('waves.legend.tieLost', params), swatch: lineSwatch(WAVE_LINES.lost) }] : []),
      ...(w.tieKept ? [{ id: 'tie-kept', label: t.t('waves.legend.tieKept', params), swatch: lineSwatch(WAVE_LINES.kept) }] : []),
      ...(w.actorJoined ? [{ id: 'actor-joined', label: t.t('waves.legend.actorJoined', params), swatch: person(WAVE_ACTORS.gained) }] : []),
      ...(w.actorLeft ? [{ id: 'actor-left', label: t.t('waves.legend.actorLeft', params), swatch: person(WAVE_ACTORS.lost) }] : []),
      ...(w.absent ? [{ id: 'absent', label: t.t('waves.legend.absent', params), swatch: person(WAVE_ACTORS.absent) }] : []),
    ]);
  }
  if (m.focus) add('focus', null, [{ id: 'focus', label: t.t('map.legend.focus', { actor: labelOf(m.focus.actor), steps: m.focus.steps }), swatch: { kind: 'none' } }]);
  return out;
}
