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
  private inFlight = false;
  private disposed = false;
  private file: string | null = null;

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

  /**
   * The project is now at `revision` (or closed, when null). Another project (`file`) drops the
   * answer on screen at once: the last project's findings must not be shown for this one, worded
   * with ids this project does not have, until its own analysis arrives.
   */
  projectChanged(revision: number | null, file: string | null = null): void {
    clearTimeout(this.timer);
    const another = file !== this.file;
    this.file = file;
    if (revision === null) {
      this.wanted = -1;
      this.set({ status: 'idle', latest: null, at: null, error: null });
      return;
    }
    if (another && this.state.latest !== null) this.set({ status: 'running', latest: null, at: null, error: null });
    if (revision === this.wanted) return;
    this.wanted = revision;
    this.timer = setTimeout(() => void this.fetch(revision), this.delayMs);
  }

  /**
   * One request at a time: while it is out, newer revisions only note that they want an answer,
   * and when it returns the newest is asked for. An analysis of 20,000 actors takes over a
   * minute, and a request per edit kept that many connections open: with the browser's six per
   * server used up, the page's next request for the project itself waited for them (50–85 s).
   */
  private async fetch(revision: number): Promise<void> {
    if (this.inFlight) return;
    this.inFlight = true;
    this.set({ status: 'running' });
    try {
      for (let asked = revision; ; asked = this.wanted) {
        let outcome: { answer: ApiOutputs['analyze'] } | { error: unknown };
        try {
          outcome = { answer: await this.api.analyze({}) };
        } catch (e) {
          outcome = { error: e };
        }
        if (this.wanted === -1 || this.disposed) return;
        // the project moved on meanwhile: this answer is out of date, ask for the newest
        if (asked !== this.wanted) continue;
        if ('answer' in outcome) this.set({ status: 'ready', latest: outcome.answer, at: new Date(), error: null });
        else this.set({ status: 'failed', error: outcome.error });
        return;
      }
    } finally {
      this.inFlight = false;
    }
  }

  dispose(): void {
    this.disposed = true;
    clearTimeout(this.timer);
    this.listeners.clear();
  }
}
