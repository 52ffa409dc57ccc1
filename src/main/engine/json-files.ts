import { basename, resolve } from 'node:path';
import { UserError } from '../../core/errors';
import { decodeProjectJson, encodeProjectJson } from '../../core/format/project-json';
import type { ProjectData } from '../../core/model/schema';
import { writeFileAtomic } from './atomic-write';
import type { ProjectStore } from './project-store';
import { readTextFile } from './text-files';

export function exportProjectJson(store: ProjectStore, to: string): string {
  const target = resolve(to);
  // writing the export over the project itself would lose the project
  if (target === store.path) throw new UserError('conflict', 'errors.exists', { file: target });
  writeFileAtomic(target, encodeProjectJson(store.read()), `${store.fileName.replace(/\.brobygger$/i, '')}.json`);
  return target;
}

export function readProjectJson(path: string): ProjectData {
  return decodeProjectJson(readTextFile(path), basename(path));
}
