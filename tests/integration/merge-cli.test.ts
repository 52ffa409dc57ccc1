import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ProjectStore } from '../../src/main/engine/project-store';
import { runInProcess } from '../helpers/cli-run';
import { storeOptions } from '../helpers/store';
import { sha256, tempDir } from '../helpers/temp';
import { network } from '../helpers/traces';
import { stackLines } from './fixtures/sample';

const cli = (args: readonly string[]) => runInProcess(args, { BROBYGGER_DATA_DIR: tempDir('brobygger-data-') });

/** A closed project in which "Jakob" is entered a second time as "Jakob H." with a tie of his own. */
function withDuplicate(): string {
  const path = join(tempDir(), 'projekt.brobygger');
  const store = ProjectStore.create(path, 'Projekt', storeOptions());
  store.apply(network);
  store.apply({
    type: 'batch',
    commands: [
      { type: 'actor.update', id: 'jakob', patch: { label: 'Jakob Holm' } },
      { type: 'actor.add', actor: { id: 'jakob2', kind: 'person', label: 'Holm, Jakob' } },
      { type: 'tie.add', tie: { id: 't2', source: 'jakob2', target: 'søren', strength: 4 } },
      { type: 'membership.add', membership: { id: 'm3', person: 'jakob2', organisation: 'jobcenter', role: 'employee' } },
    ],
  });
  store.close();
  return path;
}

describe('brobygger duplicates', () => {
  it('lists the pair with what tells them apart, and the merge to run, changing no byte of the file', async () => {
    const path = withDuplicate();
    const before = sha256(path);
    const run = await cli(['duplicates', path]);
    expect(run.err).toBe('');
    expect(run.code).toBe(0);
    expect(run.out).toBe(
      [
        `1 mulig dublet i ${path}:`,
        '',
        '  1,00  Samme navn, skrevet anderledes',
        '    Jakob Holm (jakob): Person · Bro Boldklub · 1 relation · 1 medlemskab · 1 forumplads',
        '    Holm, Jakob (jakob2): Person · Jobcenter · 1 relation · 1 medlemskab · 0 forumpladser',
        `    brobygger merge "${path}" "jakob" "jakob2"`,
        '',
      ].join('\n'),
    );
    expect(sha256(path)).toBe(before);
  });

  it('gives the pairs as JSON, and says plainly when there are none', async () => {
    const path = withDuplicate();
    const json = JSON.parse((await cli(['duplicates', path, '--json', '--lang', 'en'])).out) as Array<{ ids: string[]; keep: string; likeness: string }>;
    expect(json.map((r) => ({ ids: r.ids, keep: r.keep, likeness: r.likeness }))).toEqual([
      { ids: ['jakob', 'jakob2'], keep: 'jakob', likeness: 'The same name, written differently' },
    ]);
    const none = await cli(['duplicates', path, '--only', 'organisations', '--lang', 'en']);
    expect(none.out).toBe(`No possible duplicates in ${path}.\n`);
  });
});

describe('brobygger merge', () => {
  it('merges one into the other as one step, saying what moved, and undo in the app brings it back', async () => {
    const path = withDuplicate();
    const run = await cli(['merge', path, 'jakob', 'jakob2', '--lang', 'en']);
    expect(run.err).toBe('');
    expect(run.out).toBe(`"Holm, Jakob" (jakob2) was merged into "Jakob Holm" (jakob) in ${path}: 1 tie is joined to one that already exists and 1 membership moves.\n`);
    const store = ProjectStore.open(path, storeOptions());
    expect(store.read().actors.map((a) => a.id)).not.toContain('jakob2');
    expect(store.read().ties).toHaveLength(1);
    expect(store.read().ties[0]?.strength).toBe(4);
    expect(store.historyState().undo).toEqual({ key: 'merge.history', params: { keep: 'Jakob Holm', drop: 'Holm, Jakob', keepId: 'jakob', dropId: 'jakob2' } });
    store.undo();
    expect(store.read().actors.map((a) => a.id)).toContain('jakob2');
    store.close();
    expect((await cli(['duplicates', path, '--lang', 'en'])).out).toContain('1 possible duplicate');
  });

  it('refuses actors of different kinds with one message, no stack, and leaves the file as it was', async () => {
    const path = withDuplicate();
    const before = sha256(path);
    const run = await cli(['merge', path, 'jakob', 'klub', '--lang', 'en']);
    expect(run.code).toBe(2);
    expect(run.out).toBe('');
    expect(run.err).toBe(
      'Error: The change was refused: 1 error.\n  "Bro Boldklub" is an organisation and "Jakob Holm" is a person. Only actors of the same kind can be merged; if they are the same, change the kind of one first.\n',
    );
    expect(stackLines(run.err)).toEqual([]);
    expect(sha256(path)).toBe(before);
  });
});
