import { statSync } from 'node:fs';

/**
 * The project files this process has open, by device and inode. SQLite's lock on a file is a
 * POSIX advisory lock, which the operating system drops for the whole process as soon as the
 * process closes *any* descriptor of that file. So before reading a file's header this process
 * must know it does not hold the file already; statSync opens no descriptor.
 */
const open = new Set<string>();

export function fileIdentity(path: string): string | null {
  try {
    const st = statSync(path);
    return `${st.dev}:${st.ino}`;
  } catch {
    return null;
  }
}

export const isOpenHere = (identity: string | null): boolean => identity !== null && open.has(identity);

export function markOpen(identity: string | null): void {
  if (identity !== null) open.add(identity);
}

export function markClosed(identity: string | null): void {
  if (identity !== null) open.delete(identity);
}
