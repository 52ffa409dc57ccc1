import type Database from 'better-sqlite3';
import type * as z from 'zod';
import type { HistoryLabel } from '../../core/api/contract';
import type { Command, SingleCommand } from '../../core/commands';
import type { MessageKey } from '../../core/i18n/catalogue';
import type { IdPrefix } from '../../core/ids';
import {
  ActivitySchema,
  ActorSchema,
  ForumSchema,
  MembershipSchema,
  SavedViewSchema,
  TieSchema,
  WaveSchema,
  type Activity,
  type Actor,
  type AttributeDefinition,
  type AttributeOwner,
  type CodebookName,
  type Forum,
  type Membership,
  type Positions,
  type ProjectData,
  type ProjectSettings,
  type SavedView,
  type Tie,
  type Wave,
} from '../../core/model/schema';
import { mergeProblems, planMerge } from '../../core/model/merge';
import { messageRef } from '../../core/i18n/catalogue';
import { checkDefinition, checkDefinitionRemoval, fits } from '../../core/rules/attribute-rules';
import { checkCodeLabels } from '../../core/rules/codebook-rules';
import { problem, type Problem, type ProblemPath } from '../../core/problems';
import {
  CODE_KIND,
  checkActivity,
  checkActor,
  checkCodeRemoval,
  checkForum,
  checkKindChange,
  checkMembership,
  checkSettings,
  checkTie,
  rescaleStrength,
  unknown,
} from '../../core/rules/element-rules';
import { checkWaveCopy, checkWaveOrder, noWaveLeft } from '../../core/rules/wave-rules';
import { checkViewName, checkViewOrder } from '../../core/rules/view-rules';
import { viewWithoutActor } from '../../core/model/views';
import { withPresence } from '../../core/model/wave-presence';
import type { WaveId } from '../../core/ids';
import { parseIn } from '../../core/validation';
import type { ChangeRecorder } from './history';
import {
  readActivity,
  readActor,
  readForum,
  readMembership,
  readTie,
  readView,
  readViews,
  waveFromRow,
  wavesOfOne,
  type WaveRow,
} from './read-project';
import {
  ACTIVITY_ACTORS,
  activityActorRow,
  activityRow,
  actorRow,
  attributeDefRow,
  CODEBOOK_TABLES,
  codeRow,
  forumRow,
  membershipRow,
  positionRow,
  seatRow,
  tieRow,
  viewRow,
  WAVE_LINKS,
  waveRow,
  type ActivityActors,
  type CodeEntry,
  type Row,
  type TableName,
  type WaveOwner,
} from './tables';
import { readMergeInput } from './merge-input';
import { StoreLookup } from './store-lookup';

/**
 * Applies commands through a ChangeRecorder, checking each against the rule layer
 * (src/core/rules) over the open file. It collects problems instead of stopping at the first, so
 * the user sees all of them; the store rolls the transaction back when there are any.
 */
export class Editor {
  readonly problems: Problem[] = [];
  readonly created: string[] = [];
  private readonly nextSorts = new Map<TableName, number>();
  private readonly nextCodes = new Map<'P' | 'O', number>();
  private readonly look: StoreLookup;
  /** where the command being applied sits: `['commands', 2]` inside a batch */
  private prefix: ProblemPath = [];

  constructor(
    private readonly db: Database.Database,
    private readonly rec: ChangeRecorder,
    private readonly makeId: (prefix: IdPrefix) => string,
  ) {
    this.look = new StoreLookup(db);
  }

  apply(command: Command): HistoryLabel {
    if (command.type !== 'batch') return this.applySingle(command);
    let last: HistoryLabel = { key: 'history.batch', params: { count: 0 } };
    command.commands.forEach((c, i) => {
      this.prefix = ['commands', i];
      last = this.applySingle(c);
    });
    this.prefix = [];
    return command.commands.length === 1 ? last : { key: 'history.batch', params: { count: command.commands.length } };
  }

  /**
   * Adds a whole project's contents (an import) as one step, every element checked by the same
   * rules as an edit, against the project as it grows. Into an existing project, codes it
   * already has are kept as they are; `asWhole` (a new, empty project) takes the import's name,
   * settings and codebooks exactly.
   */
  importData(data: ProjectData, asWhole: boolean): void {
    const free = (rows: ReadonlyArray<{ id: string }>, table: TableName, collection: string) =>
      rows.forEach((r, i) => this.requireFreeId(table, r.id, [collection, i], r.id));
    free(data.waves, 'waves', 'waves');
    free(data.actors, 'actors', 'actors');
    free(data.memberships, 'memberships', 'memberships');
    free(data.ties, 'ties', 'ties');
    free(data.forums, 'forums', 'forums');
    free(data.activities, 'activities', 'activities');
    if (!this.ok()) return;

    if (asWhole) {
      this.rec.update('meta', { key: 'name', value: data.meta.name });
      this.rec.update('meta', { key: 'description', value: data.meta.description });
      this.writeSettings(data.settings);
    }
    for (const name of Object.keys(CODEBOOK_TABLES) as CodebookName[]) {
      const table = CODEBOOK_TABLES[name];
      const incoming = new Set(data.codebooks[name].map((e) => e.key));
      data.codebooks[name].forEach((entry, i) => {
        const existing = this.rec.get(table, { key: entry.key });
        // a code the project lacks may not take a name one of its codes has (asWhole: the
        // project's own are replaced, so the import's codes are checked among themselves)
        const beside = asWhole ? data.codebooks[name].slice(0, i) : this.look.codes(name);
        const clash = checkCodeLabels(entry, beside, ['codebooks', name, i]);
        if (clash.length > 0 && (asWhole || !existing)) this.report(clash);
        else if (!existing) this.insertCode(name, entry);
        else if (asWhole) this.rec.update(table, codeRow(entry, i + 1));
      });
      if (asWhole) {
        const keys = this.db.prepare(`SELECT key FROM ${table}`).pluck().all() as string[];
        for (const key of keys) if (!incoming.has(key)) this.rec.delete(table, { key });
      }
    }
    this.importDefinitions(data.codebooks.attributes, asWhole);
    for (const w of data.waves) this.rec.insert('waves', waveRow(w, this.nextSort('waves')));
    // each element is checked against what is written before it: its actors, codes and waves
    const checked = <T extends { id: string }>(rows: readonly T[], collection: string, check: (row: T, at: ProblemPath) => Problem[], write: (row: T) => void) =>
      rows.forEach((row, i) => {
        const problems = check(row, [collection, i]);
        if (problems.length > 0) for (const p of problems) this.problems.push({ ...p, id: row.id });
        else if (this.ok()) write(row);
      });
    checked(data.actors, 'actors', (a, at) => checkActor(a, at, this.look), (a) => this.insertActor(a));
    checked(data.memberships, 'memberships', (m, at) => checkMembership(m, at, this.look), (m) => this.insertMembership(m));
    checked(data.ties, 'ties', (t, at) => checkTie(t, at, this.look), (t) => this.insertTie(t));
    checked(data.forums, 'forums', (f, at) => checkForum(f, at, this.look), (f) => this.insertForum(f));
    checked(data.activities, 'activities', (a, at) => checkActivity(a, at, this.look), (a) => this.insertActivity(a));
    if (this.ok()) this.placeActors(data.positions, ['positions']);
    // a whole project brings its views; views of another project would show actors this one lacks
    if (asWhole) data.views.forEach((v, i) => this.addView(v, ['views', i]));
  }

  /**
   * The attribute definitions an import brings, checked as a whole project's are: into an
   * existing project those it lacks are added and those it has kept as they are (as codes are);
   * a new, empty project takes the import's exactly.
   */
  private importDefinitions(definitions: readonly AttributeDefinition[], asWhole: boolean): void {
    const seen = new Set<string>();
    definitions.forEach((d, i) => {
      const at: ProblemPath = ['codebooks', 'attributes', i];
      const id = `${d.appliesTo}/${d.key}`;
      if (seen.has(id)) this.fail(at, 'errors.duplicateId', { id: d.key });
      seen.add(id);
      this.report(checkDefinition(d, at, this.look));
      const existing = this.rec.get('attribute_defs', { applies_to: d.appliesTo, key: d.key });
      if (!this.ok()) return;
      if (!existing) this.insertDefinition(d);
      else if (asWhole) this.rec.update('attribute_defs', attributeDefRow(d, Number(existing['sort'])));
    });
    if (asWhole) {
      const rows = this.db.prepare('SELECT applies_to, key FROM attribute_defs').all() as Array<{ applies_to: string; key: string }>;
      for (const r of rows) if (!seen.has(`${r.applies_to}/${r.key}`)) this.rec.delete('attribute_defs', r);
    }
    this.look.definitionsChanged();
  }

  private applySingle(c: SingleCommand): HistoryLabel {
    switch (c.type) {
      case 'project.update': {
        if (c.patch.name !== undefined) this.rec.update('meta', { key: 'name', value: c.patch.name });
        if (c.patch.description !== undefined)
          this.rec.update('meta', { key: 'description', value: c.patch.description });
        return { key: c.patch.name !== undefined ? 'history.projectRename' : 'history.projectDescribe', params: {} };
      }
      case 'settings.update': {
        const before = this.look.settings();
        this.report(checkSettings(c.settings, this.at('settings'), this.look, { rescale: c.rescaleStrengths }));
        if (!this.ok()) return { key: 'history.settingsUpdate', params: {} };
        const rescaled = c.rescaleStrengths ? this.rescaleTies(before.strengthScale, c.settings.strengthScale) : 0;
        this.writeSettings(c.settings);
        return rescaled > 0 ? { key: 'history.settingsRescale', params: { count: rescaled } } : { key: 'history.settingsUpdate', params: {} };
      }
      case 'layout.set': {
        const current = this.db.prepare('SELECT actor FROM positions').pluck().all() as string[];
        for (const actor of current) if (!Object.hasOwn(c.positions, actor)) this.rec.delete('positions', { actor });
        const count = this.placeActors(c.positions, this.at('positions'));
        if (Object.keys(c.positions).length === 0) return { key: 'history.layoutClear', params: {} };
        if (c.reason === 'first') return { key: 'history.layoutFirst', params: { count } };
        if (c.reason === 'again') return { key: 'history.layoutAgain', params: { count } };
        return { key: 'history.layoutSet', params: { count } };
      }
      case 'layout.move':
        return { key: 'history.layoutMove', params: { count: this.placeActors(c.positions, this.at('positions')) } };

      case 'actor.add': {
        const actor: Actor = { ...c.actor, id: this.idFor(c.actor.id, 'a') as Actor['id'] };
        this.requireFreeId('actors', actor.id, this.at('actor', 'id'));
        this.report(checkActor(actor, this.at('actor'), this.look));
        if (this.ok()) this.insertActor(actor);
        return { key: 'history.actorAdd', params: { label: actor.label } };
      }
      case 'actor.update': {
        const before = this.loadActor(c.id);
        if (!before) return { key: 'history.actorUpdate', params: { label: c.id } };
        const after = this.parsed(ActorSchema, { ...before, ...c.patch }, 'actor');
        if (after) {
          this.report(checkActor(after, this.at('actor'), this.look));
          if (after.kind !== before.kind) this.report(checkKindChange(after, this.at('actor'), this.look));
          if (this.ok()) {
            this.rec.update('actors', actorRow(after, this.sortOf('actors', after.id)));
            this.setWaves('actors', after.id, after.waves);
            if (after.kind !== before.kind) this.givePseudonym(after.id, after.kind);
          }
        }
        return { key: 'history.actorUpdate', params: { label: (after ?? before).label } };
      }
      case 'actor.merge':
        return this.mergeActors(c.keep, c.drop);
      case 'actor.remove': {
        const actor = this.loadActor(c.id);
        if (actor) this.removeActor(actor.id);
        return { key: 'history.actorRemove', params: { label: actor?.label ?? c.id } };
      }

      case 'membership.add': {
        const m: Membership = { ...c.membership, id: this.idFor(c.membership.id, 'm') as Membership['id'] };
        this.requireFreeId('memberships', m.id, this.at('membership', 'id'));
        this.report(checkMembership(m, this.at('membership'), this.look));
        if (this.ok()) this.insertMembership(m);
        return { key: 'history.membershipAdd', params: {} };
      }
      case 'membership.update': {
        const before = this.loadMembership(c.id);
        const after = before && this.parsed(MembershipSchema, { ...before, ...c.patch }, 'membership');
        if (after) {
          this.report(checkMembership(after, this.at('membership'), this.look));
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
        this.requireFreeId('ties', t.id, this.at('tie', 'id'));
        this.report(checkTie(t, this.at('tie'), this.look));
        if (this.ok()) this.insertTie(t);
        return { key: 'history.tieAdd', params: {} };
      }
      case 'tie.update': {
        const before = this.loadTie(c.id);
        const after = before && this.parsed(TieSchema, { ...before, ...c.patch }, 'tie');
        if (after) {
          // a strength left as it was is not checked again: a tie from an older file stays editable
          this.report(checkTie(after, this.at('tie'), this.look, { strength: c.patch.strength !== undefined }));
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
        this.requireFreeId('forums', f.id, this.at('forum', 'id'));
        this.report(checkForum(f, this.at('forum'), this.look));
        if (this.ok()) this.insertForum(f);
        return { key: 'history.forumAdd', params: { label: f.label } };
      }
      case 'forum.update': {
        const before = this.loadForum(c.id);
        const after = before && this.parsed(ForumSchema, { ...before, ...c.patch }, 'forum');
        if (after) {
          this.report(checkForum(after, this.at('forum'), this.look));
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

      case 'activity.add': {
        const a: Activity = { ...c.activity, id: this.idFor(c.activity.id, 'act') as Activity['id'] };
        this.requireFreeId('activities', a.id, this.at('activity', 'id'));
        this.report(checkActivity(a, this.at('activity'), this.look));
        if (this.ok()) this.insertActivity(a);
        return { key: 'activities.history.add', params: { label: a.title } };
      }
      case 'activity.update': {
        const before = this.loadActivity(c.id);
        const after = before && this.parsed(ActivitySchema, { ...before, ...c.patch }, 'activity');
        if (after) {
          this.report(checkActivity(after, this.at('activity'), this.look));
          if (this.ok()) {
            this.rec.update('activities', activityRow(after, this.sortOf('activities', after.id)));
            this.setActivityActors(after.id, 'owners', after.owners);
            this.setActivityActors(after.id, 'contacts', after.contacts);
            this.setWaves('activities', after.id, after.waves);
          }
        }
        return { key: 'activities.history.update', params: { label: (after ?? before)?.title ?? c.id } };
      }
      case 'activity.remove': {
        const activity = this.loadActivity(c.id);
        if (activity) this.removeActivity(activity.id);
        return { key: 'activities.history.remove', params: { label: activity?.title ?? c.id } };
      }

      case 'wave.add': {
        const w: Wave = { ...c.wave, id: this.idFor(c.wave.id, 'w') as Wave['id'] };
        this.requireFreeId('waves', w.id, this.at('wave', 'id'));
        const from = c.copyFrom === undefined ? undefined : this.waveLabel(c.copyFrom, this.at('copyFrom'));
        if (this.ok()) this.rec.insert('waves', waveRow(w, this.nextSort('waves')));
        if (c.copyFrom === undefined || from === undefined) return { key: 'history.waveAdd', params: { label: w.label } };
        if (this.ok()) this.copyPresence(c.copyFrom, w.id);
        return { key: 'waves.history.addCopy', params: { label: w.label, from } };
      }
      case 'wave.copy': {
        this.report(checkWaveCopy(c.from, c.wave, this.at(), this.look));
        const label = { key: 'waves.history.copy', params: { label: this.waveLabelOrId(c.wave), from: this.waveLabelOrId(c.from), count: 0 } } satisfies HistoryLabel;
        if (!this.ok()) return label;
        return { ...label, params: { ...label.params, count: this.copyPresence(c.from, c.wave) } };
      }
      case 'wave.order': {
        const existing = this.db.prepare('SELECT id FROM waves ORDER BY sort').pluck().all() as string[];
        this.report(checkWaveOrder(c.ids, existing, this.at('ids')));
        if (this.ok()) c.ids.forEach((id, i) => this.rec.update('waves', { id, sort: i + 1 }));
        return { key: 'waves.history.order', params: {} };
      }
      case 'wave.presence':
        return this.setPresence(c);
      case 'wave.update': {
        const row = this.db.prepare('SELECT id, label, date FROM waves WHERE id = ?').get(c.id) as WaveRow | undefined;
        if (!row) {
          this.missing(this.at('wave', 'id'), 'kinds.wave', c.id);
          return { key: 'history.waveUpdate', params: { label: c.id } };
        }
        const after = this.parsed(WaveSchema, { ...waveFromRow(row), ...c.patch }, 'wave');
        if (after && this.ok()) this.rec.update('waves', waveRow(after, this.sortOf('waves', after.id)));
        return { key: 'history.waveUpdate', params: { label: (after ?? row).label } };
      }
      case 'wave.remove': {
        const row = this.db.prepare('SELECT id, label FROM waves WHERE id = ?').get(c.id) as WaveRow | undefined;
        if (!row) {
          this.missing(this.at('wave', 'id'), 'kinds.wave', c.id);
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

      case 'view.add': {
        const v: SavedView = { ...c.view, id: this.idFor(c.view.id, 'v') as SavedView['id'] };
        this.addView(v, this.at('view'));
        return { key: 'views.history.add', params: { label: v.name } };
      }
      case 'view.update': {
        const before = readView(this.db, c.id);
        if (!before) this.missing(this.at('view', 'id'), 'views.element', c.id);
        const after = before && this.parsed(SavedViewSchema, { ...before, ...c.patch }, 'view');
        if (after) {
          this.report(checkViewName(after, readViews(this.db), this.at('view')));
          if (this.ok()) this.rec.update('views', viewRow(after, this.sortOf('views', after.id)));
        }
        return { key: 'views.history.update', params: { label: (after ?? before)?.name ?? c.id } };
      }
      case 'view.remove': {
        const view = readView(this.db, c.id);
        if (!view) this.missing(this.at('view', 'id'), 'views.element', c.id);
        else this.rec.delete('views', { id: view.id });
        return { key: 'views.history.remove', params: { label: view?.name ?? c.id } };
      }
      case 'view.order': {
        const existing = this.db.prepare('SELECT id FROM views ORDER BY sort').pluck().all() as string[];
        this.report(checkViewOrder(c.ids, existing, this.at('ids')));
        if (this.ok()) c.ids.forEach((id, i) => this.rec.update('views', { id, sort: i + 1 }));
        return { key: 'views.history.order', params: {} };
      }

      case 'code.add': {
        const { codebook, entry } = c.code;
        if (this.look.hasCode(codebook, entry.key)) this.fail(this.at('code', 'key'), 'errors.idInUse', { id: entry.key });
        this.report(checkCodeLabels(entry, this.look.codes(codebook), this.at('code', 'entry')));
        if (this.ok()) this.insertCode(codebook, entry);
        return { key: `history.codes.add.${codebook}`, params: { key: entry.key, label_da: entry.label.da, label_en: entry.label.en } };
      }
      case 'code.update': {
        const { codebook, entry } = c.code;
        const table = CODEBOOK_TABLES[codebook];
        const before = this.rec.get(table, { key: entry.key });
        if (!before) this.missing(this.at('code', 'key'), CODE_KIND[codebook], entry.key);
        this.report(checkCodeLabels(entry, this.look.codes(codebook), this.at('code', 'entry')));
        if (before && this.ok()) this.rec.update(table, codeRow(entry, Number(before['sort'])));
        return { key: `history.codes.update.${codebook}`, params: { key: entry.key, label_da: entry.label.da, label_en: entry.label.en } };
      }
      case 'code.remove': {
        this.report(checkCodeRemoval(c.codebook, c.key, this.at('code', 'key'), this.look));
        // named as it was before it went
        const before = this.rec.get(CODEBOOK_TABLES[c.codebook], { key: c.key });
        const label = { da: String(before?.['label_da'] ?? c.key), en: String(before?.['label_en'] ?? c.key) };
        if (this.ok()) this.rec.delete(CODEBOOK_TABLES[c.codebook], { key: c.key });
        return { key: `history.codes.remove.${c.codebook}`, params: { key: c.key, label_da: label.da, label_en: label.en } };
      }

      case 'attribute.add': {
        const d = c.definition;
        if (this.look.attributeDefinition(d.appliesTo, d.key)) this.fail(this.at('definition', 'key'), 'errors.idInUse', { id: d.key });
        this.report(checkDefinition(d, this.at('definition'), this.look));
        // values already stored under the key (an attribute used before it was defined) must fit it
        const misfit = this.look.attributeValues(d.appliesTo, d.key).filter((v) => !fits(d, v)).length;
        if (misfit > 0)
          this.fail(this.at('definition', 'type'), 'details.rules.typeInUse', {
            attribute: d.key,
            count: this.look.attributeValues(d.appliesTo, d.key).length,
            misfit,
            type: messageRef(`details.types.${d.type}`),
          });
        if (this.ok()) this.insertDefinition(d);
        return { key: 'details.history.attributeAdd', params: { key: d.key } };
      }
      case 'attribute.update': {
        const d = c.definition;
        const before = this.look.attributeDefinition(d.appliesTo, d.key);
        if (!before) this.missing(this.at('definition', 'key'), 'details.kinds.attribute', d.key);
        else this.report(checkDefinition(d, this.at('definition'), this.look, before));
        if (this.ok()) {
          const sort = Number(this.rec.get('attribute_defs', { applies_to: d.appliesTo, key: d.key })?.['sort'] ?? 0);
          this.rec.update('attribute_defs', attributeDefRow(d, sort));
          this.look.definitionsChanged();
        }
        return { key: 'details.history.attributeUpdate', params: { key: d.key } };
      }
      case 'attribute.remove': {
        this.report(checkDefinitionRemoval(c.appliesTo, c.key, c.values, this.at('attribute', 'key'), this.look));
        if (this.ok()) {
          if (c.values === 'erase') this.eraseAttribute(c.appliesTo, c.key);
          this.rec.delete('attribute_defs', { applies_to: c.appliesTo, key: c.key });
          this.look.definitionsChanged();
        }
        return { key: 'details.history.attributeRemove', params: { key: c.key } };
      }
    }
  }

  /** Takes an attribute out of every element of its kind that holds it (a row rewritten each). */
  private eraseAttribute(owner: AttributeOwner, key: string): void {
    const rows = this.db
      .prepare(`SELECT id, attributes FROM ${owner} e WHERE EXISTS (SELECT 1 FROM json_each(e.attributes) j WHERE j.key = ?) ORDER BY sort`)
      .raw()
      .all(key) as Array<[string, string]>;
    for (const [id, text] of rows) {
      const attributes = JSON.parse(text) as Record<string, unknown>;
      const kept = Object.fromEntries(Object.entries(attributes).filter(([k]) => k !== key));
      this.rec.update(owner, { id, attributes: JSON.stringify(kept) });
    }
  }

  private insertDefinition(d: AttributeDefinition): void {
    this.rec.insert('attribute_defs', attributeDefRow(d, this.nextSort('attribute_defs')));
    this.look.definitionsChanged();
  }

  /**
   * Merges `drop` into `keep` by the rules of src/core/model/merge.ts. Every element the merge
   * changes is checked by the rules an edit of it meets, all before anything is written; the
   * dropped actor goes last, as a deletion takes it, so undo brings back every row as it was.
   */
  private mergeActors(keepId: string, dropId: string): HistoryLabel {
    // the refusals name no field: the message says which actor and why
    const keep = readActor(this.db, keepId);
    const drop = readActor(this.db, dropId);
    if (!keep) this.missing(this.at(), 'kinds.personOrOrganisation', keepId);
    if (!drop && dropId !== keepId) this.missing(this.at(), 'kinds.personOrOrganisation', dropId);
    // the ids ride along unworded, so erasing the kept person can find who was merged into them
    const label: HistoryLabel = { key: 'merge.history', params: { keep: keep?.label ?? keepId, drop: drop?.label ?? dropId, keepId, dropId } };
    if (!keep || !drop) return label;
    this.report(mergeProblems(keep, drop, this.at()));
    if (!this.ok()) return label;

    const plan = planMerge(readMergeInput(this.db, keep, drop));
    // joined texts may outgrow a field, and are then refused by the field's own limit
    const actor = this.parsed(ActorSchema, plan.actor, 'actor');
    if (actor) this.report(checkActor(actor, this.at('actor'), this.look));
    const ties = [...plan.ties.joined, ...plan.ties.moved].map((t) => this.parsed(TieSchema, t, 'tie'));
    // strengths come from the file as they are: a tie from an older file on another scale stays mergeable
    for (const t of ties) if (t) this.report(checkTie(t, this.at('tie'), this.look, { strength: false }));
    const memberships = [...plan.memberships.joined, ...plan.memberships.moved].map((m) => this.parsed(MembershipSchema, m, 'membership'));
    for (const m of memberships) if (m) this.report(checkMembership(m, this.at('membership'), this.look));
    const forums = plan.forums.map((f) => this.parsed(ForumSchema, f, 'forum'));
    for (const f of forums) if (f) this.report(checkForum(f, this.at('forum'), this.look));
    const activities = plan.activities.map((a) => this.parsed(ActivitySchema, a, 'activity'));
    for (const a of activities) if (a) this.report(checkActivity(a, this.at('activity'), this.look));
    if (!this.ok() || !actor) return label;

    for (const id of plan.ties.removed) this.removeOwned('ties', id);
    for (const t of ties)
      if (t) {
        this.rec.update('ties', tieRow(t, this.sortOf('ties', t.id)));
        this.setWaves('ties', t.id, t.waves);
      }
    for (const id of plan.memberships.removed) this.removeOwned('memberships', id);
    for (const m of memberships)
      if (m) {
        this.rec.update('memberships', membershipRow(m, this.sortOf('memberships', m.id)));
        this.setWaves('memberships', m.id, m.waves);
      }
    for (const f of forums) if (f) this.setSeats(f);
    for (const a of activities)
      if (a) {
        this.setActivityActors(a.id, 'owners', a.owners);
        this.setActivityActors(a.id, 'contacts', a.contacts);
      }
    this.rec.update('actors', actorRow(actor, this.sortOf('actors', actor.id)));
    this.setWaves('actors', actor.id, actor.waves);
    if (plan.position) this.placeActors({ [actor.id]: plan.position }, this.at('positions'));
    this.removeActor(drop.id);
    return label;
  }

  // --- waves --------------------------------------------------------------------------------

  /**
   * Makes every element present in wave `from` present in `to` too; returns how many changed.
   * Elements listing no wave are present in both already; only the listed ones get a link.
   */
  private copyPresence(from: string, to: string): number {
    let changed = 0;
    for (const { table, column } of Object.values(WAVE_LINKS)) {
      const ids = this.db
        .prepare(`SELECT l.${column} FROM ${table} l WHERE l.wave = ? AND NOT EXISTS (SELECT 1 FROM ${table} m WHERE m.${column} = l.${column} AND m.wave = ?)`)
        .pluck()
        .all(from, to) as string[];
      for (const id of ids) this.rec.insert(table, { [column]: id, wave: to });
      changed += ids.length;
    }
    return changed;
  }

  /** Sets the presence of the listed elements in one wave; each is checked before any is written. */
  private setPresence(c: Extract<SingleCommand, { type: 'wave.presence' }>): HistoryLabel {
    const label = this.waveLabel(c.wave, this.at('wave'));
    const count = c.actors.length + c.ties.length + c.memberships.length + c.forums.length + c.activities.length;
    const history: HistoryLabel = { key: c.present ? 'waves.history.presenceOn' : 'waves.history.presenceOff', params: { label: label ?? c.wave, count } };
    if (label === undefined) return history;
    const order = this.db.prepare('SELECT id FROM waves ORDER BY sort').pluck().all() as WaveId[];
    const lists: ReadonlyArray<[WaveOwner, readonly string[], MessageKey]> = [
      ['actors', c.actors, 'kinds.personOrOrganisation'],
      ['ties', c.ties, 'kinds.tie'],
      ['memberships', c.memberships, 'kinds.membership'],
      ['forums', c.forums, 'kinds.forum'],
      ['activities', c.activities, 'kinds.activity'],
    ];
    const writes: Array<[WaveOwner, string, WaveId[]]> = [];
    for (const [owner, ids, kind] of lists)
      ids.forEach((id, i) => {
        const at = this.at(owner, i);
        if (!this.rec.get(owner, { id })) return this.missing(at, kind, id);
        const next = withPresence(wavesOfOne(this.db, owner, id), order, c.wave, c.present);
        if (next === null) this.problems.push({ ...noWaveLeft(at, this.elementName(owner, id), label), id });
        else writes.push([owner, id, next]);
      });
    if (this.ok()) for (const [owner, id, waves] of writes) this.setWaves(owner, id, waves);
    return history;
  }

  /** A wave's label, or a problem at `at` when the project has no such wave. */
  private waveLabel(id: string, at: ProblemPath): string | undefined {
    const label = this.db.prepare('SELECT label FROM waves WHERE id = ?').pluck().get(id) as string | undefined;
    if (label === undefined) this.missing(at, 'kinds.wave', id);
    return label;
  }

  private waveLabelOrId(id: string): string {
    return (this.db.prepare('SELECT label FROM waves WHERE id = ?').pluck().get(id) as string | undefined) ?? id;
  }

  /** How a problem names an element: an actor or forum by its label, a tie or membership by its ends. */
  private elementName(owner: WaveOwner, id: string): string {
    const label = (sql: string, ...args: string[]) => (this.db.prepare(sql).pluck().get(...args) as string | undefined) ?? id;
    const actor = (actorId: string) => label('SELECT label FROM actors WHERE id = ?', actorId);
    switch (owner) {
      case 'actors':
        return actor(id);
      case 'forums':
        return label('SELECT label FROM forums WHERE id = ?', id);
      case 'activities':
        return label('SELECT title FROM activities WHERE id = ?', id);
      case 'ties': {
        const t = this.db.prepare('SELECT source, target FROM ties WHERE id = ?').get(id) as { source: string; target: string };
        return `${actor(t.source)} – ${actor(t.target)}`;
      }
      case 'memberships': {
        const m = this.db.prepare('SELECT person, organisation FROM memberships WHERE id = ?').get(id) as { person: string; organisation: string };
        return `${actor(m.person)} – ${actor(m.organisation)}`;
      }
    }
  }

  // --- writes -------------------------------------------------------------------------------

  private writeSettings(settings: ProjectSettings): void {
    this.rec.update('meta', { key: 'settings', value: JSON.stringify(settings) });
    this.look.settingsChanged(settings);
  }

  /** Moves every tie's strength from one scale onto another; returns how many changed. */
  private rescaleTies(from: { min: number; max: number }, to: { min: number; max: number }): number {
    if (from.min === to.min && from.max === to.max) return 0;
    const ids = this.db.prepare('SELECT id FROM ties WHERE strength IS NOT NULL ORDER BY sort').pluck().all() as string[];
    let changed = 0;
    for (const id of ids) {
      const row = this.rec.get('ties', { id });
      const strength = row?.['strength'];
      if (typeof strength !== 'number') continue;
      const moved = rescaleStrength(strength, from, to);
      if (moved !== strength) {
        this.rec.update('ties', { id, strength: moved });
        changed++;
      }
    }
    return changed;
  }

  /** Writes the positions that differ from the stored ones; returns how many actors were placed. */
  private placeActors(positions: Positions, at: ProblemPath): number {
    let placed = 0;
    for (const [actor, p] of Object.entries(positions)) {
      if (this.look.actorKind(actor) === undefined) {
        this.problems.push(unknown([...at, actor], 'kinds.personOrOrganisation', actor));
        continue;
      }
      placed++;
      const row = positionRow(actor, p);
      if (this.rec.get('positions', { actor })) this.rec.update('positions', row);
      else this.rec.insert('positions', row);
    }
    return placed;
  }

  private insertActor(a: Actor): void {
    this.rec.insert('actors', actorRow(a, this.nextSort('actors')));
    this.setWaves('actors', a.id, a.waves);
    this.givePseudonym(a.id, a.kind);
  }

  /**
   * An actor's code for pseudonymised exports (P001 for persons, O001 for organisations and
   * departments), kept for good: an actor brought back by undo, or given again by an import, has
   * the code it had, and no code is given to anyone else.
   */
  private givePseudonym(actor: string, kind: Actor['kind']): void {
    const prefix = kind === 'person' ? 'P' : 'O';
    const row = this.rec.get('pseudonyms', { actor });
    const code = row?.['code'];
    if (typeof code === 'string' && code.startsWith(prefix)) return;
    let next = this.nextCodes.get(prefix);
    if (next === undefined) {
      const highest = this.db
        .prepare("SELECT MAX(CAST(substr(code, 2) AS INTEGER)) FROM pseudonyms WHERE substr(code, 1, 1) = ?")
        .pluck()
        .get(prefix) as number | null;
      next = (highest ?? 0) + 1;
    }
    this.nextCodes.set(prefix, next + 1);
    const fresh = { actor, code: `${prefix}${String(next).padStart(3, '0')}` };
    if (row) this.rec.update('pseudonyms', fresh);
    else this.rec.insert('pseudonyms', fresh);
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

  private insertActivity(a: Activity): void {
    this.rec.insert('activities', activityRow(a, this.nextSort('activities')));
    a.owners.forEach((actor, i) => this.rec.insert(ACTIVITY_ACTORS.owners, activityActorRow(a.id, actor, i)));
    a.contacts.forEach((actor, i) => this.rec.insert(ACTIVITY_ACTORS.contacts, activityActorRow(a.id, actor, i)));
    this.setWaves('activities', a.id, a.waves);
  }

  private insertCode(codebook: CodebookName, entry: CodeEntry): void {
    const table = CODEBOOK_TABLES[codebook];
    this.rec.insert(table, codeRow(entry, this.nextSort(table)));
  }

  /** Deletes an actor and everything that cannot exist without it; undo brings it all back. */
  removeActor(id: string): void {
    const ids = (sql: string) => this.db.prepare(sql).pluck().all({ id }) as string[];
    for (const m of ids('SELECT id FROM memberships WHERE person = @id OR organisation = @id')) this.removeOwned('memberships', m);
    for (const t of ids('SELECT id FROM ties WHERE source = @id OR target = @id')) this.removeOwned('ties', t);
    for (const f of ids('SELECT forum FROM forum_seats WHERE actor = @id')) this.rec.delete('forum_seats', { forum: f, actor: id });
    const represented = this.db.prepare('SELECT forum, actor FROM forum_seats WHERE represents = ?').all(id) as Row[];
    for (const seat of represented) this.rec.update('forum_seats', { ...seat, represents: null });
    // the actor leaves the activities it runs or is the contact of; one it alone ran goes with it
    for (const a of ids('SELECT activity FROM activity_owners WHERE actor = @id UNION SELECT activity FROM activity_contacts WHERE actor = @id')) {
      const activity = readActivity(this.db, a);
      if (!activity) continue;
      const owners = activity.owners.filter((o) => o !== id);
      if (owners.length === 0) this.removeActivity(a);
      else
        for (const list of ['owners', 'contacts'] as const)
          if (activity[list].includes(id as Actor['id'])) this.rec.delete(ACTIVITY_ACTORS[list], { activity: a, actor: id });
    }
    this.rec.delete('positions', { actor: id });
    // saved views forget the actor: its place, a focus on it, its part in a departure scenario
    for (const view of readViews(this.db)) {
      const without = viewWithoutActor(view, id);
      if (without !== view) this.rec.update('views', viewRow(without, this.sortOf('views', view.id)));
    }
    this.removeOwned('actors', id);
  }

  /** A new view, its id free and its name not taken, as the slides' last. */
  private addView(v: SavedView, at: ProblemPath): void {
    this.requireFreeId('views', v.id, [...at, 'id'], v.id);
    this.report(checkViewName(v, readViews(this.db), at));
    if (this.ok()) this.rec.insert('views', viewRow(v, this.nextSort('views')));
  }

  /** Deletes an activity: its owners, contacts and wave links first. */
  private removeActivity(id: string): void {
    for (const table of Object.values(ACTIVITY_ACTORS))
      for (const actor of this.db.prepare(`SELECT actor FROM ${table} WHERE activity = ?`).pluck().all(id) as string[])
        this.rec.delete(table, { activity: id, actor });
    this.removeOwned('activities', id);
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

  /** One of an activity's lists of actors as `wanted` has it, in that order. */
  private setActivityActors(activity: string, list: ActivityActors, wanted: readonly string[]): void {
    const table = ACTIVITY_ACTORS[list];
    const current = this.db.prepare(`SELECT actor, sort FROM ${table} WHERE activity = ?`).all(activity) as Array<{ actor: string; sort: number }>;
    const keep = new Set(wanted);
    for (const row of current) if (!keep.has(row.actor)) this.rec.delete(table, { activity, actor: row.actor });
    const sortOf = new Map(current.map((r) => [r.actor, r.sort]));
    wanted.forEach((actor, i) => {
      const was = sortOf.get(actor);
      if (was === undefined) this.rec.insert(table, activityActorRow(activity, actor, i));
      else if (was !== i) this.rec.update(table, activityActorRow(activity, actor, i));
    });
  }

  // --- reads --------------------------------------------------------------------------------

  private loadActor(id: string): Actor | undefined {
    const actor = readActor(this.db, id);
    if (!actor) this.missing(this.at('actor', 'id'), 'kinds.personOrOrganisation', id);
    return actor;
  }

  private loadMembership(id: string): Membership | undefined {
    const membership = readMembership(this.db, id);
    if (!membership) this.missing(this.at('membership', 'id'), 'kinds.membership', id);
    return membership;
  }

  private loadTie(id: string): Tie | undefined {
    const tie = readTie(this.db, id);
    if (!tie) this.missing(this.at('tie', 'id'), 'kinds.tie', id);
    return tie;
  }

  private loadForum(id: string): Forum | undefined {
    const forum = readForum(this.db, id);
    if (!forum) this.missing(this.at('forum', 'id'), 'kinds.forum', id);
    return forum;
  }

  private loadActivity(id: string): Activity | undefined {
    const activity = readActivity(this.db, id);
    if (!activity) this.missing(this.at('activity', 'id'), 'activities.element', id);
    return activity;
  }

  // --- helpers ------------------------------------------------------------------------------

  private requireFreeId(table: TableName, id: string, at: ProblemPath, elementId?: string): void {
    if (this.rec.get(table, { id })) this.problems.push({ ...problem(at, 'errors.idInUse', { id }), ...(elementId === undefined ? {} : { id: elementId }) });
  }

  private parsed<S extends z.ZodType>(schema: S, value: unknown, element: string): z.output<S> | undefined {
    const result = parseIn(schema, value, this.at(element));
    if (result.ok) return result.value;
    this.report(result.problems);
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

  private at(...steps: ProblemPath): ProblemPath {
    return [...this.prefix, ...steps];
  }

  private ok(): boolean {
    return this.problems.length === 0;
  }

  private report(problems: readonly Problem[]): void {
    for (const p of problems) this.problems.push(p);
  }

  private fail(at: ProblemPath, key: MessageKey, params: Record<string, string | number> = {}): void {
    this.problems.push(problem(at, key, params));
  }

  private missing(at: ProblemPath, what: MessageKey, id: string): void {
    this.problems.push(unknown(at, what, id));
  }
}

/** A command's problems under the command's own element: `patch` is named as what it patches. */
export function namedByElement(problems: readonly Problem[], commandType: string): Problem[] {
  const element = commandType.split('.')[0] ?? '';
  return problems.map((p) => {
    const i = p.path.indexOf('patch');
    return i < 0 || element === 'project' ? p : { ...p, path: p.path.map((s, j) => (j === i ? element : s)) };
  });
}
