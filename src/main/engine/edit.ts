import type Database from 'better-sqlite3';
import type * as z from 'zod';
import type { HistoryLabel } from '../../core/api/contract';
import type { Command, SingleCommand } from '../../core/commands';
import type { Problem } from '../../core/errors';
import type { Translator } from '../../core/i18n/catalogue';
import type { IdPrefix } from '../../core/ids';
import {
  ActorSchema,
  ForumSchema,
  MembershipSchema,
  ProjectSettingsSchema,
  TieSchema,
  WaveSchema,
  type Actor,
  type CodebookName,
  type Forum,
  type Membership,
  type ProjectData,
  type ProjectSettings,
  type Tie,
  type Wave,
} from '../../core/model/schema';
import { parseIn } from '../../core/validation';
import type { ChangeRecorder } from './history';
import {
  readActor,
  readForum,
  readMembership,
  readTie,
  waveFromRow,
  type WaveRow,
} from './read-project';
import {
  actorRow,
  CODEBOOK_TABLES,
  codeRow,
  forumRow,
  membershipRow,
  seatRow,
  tieRow,
  WAVE_LINKS,
  waveRow,
  type CodeEntry,
  type Row,
  type TableName,
  type WaveOwner,
} from './tables';

/** Where each codebook's keys are used, to refuse deleting a code still in use. */
const CODE_USES: Record<CodebookName, string> = {
  sectors: 'SELECT COUNT(*) FROM actors WHERE sector = ?',
  tieTypes: 'SELECT COUNT(*) FROM ties WHERE type = ?',
  roles: 'SELECT COUNT(*) FROM memberships WHERE role = ?',
  forumKinds: 'SELECT COUNT(*) FROM forums WHERE kind = ?',
};

const CODE_KIND_KEY = {
  sectors: 'kinds.sector',
  tieTypes: 'kinds.tieType',
  roles: 'kinds.role',
  forumKinds: 'kinds.forumKind',
} as const;

type Expect = 'any' | 'person' | 'organisation';

/**
 * Applies commands through a ChangeRecorder, checking every reference the command makes. It
 * collects problems instead of stopping at the first, so the user sees all of them; the store
 * rolls the transaction back when there are any.
 */
export class Editor {
  readonly problems: Problem[] = [];
  readonly created: string[] = [];
  private readonly nextSorts = new Map<TableName, number>();
  private prefix = '';

  constructor(
    private readonly db: Database.Database,
    private readonly rec: ChangeRecorder,
    private readonly tr: Translator,
    private readonly makeId: (prefix: IdPrefix) => string,
  ) {}

  apply(command: Command): HistoryLabel {
    if (command.type !== 'batch') return this.applySingle(command);
    let last: HistoryLabel = { key: 'history.batch', params: { count: 0 } };
    command.commands.forEach((c, i) => {
      this.prefix = `commands[${i}].`;
      last = this.applySingle(c);
    });
    this.prefix = '';
    return command.commands.length === 1 ? last : { key: 'history.batch', params: { count: command.commands.length } };
  }

  /**
   * Adds a whole project's contents (a JSON import) as one step. Into an existing project, codes
   * it already has are kept as they are; `asWhole` (a new, empty project) takes the import's
   * name, settings and codebooks exactly.
   */
  importData(data: ProjectData, fileName: string, asWhole: boolean): HistoryLabel {
    const label: HistoryLabel = { key: 'history.import', params: { file: fileName } };
    const check = (rows: ReadonlyArray<{ id: string }>, table: TableName, collection: string) =>
      rows.forEach((r, i) => this.requireFreeId(table, r.id, `${collection}[${i}] (id "${r.id}")`));
    check(data.waves, 'waves', 'waves');
    check(data.actors, 'actors', 'actors');
    check(data.memberships, 'memberships', 'memberships');
    check(data.ties, 'ties', 'ties');
    check(data.forums, 'forums', 'forums');
    if (!this.ok()) return label;

    if (asWhole) {
      this.rec.update('meta', { key: 'name', value: data.meta.name });
      this.rec.update('meta', { key: 'description', value: data.meta.description });
      this.rec.update('meta', { key: 'settings', value: JSON.stringify(data.settings) });
    }
    for (const name of Object.keys(CODEBOOK_TABLES) as CodebookName[]) {
      const table = CODEBOOK_TABLES[name];
      const incoming = new Set(data.codebooks[name].map((e) => e.key));
      data.codebooks[name].forEach((entry, i) => {
        const existing = this.rec.get(table, { key: entry.key });
        if (!existing) this.insertCode(name, entry);
        else if (asWhole) this.rec.update(table, codeRow(entry, i + 1));
      });
      if (asWhole) {
        const keys = this.db.prepare(`SELECT key FROM ${table}`).pluck().all() as string[];
        for (const key of keys) if (!incoming.has(key)) this.rec.delete(table, { key });
      }
    }
    for (const w of data.waves) this.rec.insert('waves', waveRow(w, this.nextSort('waves')));
    for (const a of data.actors) this.insertActor(a);
    for (const m of data.memberships) this.insertMembership(m);
    for (const t of data.ties) this.insertTie(t);
    for (const f of data.forums) this.insertForum(f);
    return label;
  }

  private applySingle(c: SingleCommand): HistoryLabel {
    switch (c.type) {
      case 'project.update': {
        if (c.patch.name !== undefined) this.rec.update('meta', { key: 'name', value: c.patch.name });
        if (c.patch.description !== undefined)
          this.rec.update('meta', { key: 'description', value: c.patch.description });
        return { key: c.patch.name !== undefined ? 'history.projectRename' : 'history.projectDescribe', params: {} };
      }
      case 'settings.update':
        this.rec.update('meta', { key: 'settings', value: JSON.stringify(c.settings) });
        return { key: 'history.settingsUpdate', params: {} };
      case 'layout.set': {
        const settings = this.settings();
        this.rec.update('meta', { key: 'settings', value: JSON.stringify({ ...settings, layout: { positions: c.positions } }) });
        const count = Object.keys(c.positions).length;
        return count ? { key: 'history.layoutSet', params: { count } } : { key: 'history.layoutClear', params: {} };
      }

      case 'actor.add': {
        const actor: Actor = { ...c.actor, id: this.idFor(c.actor.id, 'a') as Actor['id'] };
        this.requireFreeId('actors', actor.id, this.at('actor.id'));
        this.checkActor(actor);
        if (this.ok()) this.insertActor(actor);
        return { key: 'history.actorAdd', params: { label: actor.label } };
      }
      case 'actor.update': {
        const before = this.loadActor(c.id, 'actor.id');
        if (!before) return { key: 'history.actorUpdate', params: { label: c.id } };
        const after = this.parsed(ActorSchema, { ...before, ...c.patch }, 'actor');
        if (after) {
          this.checkActor(after);
          if (after.kind !== before.kind) this.checkKindChange(after);
          if (this.ok()) {
            this.rec.update('actors', actorRow(after, this.sortOf('actors', after.id)));
            this.setWaves('actors', after.id, after.waves);
          }
        }
        return { key: 'history.actorUpdate', params: { label: (after ?? before).label } };
      }
      case 'actor.remove': {
        const actor = this.loadActor(c.id, 'actor.id');
        if (actor) this.removeActor(actor.id);
        return { key: 'history.actorRemove', params: { label: actor?.label ?? c.id } };
      }

      case 'membership.add': {
        const m: Membership = { ...c.membership, id: this.idFor(c.membership.id, 'm') as Membership['id'] };
        this.requireFreeId('memberships', m.id, this.at('membership.id'));
        this.checkMembership(m);
        if (this.ok()) this.insertMembership(m);
        return { key: 'history.membershipAdd', params: {} };
      }
      case 'membership.update': {
        const before = this.loadMembership(c.id);
        const after = before && this.parsed(MembershipSchema, { ...before, ...c.patch }, 'membership');
        if (after) {
          this.checkMembership(after);
          if (this.ok()) {
            this.rec.update('memberships', membershipRow(after, this.sortOf('memberships', after.id)));
            this.setWaves('memberships', after.id, after.waves);
          }
        }
        return { key: 'history.membershipUpdate', params: {} };
      }
      case 'membership.remove':
        if (this.loadMembership(c.id)) this.removeOwned('memberships', c.id);
        return { key: 'history.membershipRemove', params: {} };

      case 'tie.add': {
        const t: Tie = { ...c.tie, id: this.idFor(c.tie.id, 't') as Tie['id'] };
        this.requireFreeId('ties', t.id, this.at('tie.id'));
        this.checkTie(t);
        if (this.ok()) this.insertTie(t);
        return { key: 'history.tieAdd', params: {} };
      }
      case 'tie.update': {
        const before = this.loadTie(c.id);
        const after = before && this.parsed(TieSchema, { ...before, ...c.patch }, 'tie');
        if (after) {
          this.checkTie(after);
          if (this.ok()) {
            this.rec.update('ties', tieRow(after, this.sortOf('ties', after.id)));
            this.setWaves('ties', after.id, after.waves);
          }
        }
        return { key: 'history.tieUpdate', params: {} };
      }
      case 'tie.remove':
        if (this.loadTie(c.id)) this.removeOwned('ties', c.id);
        return { key: 'history.tieRemove', params: {} };

      case 'forum.add': {
        const f: Forum = { ...c.forum, id: this.idFor(c.forum.id, 'f') as Forum['id'] };
        this.requireFreeId('forums', f.id, this.at('forum.id'));
        this.checkForum(f);
        if (this.ok()) this.insertForum(f);
        return { key: 'history.forumAdd', params: { label: f.label } };
      }
      case 'forum.update': {
        const before = this.loadForum(c.id);
        const after = before && this.parsed(ForumSchema, { ...before, ...c.patch }, 'forum');
        if (after) {
          this.checkForum(after);
          if (this.ok()) {
            this.rec.update('forums', forumRow(after, this.sortOf('forums', after.id)));
            this.setWaves('forums', after.id, after.waves);
            this.setSeats(after);
          }
        }
        return { key: 'history.forumUpdate', params: { label: (after ?? before)?.label ?? c.id } };
      }
      case 'forum.remove': {
        const forum = this.loadForum(c.id);
        if (forum) {
          for (const s of forum.seats) this.rec.delete('forum_seats', { forum: forum.id, actor: s.actor });
          this.removeOwned('forums', forum.id);
        }
        return { key: 'history.forumRemove', params: { label: forum?.label ?? c.id } };
      }

      case 'wave.add': {
        const w: Wave = { ...c.wave, id: this.idFor(c.wave.id, 'w') as Wave['id'] };
        this.requireFreeId('waves', w.id, this.at('wave.id'));
        if (this.ok()) this.rec.insert('waves', waveRow(w, this.nextSort('waves')));
        return { key: 'history.waveAdd', params: { label: w.label } };
      }
      case 'wave.update': {
        const row = this.db.prepare('SELECT id, label, date FROM waves WHERE id = ?').get(c.id) as WaveRow | undefined;
        if (!row) {
          this.missing(this.at('wave.id'), 'kinds.wave', c.id);
          return { key: 'history.waveUpdate', params: { label: c.id } };
        }
        const after = this.parsed(WaveSchema, { ...waveFromRow(row), ...c.patch }, 'wave');
        if (after && this.ok()) this.rec.update('waves', waveRow(after, this.sortOf('waves', after.id)));
        return { key: 'history.waveUpdate', params: { label: (after ?? row).label } };
      }
      case 'wave.remove': {
        const row = this.db.prepare('SELECT id, label FROM waves WHERE id = ?').get(c.id) as WaveRow | undefined;
        if (!row) {
          this.missing(this.at('wave.id'), 'kinds.wave', c.id);
          return { key: 'history.waveRemove', params: { label: c.id } };
        }
        // Elements lose this wave from their presence; one present in no listed wave is then
        // present in all, the same reading a project without waves has.
        for (const { table } of Object.values(WAVE_LINKS)) {
          const links = this.db.prepare(`SELECT * FROM ${table} WHERE wave = ?`).all(c.id) as Row[];
          for (const l of links) this.rec.delete(table, l);
        }
        this.rec.delete('waves', { id: c.id });
        return { key: 'history.waveRemove', params: { label: row.label } };
      }

      case 'code.add': {
        const { codebook, entry } = c.code;
        if (this.rec.get(CODEBOOK_TABLES[codebook], { key: entry.key }))
          this.fail(this.at('code.key'), this.tr.t('errors.idInUse', { id: entry.key }));
        if (this.ok()) this.insertCode(codebook, entry);
        return { key: 'history.codeAdd', params: { key: entry.key } };
      }
      case 'code.update': {
        const { codebook, entry } = c.code;
        const table = CODEBOOK_TABLES[codebook];
        const before = this.rec.get(table, { key: entry.key });
        if (!before) this.missing(this.at('code.key'), CODE_KIND_KEY[codebook], entry.key);
        else this.rec.update(table, codeRow(entry, Number(before['sort'])));
        return { key: 'history.codeUpdate', params: { key: entry.key } };
      }
      case 'code.remove': {
        const table = CODEBOOK_TABLES[c.codebook];
        if (!this.rec.get(table, { key: c.key })) {
          this.missing(this.at('code.key'), CODE_KIND_KEY[c.codebook], c.key);
        } else {
          const uses = this.db.prepare(CODE_USES[c.codebook]).pluck().get(c.key) as number;
          if (uses > 0) this.fail(this.at('code.key'), this.tr.t('errors.codeInUse', { key: c.key, count: uses }));
          else this.rec.delete(table, { key: c.key });
        }
        return { key: 'history.codeRemove', params: { key: c.key } };
      }
    }
  }

  // --- writes -------------------------------------------------------------------------------

  private insertActor(a: Actor): void {
    this.rec.insert('actors', actorRow(a, this.nextSort('actors')));
    this.setWaves('actors', a.id, a.waves);
  }

  private insertMembership(m: Membership): void {
    this.rec.insert('memberships', membershipRow(m, this.nextSort('memberships')));
    this.setWaves('memberships', m.id, m.waves);
  }

  private insertTie(t: Tie): void {
    this.rec.insert('ties', tieRow(t, this.nextSort('ties')));
    this.setWaves('ties', t.id, t.waves);
  }

  private insertForum(f: Forum): void {
    this.rec.insert('forums', forumRow(f, this.nextSort('forums')));
    this.setWaves('forums', f.id, f.waves);
    f.seats.forEach((s, i) => this.rec.insert('forum_seats', seatRow(f.id, s, i)));
  }

  private insertCode(codebook: CodebookName, entry: CodeEntry): void {
    const table = CODEBOOK_TABLES[codebook];
    this.rec.insert(table, codeRow(entry, this.nextSort(table)));
  }

  /** Deletes an actor and everything that cannot exist without it; undo brings it all back. */
  private removeActor(id: string): void {
    const ids = (sql: string) => this.db.prepare(sql).pluck().all({ id }) as string[];
    for (const m of ids('SELECT id FROM memberships WHERE person = @id OR organisation = @id')) this.removeOwned('memberships', m);
    for (const t of ids('SELECT id FROM ties WHERE source = @id OR target = @id')) this.removeOwned('ties', t);
    for (const f of ids('SELECT forum FROM forum_seats WHERE actor = @id')) this.rec.delete('forum_seats', { forum: f, actor: id });
    const represented = this.db.prepare('SELECT forum, actor FROM forum_seats WHERE represents = ?').all(id) as Row[];
    for (const seat of represented) this.rec.update('forum_seats', { ...seat, represents: null });
    this.removeOwned('actors', id);
  }

  /** Deletes an element that carries wave presence, links first. */
  private removeOwned(owner: WaveOwner, id: string): void {
    const { table, column } = WAVE_LINKS[owner];
    for (const wave of this.db.prepare(`SELECT wave FROM ${table} WHERE ${column} = ?`).pluck().all(id) as string[])
      this.rec.delete(table, { [column]: id, wave });
    this.rec.delete(owner, { id });
  }

  private setWaves(owner: WaveOwner, id: string, waves: readonly string[]): void {
    const { table, column } = WAVE_LINKS[owner];
    const current = new Set(this.db.prepare(`SELECT wave FROM ${table} WHERE ${column} = ?`).pluck().all(id) as string[]);
    const wanted = new Set(waves);
    for (const w of current) if (!wanted.has(w)) this.rec.delete(table, { [column]: id, wave: w });
    for (const w of wanted) if (!current.has(w)) this.rec.insert(table, { [column]: id, wave: w });
  }

  private setSeats(f: Forum): void {
    const current = this.db.prepare('SELECT actor FROM forum_seats WHERE forum = ?').pluck().all(f.id) as string[];
    const wanted = new Set(f.seats.map((s) => s.actor as string));
    for (const a of current) if (!wanted.has(a)) this.rec.delete('forum_seats', { forum: f.id, actor: a });
    const have = new Set(current);
    f.seats.forEach((s, i) => {
      const row = seatRow(f.id, s, i);
      if (have.has(s.actor)) this.rec.update('forum_seats', row);
      else this.rec.insert('forum_seats', row);
    });
  }

  // --- reads --------------------------------------------------------------------------------

  private loadActor(id: string, field: string): Actor | undefined {
    const actor = readActor(this.db, id);
    if (!actor) this.missing(this.at(field), 'kinds.personOrOrganisation', id);
    return actor;
  }

  private loadMembership(id: string): Membership | undefined {
    const membership = readMembership(this.db, id);
    if (!membership) this.missing(this.at('membership.id'), 'kinds.membership', id);
    return membership;
  }

  private loadTie(id: string): Tie | undefined {
    const tie = readTie(this.db, id);
    if (!tie) this.missing(this.at('tie.id'), 'kinds.tie', id);
    return tie;
  }

  private loadForum(id: string): Forum | undefined {
    const forum = readForum(this.db, id);
    if (!forum) this.missing(this.at('forum.id'), 'kinds.forum', id);
    return forum;
  }

  // --- checks -------------------------------------------------------------------------------

  private checkActor(a: Actor): void {
    if (a.sector !== null) this.requireCode('sectors', a.sector, this.at('actor.sector'));
    this.requireWaves(a.waves, this.at('actor.waves'));
  }

  /** A person who is a member somewhere must stay a person; an organisation with members too. */
  private checkKindChange(a: Actor): void {
    const count = (sql: string) => this.db.prepare(sql).pluck().get(a.id) as number;
    const asPerson = count('SELECT COUNT(*) FROM memberships WHERE person = ?');
    const asOrganisation =
      count('SELECT COUNT(*) FROM memberships WHERE organisation = ?') +
      count('SELECT COUNT(*) FROM forum_seats WHERE represents = ?');
    const actual = this.tr.t(`kinds.${a.kind}`);
    if (a.kind !== 'person' && asPerson > 0)
      this.fail(this.at('actor.kind'), this.tr.t('errors.wrongKind', { id: a.id, expected: this.tr.t('kinds.aPerson'), actual }));
    if (a.kind === 'person' && asOrganisation > 0)
      this.fail(
        this.at('actor.kind'),
        this.tr.t('errors.wrongKind', { id: a.id, expected: this.tr.t('kinds.anOrganisation'), actual }),
      );
  }

  private checkMembership(m: Membership): void {
    this.requireActor(m.person, 'person', this.at('membership.person'));
    this.requireActor(m.organisation, 'organisation', this.at('membership.organisation'));
    this.requireCode('roles', m.role, this.at('membership.role'));
    this.requireWaves(m.waves, this.at('membership.waves'));
  }

  private checkTie(t: Tie): void {
    if (t.strength !== null) {
      const { min, max } = this.settings().strengthScale;
      if (t.strength < min || t.strength > max)
        this.fail(this.at('tie.strength'), this.tr.t('rules.strengthOutOfScale', { value: t.strength, min, max }));
    }
    this.requireActor(t.source, 'any', this.at('tie.source'));
    this.requireActor(t.target, 'any', this.at('tie.target'));
    this.requireCode('tieTypes', t.type, this.at('tie.type'));
    this.requireWaves(t.waves, this.at('tie.waves'));
  }

  private checkForum(f: Forum): void {
    this.requireCode('forumKinds', f.kind, this.at('forum.kind'));
    this.requireWaves(f.waves, this.at('forum.waves'));
    f.seats.forEach((s, i) => {
      this.requireActor(s.actor, 'any', this.at(`forum.seats[${i}].actor`));
      if (s.represents !== null) this.requireActor(s.represents, 'organisation', this.at(`forum.seats[${i}].represents`));
    });
  }

  private requireActor(id: string, expect: Expect, where: string): void {
    const kind = this.db.prepare('SELECT kind FROM actors WHERE id = ?').pluck().get(id) as Actor['kind'] | undefined;
    if (kind === undefined) return this.missing(where, 'kinds.personOrOrganisation', id);
    const isPerson = kind === 'person';
    if ((expect === 'person' && !isPerson) || (expect === 'organisation' && isPerson)) {
      const expected = this.tr.t(expect === 'person' ? 'kinds.aPerson' : 'kinds.anOrganisation');
      this.fail(where, this.tr.t('errors.wrongKind', { id, expected, actual: this.tr.t(`kinds.${kind}`) }));
    }
  }

  private requireCode(codebook: CodebookName, key: string, where: string): void {
    if (!this.rec.get(CODEBOOK_TABLES[codebook], { key })) this.missing(where, CODE_KIND_KEY[codebook], key);
  }

  private requireWaves(waves: readonly string[], where: string): void {
    for (const id of waves) if (!this.rec.get('waves', { id })) this.missing(where, 'kinds.wave', id);
  }

  private requireFreeId(table: TableName, id: string, where: string): void {
    if (this.rec.get(table, { id })) this.fail(where, this.tr.t('errors.idInUse', { id }));
  }

  // --- helpers ------------------------------------------------------------------------------

  private settings(): ProjectSettings {
    const raw = this.db.prepare("SELECT value FROM meta WHERE key = 'settings'").pluck().get() as string;
    return ProjectSettingsSchema.parse(JSON.parse(raw));
  }

  private parsed<S extends z.ZodType>(schema: S, value: unknown, where: string): z.output<S> | undefined {
    const result = parseIn(schema, value, this.tr, this.at(where));
    if (result.ok) return result.value;
    for (const problem of result.problems) this.problems.push(problem);
    return undefined;
  }

  private idFor(given: string | undefined, prefix: IdPrefix): string {
    if (given !== undefined) return given;
    const id = this.makeId(prefix);
    this.created.push(id);
    return id;
  }

  private nextSort(table: TableName): number {
    let next = this.nextSorts.get(table);
    if (next === undefined) next = ((this.db.prepare(`SELECT MAX(sort) FROM ${table}`).pluck().get() as number | null) ?? 0) + 1;
    this.nextSorts.set(table, next + 1);
    return next;
  }

  private sortOf(table: TableName, id: string): number {
    return this.db.prepare(`SELECT sort FROM ${table} WHERE id = ?`).pluck().get(id) as number;
  }

  private at(field: string): string {
    return `${this.prefix}${field}`;
  }

  private ok(): boolean {
    return this.problems.length === 0;
  }

  private fail(where: string, message: string): void {
    this.problems.push({ where, message });
  }

  private missing(
    where: string,
    what: 'kinds.personOrOrganisation' | 'kinds.membership' | 'kinds.tie' | 'kinds.forum' | 'kinds.wave' | (typeof CODE_KIND_KEY)[CodebookName],
    id: string,
  ): void {
    this.fail(where, this.tr.t('errors.unknownReference', { what: this.tr.t(what), id }));
  }
}
