import type Database from 'better-sqlite3';
import type { ActorKind, CodebookName, ProjectSettings } from '../../core/model/schema';
import { ProjectSettingsSchema } from '../../core/model/schema';
import type { ProjectLookup } from '../../core/rules/lookup';
import { CODEBOOK_TABLES } from './tables';

const CODE_USES: Record<CodebookName, string> = {
  sectors: 'SELECT COUNT(*) FROM actors WHERE sector = ?',
  tieTypes: 'SELECT COUNT(*) FROM ties WHERE type = ?',
  roles: 'SELECT COUNT(*) FROM memberships WHERE role = ?',
  forumKinds: 'SELECT COUNT(*) FROM forums WHERE kind = ?',
  targetGroups: 'SELECT COUNT(*) FROM activities WHERE target_group = ?',
};

/**
 * The rules' questions answered from the open file, inside the edit's transaction, so they see
 * what the edit has written so far. The settings are parsed once per edit (they once held every
 * map position, and a tie check that parsed them took 50 ms at 20,000 actors).
 */
export class StoreLookup implements ProjectLookup {
  private settingsRead: ProjectSettings | null = null;
  private readonly statements = new Map<string, Database.Statement>();

  constructor(private readonly db: Database.Database) {}

  private stmt(sql: string): Database.Statement {
    let s = this.statements.get(sql);
    if (!s) this.statements.set(sql, (s = this.db.prepare(sql)));
    return s;
  }

  private count(sql: string, ...params: unknown[]): number {
    return this.stmt(sql).pluck().get(...params) as number;
  }

  settings(): ProjectSettings {
    if (!this.settingsRead) {
      const raw = this.stmt("SELECT value FROM meta WHERE key = 'settings'").pluck().get() as string;
      this.settingsRead = ProjectSettingsSchema.parse(JSON.parse(raw));
    }
    return this.settingsRead;
  }

  /** The edit wrote new settings: later checks in it read those. */
  settingsChanged(settings: ProjectSettings): void {
    this.settingsRead = settings;
  }

  actorKind(id: string): ActorKind | undefined {
    return this.stmt('SELECT kind FROM actors WHERE id = ?').pluck().get(id) as ActorKind | undefined;
  }

  hasCode(codebook: CodebookName, key: string): boolean {
    return this.stmt(`SELECT 1 FROM ${CODEBOOK_TABLES[codebook]} WHERE key = ?`).pluck().get(key) !== undefined;
  }

  hasWave(id: string): boolean {
    return this.stmt('SELECT 1 FROM waves WHERE id = ?').pluck().get(id) !== undefined;
  }

  strengthScale(): { min: number; max: number } {
    return this.settings().strengthScale;
  }

  actorUses(id: string): { asPerson: number; asOrganisation: number } {
    return {
      asPerson:
        this.count('SELECT COUNT(*) FROM memberships WHERE person = ?', id) +
        this.count('SELECT COUNT(*) FROM activity_contacts WHERE actor = ?', id),
      asOrganisation:
        this.count('SELECT COUNT(*) FROM memberships WHERE organisation = ?', id) +
        this.count('SELECT COUNT(*) FROM forum_seats WHERE represents = ?', id) +
        this.count('SELECT COUNT(*) FROM activity_owners WHERE actor = ?', id),
    };
  }

  codeUses(codebook: CodebookName, key: string): number {
    return this.count(CODE_USES[codebook], key);
  }

  tiesOutside(min: number, max: number): number {
    return this.count('SELECT COUNT(*) FROM ties WHERE strength IS NOT NULL AND (strength < ? OR strength > ?)', min, max);
  }
}
