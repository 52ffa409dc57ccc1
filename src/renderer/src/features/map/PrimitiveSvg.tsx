import type { PathStep, Primitive } from '../../../../core/drawing/primitives';
import { SWATCH, swatchPrimitives } from '../../../../core/drawing/swatch-primitives';
import type { Swatch } from '../../../../core/drawing/legend-sections';

/** A path's steps as SVG path data (numbers only: nothing typed by a user reaches it). */
export const pathData = (d: readonly PathStep[]): string =>
  d.map((s) => (s.op === 'Z' ? 'Z' : s.op === 'A' ? `A${String(s.r)} ${String(s.r)} 0 ${s.large ? 1 : 0} ${s.sweep ? 1 : 0} ${String(s.x)} ${String(s.y)}` : `${s.op}${String(s.x)} ${String(s.y)}`)).join(' ');

const dashOf = (d: readonly number[] | null) => (d ? d.join(' ') : undefined);

/** The drawing's primitives as React SVG elements: the legend's swatches are drawn as the image writers draw them. */
function PrimitiveElement({ p }: { p: Primitive }) {
  if (p.kind === 'line')
    return <line x1={p.x1} y1={p.y1} x2={p.x2} y2={p.y2} stroke={p.stroke} strokeWidth={p.width} strokeDasharray={dashOf(p.dash)} opacity={p.opacity} />;
  if (p.kind === 'path')
    return (
      <path
        d={pathData(p.d)}
        fill={p.fill ?? 'none'}
        fillOpacity={p.fillOpacity}
        stroke={p.stroke ?? 'none'}
        strokeWidth={p.width}
        strokeDasharray={dashOf(p.dash)}
        opacity={p.opacity}
      />
    );
  return (
    <text x={p.x} y={p.y} fontSize={p.size} fontWeight={p.bold ? 'bold' : undefined} textAnchor={p.anchor} fill={p.fill} opacity={p.opacity}>
      {p.text}
    </text>
  );
}

/** A legend swatch, from the same style entry as the map draws the element with. */
export function SwatchSvg({ swatch }: { swatch: Swatch }) {
  const prims = swatchPrimitives(swatch, 0, 0);
  // a line swatch names its pattern and width, so a test can read what it shows
  const look = swatch.kind === 'line' ? `${swatch.look.dash ? swatch.look.dash.join(' ') : 'solid'} ${String(swatch.look.width ?? 'own')}` : undefined;
  return (
    <svg className="swatch-svg" width={SWATCH.width} height={SWATCH.height} viewBox={`0 0 ${String(SWATCH.width)} ${String(SWATCH.height)}`} aria-hidden="true" data-swatch={swatch.kind} data-look={look}>
      {prims.map((p, i) => (
        <PrimitiveElement key={i} p={p} />
      ))}
    </svg>
  );
}
