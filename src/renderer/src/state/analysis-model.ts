import type { ApiOutputs, BrobyggerApi } from '../../../core/api/contract';

type Listener = () => void;

export interface AnalysisState {
  status: 'idle' | 'running' | 'ready' | 'failed';
  /** the latest answer, kept on screen while a newer one is computed */
  latest: ApiOutputs['analyze'] | null;
  /** when the latest answer arrived */
  at: Date | null;
  error: unknown;
}

/**
 * The analysis of the open project, refreshed after every change. The engine computes it on a
 * thread of its own; here we only ask, a moment after the last edit (so a burst of edits asks
 * once), and drop answers that a newer edit has overtaken.
 */
export class AnalysisModel {
  private state: AnalysisState = { status: 'idle', latest: null, at: null, error: null };
  private readonly listeners = new Set<Listener>();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private wanted = -1;

  constructor(
    private readonly api: BrobyggerApi,
    private readonly delayMs = 250,
  ) {}

  subscribe = (listener: Listener): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getState = (): AnalysisState => this.state;

  private set(next: Partial<AnalysisState>): void {
    this.state = { ...this.state, ...next };
    for (const l of this.listeners) l();
  }

  /** The project is now at `revision` (or closed, when null). */
  projectChanged(revision: number | null): void {
    clearTimeout(this.timer);
    if (revision === null) {
      this.wanted = -1;
      this.set({ status: 'idle', latest: null, at: null, error: null });
      return;
    }
    if (revision === this.wanted) return;
    this.wanted = revision;
    this.timer = setTimeout(() => void this.fetch(revision), this.delayMs);
  }

  private async fetch(revision: number): Promise<void> {
    this.set({ status: 'running' });
    try {
      const answer = await this.api.analyze({});
      if (revision !== this.wanted) return;
      this.set({ status: 'ready', latest: answer, at: new Date(), error: null });
    } catch (e) {
      if (revision !== this.wanted) return;
      this.set({ status: 'failed', error: e });
    }
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.listeners.clear();
  }
}
