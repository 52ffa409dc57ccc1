import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findAppRoot, SAMPLE_RESOURCE } from '../../src/main/engine/paths';
import { ProjectStore } from '../../src/main/engine/project-store';
import { runInProcess } from '../helpers/cli-run';
import { tempDir } from '../helpers/temp';

const sample = join(findAppRoot(), 'resources', SAMPLE_RESOURCE);

/** The PPTX's parts as text, unzipped by the system's unzip (the deck is read back, not trusted). */
function pptxParts(file: string): Map<string, string> {
  const dir = join(tempDir(), 'unzipped');
  mkdirSync(dir);
  execFileSync('unzip', ['-q', file, '-d', dir]);
  const out = new Map<string, string>();
  const walk = (d: string, prefix: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      if (e.isDirectory()) walk(join(d, e.name), `${prefix}${e.name}/`);
      else if (e.name.endsWith('.xml') || e.name.endsWith('.rels')) out.set(`${prefix}${e.name}`, readFileSync(join(d, e.name), 'utf8'));
      else out.set(`${prefix}${e.name}`, '');
    }
  };
  walk(dir, '');
  return out;
}

const sampleNames = (): string[] => {
  const store = ProjectStore.open(sample, { readonly: true });
  try {
    const data = store.read();
    // names as they could appear on a slide: whole labels and first names of persons
    return [...data.actors.map((a) => a.label), ...data.actors.filter((a) => a.kind === 'person').map((a) => a.label.split(' ')[0] ?? '')].filter((n) => n.length >= 3);
  } finally {
    store.close();
  }
};

describe('the decks of the sample views', () => {
  it('a PPTX has a slide per view with its title, its map as an image, the source line and the speaker notes', async () => {
    const file = join(tempDir(), 'deck.pptx');
    const run = await runInProcess(['slides', sample, '--to', file, '--date', '2026-12-06']);
    expect(run.err).toBe('');
    expect(run.out).toContain('3 dias skrevet til');
    const parts = pptxParts(file);
    const slides = [1, 2, 3].map((n) => parts.get(`ppt/slides/slide${n}.xml`) ?? '');
    expect(slides[0]).toContain('Samarbejdet i Bro Kommune: kommune og civilsamfund');
    expect(slides[1]).toContain('Skrøbelige samarbejder: hvor broen hænger på én relation');
    expect(slides[2]).toContain('Hvis Søren Ærø går: de samarbejder, der mistes');
    for (const s of slides) {
      expect(s).toContain('<p:pic>');
      expect(s).toContain('Bro Kommune · alle runder · 6. december 2026');
    }
    const media = [...parts.keys()].filter((k) => k.startsWith('ppt/media/') && k.endsWith('.png'));
    expect(media.length).toBeGreaterThanOrEqual(3);
    const notes = [...parts].filter(([k]) => k.startsWith('ppt/notesSlides/notesSlide') && k.endsWith('.xml')).map(([, v]) => v).join('\n');
    expect(notes).toContain('Linjerne over floden er broerne mellem dem.');
    expect(notes).toContain('Søren er jobcentrets eneste vej ind');
  });

  it('a PDF has a page per view with the title and the source line as text, in English when asked', async () => {
    const file = join(tempDir(), 'deck.pdf');
    const run = await runInProcess(['--lang', 'en', 'slides', sample, '--to', file, '--date', '2026-12-06', '--views', 'Hvis Søren Ærø går,overblik efter sektor']);
    expect(run.out).toContain('2 slides written to');
    expect(execFileSync('pdfinfo', [file], { encoding: 'utf8' })).toMatch(/Pages:\s+2/);
    const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
    const pages = text.split('\f');
    expect(pages[0]).toContain('Hvis Søren Ærø går');
    expect(pages[1]).toContain('Samarbejdet i Bro Kommune');
    expect(text).toContain('Bro Kommune · all waves · 6 December 2026');
  });

  it('pseudonymised, neither the PPTX nor the PDF holds a name from the sample, and the notes are left out', async () => {
    const dir = tempDir();
    const pptx = join(dir, 'deck.pptx');
    const pdf = join(dir, 'deck.pdf');
    await runInProcess(['slides', sample, '--to', pptx, '--pseudonymise', '--date', '2026-12-06']);
    await runInProcess(['slides', sample, '--to', pdf, '--pseudonymise', '--date', '2026-12-06']);
    const xml = [...pptxParts(pptx).values()].join('\n');
    const text = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' });
    // the project's own name is kept (the municipality is the client, not a person)
    const names = sampleNames().filter((n) => n !== 'Bro Kommune');
    const leaked = names.filter((n) => xml.includes(n) || text.includes(n));
    expect(leaked).toEqual([]);
    expect(xml).not.toContain('Linjerne over floden');
    expect(xml).toContain('Hvis P0');
  });

  it('a project without views, a view it does not have and a file of another kind are refused with a clear message', async () => {
    const dir = tempDir();
    const empty = join(dir, 'tom.brobygger');
    ProjectStore.create(empty, 'Tom', {}).close();
    const none = await runInProcess(['--lang', 'en', 'slides', empty, '--to', join(dir, 'x.pptx')]);
    expect(none.code).not.toBe(0);
    expect(none.err).toContain('The project has no saved views');
    const unknown = await runInProcess(['--lang', 'en', 'slides', sample, '--to', join(dir, 'x.pdf'), '--views', 'Ingen']);
    expect(unknown.err).toContain('The project has no view called "Ingen". It has: Overblik efter sektor, Skrøbelige samarbejder, Hvis Søren Ærø går');
    const kind = await runInProcess(['--lang', 'en', 'slides', sample, '--to', join(dir, 'x.key')]);
    expect(kind.err).toContain('can be saved as .pptx or .pdf');
    expect(readdirSync(dir)).toEqual(['tom.brobygger']);
  });
});
