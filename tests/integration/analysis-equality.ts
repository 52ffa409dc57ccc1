import { PathMemo } from '../../src/main/engine/analysis-stages';

/** every number to 10 significant digits, through the whole structure: analyses compared across thread counts and update paths */
export function rounded(value: unknown): unknown {
  if (typeof value === 'number') return Number.isFinite(value) && value !== 0 ? Number(value.toPrecision(10)) : value;
  if (Array.isArray(value)) return value.map(rounded);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, rounded(v)]));
  return value;
}

/** a memo of the last path pass that notes in `events` each time an update is planned */
export class NotedMemo extends PathMemo {
  constructor(private readonly events: string[]) {
    super();
  }
  override plan(...args: Parameters<PathMemo['plan']>): ReturnType<PathMemo['plan']> {
    this.events.push('plan');
    return super.plan(...args);
  }
}
