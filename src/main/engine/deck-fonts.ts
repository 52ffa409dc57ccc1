import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { findAppRoot } from './paths';

/**
 * The DejaVu Sans files every deck embeds (æøå everywhere, the same on every machine), from the
 * dejavu-fonts-ttf package the app ships.
 */
export function dejaVuPath(style: 'regular' | 'bold' = 'regular'): string {
  const file = style === 'bold' ? 'DejaVuSans-Bold.ttf' : 'DejaVuSans.ttf';
  const path = join(findAppRoot(), 'node_modules', 'dejavu-fonts-ttf', 'ttf', file);
  // In the packaged app the fonts are unpacked beside the asar archive (electron-builder.yml):
  // resvg reads them in native code, which cannot see inside the archive.
  const unpacked = path.replace(/\.asar([\\/])/, '.asar.unpacked$1');
  if (unpacked !== path && existsSync(unpacked)) return unpacked;
  if (!existsSync(path)) throw new Error(`the DejaVu Sans font is missing: ${path}`);
  return path;
}

export const DECK_FONT = 'DejaVu Sans';
