import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { computeLayout, savedLayoutName } from '../../src/core/layout';
import { findAppRoot, SAMPLE_RESOURCE } from '../../src/main/engine/paths';
import { ProjectStore } from '../../src/main/engine/project-store';
import { createTranslator } from '../../src/core/i18n/catalogue';
import { storeOptions } from '../helpers/store';
import { tempDir } from '../helpers/temp';

const shipped = join(findAppRoot(), 'resources', SAMPLE_RESOURCE);

function openCopy(name: string): ProjectStore {
  const path = join(tempDir(), name);
  copyFileSync(shipped, path);
  return ProjectStore.open(path, storeOptions());
}

describe('the map kept with the project', () => {
  it('gives the sample the same positions in two fresh openings, for every actor, and they are the force layout', () => {
    const first = openCopy('a.brobygger');
    const second = openCopy('b.brobygger');
    try {
      const a = first.read();
      const b = second.read();
      expect(Object.keys(a.positions).sort()).toEqual(a.actors.map((x) => x.id).sort());
      expect(b.positions).toEqual(a.positions);
      expect(computeLayout(b, 'force')).toEqual(a.positions);
      expect(savedLayoutName(a)).toBe('force');
    } finally {
      first.close();
      second.close();
    }
  });

  it('keeps a first layout and a laid-out-again one as steps named so in the history, and undo brings the earlier one back', () => {
    const store = openCopy('c.brobygger');
    try {
      const tr = createTranslator('da');
      const lastStep = () => {
        const undo = store.historyState().undo;
        return undo ? tr.t(undo.key, undo.params) : null;
      };
      const data = store.read();
      const moved = { ...data.positions, [data.actors[0]?.id as string]: { x: 9999, y: 9999 } };
      store.apply({ type: 'layout.set', positions: moved, reason: 'first' });
      expect(lastStep()).toBe('læg kortet ud (gemt med projektet)');
      expect(savedLayoutName(store.read())).toBe('manual');
      store.apply({ type: 'layout.set', positions: computeLayout(store.read(), 'force'), reason: 'again' });
      expect(lastStep()).toBe('læg kortet ud igen');
      expect(store.read().positions).toEqual(data.positions);
      store.undo();
      expect(store.read().positions).toEqual(moved);
    } finally {
      store.close();
    }
  });
});
