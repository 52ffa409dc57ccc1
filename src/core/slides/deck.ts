import type { Translator } from '../i18n/catalogue';
import { replaceNames } from '../privacy/pseudonymise-views';
import type { ProjectData, SavedView } from '../model/schema';
import { slideDate, slideTitleOf, sourceLine } from '../model/views';

/** One slide of a deck: its heading, its source line, the presenter's notes and the view it draws. */
export interface DeckSlide {
  title: string;
  source: string;
  notes: string;
  view: SavedView;
}

export interface DeckOptions {
  /** the day the deck is made (YYYY-MM-DD), given so the same deck made twice is the same */
  date: string;
  /**
   * actors' codes by id: titles say codes instead of names, and notes are left out (they are
   * what people write about people). Null: names as they are.
   */
  pseudonyms: ReadonlyMap<string, { code: string; label: string }> | null;
}

/** The slides of the views, in order: what the PPTX and the PDF deck both show. */
export function deckSlides(data: ProjectData, views: readonly SavedView[], t: Translator, opts: DeckOptions): DeckSlide[] {
  const hide = opts.pseudonyms ? replaceNames(opts.pseudonyms) : (s: string) => s;
  const date = slideDate(opts.date, t.lang);
  return views.map((view) => ({
    title: hide(slideTitleOf(view)),
    source: sourceLine(data, view, t, date),
    notes: opts.pseudonyms ? '' : view.speakerNotes.trim(),
    view,
  }));
}
