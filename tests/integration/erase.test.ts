import type Database from 'better-sqlite3';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSteps } from '../../src/main/engine/history';
import { ProjectStore } from '../../src/main/engine/project-store';
import { readProject } from '../../src/main/engine/read-project';
import { refused } from '../helpers/refused';
import { newStore, storeOptions } from '../helpers/store';
import { network, SECRET, secretPerson } from '../helpers/traces';

const connectionOf = (store: ProjectStore) => (store as unknown as { db: Database.Database }).db;

/** Every text of the history table, as stored. */
const historyText = (store: ProjectStore) =>
  (connectionOf(store).prepare('SELECT label_key, label_params, changes FROM history ORDER BY seq').all() as Record<string, string>[])
    .map((r) => Object.values(r).join(' '))
    .join('\n');

function withSecret(): { store: ProjectStore; path: string } {
  const { store, path } = newStore();
  store.apply(network);
  for (const c of secretPerson()) store.apply(c);
  return { store, path };
}

describe('deleting a person completely', () => {
  it('takes from the project exactly what deleting them takes', () => {
    const { store, path } = withSecret();
    store.apply({ type: 'actor.update', id: 'jakob', patch: { notes: 'kender klubben' } });
    const copy = store.saveCopy(join(path, '..', 'copy.brobygger'), false);
    store.erasePerson('secret');
    const deleted = ProjectStore.open(copy, storeOptions());
    deleted.apply({ type: 'actor.remove', id: 'secret' });
    expect(store.read()).toEqual(deleted.read());
    // the store's kept copy of the project is what the file holds
    expect(store.read()).toEqual(readProject(connectionOf(store)));
    deleted.close();
    store.close();
  });

  it('leaves no change of theirs in the undo history and drops the steps that held nothing else', () => {
    const { store } = withSecret();
    expect(historyText(store)).toContain(SECRET.name);
    const before = store.historyState();
    const preview = store.previewErasure('secret');
    expect(preview).toEqual({
      id: 'secret',
      label: SECRET.name,
      present: true,
      memberships: 1,
      ties: 1,
      seats: 1,
      activities: 0,
      placed: true,
      // the network, then five steps of the secret person's: the forum's seats keep Jakob's
      history: { total: 6, changed: 5, dropped: 4 },
    });
    expect(store.erasePerson('secret')).toEqual(preview);
    const text = historyText(store);
    expect(text).not.toContain('secret');
    for (const secret of Object.values(SECRET)) expect(text).not.toContain(secret);
    expect(store.historyState()).toEqual({ ...before, undoCount: 2, undo: { key: 'history.forumUpdate', params: { label: 'Netværket' } } });
    store.close();
  });

  it('words a remaining step whose label named them neutrally', () => {
    const { store } = newStore();
    store.apply(network);
    store.apply({
      type: 'batch',
      commands: [
        { type: 'actor.add', actor: { id: 'mette', kind: 'person', label: 'Mette' } },
        { type: 'actor.add', actor: { id: 'hus', kind: 'organisation', label: 'Mettes Hus' } },
      ],
    });
    // a namesake's step: an organisation named after her keeps its row, but not her name in a label
    store.apply({ type: 'actor.update', id: 'hus', patch: { label: 'Mette' } });
    store.erasePerson('mette');
    expect(store.historyState().undo).toEqual({ key: 'privacy.neutralStep', params: {} });
    expect(store.read().actors.map((a) => a.label)).toContain('Mette');
    store.undo();
    expect(store.historyState().undo).toEqual({ key: 'history.batch', params: { count: 2 } });
    expect(store.read().actors.map((a) => a.label)).toContain('Mettes Hus');
    store.close();
  });

  it('undoes and redoes what is left through the states the project had, without them', () => {
    const { store } = withSecret();
    store.apply({ type: 'tie.update', id: 't1', patch: { strength: 4 } });
    store.undo();
    store.erasePerson('secret');
    expect(store.historyState()).toMatchObject({ undoCount: 2, redoCount: 1 });
    expect(store.redo()).toBe(true);
    expect(store.read().ties.map((t) => [t.id, t.strength])).toEqual([['t1', 4]]);
    expect(store.undo() && store.undo()).toBe(true);
    expect(store.read().forums[0]?.seats).toEqual([{ actor: 'jakob', represents: 'klub', role: 'member' }]);
    expect(store.undo()).toBe(true);
    expect(store.read().actors).toEqual([]);
    expect(store.undo()).toBe(false);
    store.close();
  });

  it('finds a person deleted before in the undo history and takes them out of it', () => {
    const { store } = withSecret();
    store.apply({ type: 'actor.remove', id: 'secret' });
    expect(store.previewErasure('secret')).toMatchObject({ present: false, label: SECRET.name, memberships: 0, history: { total: 7, dropped: 5 } });
    store.erasePerson('secret');
    expect(historyText(store)).not.toContain(SECRET.name);
    while (store.undo()) expect(store.read().actors.map((a) => a.id)).not.toContain('secret');
    store.close();
  });

  it('keeps a membership handed from them to someone else, from the moment it was handed on', () => {
    const { store } = withSecret();
    store.apply({ type: 'wave.add', wave: { id: 'w1', label: 'Runde 1' } });
    store.apply({ type: 'membership.update', id: 'secret-m', patch: { waves: ['w1'] } });
    store.apply({ type: 'membership.update', id: 'secret-m', patch: { person: 'søren' } });
    store.apply({ type: 'tie.update', id: 'secret-t', patch: { source: 'søren' } });
    store.erasePerson('secret');
    const data = store.read();
    expect(data.memberships.find((m) => m.id === 'secret-m')).toMatchObject({ person: 'søren', waves: ['w1'] });
    expect(data.ties.find((t) => t.id === 'secret-t')).toMatchObject({ source: 'søren', target: 'jakob' });
    store.undo();
    expect(store.read().ties.map((t) => t.id)).toEqual(['t1']);
    store.undo();
    expect(store.read().memberships.map((m) => m.id)).toEqual(['m1', 'm2']);
    while (store.undo());
    while (store.redo());
    expect(store.read()).toEqual(data);
    expect(store.read()).toEqual(readProject(connectionOf(store)));
    store.close();
  });

  it('refuses an organisation, naming it, and an id no one has; nothing is changed', () => {
    const { store } = withSecret();
    const before = readSteps(connectionOf(store));
    expect(refused(() => store.erasePerson('klub')).message).toBe(
      '"Bro Boldklub" is not a person (Organisation). Only persons can be deleted completely. Delete an organisation the ordinary way, and clear the undo history afterwards if it must leave the file.',
    );
    expect(refused(() => store.previewErasure('jobcenter')).key).toBe('privacy.errors.notAPerson');
    expect(refused(() => store.erasePerson('nobody')).message).toBe('There is no person with the id "nobody" in the project or in its undo history.');
    expect(readSteps(connectionOf(store))).toEqual(before);
    store.close();
  });

  it('is refused on a project opened read-only', () => {
    const { store, path } = withSecret();
    store.close();
    const reader = ProjectStore.open(path, storeOptions({ readonly: true }));
    expect(reader.previewErasure('secret').present).toBe(true);
    expect(refused(() => reader.erasePerson('secret')).key).toBe('errors.readonly');
    reader.close();
  });
});
