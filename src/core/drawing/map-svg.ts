import type { MapDrawing } from './map-drawing';
import type { PathStep, Primitive } from './primitives';

/**
 * A map drawing as SVG: vector, text as <text> in DejaVu Sans (so a PDF made from it has
 * searchable text, and æøå are the font's own), the legend, the title and the source line. The
 * same drawing gives the same bytes: numbers are written with a fixed number of decimals, and the
 * drawing lists its elements in a fixed order.
 */

/** A number with at most two decimals, without trailing zeros or a negative zero. */
export function num(n: number): string {
  if (!Number.isFinite(n)) return '0';
  const s = (Math.round(n * 100) / 100).toFixed(2).replace(/\.?0+$/, '');
  return s === '-0' ? '0' : s;
}

/** Text and attribute values escaped for XML; characters XML 1.0 forbids are left out. */
export function xmlEscape(s: string): string {
  return (
    s
      // eslint-disable-next-line no-control-regex -- control characters have no place in XML 1.0
      .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;')
  );
}

/** A colour as the drawing gives it, checked: a codebook colour is the user's text. */
const colour = (c: string | null): string => (c !== null && /^#[0-9a-fA-F]{3,8}$/.test(c) ? c : c === null ? 'none' : '#000000');

export function pathData(d: readonly PathStep[]): string {
  return d
    .map((s) => {
      if (s.op === 'Z') return 'Z';
      if (s.op === 'A') return `A${num(s.r)} ${num(s.r)} 0 ${s.large ? 1 : 0} ${s.sweep ? 1 : 0} ${num(s.x)} ${num(s.y)}`;
      return `${s.op}${num(s.x)} ${num(s.y)}`;
    })
    .join(' ');
}

const opacity = (o: number) => (o < 1 ? ` opacity="${num(o)}"` : '');
const dash = (d: readonly number[] | null) => (d && d.length > 0 ? ` stroke-dasharray="${d.map(num).join(' ')}"` : '');

export function primitiveSvg(p: Primitive): string {
  switch (p.kind) {
    case 'line':
      return `<line x1="${num(p.x1)}" y1="${num(p.y1)}" x2="${num(p.x2)}" y2="${num(p.y2)}" stroke="${colour(p.stroke)}" stroke-width="${num(p.width)}"${dash(p.dash)}${opacity(p.opacity)}/>`;
    case 'path': {
      const fill = p.fill === null ? ' fill="none"' : ` fill="${colour(p.fill)}"${p.fillOpacity < 1 ? ` fill-opacity="${num(p.fillOpacity)}"` : ''}`;
      const stroke = p.stroke === null || p.width <= 0 ? '' : ` stroke="${colour(p.stroke)}" stroke-width="${num(p.width)}"${dash(p.dash)}`;
      return `<path d="${pathData(p.d)}"${fill}${stroke}${opacity(p.opacity)}/>`;
    }
    case 'text': {
      const anchor = p.anchor === 'start' ? '' : ` text-anchor="${p.anchor}"`;
      const weight = p.bold ? ' font-weight="bold"' : '';
      return `<text x="${num(p.x)}" y="${num(p.y)}" font-size="${num(p.size)}"${weight}${anchor} fill="${colour(p.fill)}"${opacity(p.opacity)}>${xmlEscape(p.text)}</text>`;
    }
  }
}

export function mapSvg(drawing: MapDrawing): string {
  const { width: w, height: h } = drawing;
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<svg xmlns="http://www.w3.org/2000/svg" width="${num(w)}" height="${num(h)}" viewBox="0 0 ${num(w)} ${num(h)}" font-family="${xmlEscape(drawing.font)}">`,
    `<title>${xmlEscape(drawing.title)}</title>`,
  ];
  if (drawing.background !== null) out.push(`<rect width="${num(w)}" height="${num(h)}" fill="${colour(drawing.background)}"/>`);
  const group = (id: string, prims: readonly Primitive[]) => {
    out.push(`<g id="${id}">`);
    for (const p of prims) out.push(primitiveSvg(p));
    out.push('</g>');
  };
  group('map', drawing.map);
  group('legend', drawing.legend);
  group('frame', drawing.frame);
  out.push('</svg>', '');
  return out.join('\n');
}
