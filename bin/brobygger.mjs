#!/usr/bin/env node
// The `brobygger` command: the built CLI after `npm run build`, else the TypeScript source via tsx.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const built = new URL('../out/main/cli.js', import.meta.url);
if (existsSync(fileURLToPath(built))) {
  await import(built.href);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import(new URL('../src/cli/index.ts', import.meta.url).href);
}
