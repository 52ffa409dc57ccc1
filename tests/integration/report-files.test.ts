/**
 * `brobygger report` on the sample: the PDF and the DOCX read back by poppler and python-docx,
 * in Danish and English, and pseudonymised without a name, note or quote of the sample.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createTranslator } from '../../src/core/i18n/catalogue';
import { findAppRoot, SAMPLE_RESOURCE } from '../../src/main/engine/paths';
import { ProjectStore } from '../../src/main/engine/project-store';
import { runInProcess } from '../helpers/cli-run';
import { tempDir } from '../helpers/temp';

const sample = join(findAppRoot(), 'resources', SAMPLE_RESOURCE);
const titles = (lang: 'da' | 'en') => {
  const t = createTranslator(lang);
  return (['summary', 'maps', 'fragile', 'keyPersons', 'plan', 'bonding', 'power', 'timeline', 'waves', 'methods', 'provenance'] as const).map((k) => t.t(`report.sections.${k}`));
};

/** The DOCX as python-docx reads it: each paragraph with its style, and each table's cells. */
function docxRead(file: string): { paragraphs: Array<[string, string]>; tables: string[][][]; xml: string } {
  const script = [
    'import docx, json, sys, zipfile',
    'd = docx.Document(sys.argv[1])',
    'ps = [[p.style.name if p.style is not None else "", p.text] for p in d.paragraphs]',
    'ts = [[[c.text for c in r.cells] for r in t.rows] for t in d.tables]',
    'xml = zipfile.ZipFile(sys.argv[1]).read("word/document.xml").decode("utf-8")',
    'print(json.dumps({"paragraphs": ps, "tables": ts, "xml": xml}))',
  ].join('\n');
  return JSON.parse(execFileSync('/usr/bin/python3', ['-c', script, file], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })) as ReturnType<typeof docxRead>;
}

/** What the sample says about people: names (whole and first), notes, evidence and quotes. */
function sampleSecrets(): string[] {
  const store = ProjectStore.open(sample, { readonly: true });
  try {
    const d = store.read();
    const texts = [
      ...d.actors.map((a) => a.label),
      ...d.actors.filter((a) => a.kind === 'person').map((a) => a.label.split(' ')[0] ?? ''),
      ...d.actors.map((a) => a.notes),
      ...d.ties.flatMap((t) => [t.notes, t.evidence.quote, t.evidence.source]),
      ...d.views.flatMap((v) => [v.description, v.speakerNotes]),
    ];
    // a long text is looked for by its opening words (a PDF breaks lines where it likes)
    return [...new Set(texts.map((s) => s.trim().split(/\s+/).slice(0, 4).join(' ')).filter((s) => s.length >= 3 && s !== 'Bro Kommune'))];
  } finally {
    store.close();
  }
}

describe('the report of the sample as PDF', () => {
  it('is A4 with a title page, the contents with page numbers, every section and a page number on each page', async () => {
    const file = join(tempDir(), 'rapport.pdf');
    const run = await runInProcess(['report', sample, '--to', file, '--date', '2026-12-06']);
    expect(run.err).toBe('');
    expect(run.out).toMatch(/^Rapporten \(\d+ sider\) er skrevet til .*rapport\.pdf\n$/);
    const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
    const pages = Number(/Pages:\s+(\d+)/.exec(info)?.[1]);
    expect(pages).toBeGreaterThanOrEqual(12);
    expect(info).toMatch(/Page size:\s+595\.28 x 841\.89 pts \(A4\)/);
    expect(info).toContain('Title:           Samarbejdsnetværket i Bro Kommune');
    const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).split('\f');
    const titlePage = (text[0] ?? '').replace(/\s+/g, ' ');
    expect(titlePage).toContain('Samarbejdsnetværket i Bro Kommune');
    expect(titlePage).toContain('Udarbejdet 6. december 2026');
    const contents = text[1] ?? '';
    expect(contents).toContain('Indhold');
    // each section is listed with the page it starts on, and starts there
    for (const title of titles('da')) {
      const at = new RegExp(`${title}[ .]+(\\d+)`).exec(contents);
      expect(at, title).not.toBeNull();
      expect(text[Number(at?.[1]) - 1]).toContain(title);
    }
    for (let p = 2; p <= pages; p++) expect(text[p - 1]).toContain(`Side ${String(p)}`);
    expect(text.join('\n')).toContain('Hvis Søren Ærø stopper');
    const fonts = execFileSync('pdffonts', [file], { encoding: 'utf8' });
    expect(fonts).toMatch(/DejaVuSans\s.*yes\s+yes\s+yes/);
    expect(fonts).toMatch(/DejaVuSans-Bold\s.*yes\s+yes\s+yes/);
  });

  it('is in English with --lang en, with only the views asked for as maps', async () => {
    const file = join(tempDir(), 'report.pdf');
    const run = await runInProcess(['--lang', 'en', 'report', sample, '--to', file, '--date', '2026-12-06', '--views', 'Hvis Søren Ærø går']);
    expect(run.out).toMatch(/^The report \(\d+ pages\) is written to/);
    const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' });
    for (const title of titles('en')) expect(text).toContain(title);
    expect(text).toContain('Figure 1: Hvis Søren Ærø går');
    expect(text).not.toContain('Figure 2');
    expect(text).toContain('Page 3');
    expect(text).toContain('Prepared 6 December 2026');
  });
});

describe('the report of the sample as DOCX', () => {
  it('has real headings for every section, a contents field, Word tables and the maps as pictures', async () => {
    const file = join(tempDir(), 'rapport.docx');
    const run = await runInProcess(['report', sample, '--to', file, '--date', '2026-12-06']);
    expect(run.out).toMatch(/^Rapporten er skrevet til .*rapport\.docx\n$/);
    const doc = docxRead(file);
    expect(doc.paragraphs.filter(([style]) => style === 'Heading 1').map(([, text]) => text)).toEqual(titles('da'));
    expect(doc.paragraphs.filter(([style]) => style === 'Heading 2').map(([, text]) => text)).toContain('Hvis Søren Ærø stopper');
    expect(doc.xml).toMatch(/<w:instrText[^>]*>\s*TOC /);
    // the contents list the sections before Word updates them, each pointing at its heading's bookmark
    const contents = doc.paragraphs.findIndex(([, text]) => text === 'Indhold');
    expect(doc.paragraphs.slice(contents + 1, contents + 12).map(([, text]) => text.trim())).toEqual(titles('da'));
    expect(doc.xml).toContain('PAGEREF section_summary');
    expect(doc.xml).toContain('w:name="section_summary"');
    expect(doc.xml.match(/<pic:pic /g)?.length).toBeGreaterThanOrEqual(4);
    expect(doc.tables.length).toBeGreaterThanOrEqual(8);
    const fragile = doc.tables.find((t) => t[0]?.[0] === 'Samarbejde');
    expect(fragile?.[0]).toEqual(['Samarbejde', 'Bæres af', 'Bærere', 'Overlever året', 'Svaghed']);
    expect(fragile?.length).toBeGreaterThan(3);
    const provenance = doc.tables.find((t) => t[0]?.[0] === 'Oplysning');
    expect(provenance?.find((r) => r[0] === 'Rapportens dato')?.[1]).toBe('6. december 2026');
  });
});

describe('the pseudonymised report', () => {
  it('holds no name, note or quote of the sample, in the PDF nor in the DOCX', async () => {
    const dir = tempDir();
    const pdf = join(dir, 'rapport.pdf');
    const docx = join(dir, 'rapport.docx');
    await runInProcess(['report', sample, '--to', pdf, '--pseudonymise', '--date', '2026-12-06']);
    await runInProcess(['report', sample, '--to', docx, '--pseudonymise', '--date', '2026-12-06']);
    const pdfText = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    const d = docxRead(docx);
    const docxText = [...d.paragraphs.map(([, t]) => t), ...d.tables.flat(2), d.xml].join('\n').replace(/\s+/g, ' ');
    const secrets = sampleSecrets();
    expect(secrets.length).toBeGreaterThan(100);
    expect(secrets.filter((s) => pdfText.includes(s))).toEqual([]);
    expect(secrets.filter((s) => docxText.includes(s))).toEqual([]);
    expect(pdfText).toContain('Pseudonymiseret');
    expect(pdfText).toMatch(/Hvis P0\d\d stopper/);
  });
});

describe('brobygger report refuses', () => {
  it('a file of another kind and a view the project lacks, naming them, and writes nothing', async () => {
    const dir = tempDir();
    const kind = await runInProcess(['--lang', 'en', 'report', sample, '--to', join(dir, 'rapport.odt')]);
    expect(kind.code).not.toBe(0);
    expect(kind.err).toContain('The report can be saved as .pdf or .docx, not as');
    const view = await runInProcess(['--lang', 'en', 'report', sample, '--to', join(dir, 'r.pdf'), '--views', 'Ingen']);
    expect(view.err).toContain('The project has no view called "Ingen"');
    const lang = await runInProcess(['--lang', 'fr', 'report', sample, '--to', join(dir, 'r.pdf')]);
    expect(lang.code).not.toBe(0);
    expect(readdirSync(dir)).toEqual([]);
  });
});
