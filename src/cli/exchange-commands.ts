import { Option, type Command } from 'commander';
import { existsSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { analysisOptions } from '../core/analysis/analyze';
import { UserError } from '../core/errors';
import { FORMAT_IDS, type FormatId } from '../core/format/files';
import { decodeMapping, type ImportMapping } from '../core/format/tables/mapping';
import type { Translator } from '../core/i18n/catalogue';
import type { NameEntry } from '../core/import/name-groups';
import { PLANNED, planImport, type ImportPlan, type PlannedCollection } from '../core/import/plan';
import type { ProjectData } from '../core/model/schema';
import { checkPlanned, readInput, writeOutput, type Input } from '../main/engine/exchange';
import { analyzeOnThreads } from '../main/engine/analysis-stages';
import { ProjectStore } from '../main/engine/project-store';
import { readTextFile } from '../main/engine/text-files';
import type { CliIo } from './program';

/**
 * `brobygger import` and `brobygger export`: field data into a project (a new one, or one step
 * in an existing one, by id when asked) and a project out in any format, pseudonymised when
 * asked. Long steps say what they do on stderr when it is a terminal.
 */

interface ImportFlags {
  into: string;
  format?: FormatId;
  mapping?: string;
  updateById?: boolean;
  removeMissing?: boolean;
  dryRun?: boolean;
  json?: boolean;
  matchNames?: boolean;
}

interface ExportFlags {
  to: string;
  format?: FormatId;
  pseudonymise?: boolean;
  organisations?: boolean;
  keyFile?: string;
  danishExcel?: boolean;
  withAnalysis?: boolean;
  withScripts?: boolean;
}

/** A line on stderr that the next one replaces, for a person watching a terminal; nothing otherwise. */
function progressLine(io: CliIo): { say(text: string): void; done(): void } {
  let shown = false;
  return {
    say(text) {
      if (!io.isTerminal) return;
      io.err(`\r\u001b[2K${text}`);
      shown = true;
    },
    done() {
      if (shown) io.err('\r\u001b[2K');
      shown = false;
    },
  };
}

const readMapping = (path: string): ImportMapping => decodeMapping(readTextFile(path), basename(path));

/** "2 aktører og 3 relationer": what a list of records holds, counted by table. */
function countsOf(refs: ReadonlyArray<{ collection: PlannedCollection }>, tr: Translator): string {
  const parts = PLANNED.flatMap((c) => {
    const n = refs.filter((r) => r.collection === c).length;
    return n === 0 ? [] : [tr.t(`exchange.records.${c}`, { count: n })];
  });
  return new Intl.ListFormat(tr.lang, { type: 'conjunction' }).format(parts);
}

function summaryOf(plan: ImportPlan, tr: Translator, done: boolean): string {
  const parts = [
    plan.added.length ? tr.t(done ? 'exchange.cli.addedDone' : 'exchange.cli.added', { what: countsOf(plan.added, tr) }) : null,
    plan.changed.length ? tr.t(done ? 'exchange.cli.changedDone' : 'exchange.cli.changed', { what: countsOf(plan.changed, tr) }) : null,
    plan.removed.length ? tr.t(done ? 'exchange.cli.removedDone' : 'exchange.cli.removed', { what: countsOf(plan.removed, tr) }) : null,
  ].filter((p): p is string => p !== null);
  return parts.length ? new Intl.ListFormat(tr.lang, { type: 'conjunction' }).format(parts) : tr.t('exchange.cli.nothing');
}

const shown = (v: unknown, tr: Translator) => (v === null || v === undefined || v === '' ? `(${tr.t('exchange.cli.empty')})` : typeof v === 'string' ? `"${v}"` : JSON.stringify(v));

function planLines(plan: ImportPlan, tr: Translator): string[] {
  const name = (r: { collection: PlannedCollection; label: string }) => `${tr.t(`exchange.kinds.${r.collection}`)} ${r.label}`;
  return [
    ...plan.added.map((r) => tr.t('exchange.cli.addedLine', { record: name(r) })),
    ...plan.changed.flatMap((r) =>
      r.fields.map((f) => tr.t('exchange.cli.change', { record: name(r), field: f.field, before: shown(f.before, tr), after: shown(f.after, tr) })),
    ),
    ...plan.removed.map((r) => tr.t('exchange.cli.removedLine', { record: name(r) })),
  ];
}

/** What `--dry-run --json` prints: counts by table, and every record and field the import would touch; for a survey, every name. */
function planJson(plan: ImportPlan, file: string, read: Input, into: string) {
  const count = (refs: ReadonlyArray<{ collection: PlannedCollection }>) =>
    Object.fromEntries(PLANNED.map((c) => [c, refs.filter((r) => r.collection === c).length]));
  return {
    file,
    format: read.format,
    into,
    counts: { added: count(plan.added), changed: count(plan.changed), removed: count(plan.removed) },
    codes: plan.codes,
    added: plan.added,
    changed: plan.changed,
    removed: plan.removed,
    ...(read.names ? { names: read.names.map(nameJson), skippedRows: read.skippedRows ?? 0 } : {}),
  };
}

/** One name of a survey as `--json` prints it, for a researcher to review before importing. */
const nameJson = (n: NameEntry) => ({
  name: n.name,
  kind: n.kind,
  decision: n.decision,
  actorId: n.actorId,
  score: n.score,
  sameAs: n.sameAs,
  fromMapping: n.fromMapping,
  match: n.match,
  candidates: n.candidates,
  similar: n.similar,
  spellings: n.spellings,
  count: n.count,
  at: n.at,
});

/** What happens to each name that is not simply the same name as an actor's: for a person reading a dry run. */
function nameLines(names: readonly NameEntry[], tr: Translator): string[] {
  return names
    .filter((n) => n.decision !== 'exact')
    .map((n) => {
      const label = n.decision === 'same' ? (n.sameAs ?? '') : (n.candidates.find((c) => c.actorId === n.actorId)?.label ?? n.actorId ?? '');
      const how =
        n.decision === 'suggested'
          ? tr.t('names.cli.how.suggested', { score: n.score ?? 0 })
          : n.decision === 'same'
            ? tr.t('names.cli.how.same')
            : tr.t('names.cli.how.decided');
      const what =
        n.actorId === null
          ? tr.t(n.decision === 'undecided' ? 'names.cli.becomesUndecided' : 'names.cli.becomesSkip')
          : n.decision === 'new'
            ? tr.t('names.cli.becomesNew', { id: n.actorId })
            : tr.t('names.cli.becomesActor', { label, id: n.actorId, how });
      return `  ${tr.t('names.cli.nameLine', { name: n.name, what })}`;
    });
}

/** The keys of the problems that say a name needs a decision. */
const UNDECIDED = new Set(['names.notExact', 'names.likeInFile', 'names.newPerson', 'names.newOrganisation']);

/** Reads the input; a survey with undecided names is refused with a word on how to decide them. */
async function readForImport(input: string, opts: ImportFlags, mapping: ImportMapping | undefined, current: ProjectData | null): Promise<Input> {
  try {
    return await readInput(input, {
      ...(opts.format ? { format: opts.format } : {}),
      ...(mapping ? { mapping } : {}),
      into: current,
      matchNames: Boolean(opts.matchNames),
    });
  } catch (e) {
    if (e instanceof UserError && e.problems.some((p) => UNDECIDED.has(p.key))) throw new UserError(e.code, 'names.cli.undecided', e.params, e.problems);
    throw e;
  }
}

/** For a survey: how many rows were left out, and (on a dry run) what each name that is not simply an actor's becomes. */
function surveyLines(read: Input, tr: Translator, dryRun: boolean): string[] {
  if (!read.names) return [];
  const skipped = read.skippedRows ? [tr.t('names.cli.skipped', { count: read.skippedRows })] : [];
  return [...skipped, ...(dryRun ? nameLines(read.names, tr) : [])];
}

const formatOption = (tr: Translator) => new Option('--format <format>', tr.t('exchange.cli.optFormat')).choices([...FORMAT_IDS]);

export function addExchangeCommands(program: Command, tr: Translator, io: CliIo): void {
  program
    .command('import')
    .description(tr.t('exchange.cli.cmdImport'))
    .argument('<input>', tr.t('exchange.cli.argInput'))
    .requiredOption('--into <file>', tr.t('exchange.cli.optInto'))
    .addOption(formatOption(tr))
    .option('--mapping <file>', tr.t('exchange.cli.optMapping'))
    .option('--update-by-id', tr.t('exchange.cli.optUpdateById'))
    .option('--remove-missing', tr.t('exchange.cli.optRemoveMissing'))
    .option('--dry-run', tr.t('exchange.cli.optDryRun'))
    .option('--json', tr.t('cli.optJson'))
    .option('--match-names', tr.t('names.cli.optMatchNames'))
    .action(async (input: string, opts: ImportFlags) => {
      if (opts.removeMissing && !opts.updateById)
        throw new UserError('invalid', 'errors.badArgument', { name: '--remove-missing', detail: tr.t('exchange.cli.removeNeedsUpdate') });
      const progress = progressLine(io);
      const file = basename(resolve(input));
      const mapping = opts.mapping === undefined ? undefined : readMapping(opts.mapping);
      const into = resolve(opts.into);
      // Into a new file the import is the project's starting state (written whole or not at all);
      // into an existing project it is one step the user can undo.
      if (!existsSync(into)) {
        progress.say(tr.t('exchange.cli.progressRead', { file }));
        const read = await readForImport(input, opts, mapping, null);
        progress.say(tr.t('exchange.cli.progressCheck', { file }));
        const plan = planImport({ ...read.data, actors: [], memberships: [], ties: [], forums: [], activities: [], waves: [], positions: {} }, read.data, {
          updateById: false,
          removeMissing: false,
        });
        if (!opts.dryRun) {
          progress.say(tr.t('exchange.cli.progressWrite', { file: basename(into) }));
          ProjectStore.create(into, read.data.meta.name, {}, read.data).close();
        }
        progress.done();
        if (opts.json) io.out(`${JSON.stringify({ ...planJson(plan, file, read, into), dryRun: Boolean(opts.dryRun), created: !opts.dryRun }, null, 2)}\n`);
        else if (opts.dryRun) io.out(`${[tr.t('exchange.cli.wouldApply', { file, into, summary: summaryOf(plan, tr, false) }), ...surveyLines(read, tr, true)].join('\n')}\n`);
        else io.out(`${[tr.t('exchange.cli.created', { into, what: countsOf(plan.added, tr), file }), ...surveyLines(read, tr, false)].join('\n')}\n`);
        return;
      }
      const store = ProjectStore.open(into, { readonly: Boolean(opts.dryRun) });
      try {
        const current = store.read();
        progress.say(tr.t('exchange.cli.progressRead', { file }));
        const read = await readForImport(input, opts, mapping, current);
        progress.say(tr.t('exchange.cli.progressCheck', { file }));
        const plan = planImport(current, read.data, {
          updateById: Boolean(opts.updateById),
          removeMissing: Boolean(opts.removeMissing),
          tables: read.tables,
          ...(read.places ? { addOnly: read.places.derived } : {}),
        });
        checkPlanned(store, read, plan);
        if (!opts.dryRun) {
          progress.say(tr.t('exchange.cli.progressWrite', { file: basename(into) }));
          store.applyImport(plan.commands, plan.targets, file);
        }
        progress.done();
        if (opts.json) io.out(`${JSON.stringify({ ...planJson(plan, file, read, into), dryRun: Boolean(opts.dryRun) }, null, 2)}\n`);
        else {
          const head = opts.dryRun
            ? tr.t('exchange.cli.wouldApply', { file, into, summary: summaryOf(plan, tr, false) })
            : tr.t('exchange.cli.applied', { file, into, summary: summaryOf(plan, tr, true) });
          io.out(`${[head, ...surveyLines(read, tr, Boolean(opts.dryRun)), ...(opts.dryRun ? planLines(plan, tr) : [])].join('\n')}\n`);
        }
      } finally {
        store.close();
      }
    });

  program
    .command('export')
    .description(tr.t('exchange.cli.cmdExport'))
    .argument('<file>', tr.t('cli.argFile'))
    .requiredOption('--to <path>', tr.t('exchange.cli.optTo'))
    .addOption(formatOption(tr))
    .option('--pseudonymise', tr.t('exchange.cli.optPseudonymise'))
    .option('--organisations', tr.t('exchange.cli.optOrganisations'))
    .option('--key-file <file>', tr.t('exchange.cli.optKeyFile'))
    .option('--danish-excel', tr.t('exchange.cli.optDanishExcel'))
    .option('--with-analysis', tr.t('exchange.cli.optWithAnalysis'))
    .option('--with-scripts', tr.t('tablesWrite.optWithScripts'))
    .action(async (file: string, opts: ExportFlags) => {
      if (opts.keyFile !== undefined && !opts.pseudonymise)
        throw new UserError('invalid', 'errors.badArgument', { name: '--key-file', detail: tr.t('exchange.cli.keyNeedsPseudonyms') });
      const progress = progressLine(io);
      const store = ProjectStore.open(file, { readonly: true });
      try {
        const data = store.read();
        const codes = opts.pseudonymise ? store.pseudonyms() : undefined;
        const analysis = opts.withAnalysis ? await analyzeOnThreads(data, analysisOptions(data.settings.analysis, {})) : null;
        progress.say(tr.t('exchange.cli.progressWrite', { file: basename(resolve(opts.to)) }));
        const out = await writeOutput(data, opts.to, {
          lang: tr.lang,
          analysis,
          danishExcel: Boolean(opts.danishExcel),
          scripts: Boolean(opts.withScripts),
          pseudonymise: opts.pseudonymise ? { organisations: Boolean(opts.organisations) } : null,
          projectPath: store.path,
          ...(opts.format ? { format: opts.format } : {}),
          ...(codes ? { codes } : {}),
          ...(opts.keyFile !== undefined ? { keyFile: opts.keyFile } : {}),
        });
        progress.done();
        const files = out.written.filter((w) => opts.keyFile === undefined || w !== resolve(opts.keyFile));
        io.out(
          `${tr.t('exchange.cli.exported', {
            count: files.length,
            file: store.path,
            format: tr.t(`formats.${out.format}`),
            written: files[0] ?? '',
            folder: dirname(files[0] ?? ''),
          })}\n`,
        );
        if (opts.keyFile !== undefined) io.out(`${tr.t('exchange.cli.keyWritten', { file: resolve(opts.keyFile) })}\n`);
      } finally {
        store.close();
      }
    });
}
