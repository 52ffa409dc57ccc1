#!/usr/bin/env node
import { runCli } from './program';

// `brobygger analyze … | head` closes the pipe early: that is the reader's choice, not an error
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(0);
  throw e;
});

// closing the terminal (SIGHUP) stops `serve` like Ctrl+C, so its project is closed properly and
// leaves no log or journal beside it
const stop = () =>
  new Promise<void>((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
    process.once('SIGHUP', resolve);
  });

const code = await runCli(process.argv.slice(2), {
  out: (s) => process.stdout.write(s),
  err: (s) => process.stderr.write(s),
  env: process.env,
  isTerminal: process.stderr.isTTY,
  untilStopped: stop,
});
process.exitCode = code;
