import type { AppInfo, ImportSource, TaskProgress } from '../../../core/api/contract';
import type { DuplicateScope } from '../../../core/matching/duplicates';

/** The answer to a path prompt: where, and the project's name when a new one is made. */
export interface PathAnswer {
  path: string;
  name: string;
}

/**
 * A path prompt on screen (browser mode has no file dialog). `submit` tries the answer and
 * resolves to null when it was taken, or to the reason it was refused, worded for the user, so
 * that the prompt can stay open with what was typed.
 */
export interface PathPromptRequest {
  title: string;
  initialPath: string;
  askName: boolean;
  submit: (answer: PathAnswer) => Promise<string | null>;
  cancel: () => void;
}

/** What changes while the app runs, apart from the project and its analysis. */
export interface AppStatus {
  /** null until the engine has answered */
  info: AppInfo | null;
  /** the last refused action, worded for the user; null when there is none to show */
  error: string | null;
  prompt: PathPromptRequest | null;
  /** the import wizard or the export dialog, when open */
  exchange: ExchangeDialog | null;
  /** the import or export under way, as the engine reports it */
  task: TaskProgress | null;
  /** the duplicates dialog, when open, and which actors it lists (all, or those of the table it was opened from) */
  duplicates: DuplicateScope | null;
  /** the interview coding form is open */
  coding: boolean;
  /** the image-of-the-map dialog is open */
  image: boolean;
  /** the report dialog, when open; `print`: print the report as soon as its preview is there */
  report: { print: boolean } | null;
}

/** Which exchange dialog is open: the import wizard (with what was dropped on the window, if anything) or the export. */
export type ExchangeDialog = { kind: 'import'; source: ImportSource | null; into: 'open' | 'new' } | { kind: 'export' };

type Listener = () => void;

/**
 * The app's changing state, outside React like the project model: the actions read it when they
 * run, so they never change, and only the components that show a part of it re-render when it does.
 */
export class AppStatusStore {
  private state: AppStatus = { info: null, error: null, prompt: null, exchange: null, task: null, duplicates: null, coding: false, report: null, image: false };
  private readonly listeners = new Set<Listener>();

  subscribe = (listener: Listener): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getState = (): AppStatus => this.state;

  setInfo(info: AppInfo): void {
    this.update({ info });
  }

  setError(error: string | null): void {
    if (error !== this.state.error) this.update({ error });
  }

  setPrompt(prompt: PathPromptRequest | null): void {
    this.update({ prompt });
  }

  setExchange(exchange: ExchangeDialog | null): void {
    this.update({ exchange, task: null });
  }

  setDuplicates(duplicates: DuplicateScope | null): void {
    this.update({ duplicates });
  }

  setCoding(coding: boolean): void {
    if (coding !== this.state.coding) this.update({ coding });
  }

  setImage(image: boolean): void {
    if (image !== this.state.image) this.update({ image });
  }

  setReport(report: { print: boolean } | null): void {
    this.update({ report });
  }

  setTask(task: TaskProgress | null): void {
    this.update({ task });
  }

  private update(next: Partial<AppStatus>): void {
    this.state = { ...this.state, ...next };
    for (const l of this.listeners) l();
  }
}
