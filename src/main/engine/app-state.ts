import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as z from 'zod';
import { DEFAULT_LANGUAGE, LanguageSchema } from '../../core/i18n/catalogue';
import { writeFileAtomic } from './atomic-write';

const MAX_RECENT = 12;

const AppStateSchema = z.object({
  language: LanguageSchema.catch(DEFAULT_LANGUAGE),
  recent: z
    .array(z.object({ path: z.string(), name: z.string(), openedAt: z.string() }))
    .catch([]),
  /** the project open when the app last closed, reopened at the next start */
  lastProject: z.string().nullable().catch(null),
});
export type AppState = z.infer<typeof AppStateSchema>;

/**
 * The app's own small state (language, recent projects), kept apart from projects. A missing or
 * unreadable state file means a first start, never an error the user has to deal with.
 */
export class AppStateStore {
  private readonly file: string;
  private state: AppState;
  readonly firstStart: boolean;

  constructor(dataDir: string) {
    this.file = join(dataDir, 'state.json');
    mkdirSync(dataDir, { recursive: true });
    this.firstStart = !existsSync(this.file);
    this.state = this.load();
  }

  private load(): AppState {
    try {
      return AppStateSchema.parse(JSON.parse(readFileSync(this.file, 'utf8')));
    } catch {
      return { language: DEFAULT_LANGUAGE, recent: [], lastProject: null };
    }
  }

  get(): AppState {
    return this.state;
  }

  update(change: (s: AppState) => AppState): AppState {
    this.state = change(this.state);
    writeFileAtomic(this.file, `${JSON.stringify(this.state, null, 2)}\n`);
    return this.state;
  }

  rememberOpened(path: string, name: string): void {
    this.update((s) => ({
      ...s,
      lastProject: path,
      recent: [{ path, name, openedAt: new Date().toISOString() }, ...s.recent.filter((r) => r.path !== path)].slice(
        0,
        MAX_RECENT,
      ),
    }));
  }
}
