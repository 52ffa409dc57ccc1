/**
 * A Brobygger process to kill -9 in the middle of its work (tests/integration/crash-recovery.test.ts).
 *   first-edit <project>   opens the project and stops inside its first edit's transaction
 *   second-edit <project>  commits one edit (the log is then in use), stops inside the second
 * It prints "in-edit" once it is stopped there, and waits to be killed.
 */
import { ProjectStore } from '../../src/main/engine/project-store';

const [mode, path] = process.argv.slice(2);
if (!path || (mode !== 'first-edit' && mode !== 'second-edit')) throw new Error('usage: crash-child.ts first-edit|second-edit <project>');

/** Enough rows that SQLite spills pages of the transaction into the file before it commits. */
const ROWS = 9_000;
let made = 0;
let stopping = false;
const sleeper = new Int32Array(new SharedArrayBuffer(4));
const store = ProjectStore.open(path, {
  
  makeId: (prefix) => {
    made += 1;
    if (stopping && made % ROWS === 0) {
      process.stdout.write('in-edit\n');
      Atomics.wait(sleeper, 0, 0, 120_000);
    }
    return `${prefix}-${made}`;
  },
});
const batch = () => ({
  type: 'batch' as const,
  commands: Array.from({ length: ROWS + 10 }, (_, i) => ({
    type: 'actor.add' as const,
    actor: { kind: 'person' as const, label: `Person ${i} `.padEnd(300, 'x'), notes: 'n'.repeat(2000) },
  })),
});
if (mode === 'second-edit') store.apply({ type: 'actor.add', actor: { kind: 'person', label: 'Gemt før nedbruddet' } });
stopping = true;
store.apply(batch());
store.close();
