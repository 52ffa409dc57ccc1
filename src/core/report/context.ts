import type { AnalysisResult } from '../analysis/analyze';
import type { DepartureScenario } from '../analysis/departure';
import type { WaveComparison } from '../analysis/wave-compare';
import { namesIn, sayWith, word, type Names, type WordValue } from '../analysis/wording';
import type { MessageKey, Translator } from '../i18n/catalogue';
import type { ProjectData, SavedView } from '../model/schema';
import { reportNumbers, type ReportNumbers } from './numbers';

/** What the report is made from; the caller runs the analyses (on threads, in the engine). */
export interface ReportInput {
  /** the project as the report shows it: pseudonymised by the caller when asked */
  data: ProjectData;
  result: AnalysisResult;
  departures: readonly DepartureScenario[];
  comparison: WaveComparison | null;
  /** the views drawn as maps, in order; none: the whole network */
  views: readonly SavedView[];
  /** the day the report is made, YYYY-MM-DD */
  date: string;
  appVersion: string;
  pseudonymised: boolean;
  /** how many distinct evidence sources the pseudonymised data no longer names */
  withheldSources: number;
}

/** The input with the tools every section words with. */
export interface ReportContext extends ReportInput {
  t: Translator;
  names: Names;
  say: (key: MessageKey, params?: Readonly<Record<string, WordValue>>) => string;
  /** a word value (a list of actors, a phrase) as text */
  text: (value: WordValue) => string;
  n: ReportNumbers;
  sectorLabel: (key: string) => string;
}

export function reportContext(input: ReportInput, t: Translator): ReportContext {
  const names = namesIn(input.data, t.lang);
  const say = sayWith(t, names);
  const sectors = new Map(input.data.codebooks.sectors.map((s) => [s.key, s.label[t.lang]]));
  return {
    ...input,
    t,
    names,
    say,
    // a value alone is worded through a one-parameter sentence rather than a second copy of wording.ts
    text: (value) => (typeof value === 'object' && 'words' in value ? word(value.words, names, t) : say('report.value', { value })),
    n: reportNumbers(t.lang),
    sectorLabel: (key) => sectors.get(key) ?? key,
  };
}

/** "2 personer": a count with its noun, as a parameter of a sentence. */
export const counted = (noun: 'persons' | 'organisations' | 'collaborations', count: number): WordValue => ({ words: { key: `report.counted.${noun}`, params: { count } } });
export const countedOf = (noun: 'actors' | 'ties' | 'carriers' | 'seats' | 'permutations', count: number): WordValue => ({ words: { key: `counted.${noun}`, params: { count } } });
