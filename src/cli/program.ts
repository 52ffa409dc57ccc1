import { Command, CommanderError, Option } from 'commander';
import { basename, join, resolve } from 'node:path';
import { isUserError, UserError } from '../core/errors';
import {
  createTranslator,
  DEFAULT_LANGUAGE,
  LanguageSchema,
  type Language,
  type Translator,
} from '../core/i18n/catalogue';
import { formatUserError } from '../core/wording/format-error';
import { summarize } from '../core/model/summary';
import { appVersion, defaultDataDir, defaultDocumentsDir, findAppRoot, SAMPLE_RESOURCE } from '../main/engine/paths';
import { ProjectStore } from '../main/engine/project-store';
import { analysisOptions, type AnalyzeOptions } from '../core/analysis/analyze';
import { checkWavePair, compareWaves } from '../core/analysis/wave-compare';
import { waveComparisonJson, waveComparisonText } from '../core/analysis/wave-compare-report';
import { analyzeOnThreads, DEFAULT_BOUND, type BetweennessMode } from '../main/engine/analysis-stages';
import { checkDeparture, departureScenario, type Departure } from '../core/analysis/departure';
import { analysisJson, analysisText, departureText } from '../core/analysis/report';
import type { ProjectData } from '../core/model/schema';
import { readInput } from '../main/engine/exchange';
import { addExchangeCommands } from './exchange-commands';
import { addMergeCommands } from './merge-commands';
import { addSlidesCommand } from './slides-command';
import { addRenderCommand } from './render-command';
import { addReportCommand } from './report-command';
import { formatInfo, type InfoReport } from './info-format';
import { erasureList } from '../core/model/erasure';

/** The departure asked for with --leave or --leave-organisation, checked against the data. */
function departureOf(data: ProjectData, opts: AnalyzeFlags): Departure | null {
  const names = { persons: '--leave', organisation: '--leave-organisation' };
  if (opts.leaveOrganisation !== undefined) return checkDeparture(data, { organisation: opts.leaveOrganisation }, names);
  if (opts.leave === undefined) return null;
  const ids = opts.leave.split(',').map((x) => x.trim()).filter(Boolean);
  if (ids.length === 0) throw new UserError('invalid', 'errors.badArgument', { name: names.persons, detail: opts.leave });
  return checkDeparture(data, { persons: ids }, names);
}

/**
 * `analyze --compare-waves A,B`: the analysis of each wave, on threads as the whole analysis
 * runs, and what changed between them. A wave or departure of its own makes no sense beside it.
 */
async function compareWavesCommand(data: ProjectData, options: AnalyzeOptions, opts: AnalyzeFlags, tr: Translator, io: CliIo): Promise<void> {
  const flag = '--compare-waves';
  const clash = opts.wave !== undefined ? '--wave' : opts.leave !== undefined ? '--leave' : opts.leaveOrganisation !== undefined ? '--leave-organisation' : null;
  if (clash) throw new UserError('invalid', 'waves.cli.compareAlone', { flag: clash });
  const ids = (opts.compareWaves ?? '').split(',').map((x) => x.trim());
  if (ids.length !== 2 || ids.some((x) => x === '')) throw new UserError('invalid', 'errors.badArgument', { name: flag, detail: opts.compareWaves ?? '' });
  const [a, b] = checkWavePair(data, ids[0] ?? '', ids[1] ?? '', flag);
  const resultA = await analyzeOnThreads(data, { ...options, wave: a });
  const resultB = await analyzeOnThreads(data, { ...options, wave: b });
  const comparison = compareWaves(data, resultA, resultB);
  io.out(opts.json ? `${JSON.stringify(waveComparisonJson(comparison, data, tr), null, 2)}\n` : waveComparisonText(comparison, data, tr));
}

interface AnalyzeFlags {
  betweenness?: BetweennessMode;
  epsilon?: number;
  delta?: number;
  leave?: string;
  leaveOrganisation?: string;
  groupBy?: string;
  wave?: string;
  tieTypes?: string;
  permutations?: number;
  monteCarlo?: number;
  seed?: number;
  bonacichBeta?: number;
  weights?: 'strength' | 'none';
  compareWaves?: string;
  json?: boolean;
}

/** Where the CLI writes; injected so tests capture output without spawning processes. */
export interface CliIo {
  out(text: string): void;
  err(text: string): void;
  env: NodeJS.ProcessEnv;
  /** resolves when a long-running command (serve) should stop */
  untilStopped?: () => Promise<void>;
  /** stderr is a terminal: long steps say what they are doing there */
  isTerminal?: boolean;
}

/** Exit statuses: 0 done, 2 the user's input was wrong (a message says why), 1 a bug. */
export const EXIT_OK = 0;
export const EXIT_USER_ERROR = 2;
export const EXIT_BUG = 1;

/** The language is needed before commander parses (it words the help), so it is read first. */
function languageFrom(argv: readonly string[], env: NodeJS.ProcessEnv): Language {
  const i = argv.findIndex((a) => a === '--lang' || a.startsWith('--lang='));
  const flag = argv[i];
  const raw = flag === undefined ? env['BROBYGGER_LANG'] : flag.includes('=') ? flag.split('=')[1] : argv[i + 1];
  const parsed = LanguageSchema.safeParse(raw);
  return parsed.success ? parsed.data : DEFAULT_LANGUAGE;
}

function withStore<T>(path: string, tr: Translator, use: (store: ProjectStore) => T, readonly = true): T {
  const store = ProjectStore.open(path, { readonly });
  try {
    return use(store);
  } finally {
    store.close();
  }
}

/** `--keep-history`: "none" (or 0) keeps no step, a whole number of days keeps the steps newer than that. */
function keepHistory(value: string): number | null {
  const text = value.trim().toLowerCase();
  if (text === 'none' || text === '0') return null;
  const days = Number(text);
  if (!/^\d+$/.test(text) || days > 36_500) throw new UserError('invalid', 'errors.badArgument', { name: '--keep-history', detail: value });
  return days;
}

function buildProgram(tr: Translator, io: CliIo, setExit: (code: number) => void): Command {
  const program = new Command('brobygger')
    .description(tr.t('cli.description'))
    .version(appVersion())
    .addOption(new Option('--lang <lang>', tr.t('cli.optLang')).choices(['da', 'en']).default(tr.lang))
    .configureOutput({ writeOut: (s) => io.out(s), writeErr: (s) => io.err(s) })
    .exitOverride()
    .showSuggestionAfterError();

  program
    .command('new')
    .description(tr.t('cli.cmdNew'))
    .argument('<file>', tr.t('cli.argFile'))
    .option('--name <name>', tr.t('cli.optName'))
    .action((file: string, opts: { name?: string }) => {
      const target = resolve(file);
      const name = opts.name ?? basename(target).replace(/\.brobygger$/i, '');
      ProjectStore.create(target, name, {}).close();
      io.out(`${tr.t('cli.created', { file: target })}\n`);
    });

  program
    .command('info')
    .description(tr.t('cli.cmdInfo'))
    .argument('<file>', tr.t('cli.argFile'))
    .option('--json', tr.t('cli.optJson'))
    .action((file: string, opts: { json?: boolean }) => {
      const report = withStore(file, tr, (store): InfoReport => {
        const data = store.read();
        const history = store.historyState();
        return {
          file: store.path,
          formatVersion: store.formatVersion,
          ...summarize(data, tr.lang),
          history: { undoCount: history.undoCount, redoCount: history.redoCount },
        };
      });
      io.out(opts.json ? `${JSON.stringify(report, null, 2)}\n` : formatInfo(report, tr));
    });

  addExchangeCommands(program, tr, io);
  addMergeCommands(program, tr, io);
  addRenderCommand(program, tr, io);
  addSlidesCommand(program, tr, io);
  addReportCommand(program, tr, io);

  const integer = (name: string, min: number) => (v: string) => {
    const n = Number(v);
    if (!Number.isInteger(n) || n < min) throw new UserError('invalid', 'errors.badArgument', { name, detail: v });
    return n;
  };
  // a number strictly between 0 and 1, with a decimal comma or point
  const share = (name: string) => (v: string) => {
    const n = Number(v.replace(',', '.'));
    if (!(n > 0 && n < 1)) throw new UserError('invalid', 'errors.badArgument', { name, detail: `${v} (0 < ${name.slice(2)} < 1)` });
    return n;
  };
  program
    .command('analyze')
    .description(tr.t('cli.cmdAnalyze'))
    .argument('<input>', tr.t('cli.argInput'))
    .option('--group-by <attribute>', tr.t('cli.optGroupBy'))
    .option('--wave <id>', tr.t('cli.optWave'))
    .option('--tie-types <types>', tr.t('cli.optTieTypes'))
    .option('--permutations <n>', tr.t('cli.optPermutations'), integer('--permutations', 0))
    .option('--monte-carlo <n>', tr.t('cli.optMonteCarlo'), integer('--monte-carlo', 0))
    .option('--seed <n>', tr.t('cli.optSeed'), integer('--seed', 0))
    .option('--bonacich-beta <beta>', tr.t('cli.optBeta'), (v) => {
      const n = Number(v.replace(',', '.'));
      if (!Number.isFinite(n)) throw new UserError('invalid', 'errors.badArgument', { name: '--bonacich-beta', detail: v });
      return n;
    })
    .option('--weights <weights>', tr.t('cli.optWeights'), (v) => {
      if (v !== 'strength' && v !== 'none') throw new UserError('invalid', 'errors.badArgument', { name: '--weights', detail: `"${v}" (strength, none)` });
      return v;
    })
    .option('--betweenness <method>', tr.t('cli.optBetweenness'), (v) => {
      if (v !== 'exact' && v !== 'approximate' && v !== 'auto') throw new UserError('invalid', 'errors.badArgument', { name: '--betweenness', detail: `"${v}" (exact, approximate, auto)` });
      return v;
    })
    .option('--epsilon <e>', tr.t('cli.optEpsilon'), share('--epsilon'))
    .option('--delta <d>', tr.t('cli.optDelta'), share('--delta'))
    .option('--leave <ids>', tr.t('cli.optLeave'))
    .option('--leave-organisation <id>', tr.t('cli.optLeaveOrganisation'))
    .option('--compare-waves <a,b>', tr.t('waves.cli.optCompare'))
    .option('--json', tr.t('cli.optJson'))
    .action(async (input: string, opts: AnalyzeFlags) => {
      const { data } = await readInput(input);
      const settings = data.settings.analysis;
      const options = analysisOptions(settings, {
        ...(opts.groupBy !== undefined ? { groupBy: opts.groupBy } : {}),
        wave: opts.wave ?? null,
        tieTypes: opts.tieTypes ? opts.tieTypes.split(',').map((t) => t.trim()).filter(Boolean) : null,
        ...(opts.permutations !== undefined ? { permutations: opts.permutations } : {}),
        ...(opts.monteCarlo !== undefined ? { monteCarloRuns: opts.monteCarlo } : {}),
        ...(opts.seed !== undefined ? { seed: opts.seed } : {}),
        ...(opts.bonacichBeta !== undefined ? { bonacichBeta: opts.bonacichBeta } : {}),
        ...(opts.weights !== undefined ? { weights: opts.weights } : {}),
      });
      if (opts.compareWaves !== undefined) {
        await compareWavesCommand(data, options, opts, tr, io);
        return;
      }
      const departure = departureOf(data, opts);
      const result = await analyzeOnThreads(data, options, undefined, {
        mode: opts.betweenness ?? 'auto',
        bound: { epsilon: opts.epsilon ?? DEFAULT_BOUND.epsilon, delta: opts.delta ?? DEFAULT_BOUND.delta },
      });
      const scenario = departure ? departureScenario(data, options, departure) : null;
      if (opts.json) {
        const report = analysisJson(result, data, tr) as Record<string, unknown>;
        io.out(`${JSON.stringify(scenario ? { ...report, departure: scenario } : report, null, 2)}\n`);
        return;
      }
      io.out(analysisText(result, data, tr));
      if (scenario) io.out(departureText(scenario, data, tr));
    });

  program
    .command('erase')
    .description(tr.t('privacy.cli.cmdErase'))
    .argument('<file>', tr.t('cli.argFile'))
    .argument('<person>', tr.t('privacy.cli.argPerson'))
    .option('--yes', tr.t('privacy.cli.optYes'))
    .action((file: string, person: string, opts: { yes?: boolean }) => {
      const list = (p: ReturnType<ProjectStore['previewErasure']>) => erasureList(p, (key, params) => tr.t(key, params), tr.lang);
      if (!opts.yes) {
        // without --yes the file is opened for reading only: not a byte of it changes
        const preview = withStore(file, tr, (store) => store.previewErasure(person));
        io.err(`${tr.t('cli.error')}: ${tr.t('privacy.cli.wouldErase', { name: preview.label, id: preview.id, list: list(preview) })}\n`);
        setExit(EXIT_USER_ERROR);
        return;
      }
      const erased = withStore(file, tr, (store) => store.erasePerson(person), false);
      io.out(`${tr.t('privacy.cli.erased', { name: erased.label, id: erased.id, list: list(erased), file: resolve(file) })}\n`);
    });

  program
    .command('compact')
    .description(tr.t('privacy.cli.cmdCompact'))
    .argument('<file>', tr.t('cli.argFile'))
    .option('--keep-history <none|days>', tr.t('privacy.cli.optKeepHistory'), keepHistory, null)
    .action((file: string, opts: { keepHistory: number | null }) => {
      const done = withStore(file, tr, (store) => store.compactHistory(opts.keepHistory), false);
      io.out(`${tr.t('privacy.cli.compacted', { count: done.dropped, total: done.total, file: resolve(file) })}\n`);
    });

  program
    .command('serve')
    .description(tr.t('cli.cmdServe'))
    .argument('[file]', tr.t('cli.argFile'))
    .option('--port <port>', tr.t('cli.optPort'), (v) => {
      const port = Number(v);
      if (!Number.isInteger(port) || port < 0 || port > 65535)
        throw new UserError('invalid', 'errors.badArgument', { name: '--port', detail: v });
      return port;
    })
    .option('--data-dir <dir>', tr.t('cli.optDataDir'))
    .option('--open', tr.t('cli.optOpen'))
    .action(async (file: string | undefined, opts: { port?: number; dataDir?: string; open?: boolean }) => {
      const { serveBrowserMode } = await import('../server/serve');
      const root = findAppRoot();
      await serveBrowserMode({
        project: file,
        port: opts.port ?? 0,
        dataDir: opts.dataDir ?? defaultDataDir(io.env),
        documentsDir: defaultDocumentsDir(io.env),
        samplePath: join(root, 'resources', SAMPLE_RESOURCE),
        rendererDir: join(root, 'out', 'renderer'),
        version: appVersion(root),
        print: (line) => io.out(`${line}\n`),
        openBrowser: opts.open ?? false,
        untilStopped: io.untilStopped,
      });
    });

  program.hook('preAction', () => setExit(EXIT_OK));
  return program;
}

/** Runs the CLI and returns its exit status. User errors print one message, never a stack. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const tr = createTranslator(languageFrom(argv, io.env));
  let exit = EXIT_OK;
  const program = buildProgram(tr, io, (code) => {
    exit = code;
  });
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return exit;
  } catch (e) {
    if (e instanceof CommanderError) {
      // help and version "errors" are how commander stops after printing them
      if (e.code === 'commander.helpDisplayed' || e.code === 'commander.version' || e.exitCode === 0) return EXIT_OK;
      return EXIT_USER_ERROR;
    }
    if (isUserError(e)) {
      io.err(`${tr.t('cli.error')}: ${formatUserError(e, tr)}\n`);
      return EXIT_USER_ERROR;
    }
    io.err(`${tr.t('errors.unexpected', { detail: e instanceof Error ? e.message : String(e) })}\n`);
    if (io.env['BROBYGGER_DEBUG'] && e instanceof Error) io.err(`${e.stack ?? ''}\n`);
    return EXIT_BUG;
  }
}
