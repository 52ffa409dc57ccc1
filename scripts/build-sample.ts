/**
 * Builds the shipped sample project, resources/bro-kommune.brobygger, from its readable source
 * scripts/sample/bro-kommune.ts. Run with `npm run sample` after editing the source; a test
 * checks that the committed file still matches the source.
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { decodeProjectJson } from '../src/core/format/project-json';
import { computeLayout } from '../src/core/layout';
import type { ProjectData } from '../src/core/model/schema';
import { findAppRoot, SAMPLE_RESOURCE } from '../src/main/engine/paths';
import { ProjectStore } from '../src/main/engine/project-store';
import { broKommune } from './sample/bro-kommune';

/**
 * The sample as its source describes it, with its map laid out as the app first lays it out (the
 * seeded force layout), so it ships with the positions every opening shows.
 */
export function sampleData(): ProjectData {
  const data = decodeProjectJson(JSON.stringify(broKommune()), 'scripts/sample/bro-kommune.ts');
  return { ...data, positions: computeLayout(data, 'force') };
}

export function buildSample(target: string): void {
  const data = sampleData();
  rmSync(target, { force: true });
  ProjectStore.create(target, data.meta.name, {}, data).close();
}

if (process.argv[1] && /build-sample\.ts$/.test(process.argv[1])) {
  const target = join(findAppRoot(), 'resources', SAMPLE_RESOURCE);
  buildSample(target);
  console.log(`Wrote ${target}`);
}
