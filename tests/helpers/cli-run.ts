import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../../src/cli/program';
import { findAppRoot } from '../../src/main/engine/paths';

export interface CliRun {
  code: number;
  out: string;
  err: string;
}

/** Runs the CLI in this process, capturing what it prints, as a user without settings. */
export async function runInProcess(args: readonly string[], env: NodeJS.ProcessEnv = {}): Promise<CliRun> {
  let out = '';
  let err = '';
  const code = await runCli(args, {
    out: (s) => {
      out += s;
    },
    err: (s) => {
      err += s;
    },
    env,
  });
  return { code, out, err };
}

/** Runs the real CLI as its own process, the way a user's shell does. */
export function runProcess(args: readonly string[]): CliRun {
  const env: NodeJS.ProcessEnv = { ...process.env, BROBYGGER_DATA_DIR: mkdtempSync(join(tmpdir(), 'brobygger-data-')) };
  delete env['BROBYGGER_LANG'];
  delete env['BROBYGGER_DEBUG'];
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/index.ts', ...args], {
    cwd: findAppRoot(),
    env,
    encoding: 'utf8',
    timeout: 60_000,
  });
  if (result.error) throw result.error;
  return { code: result.status ?? -1, out: result.stdout, err: result.stderr };
}

/**
 * What a user must never be shown: the CLI's fallback for a bug, SQLite's and zod's own words,
 * a stack trace, or the name of a temporary file or folder the user never asked for.
 */
export const FORBIDDEN_WORDING: ReadonlyArray<[string, RegExp]> = [
  ['the unexpected-error fallback', /Unexpected error|Uventet fejl/],
  ['SQLite wording', /no such (table|column)|SQLITE_|database disk image|malformed|duplicate column|readonly database|constraint failed|not an error|disk I\/O error|(?<!the )file is not a database|unable to open database/i],
  ['a validator dump', /"code":\s*"|invalid_type|ZodError|✖|"path":\s*\[/],
  ['a stack trace', /^\s+at\s/m],
  ['a temporary name', /\.tmp\b|brobygger-read-|\.work-/],
  ['an engine error', /TypeError|RangeError|SyntaxError|ReferenceError|Maximum call stack/],
];

/** The forbidden things a message shows, by what they are. */
export const forbiddenIn = (text: string): string[] => FORBIDDEN_WORDING.filter(([, re]) => re.test(text)).map(([what]) => what);
