import type Database from 'better-sqlite3';
import type { ActorKind, AttributeDefinition, AttributeOwner, CodebookName, ProjectSettings } from '../../core/model/schema';
import { ProjectSettingsSchema } from '../../core/model/schema';
import type { NamedCode } from '../../core/rules/codebook-rules';
import type { ProjectLookup } from '../../core/rules/lookup';
import { readAttributeDefinitions } from './read-project';
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
  /** the attribute definitions by owner and key, read once per edit (an import checks thousands of elements) */
  private definitions: Map<string, AttributeDefinition> | null = null;
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

  codes(codebook: CodebookName): NamedCode[] {
    const rows = this.stmt(`SELECT key, label_da, label_en FROM ${CODEBOOK_TABLES[codebook]} ORDER BY sort`).all() as Array<{ key: string; label_da: string; label_en: string }>;
    return rows.map((r) => ({ key: r.key, label: { da: r.label_da, en: r.label_en } }));
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

  /** The edit wrote attribute definitions: later checks in it read those. */
  definitionsChanged(): void {
    this.definitions = null;
  }

  attributeDefinition(owner: AttributeOwner, key: string): AttributeDefinition | undefined {
    if (!this.definitions) this.definitions = new Map(readAttributeDefinitions(this.db).map((d) => [`${d.appliesTo}\u0000${d.key}`, d]));
    return this.definitions.get(`${owner}\u0000${key}`);
  }

  attributeValues(owner: AttributeOwner, key: string): Array<string | number | boolean> {
    // json_each gives a JSON true or false as 1 or 0 with its type beside it
    const rows = this.stmt(
      `SELECT j.value, j.type FROM ${owner} e, json_each(e.attributes) j WHERE j.key = ? AND j.type <> 'null'`,
    ).raw().all(key) as Array<[string | number, string]>;
    return rows.map(([value, type]) => (type === 'true' ? true : type === 'false' ? false : value));
  }

  tiesOutside(min: number, max: number): number {
    return this.count('SELECT COUNT(*) FROM ties WHERE strength IS NOT NULL AND (strength < ? OR strength > ?)', min, max);
  }
}
