import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { UserError } from '../../core/errors';
import { messageRef } from '../../core/i18n/catalogue';
import { decodeText, xmlDeclaredEncoding } from '../../core/text/decode';
import { ioError, isErrno } from './project-file';

/** A file's bytes, with the user-facing errors for a missing file, a folder or an unreadable file. */
export function readFileBytes(path: string): Buffer {
  try {
    return readFileSync(path);
  } catch (e) {
    if (isErrno(e, 'ENOENT') || isErrno(e, 'ENOTDIR')) throw new UserError('not-found', 'errors.notFound', { file: path });
    if (isErrno(e, 'EISDIR'))
      throw new UserError('unsupported', 'errors.notAFile', { file: basename(path), reason: messageRef('errors.reasonDirectory') });
    throw ioError(path, 'read', e);
  }
}

/**
 * A text file as every reader takes it (JSON, CSV, GraphML): decoded by `decodeText` (UTF-8,
 * UTF-16 by its byte-order mark, Windows-1252), or refused with a message naming the file (as
 * `name` when given, e.g. a CSV file with its folder).
 */
export function readTextFile(path: string, options: { xml?: boolean; name?: string } = {}): string {
  const bytes = readFileBytes(path);
  return decodeText(bytes, options.name ?? basename(path), options.xml ? xmlDeclaredEncoding(bytes) : undefined).text;
}
