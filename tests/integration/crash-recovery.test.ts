import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { encodeProjectJson } from '../../src/core/format/project-json';
import { findAppRoot } from '../../src/main/engine/paths';
import { ProjectStore } from '../../src/main/engine/project-store';
import { syntheticProject } from '../bench/generate';
import { runInProcess } from '../helpers/cli-run';
import { newStore, storeOptions } from '../helpers/store';
import { filesIn, sha256, tempDir } from '../helpers/temp';

const root = findAppRoot();

function child(args: readonly string[]): ChildProcess {
  return spawn(process.execPath, ['--import', 'tsx', ...args], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
}

/** Starts a child that stops inside an edit, and kills it there with SIGKILL. */
async function killDuringEdit(mode: 'first-edit' | 'second-edit', path: string): Promise<void> {
  const proc = child(['tests/helpers/crash-child.ts', mode, path]);
  let stderr = '';
  proc.stderr?.on('data', (d: Buffer) => (stderr += d.toString()));
  await new Promise<void>((resolve, reject) => {
    proc.stdout?.on('data', (d: Buffer) => {
      if (d.toString().includes('in-edit')) resolve();
    });
    proc.on('exit', () => reject(new Error(`the child ended before its edit: ${stderr}`)));
  });
  const exited = new Promise((resolve) => proc.on('exit', resolve));
  proc.kill('SIGKILL');
  await exited;
}

/** The project's bytes and its sidecars', to see that a reader changed none of them. */
const bytesOf = (path: string) => ['', '-journal', '-wal', '-shm'].map((s) => (existsSync(`${path}${s}`) ? `${s}:${sha256(`${path}${s}`)}` : `${s}:-`)).join(' ');

/** A project with some content, closed, as it is before the session that crashes. */
function committedProject(): { path: string; dir: string } {
  const { store, path, dir } = newStore('Før nedbruddet');
  store.apply({ type: 'actor.add', actor: { id: 'åse', kind: 'person', label: 'Åse Ærø' } });
  store.apply({ type: 'actor.add', actor: { id: 'bo', kind: 'person', label: 'Bo' } });
  store.apply({ type: 'tie.add', tie: { id: 't', source: 'åse', target: 'bo', strength: 2 } });
  store.close();
  return { path, dir };
}

interface Info {
  name: string;
  counts: { persons: number; ties: number };
  history: { undoCount: number };
}

describe('a project whose first edit of a session was killed (a hot rollback journal beside it)', () => {
  it('is read by info, export and analyze in its committed state, and no byte of it or its journal changes', async () => {
    const { path, dir } = committedProject();
    await killDuringEdit('first-edit', path);
    expect(existsSync(`${path}-journal`), 'the kill left a journal').toBe(true);
    const before = bytesOf(path);

    const info = await runInProcess(['info', '--json', path]);
    const exported = await runInProcess(['export', path, '--to', join(dir, 'out.json')]);
    const analyzed = await runInProcess(['analyze', path, '--json', '--permutations', '10']);

    expect(info.err).toBe('');
    expect(info.code).toBe(0);
    expect(JSON.parse(info.out) as Info).toMatchObject({ name: 'Før nedbruddet', counts: { persons: 2, ties: 1 }, history: { undoCount: 3 } });
    expect(exported).toMatchObject({ code: 0, err: '' });
    expect((JSON.parse(readFileSync(join(dir, 'out.json'), 'utf8')) as { actors: unknown[] }).actors).toHaveLength(2);
    expect(analyzed).toMatchObject({ code: 0, err: '' });
    expect(bytesOf(path)).toBe(before);
    expect(filesIn(dir)).toEqual(['out.json', 'test.brobygger', 'test.brobygger-journal']);
  }, 60_000);

  it('is rolled back when the app opens it, and leaves no journal once closed', async () => {
    const { path, dir } = committedProject();
    await killDuringEdit('first-edit', path);

    const store = ProjectStore.open(path, storeOptions());
    expect(store.read().actors.map((a) => a.label)).toEqual(['Åse Ærø', 'Bo']);
    store.apply({ type: 'actor.add', actor: { kind: 'person', label: 'Efter' } });
    store.close();

    expect(filesIn(dir)).toEqual(['test.brobygger']);
    expect((JSON.parse((await runInProcess(['info', '--json', path])).out) as Info).counts.persons).toBe(3);
  }, 60_000);
});

describe('a project whose later edit was killed (a write-ahead log beside it)', () => {
  it('is read with every committed edit, and no byte of it or its log changes', async () => {
    const { path, dir } = committedProject();
    await killDuringEdit('second-edit', path);
    expect(existsSync(`${path}-wal`), 'the kill left a log').toBe(true);
    const before = bytesOf(path);

    const info = await runInProcess(['info', '--json', path]);
    const analyzed = await runInProcess(['analyze', path, '--permutations', '10']);

    expect(info).toMatchObject({ code: 0, err: '' });
    expect((JSON.parse(info.out) as Info).counts.persons).toBe(3);
    expect(analyzed).toMatchObject({ code: 0, err: '' });
    expect(bytesOf(path)).toBe(before);
    expect(filesIn(dir).filter((f) => f.endsWith('-shm'))).toEqual([]);

    const store = ProjectStore.open(path, storeOptions());
    expect(store.read().actors.map((a) => a.label)).toContain('Gemt før nedbruddet');
    store.close();
    expect(filesIn(dir)).toEqual(['test.brobygger']);
  }, 60_000);
});

describe('an import into a new file that was killed', () => {
  it('leaves hidden temporary files that the next import to that file removes before it writes', async () => {
    const dir = tempDir();
    const json = join(dir, 'felt.json');
    writeFileSync(json, encodeProjectJson(syntheticProject(6_000, 24_000)));
    const target = join(dir, 'ny.brobygger');
    const proc = child(['src/cli/index.ts', 'import', json, '--into', target]);
    const exited = new Promise((resolve) => proc.on('exit', resolve));
    // kill it as soon as its temporary file is there, long before the import is done
    for (let i = 0; i < 2_000 && !readdirSync(dir).some((f) => f.endsWith('.tmp')); i++) await new Promise((r) => setTimeout(r, 10));
    proc.kill('SIGKILL');
    await exited;
    const left = filesIn(dir).filter((f) => f.startsWith('.ny.brobygger.'));
    expect(left.length, 'the killed import left its temporary file').toBeGreaterThan(0);
    expect(existsSync(target)).toBe(false);

    const run = await runInProcess(['import', json, '--into', target]);

    expect(run).toMatchObject({ code: 0, err: '' });
    expect(filesIn(dir)).toEqual(['felt.json', 'ny.brobygger']);
  }, 120_000);
});
