import type { ApiEvent, BrobyggerApi, ProjectSnapshot } from '../../../core/api/contract';

type Listener = () => void;

export interface ProjectState {
  /** false until the first answer from the engine */
  loaded: boolean;
  project: ProjectSnapshot | null;
}

/**
 * The open project as the renderer sees it, outside React so the map controller can read it
 * too. It refetches when the engine reports a change, and ignores answers that arrive late.
 */
export class ProjectModel {
  private state: ProjectState = { loaded: false, project: null };
  private readonly listeners = new Set<Listener>();
  private requested = 0;

  constructor(private readonly api: BrobyggerApi) {}

  get current(): ProjectSnapshot | null {
    return this.state.project;
  }

  subscribe = (listener: Listener): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getState = (): ProjectState => this.state;

  set(project: ProjectSnapshot | null): void {
    this.requested++;
    this.state = { loaded: true, project };
    for (const l of this.listeners) l();
  }

  async refresh(): Promise<void> {
    const ticket = ++this.requested;
    const project = await this.api.getProject({});
    if (ticket === this.requested) {
      this.state = { loaded: true, project };
      for (const l of this.listeners) l();
    }
  }

  handleEvent(event: ApiEvent): void {
    if (event.type === 'project-changed' && event.revision !== this.state.project?.revision) void this.refresh();
  }
}
