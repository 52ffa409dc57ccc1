/**
 * The steering-group report as a document: sections of blocks (headings, paragraphs, lists,
 * tables, charts as data, maps as a view to draw), worded in one language. The PDF and DOCX
 * writers and the app's preview all lay out this one document, so they show the same report.
 * Plain data: it crosses the app's API to the preview as it is.
 */
export type ReportBlock =
  | { kind: 'heading'; text: string }
  | { kind: 'paragraph'; text: string; tone?: 'lead' | 'note' }
  | { kind: 'bullets'; items: string[]; numbered?: boolean }
  | { kind: 'table'; columns: string[]; rows: string[][]; /** columns set right (figures) */ numeric: boolean[] }
  | { kind: 'chart'; chart: BarChart }
  | { kind: 'map'; /** the saved view's id; '' for the whole network */ view: string; caption: string; source: string };

/** A horizontal bar chart: one bar per category on a fixed scale, a zero line where the scale crosses it. */
export interface BarChart {
  title: string;
  min: number;
  max: number;
  bars: Array<{ label: string; value: number | null; text: string; color: string }>;
}

export interface ReportSection {
  id: ReportSectionId;
  title: string;
  blocks: ReportBlock[];
}

export type ReportSectionId = 'summary' | 'maps' | 'fragile' | 'keyPersons' | 'plan' | 'bonding' | 'power' | 'timeline' | 'waves' | 'methods' | 'provenance';

export interface ReportDocument {
  lang: 'da' | 'en';
  /** the title page: title, subtitle and the lines under them (date, version, pseudonymised) */
  title: string;
  subtitle: string;
  titleLines: string[];
  sections: ReportSection[];
  /** words the writers need around the content: the contents' heading, "Side" before a page number */
  labels: { contents: string; page: string };
  meta: { project: string; date: string; appVersion: string; pseudonymised: boolean };
}
