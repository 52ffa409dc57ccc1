import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { performance } from 'node:perf_hooks';
import { basename, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UserError } from '../../src/core/errors';
import { createTranslator, type Language } from '../../src/core/i18n/catalogue';
import { formatUserError } from '../../src/core/wording/format-error';
import { ProjectStore } from '../../src/main/engine/project-store';
import { buildCorpus, type Corpus, type CorpusCase, type CorpusCommand } from '../corpus/damaged-inputs';
import { forbiddenIn, runInProcess, runProcess, type CliRun } from '../helpers/cli-run';
import { sha256 } from '../helpers/temp';

const SIDECARS = ['-journal', '-wal', '-shm'];

let root = '';
let corpus: Corpus;
beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'brobygger-corpus-'));
  corpus = buildCorpus(join(root, 'inputs'));
}, 120_000);
afterAll(() => {
  rmSync(root, { recursive: true, force: true });
});

/** The bytes of an input and of whatever lies beside it under its name, to see that nothing changed. */
function fingerprint(path: string): string {
  if (statSync(path).isDirectory()) return readdirSync(path).sort().map((f) => `${f}:${statSync(join(path, f)).isFile() ? sha256(join(path, f)) : 'dir'}`).join(' ');
  return [path, ...SIDECARS.map((s) => `${path}${s}`)].map((p) => (existsSync(p) ? `${basename(p)}:${sha256(p)}` : '-')).join(' ');
}

/** The names a message may use for an input: the file, or for a CSV folder one of its files. */
function namesOf(c: CorpusCase): string[] {
  const names = [basename(c.path)];
  if (statSync(c.path).isDirectory()) names.push(...readdirSync(c.path), 'actors.csv');
  return names;
}

/** What is wrong with one answer, or nothing. The store's answers are its messages, one a line. */
function judge(c: CorpusCase, run: CliRun, command?: CorpusCommand): string[] {
  const problems: string[] = [];
  if (run.code !== 0 && run.code !== 2) problems.push(`exit ${run.code}`);
  for (const what of forbiddenIn(run.err)) problems.push(`shows ${what}`);
  if (run.code === 2) {
    if (run.out !== '') problems.push('prints on stdout as well');
    const lines = (run.err.match(/^(Fejl|Error): /gm) ?? []).length;
    if (command === 'undo-redo' ? lines === 0 : lines !== 1) problems.push('has not exactly one error line');
    if (!namesOf(c).some((name) => run.err.includes(name))) problems.push('does not name the file');
    if (run.err.trim().length < basename(c.path).length + 25) problems.push('does not say what is wrong');
  }
  return problems;
}

async function runCommand(c: CorpusCase, command: CorpusCommand, lang: Language, out: string): Promise<CliRun> {
  const flags = ['--lang', lang];
  switch (command) {
    case 'info':
      return runInProcess(['info', c.path, ...flags]);
    case 'export':
      return runInProcess(['export', c.path, '--to', join(out, 'export.json'), ...flags]);
    case 'analyze':
      return runInProcess(['analyze', c.path, '--permutations', '20', '--monte-carlo', '20', ...(lang === 'en' ? ['--json'] : []), ...flags]);
    case 'import-new':
      return runInProcess(['import', c.path, '--into', join(out, 'new.brobygger'), ...flags]);
    case 'import-existing': {
      const into = join(out, 'existing.brobygger');
      copyFileSync(corpus.base, into);
      return runInProcess(['import', c.path, '--into', into, ...flags]);
    }
    case 'undo-redo':
      return undoRedo(c, lang, out);
  }
}

/**
 * Opens a copy for editing as the app does and undoes and redoes through the store: every
 * refusal is a UserError worded like the CLI's, and a closed project leaves no sidecar file.
 */
function undoRedo(c: CorpusCase, lang: Language, out: string): CliRun {
  const tr = createTranslator(lang);
  const copy = join(out, basename(c.path));
  copyFileSync(c.path, copy);
  for (const s of SIDECARS) if (existsSync(`${c.path}${s}`)) copyFileSync(`${c.path}${s}`, `${copy}${s}`);
  const messages: string[] = [];
  let opened = false;
  try {
    const store = ProjectStore.open(copy, {});
    opened = true;
    try {
      for (const step of [() => store.undo(), () => store.redo(), () => store.redo(), () => store.undo(), () => store.read()]) {
        try {
          step();
        } catch (e) {
          if (!(e instanceof UserError)) throw e;
          messages.push(formatUserError(e, tr));
        }
      }
    } finally {
      store.close();
    }
  } catch (e) {
    if (!(e instanceof UserError)) return { code: 1, out: '', err: e instanceof Error ? `${e.name}: ${e.message}` : String(e) };
    messages.push(formatUserError(e, tr));
  }
  const left = opened ? SIDECARS.filter((s) => existsSync(`${copy}${s}`)) : [];
  if (left.length > 0) return { code: 1, out: '', err: `left ${left.join(', ')} beside the closed project` };
  if (messages.length === 0) return { code: 0, out: '', err: '' };
  return { code: 2, out: '', err: messages.map((m) => `${tr.t('cli.error')}: ${m}`).join('\n') };
}

const READ_ONLY: ReadonlySet<CorpusCommand> = new Set(['info', 'export', 'analyze']);

describe('damaged and mutated inputs', () => {
  it('number at least 600 of every kind the issue names', () => {
    expect(corpus.cases.length).toBeGreaterThanOrEqual(600);
    const kinds = new Set(corpus.cases.map((c) => c.kind));
    for (const kind of [
      'truncated',
      'header-bit-flip',
      'page-byte-flip',
      'random-bytes',
      'empty',
      'application-id',
      'newer-version',
      'missing-table',
      'dropped-column',
      'renamed-column',
      'duplicate-column',
      'bad-settings',
      'bad-history-label',
      'bad-history-changes',
      'bad-actor-attributes',
      'stale-index',
      'hot-journal',
      'wal-left',
      'not-json',
      'json-shape',
      'json-deep',
      'json-huge',
      'json-encoding',
      'csv-mutated',
      'graphml-mutated',
    ])
      expect(kinds, kind).toContain(kind);
  });

  it('all get exit 0 or 2, never 1; an exit-2 message names the file and says what is wrong in words of our own; a read changes no byte', async () => {
    const failures: string[] = [];
    const exits = new Map<number, number>();
    const spent = new Map<CorpusCommand, number>();
    const out = join(root, 'out');
    for (const [i, c] of corpus.cases.entries()) {
      const lang: Language = i % 2 === 0 ? 'da' : 'en';
      const before = fingerprint(c.path);
      for (const command of c.commands) {
        rmSync(out, { recursive: true, force: true });
        mkdirSync(out);
        const started = performance.now();
        const run = await runCommand(c, command, lang, out);
        spent.set(command, (spent.get(command) ?? 0) + performance.now() - started);
        exits.set(run.code, (exits.get(run.code) ?? 0) + 1);
        const problems = judge(c, run, command);
        if (READ_ONLY.has(command) && fingerprint(c.path) !== before) problems.push('changed the input');
        if (problems.length > 0) failures.push(`${c.name} ${command} (${lang}): ${problems.join('; ')}\n    ${run.err.trim().split('\n').join('\n    ')}`);
      }
    }
    console.log(
      `damaged-input corpus: ${corpus.cases.length} inputs, ${[...exits].map(([code, n]) => `${n} runs exit ${code}`).join(', ')}; ` +
        [...spent].map(([command, ms]) => `${command} ${(ms / 1000).toFixed(1)} s`).join(', '),
    );
    expect(failures).toEqual([]);
  }, 600_000);

  it('holds index damage that quick_check misses and the open check finds', async () => {
    const stale = corpus.cases.filter((c) => c.kind === 'stale-index');
    expect(stale.length).toBeGreaterThan(4);
    for (const c of stale) {
      const run = await runInProcess(['info', c.path, '--lang', 'en']);
      expect(run.code, c.name).toBe(2);
      expect(run.err).toContain(`${basename(c.path)} is damaged and cannot be opened (one of the file's indexes does not match its data)`);
    }
  });

  it('refuses each damaged part with a message saying which part it is', async () => {
    const expectations: Array<[string, string]> = [
      ['missing-table-ties', 'the table "ties" is missing'],
      ['dropped-column-actors-notes', 'the table "actors" does not have the columns Brobygger writes'],
      // which table is named first depends on the migrations after version 2 (forums, since version 6)
      ['columns-of-later-version-at-2', '" does not have the columns Brobygger writes'],
      ['bad-settings-0', "the project's settings cannot be read"],
      ['bad-label-params-newest-0', 'the undo history cannot be read'],
      ['bad-changes-undo-0', 'the undo history cannot be read'],
      ['bad-actor-attributes-0', "an actor's attributes cannot be read"],
      ['bad-tie-attributes-0', "a tie's attributes cannot be read"],
      ['dangling-tie-source', 'point to something that does not exist'],
      ['truncated-at-8192', 'the file is cut short'],
      ['application-id-zero', "it is another program's database"],
      ['with-a-trigger', 'the table "actors" has a trigger Brobygger did not write'],
    ];
    for (const [name, words] of expectations) {
      const c = corpus.cases.find((x) => x.name === name);
      expect(c, name).toBeDefined();
      const run = await runInProcess(['info', c?.path ?? '', '--lang', 'en']);
      expect(run.code, name).toBe(2);
      expect(run.err, name).toContain(words);
    }
  });

  it('gives the same answers from real processes', () => {
    for (const name of ['truncated-at-8192', 'bad-settings-0', 'hot-journal', 'not-json-0', 'json-windows-1252', 'csv-binary', 'graphml-broken-9']) {
      const c = corpus.cases.find((x) => x.name === name);
      if (!c) throw new Error(`no corpus case ${name}`);
      const command = c.commands.includes('info') ? ['info', c.path] : ['analyze', c.path, '--permutations', '10', '--monte-carlo', '10'];
      const run = runProcess(command);
      expect(judge(c, run), `${name}: ${run.err}`).toEqual([]);
    }
  });

  it('reads the committed state of a project a crash left with a hot journal or a write-ahead log', async () => {
    const base = JSON.parse((await runInProcess(['info', '--json', corpus.base])).out) as { counts: unknown; name: string };
    for (const name of ['hot-journal', 'wal-left']) {
      const c = corpus.cases.find((x) => x.name === name);
      const before = fingerprint(c?.path ?? '');
      const run = await runInProcess(['info', '--json', c?.path ?? '']);
      expect(run.code, run.err).toBe(0);
      expect((JSON.parse(run.out) as { counts: unknown }).counts).toEqual(base.counts);
      expect(fingerprint(c?.path ?? '')).toBe(before);
    }
  });

  it('decodes JSON in Windows-1252 and UTF-16 with its æ, ø and å, and refuses UTF-16 without a byte-order mark', async () => {
    for (const name of ['json-utf8', 'json-utf8-bom', 'json-windows-1252', 'json-utf16le-bom', 'json-utf16be-bom']) {
      const c = corpus.cases.find((x) => x.name === name);
      const run = await runInProcess(['analyze', c?.path ?? '', '--json', '--permutations', '0', '--monte-carlo', '0']);
      expect(run.code, `${name}: ${run.err}`).toBe(0);
      const labels = (JSON.parse(run.out) as { actors: Array<{ label: string }> }).actors.map((a) => a.label);
      expect(labels, name).toEqual(['Søren Ærø Åby', 'Forening for Øst']);
    }
    for (const name of ['json-utf16le-no-bom', 'json-utf16be-no-bom', 'json-utf32le-bom', 'json-binary']) {
      const c = corpus.cases.find((x) => x.name === name);
      const run = await runInProcess(['analyze', c?.path ?? '', '--lang', 'en']);
      expect(run.code, name).toBe(2);
      expect(run.err, name).toContain(`${basename(c?.path ?? '')} cannot be read as text`);
    }
    expect(readFileSync(corpus.cases.find((x) => x.name === 'json-windows-1252')?.path ?? '').includes(Buffer.from('Ærø', 'utf8'))).toBe(false);
  });
});
