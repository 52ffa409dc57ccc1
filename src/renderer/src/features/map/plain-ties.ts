import type { ElementDefinition } from 'cytoscape';
import { FADED, LINE_LOOKS, TIE_CLASS_ORDER, tieLook, WAVE_LINES, type LineClass, type LineLook } from '../../../../core/drawing/map-styles';
import { CYTOSCAPE_DRAWS } from './cytoscape-draws';
import { hasClass } from './map-classes';

/*
 * A large canvas map keeps its ties out of cytoscape: 100,000 tie elements cost cytoscape seconds
 * to create, style and restyle (each class change on an actor restyles its ties too), though
 * edge-layer.ts draws them. Here a tie is its element definition as the map builds it, and its
 * look is worked out from the style table (core's map-styles.ts, as the image writers do) and
 * the classes the controller assigns, instead of from cytoscape's computed style.
 */

/** The assigned classes a tie's look depends on, as the controller keeps them (map-classes.ts). */
export interface TieState {
  hidden(id: string): boolean;
  egoOut(id: string): boolean;
  dimmed(id: string): boolean;
  /** zoomed out so far that a dash would be under two pixels (informal ties are drawn solid) */
  far(): boolean;
}

/** How the tie layer strokes a tie. */
export interface PlainLook {
  key: string;
  color: string;
  width: number;
  opacity: number;
  dash: number[];
  arrow: boolean;
}

/** Whether a drawn element is a tie or membership line the tie layer can draw (not one cytoscape must draw above the actors). */
export function isPlainTie(def: ElementDefinition): boolean {
  if (def.group !== 'edges') return false;
  const id = String(def.data.id);
  if (!id.startsWith('tie:') && !id.startsWith('membership:')) return false;
  return !CYTOSCAPE_DRAWS.some((c) => hasClass(def, c));
}

const WAVES = ['kept', 'gained', 'lost', 'absent'] as const;

/** A line look laid over another, as a later cytoscape style rule overrides an earlier one. */
const over = (under: LineLook, l: LineLook): LineLook => ({
  color: l.color ?? under.color,
  width: l.width ?? under.width,
  dash: l.dash ?? under.dash,
  opacity: l.opacity,
  halo: under.halo,
  arrow: under.arrow || l.arrow,
  mid: under.mid,
});

/**
 * A tie's look on the tie layer, or null when it is not drawn (filtered, outside a hiding focus,
 * faded to nothing). Ties alike (the same classes, colour and width, and the same fading) share
 * one look, worked out once: 100,000 ties come in a few dozen looks.
 */
export function plainLooks(): (def: ElementDefinition, state: TieState) => PlainLook | null {
  const known = new Map<string, PlainLook | null>();
  return (def, state) => {
    const id = String(def.data.id);
    if (state.hidden(id)) return null;
    const fade = state.dimmed(id) ? 'd' : state.egoOut(id) ? 'e' : '';
    const membership = id.startsWith('membership:');
    const far = state.far();
    const key = `${membership ? 'm' : 't'}|${far ? 'f' : ''}|${fade}|${String(def.classes ?? '')}|${String(def.data['color'])}|${String(def.data['width'])}`;
    let look = known.get(key);
    if (look === undefined) {
      look = lookOf(def, membership, far, fade);
      known.set(key, look);
    }
    return look;
  };
}

function lookOf(def: ElementDefinition, membership: boolean, far: boolean, fade: '' | 'd' | 'e'): PlainLook | null {
  let look: LineLook;
  if (membership) look = LINE_LOOKS.membership;
  else {
    const classes = new Set<LineClass>(TIE_CLASS_ORDER.filter((c) => hasClass(def, c)));
    look = tieLook({ color: String(def.data['color']), width: Number(def.data['width']), mid: null }, classes);
    // zoomed far out an informal tie's dash would be a blur: drawn solid (map-style.ts's `.far`)
    if (far && classes.has('informal')) look = { ...look, dash: null };
    for (const w of WAVES) if (hasClass(def, `wave-${w}`)) look = w === 'kept' ? { ...over(look, WAVE_LINES.kept), dash: null } : over(look, WAVE_LINES[w]);
  }
  const opacity = fade === 'd' ? FADED.dimmed : fade === 'e' ? FADED.egoOut : look.opacity;
  if (opacity <= 0) return null;
  const color = look.color ?? UNKNOWN;
  const width = look.width ?? 1;
  const dash = look.dash ? [...look.dash] : [];
  return { key: `${color}|${String(width)}|${String(opacity)}|${dash.join(' ')}|${String(look.arrow)}`, color, width, opacity, dash, arrow: look.arrow };
}

const UNKNOWN = '#999999';
