import { extname } from 'node:path';
import { UserError } from '../../core/errors';
import { writeFileAtomic } from './atomic-write';
import type { Translator } from '../../core/i18n/catalogue';
import { deckSlides } from '../../core/slides/deck';
import type { ProjectData, SavedView } from '../../core/model/schema';
import { viewsByName } from '../../core/model/views';
import { pdfDeck } from './deck-pdf';
import { pptxDeck } from './deck-pptx';
import { slideMap, type SlideMapRenderer } from './deck-map';

export type DeckFormat = 'pptx' | 'pdf';

export interface DeckRequest {
  /** the file to write; its extension says PPTX or PDF */
  file: string;
  t: Translator;
  /** the day the deck is made, YYYY-MM-DD */
  date: string;
  /** views by name (or id), in this order; none: every view, in the slides' order */
  views?: readonly string[];
  /** actors' codes by id (the store's pseudonyms): titles with codes, names on the map as codes, no notes */
  pseudonyms?: ReadonlyMap<string, string> | null;
  /** the map of a slide; by default the drawing model's (deck-map.ts) */
  renderMap?: SlideMapRenderer;
}

export function deckFormatOf(file: string): DeckFormat {
  const ext = extname(file).toLowerCase();
  if (ext === '.pptx') return 'pptx';
  if (ext === '.pdf') return 'pdf';
  throw new UserError('invalid', 'views.errors.deckFormat', { file });
}

/** The views a deck shows: those named, or all; refuses names the project does not have, and a project without views. */
export function deckViews(data: ProjectData, names: readonly string[] | undefined): SavedView[] {
  if (data.views.length === 0) throw new UserError('invalid', 'views.errors.noViews', {});
  if (!names || names.length === 0) return data.views;
  const { found, unknown } = viewsByName(data.views, names);
  const first = unknown[0];
  if (first !== undefined) throw new UserError('not-found', 'views.errors.unknownView', { name: first, names: data.views.map((v) => v.name).join(', ') });
  return found;
}

/** The deck's bytes: a slide per view, as PPTX or PDF. */
export async function makeDeck(data: ProjectData, req: DeckRequest): Promise<{ bytes: Uint8Array; format: DeckFormat; slides: number }> {
  const format = deckFormatOf(req.file);
  const views = deckViews(data, req.views);
  const codes = req.pseudonyms ?? null;
  const rename = codes ? new Map(data.actors.filter((a) => codes.has(a.id)).map((a) => [a.id as string, { code: codes.get(a.id) ?? a.id, label: a.label }])) : null;
  const slides = deckSlides(data, views, req.t, { date: req.date, pseudonyms: rename });
  const renderMap = req.renderMap ?? slideMap(data, req.t, rename, req.date);
  const meta = { title: data.meta.name, lang: req.t.lang, date: req.date };
  const bytes = format === 'pptx' ? await pptxDeck(slides, renderMap, meta) : await pdfDeck(slides, renderMap, meta);
  return { bytes, format, slides: slides.length };
}


/** Writes the deck to its file (whole or not at all). */
export async function writeDeck(data: ProjectData, req: DeckRequest): Promise<{ file: string; format: DeckFormat; slides: number }> {
  const { bytes, format, slides } = await makeDeck(data, req);
  writeFileAtomic(req.file, bytes);
  return { file: req.file, format, slides };
}
