import { readFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { decodeProjectJson, encodeProjectJson } from '../../core/format/project-json';
import type { ProjectData } from '../../core/model/schema';
import { writeFileAtomic } from './atomic-write';
import { ioError, isErrno } from './project-file';
import { UserError } from '../../core/errors';
import type { ProjectStore } from './project-store';

/** Reads a file as text, with the user-facing errors for a missing or unreadable file. */
export function readTextFile(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (e) {
    if (isErrno(e, 'ENOENT')) throw new UserError('not-found', 'errors.notFound', { file: path });
    throw ioError(path, 'read', e);
  }
}

export function exportProjectJson(store: ProjectStore, to: string): string {
  const target = resolve(to);
  writeFileAtomic(target, encodeProjectJson(store.read()));
  return target;
}

export function readProjectJson(path: string): ProjectData {
  return decodeProjectJson(readTextFile(path), basename(path));
}
