import type { AnalysisResult } from '../../../core/analysis/analyze';
import type { ApiOutputs, BrobyggerApi } from '../../../core/api/contract';
import { valueOfJsonText } from '../../../core/api/json-text';

type Listener = () => void;

/** An answer of the engine's analysis with its result read from the text it came as. */
export type AnalysisAnswer = Omit<ApiOutputs['analyze'], 'result'> & { result: AnalysisResult };

export interface AnalysisState {
  status: 'idle' | 'running' | 'ready' | 'failed';
  /** the latest answer, kept on screen while a newer one is computed */
  latest: AnalysisAnswer | null;
  /** when the latest answer arrived */
  at: Date | null;
  error: unknown;
  /** the running shortest-path pass, while a later stage of the latest answer is coming */
  progress: ApiOutputs['analysisProgress'];
}

/** How often the share done of a running shortest-path pass is asked for. */
const PROGRESS_EVERY_MS = 700;

/**
 * The analysis of the open project, refreshed after every change. The engine begins it on a
 * thread of its own as the change is made; here we ask as soon as we hear of the change, and
 * drop unseen the answers that a newer edit has overtaken. (Asking 60 ms after the last edit, so
 * that a burst asked once, held every edit's findings back by those 60 ms; through a burst one
 * request is out at a time, and only the newest answer is shown.)
 */
export class AnalysisModel {
  private state: AnalysisState = { status: 'idle', latest: null, at: null, error: null, progress: null };
  private readonly listeners = new Set<Listener>();
  private wanted = -1;
  private inFlight = false;
  private disposed = false;
  private file: string | null = null;
  /** the text the answer on screen was read from */
  private shownText: string | null = null;

  constructor(private readonly api: BrobyggerApi) {}

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
    const another = file !== this.file;
    this.file = file;
    if (revision === null) {
      this.wanted = -1;
      this.set({ status: 'idle', latest: null, at: null, error: null, progress: null });
      return;
    }
    if (another && this.state.latest !== null) this.set({ status: 'running', latest: null, at: null, error: null, progress: null });
    if (revision === this.wanted) return;
    this.wanted = revision;
    // at once, not after the drawing this change sets off: at 20,000 actors the window draws the
    // map for seconds, and the answer, ready on the engine meanwhile, was asked for only after it
    void this.fetch(revision);
  }

  /**
   * One request at a time: while it is out, newer revisions only note that they want an answer,
   * and when it returns the newest is asked for. An analysis of 20,000 actors takes over a
   * minute, and a request per edit kept that many connections open: with the browser's six per
   * server used up, the page's next request for the project itself waited for them (50–85 s).
   * A large network's analysis comes in stages (first without the all-pairs measures, then with
   * betweenness estimated, then exact): each is shown as it comes, and the next asked for.
   */
  private async fetch(revision: number): Promise<void> {
    if (this.inFlight) return;
    this.inFlight = true;
    this.set({ status: 'running' });
    let after: { revision: number; stage: ApiOutputs['analyze']['stage'] } | undefined;
    try {
      for (let asked = revision; ; ) {
        let outcome: { answer: ApiOutputs['analyze'] } | { error: unknown };
        const polling = after ? this.pollProgress() : null;
        try {
          outcome = { answer: await this.api.analyze(after ? { after } : {}) };
        } catch (e) {
          outcome = { error: e };
        } finally {
          polling?.stop();
        }
        if (this.wanted === -1 || this.disposed) return;
        // the project moved on meanwhile: this answer is out of date, ask for the newest; unless
        // it is the newest already (the engine answers a request that a newer edit overtook
        // with the newer analysis: at 20,000 actors, asking again cost another 0.7 s)
        if ('answer' in outcome && outcome.answer.revision === this.wanted) asked = this.wanted;
        if (asked !== this.wanted) {
          asked = this.wanted;
          after = undefined;
          this.set({ status: 'running', progress: null });
          continue;
        }
        if ('error' in outcome) {
          this.set({ status: 'failed', error: outcome.error, progress: null });
          return;
        }
        const answer: AnalysisAnswer = { ...outcome.answer, result: this.resultOf(outcome.answer.result) };
        this.set({ status: answer.complete ? 'ready' : 'running', latest: answer, at: new Date(), error: null, progress: answer.complete ? null : this.state.progress });
        if (answer.complete) return;
        after = { revision: answer.revision, stage: answer.stage };
      }
    } finally {
      this.inFlight = false;
    }
  }

  /**
   * The result an answer's text holds: the one on screen when the text is the same, as after an
   * edit the analysis does not read (a drag, the first layout saved), so that the views keep
   * what they drew from it rather than redraw a large map for nothing.
   */
  private resultOf(text: ApiOutputs['analyze']['result']): AnalysisResult {
    const shown = this.state.latest;
    if (shown && this.shownText === text) return shown.result;
    this.shownText = text;
    return valueOfJsonText(text);
  }

  /** Asks every moment how far the running pass has come, until stopped. */
  private pollProgress(): { stop: () => void } {
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const ask = () => {
      timer = setTimeout(() => {
        void this.api.analysisProgress({}).then(
          (progress) => {
            if (stopped || this.disposed) return;
            this.set({ progress });
            ask();
          },
          () => undefined,
        );
      }, PROGRESS_EVERY_MS);
    };
    ask();
    return {
      stop: () => {
        stopped = true;
        clearTimeout(timer);
      },
    };
  }

  /** Stops asking and drops answers still on their way (the views unsubscribe themselves). */
  dispose(): void {
    this.disposed = true;
  }

  /**
   * Takes answers again after a dispose: React's strict mode (in development) tears every effect
   * down once at mount and sets it up again, and a model left disposed then dropped every answer.
   */
  resume(): void {
    this.disposed = false;
  }
}
