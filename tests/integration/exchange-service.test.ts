import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ApiEvent } from '../../src/core/api/contract';
import { encodeProjectJson } from '../../src/core/format/project-json';
import { call, failure, setup } from '../helpers/service';
import { tempDir } from '../helpers/temp';

const progressOf = (events: readonly ApiEvent[]) => events.flatMap((e) => (e.type === 'progress' ? [`${e.task}:${e.phase}:${e.file}`] : []));

describe('importing and exporting in the app', () => {
  it('plans an import of an edited file without changing anything, then applies it as one undoable step', async () => {
    const s = setup();
    const service = s.start();
    service.startup();
    const project = await call(service, 'getProject', {});
    if (!project) throw new Error('the sample is open');
    const data = { ...project.data, actors: project.data.actors.map((a, i) => (i === 0 ? { ...a, label: `${a.label} Holm` } : a)) };
    const file = join(tempDir(), 'rettet.json');
    writeFileSync(file, encodeProjectJson(data));

    const plan = await call(service, 'planImport', { source: { path: file }, updateById: true });
    expect(plan).toMatchObject({ file: 'rettet.json', format: 'json', added: [], removed: [] });
    expect(plan.changed).toEqual([
      { collection: 'actors', id: data.actors[0]?.id, label: project.data.actors[0]?.label, fields: [{ field: 'label', before: project.data.actors[0]?.label, after: data.actors[0]?.label }] },
    ]);
    expect((await call(service, 'getProject', {}))?.revision).toBe(project.revision);
    expect(progressOf(s.events)).toEqual(['import:read:rettet.json', 'import:check:rettet.json']);

    const { revision } = await call(service, 'applyImport', { source: { path: file }, updateById: true });
    expect(revision).toBeGreaterThan(project.revision);
    const after = await call(service, 'getProject', {});
    expect(after?.data.actors[0]?.label).toBe(data.actors[0]?.label);
    expect(after?.history.undo).toEqual({ key: 'history.import', params: { file: 'rettet.json' } });
    expect(progressOf(s.events).slice(-2)).toEqual(['import:write:rettet.json', 'import:done:rettet.json']);
    await call(service, 'undo', {});
    expect((await call(service, 'getProject', {}))?.data.actors[0]?.label).toBe(project.data.actors[0]?.label);
  });

  it('reads a file dropped on the window from its bytes', async () => {
    const s = setup();
    const service = s.start();
    service.startup();
    const project = await call(service, 'getProject', {});
    if (!project) throw new Error('the sample is open');
    const text = encodeProjectJson({ ...project.data, actors: project.data.actors.slice(0, 2), memberships: [], ties: [], forums: [], activities: [], positions: {} });
    const plan = await call(service, 'planImport', { source: { name: 'to.json', base64: Buffer.from(text).toString('base64') }, updateById: true });
    expect(plan).toMatchObject({ file: 'to.json', added: [], changed: [], removed: [] });
  });

  it('answers a file with problems with every problem, by place, in Danish', async () => {
    const s = setup();
    const service = s.start();
    service.startup();
    const file = join(tempDir(), 'fejl.json');
    writeFileSync(file, JSON.stringify({ format: 'brobygger-project', version: 2, actors: [{ id: 'a', kind: 'robot', label: 'R2' }] }));
    const error = await failure(service, 'planImport', { source: { path: file } });
    expect(error.code).toBe('invalid');
    expect(error.message).toBe('fejl.json: 1 fejl i data.\n  actors[0] (id "a").kind: skal være en af "person", "organisation", "department"');
  });

  it('stops an import asked to cancel before it writes anything', async () => {
    const s = setup();
    const service = s.start();
    service.startup();
    const project = await call(service, 'getProject', {});
    if (!project) throw new Error('the sample is open');
    const file = join(tempDir(), 'ny.json');
    writeFileSync(file, encodeProjectJson({ ...project.data, actors: [...project.data.actors, { ...project.data.actors[0]!, id: 'ny' as never, label: 'Ny' }] }));
    const applying = service.dispatch('applyImport', { source: { path: file }, updateById: true });
    await call(service, 'cancelTask', {});
    const result = await applying;
    expect(result.ok).toBe(false);
    expect(result.ok ? null : result.error).toMatchObject({ code: 'cancelled', message: 'Afbrudt. Intet er ændret.' });
    expect((await call(service, 'getProject', {}))?.revision).toBe(project.revision);
  });

  it('exports the open project by the extension asked for, pseudonymised with the key where asked', async () => {
    const s = setup();
    const service = s.start();
    service.startup();
    const project = await call(service, 'getProject', {});
    const dir = tempDir();
    const out = await call(service, 'exportProject', { path: join(dir, 'bro.graphml'), pseudonymise: true, keyFile: join(dir, 'nøgle.csv') });
    expect(out).toEqual({ format: 'graphml', written: [join(dir, 'bro.graphml'), join(dir, 'nøgle.csv')] });
    const graphml = readFileSync(join(dir, 'bro.graphml'), 'utf8');
    const person = project?.data.actors.find((a) => a.kind === 'person');
    expect(graphml).not.toContain(person?.label ?? 'nobody');
    expect(readFileSync(join(dir, 'nøgle.csv'), 'utf8')).toContain(`,${person?.label ?? ''},person`);
    expect(progressOf(s.events).slice(-2)).toEqual(['export:write:bro.graphml', 'export:done:bro.graphml']);
    expect((await failure(service, 'exportProject', { path: join(dir, 'bro.pdf') })).key).toBe('errors.unsupportedFile');
  });

  it('imports into a new project from the start screen, which then is the open project', async () => {
    const s = setup();
    const service = s.start();
    await call(service, 'closeProject', {});
    const folder = join(tempDir(), 'feltdata');
    mkdirSync(folder);
    writeFileSync(join(folder, 'actors.csv'), 'id;navn;type\nf1;Fritidsklubben Ærø;organisation\nf2;Søren Østergaard;person\n');
    writeFileSync(join(folder, 'ties.csv'), 'fra;til\nf2;f1\n');
    const path = join(tempDir(), 'Ny kortlægning');
    const plan = await call(service, 'planImport', { source: { path: folder }, newProject: { path, name: 'Ny kortlægning' } });
    expect(plan.added.map((r) => r.collection)).toEqual(['actors', 'actors', 'ties']);
    expect(await call(service, 'getProject', {})).toBeNull();

    await call(service, 'applyImport', { source: { path: folder }, newProject: { path, name: 'Ny kortlægning' } });
    const project = await call(service, 'getProject', {});
    expect(project?.path).toBe(`${path}.brobygger`);
    expect(project?.data.meta.name).toBe('Ny kortlægning');
    expect(project?.data.actors.map((a) => a.label)).toEqual(['Fritidsklubben Ærø', 'Søren Østergaard']);
    expect(project?.history.undoCount).toBe(0);
  });

  it('reads a folder dropped on the window from its files’ bytes', async () => {
    const s = setup();
    const service = s.start();
    await call(service, 'closeProject', {});
    const b64 = (text: string) => Buffer.from(text).toString('base64');
    const source = { folder: 'feltdata', files: [{ name: 'actors.csv', base64: b64('id,label\nx,Xenia\n') }, { name: 'noter.txt', base64: b64('ikke data') }] };
    const plan = await call(service, 'planImport', { source });
    expect(plan).toMatchObject({ file: 'feltdata', format: 'csv', added: [{ collection: 'actors', id: 'x', label: 'Xenia' }] });
    const preview = await call(service, 'previewImport', { source });
    expect(preview.sheets.map((sh) => sh.source)).toEqual(['actors.csv']);
  });

  it('saves a mapping where asked and reads it back, and refuses to replace a file unless told', async () => {
    const s = setup();
    const service = s.start();
    const path = join(tempDir(), 'skabelon');
    const mapping = { format: 'brobygger-mapping' as const, version: 1 as const, unknownCodes: 'refuse' as const, tables: { actors: { source: 'Aktører', headerRow: 2, columns: { label: 'Navn' }, values: { sector: { Frivillig: 'civil' } } } } };
    const saved = await call(service, 'saveMapping', { path, mapping });
    expect(saved.path).toBe(`${path}.json`);
    expect(await call(service, 'readMapping', { path: saved.path })).toEqual(mapping);
    expect((await failure(service, 'saveMapping', { path, mapping })).code).toBe('conflict');
    const broken = join(tempDir(), 'broken.json');
    writeFileSync(broken, '{"format": "brobygger-mapping", "version": 1, "tables": {"actors": {"source": ""}}}');
    const error = await failure(service, 'readMapping', { path: broken });
    expect(error.message).toContain('broken.json');
    expect(error.message).not.toMatch(/zod|Expected|at \w+ \(/);
  });

  it('answers a CSV file opened as a project by pointing to the import, not by calling it no database', async () => {
    const s = setup();
    const service = s.start();
    const file = join(tempDir(), 'aktører.csv');
    writeFileSync(file, 'id,label\nx,Xenia\n');
    const error = await failure(service, 'openProject', { path: file });
    expect(error.message).toBe('aktører.csv er en CSV-fil med feltdata, ikke et Brobygger-projekt. Brug Importér (Ctrl+I) for at tage den ind i et projekt.');
  });
});
