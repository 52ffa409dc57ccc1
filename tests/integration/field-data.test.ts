import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { encodeGraphml } from '../../src/core/format/graphml';
import { encodeProjectJson } from '../../src/core/format/project-json';
import { formatUserError } from '../../src/core/wording/format-error';
import { readNetwork } from '../../src/main/engine/field-data';
import { findAppRoot } from '../../src/main/engine/paths';
import { ProjectStore } from '../../src/main/engine/project-store';
import { refused } from '../helpers/refused';
import { da, storeOptions } from '../helpers/store';
import { filesIn, sha256, tempDir } from '../helpers/temp';

/** The sample project, copied to a temp folder so the original is never touched. */
function sampleCopy(): string {
  const path = join(tempDir(), 'bro-kommune.brobygger');
  copyFileSync(join(findAppRoot(), 'resources', 'bro-kommune.brobygger'), path);
  return path;
}

const folder = (files: Record<string, string | Buffer>): string => {
  const dir = join(tempDir(), 'Feltdata 2025');
  mkdirSync(dir);
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  return dir;
};

describe('reading a network from whatever the researcher has', () => {
  it('reads a project read-only and closes it again, leaving the file as it was', () => {
    const path = sampleCopy();
    const before = sha256(path);
    const files = filesIn(join(path, '..'));
    const { data, kind } = readNetwork(path);
    expect(kind).toBe('project');
    expect(data.meta.name).toBe('Bro Kommune');
    expect(data.actors.length).toBeGreaterThan(0);
    expect(data.ties.length).toBeGreaterThan(0);
    expect(sha256(path)).toBe(before);
    expect(filesIn(join(path, '..'))).toEqual(files);
    ProjectStore.open(path, storeOptions()).close();
  });

  it('reads the project JSON format', () => {
    const sample = readNetwork(sampleCopy()).data;
    const path = join(tempDir(), 'export.json');
    writeFileSync(path, encodeProjectJson(sample));
    expect(readNetwork(path)).toEqual({ data: sample, kind: 'json' });
  });

  it('reads GraphML as .graphml or .xml, and gets back the actors and ties of a project it was written from', () => {
    const sample = readNetwork(sampleCopy()).data;
    const dir = tempDir();
    for (const name of ['bro.graphml', 'bro.XML']) {
      writeFileSync(join(dir, name), encodeGraphml(sample));
      const { data, kind } = readNetwork(join(dir, name));
      expect(kind).toBe('graphml');
      expect(data.actors).toEqual(sample.actors);
      expect(data.ties).toEqual(sample.ties);
    }
  });

  it('reads a folder of CSV files, matching the file names in any case and naming the project after the folder', () => {
    const dir = folder({
      'Actors.CSV': '\uFEFFid;navn;sektor\r\np-1;Åse;Kommune\r\norg-1;Forening;Civilsamfund\r\n',
      'ties.csv': 'kilde;mål;styrke\r\np-1;org-1;2,5\r\n',
      'notes.txt': 'not part of the data',
    });
    const { data, kind } = readNetwork(dir);
    expect(kind).toBe('csv');
    expect(data.meta.name).toBe('Feltdata 2025');
    expect(data.actors.map((a) => [a.label, a.sector])).toEqual([
      ['Åse', 'municipality'],
      ['Forening', 'civil_society'],
    ]);
    expect(data.ties[0]?.strength).toBe(2.5);
    expect(data.memberships).toEqual([]);
  });

  it('reads a CSV file Danish Excel saved as Windows-1252 rather than UTF-8 without garbling æ, ø and å', () => {
    const dir = folder({ 'actors.csv': Buffer.from('id;label\r\np-1;Søren Ærø Åby\r\n', 'latin1') });
    expect(readNetwork(dir).data.actors[0]?.label).toBe('Søren Ærø Åby');
  });

  it('names the problem rows of CSV files in the user’s language', () => {
    const dir = folder({ 'actors.csv': 'id,label\np-1,Åse\n', 'ties.csv': 'source,target\np-1,p-9\n' });
    const e = refused(() => readNetwork(dir));
    expect(formatUserError(e, da)).toBe('actors.csv, ties.csv: 1 fejl i data.\n  ties.csv række 1 (kilde "p-1", mål "p-9"), kolonne target: en person eller organisation "p-9" findes ikke');
  });
});

describe('refusing what is not a network', () => {
  it('says which file a folder of CSV files is missing', () => {
    const dir = folder({ 'ties.csv': 'source,target\n', 'memberships.csv': 'person,organisation\n' });
    const e = refused(() => readNetwork(dir));
    expect(e.code).toBe('not-found');
    expect(e.message).toBe(
      `The folder ${dir} has no actors.csv. A folder of CSV files needs actors.csv; ties.csv and memberships.csv are optional.`,
    );
  });

  it('refuses a file of a type it does not read, naming the types it does', () => {
    const path = join(tempDir(), 'network.gexf');
    writeFileSync(path, '<gexf/>');
    const e = refused(() => readNetwork(path));
    expect(e.code).toBe('unsupported');
    expect(e.message).toBe('network.gexf: unknown file type. Use .brobygger, .graphml, .json or a folder with CSV files.');
    expect(formatUserError(refused(() => readNetwork(path)), da)).toBe(
      'network.gexf: ukendt filtype. Brug .brobygger, .graphml, .json eller en mappe med CSV-filer.',
    );
  });

  it('says that a path that does not exist does not exist', () => {
    const path = join(tempDir(), 'nowhere', 'net.graphml');
    const e = refused(() => readNetwork(path));
    expect(e.code).toBe('not-found');
    expect(e.message).toBe(`${path} does not exist.`);
  });

  it('passes on the GraphML reader’s refusal of a broken file', () => {
    const path = join(tempDir(), 'broken.graphml');
    writeFileSync(path, '<graphml><graph><node id="a">');
    expect(refused(() => readNetwork(path)).key).toBe('fieldData.notXml');
  });
});
