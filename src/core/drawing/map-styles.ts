import type { ActorKind } from '../model/schema';
import { strengthShare, type StrengthScale } from '../model/strength';

/**
 * The map's visual vocabulary, in one table: the app's cytoscape stylesheet
 * (src/renderer/src/features/map/map-style.ts), the app's legend and the image writers
 * (map-drawing.ts, map-svg.ts) all read these entries, so a legend swatch is drawn from the very
 * entry the map draws its element with, and an exported map looks as the map on screen.
 *
 * Marks that colour alone would leave ambiguous (a contract tie and a fragile tie are both
 * vermilion, resources orange) differ in greyscale too: by width and halo, dash pattern and a mark
 * at the middle of the line.
 */

/** Colours the overlays use, from the Okabe–Ito palette (the sectors' palette), so they stay apart for colour-blind readers. */
export const MARK = {
  vermilion: '#D55E00',
  orange: '#E69F00',
  proposal: '#0072B2',
  leaving: '#8A8A8A',
} as const;

/** Map shapes by actor kind: shape, not only colour, tells kinds apart (colour-blind safe). */
export const KIND_SHAPES: Record<ActorKind, ActorShape> = {
  person: 'ellipse',
  organisation: 'round-rectangle',
  department: 'round-hexagon',
};
export type ActorShape = 'ellipse' | 'round-rectangle' | 'round-hexagon';

/** An actor's size in model units before the size measure scales it. */
export const BASE_SIZE: Record<ActorKind, number> = { person: 22, organisation: 40, department: 40 };

/** An actor's drawn size: its kind's, scaled by its share (0..1) of the size measure when it has one. */
export const actorSize = (kind: ActorKind, share: number | undefined): number => Math.round(BASE_SIZE[kind] * (share === undefined ? 1 : 0.6 + 1.6 * Math.sqrt(share)));

/** The white ring around every actor, and the label's ink. */
export const ACTOR = { border: '#ffffff', borderWidth: 1.5, text: '#222222', labelBackground: '#ffffff', labelBackgroundOpacity: 0.7 } as const;

/** How a label is set, in model units: the style below, the label declutter and the names kept readable all use it. */
export const LABEL = {
  person: { font: 10, maxWidth: 92 },
  organisation: { font: 11, maxWidth: 130 },
  marginY: 3,
  padding: 1,
} as const;

/** The label metrics of an actor: an organisation's or department's label is bigger and bold. */
export const labelOf = (organisation: boolean) => (organisation ? LABEL.organisation : LABEL.person);

/** Line colour of a tie whose type is missing from the codebook. */
export const UNKNOWN_TIE_COLOR = '#6B6B6B';

/** Line widths of ties: from the weakest to the strongest on the project's scale, and without a strength. */
export const TIE_WIDTH = { min: 1, max: 4, unknown: 1.5 } as const;

/** A tie's line width from its strength, through the strength share the analysis uses too. */
export function tieWidth(strength: number | null, scale: StrengthScale): number {
  const share = strengthShare(strength, scale);
  return share === null ? TIE_WIDTH.unknown : TIE_WIDTH.min + (TIE_WIDTH.max - TIE_WIDTH.min) * share;
}

/** A mark at the middle of a tie: what tells a tie type apart without its colour. */
export type MidMark = 'square' | 'diamond';

/**
 * How a line is drawn. A null colour or width is the tie's own (its type's colour, its strength's
 * width); a null dash is a solid line. `halo` is a pale band under the line.
 */
export interface LineLook {
  color: string | null;
  width: number | null;
  dash: readonly number[] | null;
  opacity: number;
  halo: { color: string; opacity: number; padding: number } | null;
  arrow: boolean;
  mid: MidMark | null;
}

const line = (l: Partial<LineLook>): LineLook => ({ color: null, width: null, dash: null, opacity: 0.85, halo: null, arrow: false, mid: null, ...l });

/** The colour a line's legend swatch is drawn in when its colour is the tie's own. */
export const NEUTRAL_LINE = '#6B6B6B';

/**
 * The ties' looks by class. A tie is drawn from its type and strength (`tie`), then each class it
 * has, in this order, laid over it (`tieLook` below; cytoscape applies the same entries in the same
 * order, so the later wins there too).
 */
export const LINE_LOOKS = {
  tie: line({}),
  formal: line({}),
  informal: line({ dash: [6, 4] }),
  directed: line({ arrow: true }),
  membership: line({ color: '#B9B9B9', width: 1, dash: [1.5, 3], opacity: 0.9 }),
  // wider than the widest tie and with a halo: a contract tie is vermilion too, but thin and marked
  fragile: line({ color: MARK.vermilion, width: 5, opacity: 1, halo: { color: MARK.vermilion, opacity: 0.22, padding: 4 } }),
  lost: line({ color: MARK.vermilion, width: 2, dash: [1.5, 3], opacity: 0.45 }),
  proposal: line({ color: MARK.proposal, width: 3.5, dash: [10, 5], opacity: 1, halo: { color: MARK.proposal, opacity: 0.15, padding: 4 } }),
  highlighted: line({ width: 5, opacity: 1 }),
} as const satisfies Record<string, LineLook>;
export type LineClass = keyof typeof LINE_LOOKS;

/** Tie types (the default codebook's keys) that carry a mark at their middle, for greyscale print. */
export const TYPE_MARKS: Readonly<Record<string, MidMark>> = { contract: 'square', resources: 'diamond' };

/** The mark a tie type carries at its middle, if any. */
export const typeMark = (type: string): MidMark | null => (Object.hasOwn(TYPE_MARKS, type) ? (TYPE_MARKS[type] ?? null) : null);

/** The classes of a tie, in the order their looks are laid over each other. */
export const TIE_CLASS_ORDER: readonly LineClass[] = ['tie', 'formal', 'informal', 'directed', 'fragile', 'lost', 'highlighted'];

/** A tie's final look: its own colour and width with its classes' looks laid over them in order. */
export function tieLook(own: { color: string; width: number; mid: MidMark | null }, classes: ReadonlySet<LineClass>): LineLook {
  let out: LineLook = { ...LINE_LOOKS.tie, color: own.color, width: own.width, mid: own.mid };
  for (const c of TIE_CLASS_ORDER) {
    if (!classes.has(c)) continue;
    const l: LineLook = LINE_LOOKS[c];
    out = {
      color: l.color ?? out.color,
      width: l.width ?? out.width,
      dash: l.dash ?? out.dash,
      opacity: c === 'tie' || c === 'formal' || c === 'informal' || c === 'directed' ? out.opacity : l.opacity,
      halo: l.halo ?? out.halo,
      arrow: out.arrow || l.arrow,
      mid: out.mid,
    };
  }
  return out;
}

/** How an actor is outlined and filled beyond its colour: the marks of the analysis and of a scenario. */
export interface ActorLook {
  border: string;
  borderWidth: number;
  borderDash: readonly number[] | null;
  /** a second ring outside the first (the wave comparison's "joined") */
  double: boolean;
  fillOpacity: number;
  /** a grey fill instead of the actor's colour */
  fill: string | null;
  /** a diagonal stroke through it (leaves in the scenario) */
  struck: boolean;
  opacity: number;
}

const actor = (l: Partial<ActorLook>): ActorLook => ({
  border: ACTOR.border,
  borderWidth: ACTOR.borderWidth,
  borderDash: null,
  double: false,
  fillOpacity: 1,
  fill: null,
  struck: false,
  opacity: 1,
  ...l,
});

export const ACTOR_LOOKS = {
  plain: actor({}),
  'key-person': actor({ border: MARK.vermilion, borderWidth: 3.5 }),
  leaving: actor({ fill: MARK.leaving, fillOpacity: 0.45, struck: true, border: '#555555', borderWidth: 2, borderDash: [4, 3] }),
  'collab-lost': actor({ border: MARK.vermilion, borderWidth: 4.5 }),
  'collab-weakened': actor({ border: MARK.orange, borderWidth: 4.5 }),
  highlighted: actor({ border: '#111111', borderWidth: 4 }),
} as const satisfies Record<string, ActorLook>;
export type ActorClass = keyof typeof ACTOR_LOOKS;

/** The order actor marks are laid over each other (the later wins). */
export const ACTOR_CLASS_ORDER: readonly ActorClass[] = ['plain', 'key-person', 'leaving', 'collab-lost', 'collab-weakened', 'highlighted'];

export function actorLook(classes: ReadonlySet<ActorClass>): ActorLook {
  let out: ActorLook = ACTOR_LOOKS.plain;
  for (const c of ACTOR_CLASS_ORDER) if (classes.has(c)) out = { ...out, ...ACTOR_LOOKS[c] };
  return out;
}

/** How faint what lies outside a focus, or outside a highlight, is drawn. */
export const FADED = { egoOut: 0.12, dimmed: 0.15 } as const;

/** A persons' organisation drawn around them (compound view). */
export const GROUP = { fillOpacity: 0.1, borderWidth: 2, padding: 14, font: 12 } as const;

/**
 * Two waves compared. Every tie is drawn by where it is present, not by its type or formality:
 * kept thin and grey, gained in long dashes and wide, lost in dots. Pattern and width tell the
 * three apart in greyscale too; the colours (Okabe–Ito bluish green and vermilion) only add to
 * them. Actors that joined get a double ring, those that left a dotted one and a faded fill; what
 * is in neither wave fades away.
 */
export const WAVE_MARK = {
  gained: '#009E73',
  lost: '#D55E00',
  kept: '#8A8A8A',
} as const;

export const WAVE_LINES = {
  kept: line({ color: WAVE_MARK.kept, width: 1.5, opacity: 0.55 }),
  gained: line({ color: WAVE_MARK.gained, width: 5, dash: [12, 4], opacity: 1, halo: { color: WAVE_MARK.gained, opacity: 0.2, padding: 3 } }),
  lost: line({ color: WAVE_MARK.lost, width: 4, dash: [1.5, 3], opacity: 0.95 }),
  absent: line({ opacity: 0.08 }),
} as const satisfies Record<string, LineLook>;

export const WAVE_ACTORS = {
  gained: actor({ border: WAVE_MARK.gained, borderWidth: 6, double: true }),
  lost: actor({ border: WAVE_MARK.lost, borderWidth: 3.5, borderDash: [1.5, 3], fillOpacity: 0.35 }),
  absent: actor({ opacity: 0.15 }),
} as const satisfies Record<string, ActorLook>;
