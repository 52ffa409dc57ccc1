import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { encodeGraphml } from '../../src/core/format/graphml';
import { encodeProjectJson } from '../../src/core/format/project-json';
import { formatUserError } from '../../src/core/wording/format-error';
import { readInput } from '../../src/main/engine/exchange';
import { findAppRoot } from '../../src/main/engine/paths';
import { ProjectStore } from '../../src/main/engine/project-store';
import { rejected } from '../helpers/refused';
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
  it('reads a project read-only and closes it again, leaving the file as it was', async () => {
    const path = sampleCopy();
    const before = sha256(path);
    const files = filesIn(join(path, '..'));
    const { data, format: kind } = await readInput(path);
    expect(kind).toBe('project');
    expect(data.meta.name).toBe('Bro Kommune');
    expect(data.actors.length).toBeGreaterThan(0);
    expect(data.ties.length).toBeGreaterThan(0);
    expect(sha256(path)).toBe(before);
    expect(filesIn(join(path, '..'))).toEqual(files);
    ProjectStore.open(path, storeOptions()).close();
  });

  it('reads the project JSON format', async () => {
    const sample = (await readInput(sampleCopy())).data;
    const path = join(tempDir(), 'export.json');
    writeFileSync(path, encodeProjectJson(sample));
    expect(await readInput(path)).toMatchObject({ data: sample, format: 'json' });
  });

  it('reads GraphML as .graphml or .xml, and gets back the actors and ties of a project it was written from', async () => {
    const sample = (await readInput(sampleCopy())).data;
    const dir = tempDir();
    for (const name of ['bro.graphml', 'bro.XML']) {
      writeFileSync(join(dir, name), encodeGraphml(sample));
      const { data, format: kind } = await readInput(join(dir, name));
      expect(kind).toBe('graphml');
      expect(data.actors).toEqual(sample.actors);
      expect(data.ties).toEqual(sample.ties);
    }
  });

  it('reads a folder of CSV files, matching the file names in any case and naming the project after the folder', async () => {
    const dir = folder({
      'Actors.CSV': '\uFEFFid;navn;sektor\r\np-1;Åse;Kommune\r\norg-1;Forening;Civilsamfund\r\n',
      'ties.csv': 'kilde;mål;styrke\r\np-1;org-1;2,5\r\n',
      'notes.txt': 'not part of the data',
    });
    const { data, format: kind } = await readInput(dir);
    expect(kind).toBe('csv');
    expect(data.meta.name).toBe('Feltdata 2025');
    expect(data.actors.map((a) => [a.label, a.sector])).toEqual([
      ['Åse', 'municipality'],
      ['Forening', 'civil_society'],
    ]);
    expect(data.ties[0]?.strength).toBe(2.5);
    expect(data.memberships).toEqual([]);
  });

  it('reads a CSV file Danish Excel saved as Windows-1252 rather than UTF-8 without garbling æ, ø and å', async () => {
    const dir = folder({ 'actors.csv': Buffer.from('id;label\r\np-1;Søren Ærø Åby\r\n', 'latin1') });
    expect((await readInput(dir)).data.actors[0]?.label).toBe('Søren Ærø Åby');
  });

  it('names the problem rows of CSV files in the user’s language', async () => {
    const dir = folder({ 'actors.csv': 'id,label\np-1,Åse\n', 'ties.csv': 'source,target\np-1,p-9\n' });
    const e = await rejected(() => readInput(dir));
    expect(formatUserError(e, da)).toBe(
      'Feltdata 2025/actors.csv, Feltdata 2025/ties.csv: 1 fejl i data.\n  Feltdata 2025/ties.csv række 1 (kilde "p-1", mål "p-9"), kolonne target: en person eller organisation "p-9" findes ikke',
    );
  });
});

describe('refusing what is not a network', () => {
  it('says which file a folder of CSV files is missing', async () => {
    const dir = folder({ 'ties.csv': 'source,target\n', 'memberships.csv': 'person,organisation\n' });
    const e = await rejected(() => readInput(dir));
    expect(e.code).toBe('not-found');
    expect(e.message).toBe(
      'The folder Feltdata 2025 has no actors.csv. A folder of CSV files needs actors.csv; ties.csv and memberships.csv are optional.',
    );
  });

  it('refuses a file of a type it does not read, naming the types it does', async () => {
    const path = join(tempDir(), 'network.pdf');
    writeFileSync(path, '%PDF-1.7');
    const e = await rejected(() => readInput(path));
    expect(e.code).toBe('unsupported');
    expect(e.message).toBe(
      'network.pdf: unknown file type. Brobygger reads and writes .json, .csv, .xlsx, .graphml, .gexf, .net, .dl, .brobygger and folders of CSV files; choose a format if the file has another extension.',
    );
    expect(formatUserError(await rejected(() => readInput(path)), da)).toMatch(/^network\.pdf: ukendt filtype\. Brobygger læser og skriver /);
  });

  it('refuses a file whose bytes are another format than its name says, naming both', async () => {
    const path = join(tempDir(), 'network.graphml');
    writeFileSync(path, '<?xml version="1.0"?><gexf xmlns="http://gexf.net/1.3" version="1.3"><graph/></gexf>');
    expect(formatUserError(await rejected(() => readInput(path)), da)).toBe(
      'network.graphml er en GEXF-fil, ikke GraphML. Vælg formatet GEXF, eller giv filen den rigtige endelse.',
    );
  });

  it('says that a path that does not exist does not exist', async () => {
    const path = join(tempDir(), 'nowhere', 'net.graphml');
    const e = await rejected(() => readInput(path));
    expect(e.code).toBe('not-found');
    expect(e.message).toBe(`${path} does not exist.`);
  });

  it('passes on the GraphML reader’s refusal of a broken file', async () => {
    const path = join(tempDir(), 'broken.graphml');
    writeFileSync(path, '<graphml><graph><node id="a">');
    expect((await rejected(() => readInput(path))).key).toBe('fieldData.notXml');
  });
});
