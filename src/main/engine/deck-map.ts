import type { Language } from '../../core/i18n/catalogue';
import type { Point, ProjectData, SavedView } from '../../core/model/schema';

/**
 * The map of one slide as SVG, with its legend. INTERIM: the drawing model (contract 2 of issue
 * 14, `renderView` in src/main/engine/render/) is what every image of the map must come from, so
 * that a slide is the map on screen; until that branch is merged this draws the view's actors
 * where the view (or the project) placed them, coloured by sector, with a legend of the sectors.
 * The deck writers take the SVG from `SlideMapRenderer`, so only this function changes then.
 */
export type SlideMapRenderer = (view: SavedView, size: { width: number; height: number }) => Promise<string> | string;

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const num = (n: number) => (Math.round(n * 10) / 10).toString();

export function interimSlideMap(data: ProjectData, lang: Language, labels: ReadonlyMap<string, string> | null): SlideMapRenderer {
  return (view, { width, height }) => {
    const f = view.state.filters;
    const inWave = (waves: readonly string[]) => f.wave === null || waves.length === 0 || waves.includes(f.wave);
    const actors = data.actors.filter((a) => !f.hiddenSectors.includes(a.sector ?? '') && !f.hiddenKinds.includes(a.kind) && inWave(a.waves));
    const shown = new Set<string>(actors.map((a) => a.id));
    const ties = data.ties.filter((t) => shown.has(t.source) && shown.has(t.target) && !f.hiddenTieTypes.includes(t.type) && inWave(t.waves));
    const placed = view.positions ?? data.positions;
    const sortedIds = [...shown].sort();
    const at = new Map<string, Point>();
    sortedIds.forEach((id, i) => {
      const p = Object.hasOwn(placed, id) ? placed[id] : undefined;
      const angle = (2 * Math.PI * i) / Math.max(1, sortedIds.length);
      at.set(id, p ?? { x: 400 * Math.cos(angle), y: 400 * Math.sin(angle) });
    });
    const legendW = 230;
    const pad = 40;
    const xs = [...at.values()].map((p) => p.x);
    const ys = [...at.values()].map((p) => p.y);
    const [x1, x2, y1, y2] = xs.length ? [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)] : [0, 1, 0, 1];
    const scale = Math.min((width - legendW - 2 * pad) / Math.max(1, x2 - x1), (height - 2 * pad) / Math.max(1, y2 - y1));
    const map = (p: Point) => ({ x: legendW + pad + (p.x - x1) * scale, y: pad + (p.y - y1) * scale });
    const sectorOf = new Map(data.codebooks.sectors.map((s) => [s.key, s]));
    const typeOf = new Map(data.codebooks.tieTypes.map((t) => [t.key, t]));
    const out: string[] = [];
    out.push(`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="DejaVu Sans">`);
    out.push(`<rect width="${width}" height="${height}" fill="#ffffff"/>`);
    for (const t of ties) {
      const a = map(at.get(t.source) ?? { x: 0, y: 0 });
      const b = map(at.get(t.target) ?? { x: 0, y: 0 });
      const dash = t.formality === 'informal' ? ' stroke-dasharray="8 5"' : '';
      out.push(`<line x1="${num(a.x)}" y1="${num(a.y)}" x2="${num(b.x)}" y2="${num(b.y)}" stroke="${typeOf.get(t.type)?.color ?? '#999999'}" stroke-width="2"${dash} opacity="0.8"/>`);
    }
    for (const a of actors) {
      const p = map(at.get(a.id) ?? { x: 0, y: 0 });
      const fill = sectorOf.get(a.sector ?? '')?.color ?? '#bbbbbb';
      const r = a.kind === 'person' ? 9 : 14;
      out.push(
        a.kind === 'person'
          ? `<circle cx="${num(p.x)}" cy="${num(p.y)}" r="${r}" fill="${fill}" stroke="#333333" stroke-width="1"/>`
          : `<rect x="${num(p.x - r)}" y="${num(p.y - r)}" width="${2 * r}" height="${2 * r}" rx="3" fill="${fill}" stroke="#333333" stroke-width="1"/>`,
      );
      const label = labels?.get(a.id) ?? a.label;
      out.push(`<text x="${num(p.x)}" y="${num(p.y + r + 14)}" font-size="13" text-anchor="middle" fill="#222222">${esc(label)}</text>`);
    }
    const used = data.codebooks.sectors.filter((s) => actors.some((a) => a.sector === s.key));
    out.push(`<rect x="12" y="${height - 24 - used.length * 24 - 16}" width="${legendW - 24}" height="${used.length * 24 + 28}" fill="#ffffff" stroke="#cccccc" rx="6"/>`);
    used.forEach((s, i) => {
      const y = height - 24 - (used.length - i) * 24 + 8;
      out.push(`<circle cx="30" cy="${y}" r="7" fill="${s.color}" stroke="#333333"/>`);
      out.push(`<text x="44" y="${y + 5}" font-size="14" fill="#222222">${esc(s.label[lang])}</text>`);
    });
    out.push('</svg>');
    return out.join('\n');
  };
}
