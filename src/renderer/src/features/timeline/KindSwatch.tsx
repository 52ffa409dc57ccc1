import type { ActivityKind } from '../../../../core/drawing/timeline-layout';
import { KIND_STYLE } from '../../../../core/drawing/timeline-style';

/** A small bar in a kind's fill and border, as the timeline draws it. */
export function KindSwatch({ kind }: { kind: ActivityKind }) {
  const style = KIND_STYLE[kind];
  return <span className={style.dashed ? 'kind-swatch dashed' : 'kind-swatch'} style={{ background: style.fill, borderColor: style.stroke }} aria-hidden="true" />;
}
