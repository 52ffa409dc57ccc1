import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createTranslator } from '../../src/core/i18n/catalogue';
import type { ProjectData } from '../../src/core/model/schema';
import { findAppRoot, SAMPLE_RESOURCE } from '../../src/main/engine/paths';
import { ProjectStore } from '../../src/main/engine/project-store';
import { renderView } from '../../src/main/engine/render-view';
import { runInProcess } from '../helpers/cli-run';
import { tempDir } from '../helpers/temp';

const sample = join(findAppRoot(), 'resources', SAMPLE_RESOURCE);

function readSample(): { data: ProjectData; codes: ReadonlyMap<string, string> } {
  const store = ProjectStore.open(sample, { readonly: true });
  try {
    return { data: store.read(), codes: store.pseudonyms() };
  } finally {
    store.close();
  }
}

const da = createTranslator('da');
const en = createTranslator('en');
const DATE = '2026-12-06';

/** A PNG's width and height from its header (IHDR), after checking the signature. */
function pngSize(bytes: Uint8Array): { width: number; height: number } {
  const b = Buffer.from(bytes);
  expect(b.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
  expect(b.subarray(12, 16).toString('latin1')).toBe('IHDR');
  return { width: b.readUInt32BE(16), height: b.readUInt32BE(20) };
}

/** The text a PNG carries: its tEXt, zTXt and iTXt chunks (its pixels are compressed bytes, where any word may turn up by chance). */
function pngText(bytes: Uint8Array): string {
  const b = Buffer.from(bytes);
  const out: string[] = [];
  for (let at = 8; at + 8 <= b.length; ) {
    const length = b.readUInt32BE(at);
    const type = b.subarray(at + 4, at + 8).toString('latin1');
    if (type === 'tEXt' || type === 'zTXt' || type === 'iTXt') out.push(b.subarray(at + 8, at + 8 + length).toString('utf8'));
    at += 12 + length;
  }
  return out.join('\n');
}

/** Text of the SVG's <text> elements, as python3's XML parser reads them (the SVG is parsed, not trusted). */
function svgTexts(file: string): string[] {
  const script = [
    'import sys, json, xml.etree.ElementTree as ET',
    'root = ET.parse(sys.argv[1]).getroot()',
    "ns = '{http://www.w3.org/2000/svg}'",
    "assert root.tag == ns + 'svg', root.tag",
    "print(json.dumps([t.text or '' for t in root.iter(ns + 'text')]))",
  ].join('\n');
  return JSON.parse(execFileSync('python3', ['-c', script, file], { encoding: 'utf8' })) as string[];
}

/** Names as they could appear on an image: whole labels and first names of persons, notes and the interviews' quotes. */
function privateTexts(data: ProjectData): string[] {
  const names = [...data.actors.map((a) => a.label), ...data.actors.filter((a) => a.kind === 'person').map((a) => a.label.split(' ')[0] ?? '')];
  const notes = [...data.actors.map((a) => a.notes), ...data.ties.flatMap((t) => [t.notes, t.evidence.quote])];
  return [...names, ...notes].filter((n) => n.length >= 4 && n !== data.meta.name);
}

describe('images of the map', () => {
  it('writes an SVG that python3 parses, with its text as text in DejaVu Sans, æøå included, byte-identical twice', async () => {
    const { data } = readSample();
    const view = 'Hvis Søren Ærø går';
    const a = await renderView(data, { format: 'svg', t: da, date: DATE, view });
    const b = await renderView(data, { format: 'svg', t: da, date: DATE, view });
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
    const file = join(tempDir(), 'map.svg');
    writeFileSync(file, a);
    const texts = svgTexts(file);
    expect(texts).toContain('Hvis Søren Ærø går: de samarbejder, der mistes');
    expect(texts).toContain('Signaturforklaring');
    expect(texts).toContain('Bro Kommune · alle runder · 6. december 2026');
    expect(texts.join(' ')).toMatch(/[æøå]/);
    expect(Buffer.from(a).toString('utf8')).toContain('font-family="DejaVu Sans"');
  });

  it('writes a PNG of width × scale pixels, white or transparent', async () => {
    const { data } = readSample();
    const png = await renderView(data, { format: 'png', t: da, date: DATE, width: 1240, scale: 2 });
    expect(pngSize(png)).toEqual({ width: 2480, height: Math.round(1240 / Math.SQRT2) * 2 });
    const small = await renderView(data, { format: 'png', t: en, date: DATE, width: 800, scale: 1, transparent: true });
    expect(pngSize(small).width).toBe(800);
    // colour type 6 is RGBA: the transparent background needs the alpha channel
    expect(Buffer.from(small)[25]).toBe(6);
  });

  it('says in the PNG that 2× is 300 dpi, as Pillow reads it, so a word processor places it A4 wide', async () => {
    const { data } = readSample();
    const dir = tempDir();
    const densities: number[][] = [];
    for (const scale of [1, 2, 4]) {
      const file = join(dir, `kort-${scale}.png`);
      writeFileSync(file, await renderView(data, { format: 'png', t: da, date: DATE, width: 1240, scale }));
      const read = execFileSync('/usr/bin/python3', ['-c', 'import sys; from PIL import Image; im = Image.open(sys.argv[1]); im.load(); print(round(im.info["dpi"][0]), round(im.info["dpi"][1]), im.size[0])', file], { encoding: 'utf8' });
      densities.push(read.trim().split(' ').map(Number));
    }
    // A4 is 8.27 inches wide: 2480 pixels at 300 dpi
    expect(densities).toEqual([
      [150, 150, 1240],
      [300, 300, 2480],
      [600, 600, 4960],
    ]);
  });

  it('writes a PDF whose text holds the title, the legend and the source line, with DejaVu Sans embedded', async () => {
    const { data } = readSample();
    const dir = tempDir();
    for (const [t, lang] of [
      [da, 'da'],
      [en, 'en'],
    ] as const) {
      const file = join(dir, `map-${lang}.pdf`);
      writeFileSync(file, await renderView(data, { format: 'pdf', t, date: DATE, view: 'Skrøbelige samarbejder' }));
      const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' });
      expect(text).toContain('Skrøbelige samarbejder');
      if (lang === 'da') {
        expect(text).toContain('Signaturforklaring');
        expect(text).toContain('Skrøbelig relation');
        expect(text).toContain('Bro Kommune · alle runder · 6. december 2026');
      } else {
        expect(text).toContain('Legend');
        expect(text).toContain('Fragile tie');
        expect(text).toContain('Bro Kommune · all waves · 6 December 2026');
      }
      const fonts = execFileSync('pdffonts', [file], { encoding: 'utf8' });
      expect(fonts).toMatch(/DejaVuSans\S*\s+.*yes/);
      expect(execFileSync('pdfinfo', [file], { encoding: 'utf8' })).toMatch(/Pages:\s+1/);
    }
  });

  it('pseudonymised, no SVG, PNG or PDF holds an actor name, a note or a quote of the sample', async () => {
    const { data, codes } = readSample();
    const hidden = privateTexts(data);
    expect(hidden.length).toBeGreaterThan(20);
    for (const view of [null, ...data.views.map((v) => v.name)]) {
      const svg = Buffer.from(await renderView(data, { format: 'svg', t: da, date: DATE, view, pseudonyms: codes })).toString('utf8');
      const png = pngText(await renderView(data, { format: 'png', t: da, date: DATE, view, pseudonyms: codes }));
      const file = join(tempDir(), 'map.pdf');
      writeFileSync(file, await renderView(data, { format: 'pdf', t: da, date: DATE, view, pseudonyms: codes }));
      const pdf = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' });
      const leaked = hidden.filter((n) => svg.includes(n) || png.includes(n) || pdf.includes(n));
      expect(leaked, String(view)).toEqual([]);
      expect(svg).toMatch(/>P0\d\d</);
    }
  });
});

describe('brobygger render', () => {
  it('writes the image a saved view names, in the language asked', async () => {
    const dir = tempDir();
    const file = join(dir, 'kort.png');
    const run = await runInProcess(['--lang', 'en', 'render', sample, '--view', 'overblik efter sektor', '--to', file, '--width', '900', '--scale', '2', '--date', DATE]);
    expect(run.err).toBe('');
    expect(run.code).toBe(0);
    expect(run.out).toContain(`Image of the map written to ${file}`);
    expect(pngSize(readFileSync(file)).width).toBe(1800);
    const svg = join(dir, 'kort.svg');
    const plain = await runInProcess(['render', sample, '--to', svg, '--pseudonymise', '--transparent', '--date', DATE]);
    expect(plain.out).toContain('Billede af kortet skrevet til');
    expect(readFileSync(svg, 'utf8')).not.toContain('<rect width=');
  });

  it('refuses a view the project does not have, a file of another kind, a bad scale and a folder it cannot write, naming them', async () => {
    const dir = tempDir();
    const unknown = await runInProcess(['--lang', 'en', 'render', sample, '--view', 'Ingen', '--to', join(dir, 'x.svg')]);
    expect(unknown.code).not.toBe(0);
    expect(unknown.err).toContain('The project has no view called "Ingen". It has: Overblik efter sektor, Skrøbelige samarbejder, Hvis Søren Ærø går');
    const kind = await runInProcess(['render', sample, '--to', join(dir, 'x.gif')]);
    expect(kind.err).toContain('kan gemmes som .svg, .png eller .pdf, ikke som');
    expect(kind.err).toContain('x.gif');
    const scale = await runInProcess(['--lang', 'en', 'render', sample, '--to', join(dir, 'x.png'), '--scale', '9']);
    expect(scale.err).toContain('The scale must be a number from 1 to 4, not "9"');
    const missing = join(dir, 'no-such-folder', 'x.pdf');
    const folder = await runInProcess(['--lang', 'en', 'render', sample, '--to', missing]);
    expect(folder.code).not.toBe(0);
    expect(folder.err).toContain('no-such-folder');
    expect(folder.err).not.toMatch(/\bat .*\.ts:\d+/);
    expect(readdirSync(dir)).toEqual([]);
  });
});
