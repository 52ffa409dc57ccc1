import type { ApiEvent, BrobyggerApi, ProjectSnapshot, ProjectUpdate } from '../../../core/api/contract';
import { applyProjectPatch, deepFreeze, PatchMismatch } from '../../../core/model/project-patch';

type Listener = () => void;

export interface ProjectState {
  /** false until the first answer from the engine */
  loaded: boolean;
  project: ProjectSnapshot | null;
}

/**
 * The open project as the renderer sees it, outside React so the map controller can read it
 * too. When the engine reports a change it asks for the changes since the revision it holds and
 * builds the new version from them: whatever the change left alone keeps its identity, so the
 * views redo only what changed. Answers that arrive late are ignored.
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

  /** A project the engine handed over whole (opened, created, saved as); frozen, as every version is shared. */
  set(project: ProjectSnapshot | null): void {
    this.requested++;
    this.publish(project && { ...project, data: deepFreeze(project.data) });
  }

  async refresh(): Promise<void> {
    const ticket = ++this.requested;
    const held = this.state.project;
    const update = await this.api.getProjectChanges({ since: held?.revision ?? 0 });
    if (ticket !== this.requested) return;
    const next = this.versionFrom(held, update);
    if (next === undefined) {
      // the patch did not fit what is held: ask for the whole project
      const whole = await this.api.getProject({});
      if (ticket === this.requested) this.set(whole);
      return;
    }
    this.publish(next);
  }

  handleEvent(event: ApiEvent): void {
    if (event.type === 'project-changed' && event.revision !== this.state.project?.revision) void this.refresh();
  }

  /** The version an answer describes; undefined when it is a patch for another version than the one held. */
  private versionFrom(held: ProjectSnapshot | null, update: ProjectUpdate): ProjectSnapshot | null | undefined {
    switch (update.kind) {
      case 'none':
        return null;
      case 'whole':
        return { ...update.project, data: deepFreeze(update.project.data) };
      case 'patch': {
        if (!held || held.revision !== update.since || update.project.path !== held.path) return undefined;
        try {
          return { ...update.project, data: deepFreeze(applyProjectPatch(held.data, update.patch)) };
        } catch (e) {
          if (e instanceof PatchMismatch) return undefined;
          throw e;
        }
      }
    }
  }

  private publish(project: ProjectSnapshot | null): void {
    this.state = { loaded: true, project };
    for (const l of this.listeners) l();
  }
}
