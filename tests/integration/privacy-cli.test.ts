import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/program';
import { writeFileSync } from 'node:fs';
import { encodeProjectJson } from '../../src/core/format/project-json';
import { ProjectStore } from '../../src/main/engine/project-store';
import { storeOptions } from '../helpers/store';
import { sha256, tempDir } from '../helpers/temp';
import { network, SECRET, SECRETS, secretPerson, tracesIn } from '../helpers/traces';
import { stackLines } from './fixtures/sample';

interface CliRun {
  code: number;
  out: string;
  err: string;
}

async function cli(args: readonly string[]): Promise<CliRun> {
  let out = '';
  let err = '';
  const code = await runCli(args, {
    out: (s) => (out += s),
    err: (s) => (err += s),
    env: { BROBYGGER_DATA_DIR: tempDir('brobygger-data-') },
  });
  return { code, out, err };
}

/** A closed project file with the secret person in it and in its history, deleted or not. */
function projectFile(deleted: boolean): string {
  const path = join(tempDir(), 'projekt.brobygger');
  const store = ProjectStore.create(path, 'Projekt', storeOptions());
  store.apply(network);
  for (const c of secretPerson()) store.apply(c);
  if (deleted) store.apply({ type: 'actor.remove', id: 'secret' });
  store.close();
  return path;
}

/** A refusal: exit 2, one message on stderr, nothing on stdout, no stack trace. */
function expectRefused(run: CliRun): void {
  expect(run.code).toBe(2);
  expect(run.out).toBe('');
  expect(run.err.match(/^(Fejl|Error): /gm)).toHaveLength(1);
  expect(stackLines(run.err)).toEqual([]);
}

describe('brobygger erase', () => {
  it('without --yes exits 2, says in Danish what would go, and changes no byte of the file', async () => {
    const file = projectFile(false);
    const before = sha256(file);
    const run = await cli(['erase', file, 'secret']);
    expectRefused(run);
    expect(run.err).toBe(
      `Fejl: intet er ændret. Med --yes slettes "${SECRET.name}" (secret) helt: personen, 1 tilknytning til en organisation, 1 relation med dens citat og noter, 1 plads i et forum, pladsen på kortet og personens spor i 5 trin i fortrydelseshistorikken. Det kan ikke fortrydes.\n`,
    );
    expect(sha256(file)).toBe(before);
  });

  it('with --yes deletes the person completely, so that no byte of the file or of an export holds them', async () => {
    const file = projectFile(false);
    expect(tracesIn(file)).toEqual(SECRETS);
    const run = await cli(['erase', file, 'secret', '--yes', '--lang', 'en']);
    expect(run).toMatchObject({ code: 0, err: '' });
    expect(run.out).toBe(
      `Deleted "${SECRET.name}" (secret) completely: the person, 1 membership of an organisation, 1 tie with its quote and notes, 1 seat in a forum, their place on the map, and their traces in 5 steps of the undo history. ${file} was rewritten without them.\n`,
    );
    expect(tracesIn(file)).toEqual([]);
    const store = ProjectStore.open(file, storeOptions({ readonly: true }));
    expect(store.read().actors.map((a) => a.id)).toEqual(['jobcenter', 'klub', 'søren', 'jakob']);
    expect(store.historyState().undoCount).toBe(2);
    const json = join(tempDir(), 'export.json');
    writeFileSync(json, encodeProjectJson(store.read()));
    store.close();
    expect(tracesIn(json)).toEqual([]);
  });

  it('erases a person deleted before from the undo history alone', async () => {
    const file = projectFile(true);
    expect(tracesIn(file)).toEqual(SECRETS);
    const preview = await cli(['erase', file, 'secret', '--lang', 'en']);
    expectRefused(preview);
    expect(preview.err).toContain('their traces in 6 steps of the undo history');
    expect(preview.err).not.toContain('the person,');
    expect((await cli(['erase', file, 'secret', '--yes'])).code).toBe(0);
    expect(tracesIn(file)).toEqual([]);
  });

  it('refuses an organisation and an unknown id with exit 2, and changes nothing', async () => {
    const file = projectFile(false);
    const before = sha256(file);
    const organisation = await cli(['erase', file, 'klub', '--yes', '--lang', 'en']);
    expectRefused(organisation);
    expect(organisation.err).toContain('"Bro Boldklub" is not a person (Organisation). Only persons can be deleted completely.');
    const unknown = await cli(['erase', file, 'nobody', '--yes', '--lang', 'en']);
    expectRefused(unknown);
    expect(unknown.err).toContain('There is no person with the id "nobody"');
    expect(sha256(file)).toBe(before);
  });
});

describe('brobygger compact', () => {
  it('clears the whole history by default, so that a deleted person leaves no byte in the file', async () => {
    const file = projectFile(true);
    const run = await cli(['compact', file]);
    expect(run).toMatchObject({ code: 0, err: '' });
    expect(run.out).toBe(`Fjernede 7 af 7 trin fra fortrydelseshistorikken. ${file} er skrevet om uden dem.\n`);
    expect(tracesIn(file)).toEqual([]);
    const store = ProjectStore.open(file, storeOptions({ readonly: true }));
    expect(store.historyState().undoCount).toBe(0);
    store.close();
  });

  it('keeps the steps newer than --keep-history days, and says so in the singular for one step', async () => {
    const file = projectFile(false);
    expect((await cli(['compact', file, '--keep-history', '30'])).out).toContain('Fjernede 0 af 6 trin');
    expect(tracesIn(file)).toEqual(SECRETS);
    expect((await cli(['compact', file, '--keep-history', 'none', '--lang', 'en'])).out).toContain('Removed 6 steps of 6');
    const one = projectFile(false);
    const store = ProjectStore.open(one, storeOptions());
    store.compactHistory(null);
    store.apply({ type: 'actor.update', id: 'jakob', patch: { notes: 'x' } });
    store.close();
    expect((await cli(['compact', one, '--lang', 'en'])).out).toBe(`Removed 1 step of 1 from the undo history. ${one} was rewritten without it.\n`);
  });

  it('refuses a --keep-history that is neither none nor a number of days, and changes nothing', async () => {
    const file = projectFile(false);
    const before = sha256(file);
    for (const bad of ['-3', 'all', '2.5']) {
      const run = await cli(['compact', file, '--keep-history', bad, '--lang', 'en']);
      expectRefused(run);
      expect(run.err).toContain(`Invalid value for --keep-history: ${bad}.`);
    }
    expect(sha256(file)).toBe(before);
  });
});
