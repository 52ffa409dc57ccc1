import type { Translator } from '../i18n/catalogue';
import { slideDate } from '../model/views';
import { reportContext, type ReportInput } from './context';
import type { ReportBlock, ReportDocument, ReportSection, ReportSectionId } from './document';
import { fragileBlocks, keyPersonBlocks, planBlocks } from './sections-people';
import { bondingBlocks, powerBlocks, timelineBlocks, waveBlocks } from './sections-structure';
import { mapBlocks, methodBlocks, provenanceBlocks, summaryBlocks } from './sections-frame';

/**
 * The steering-group report of a project, worded in the translator's language: a title page,
 * the summary, the maps, the fragile collaborations, key persons and departures, the resilience
 * plan, bonding and bridging, power, the reception timeline and the comparison of waves when
 * the project has them, the methods and the data's provenance.
 */
export function buildReport(input: ReportInput, t: Translator): ReportDocument {
  const c = reportContext(input, t);
  const parts: Array<[ReportSectionId, ReportBlock[] | null]> = [
    ['summary', summaryBlocks(c)],
    ['maps', mapBlocks(c)],
    ['fragile', fragileBlocks(c)],
    ['keyPersons', keyPersonBlocks(c)],
    ['plan', planBlocks(c)],
    ['bonding', bondingBlocks(c)],
    ['power', powerBlocks(c)],
    ['timeline', timelineBlocks(c)],
    ['waves', waveBlocks(c)],
    ['methods', methodBlocks(c)],
    ['provenance', provenanceBlocks(c)],
  ];
  const sections: ReportSection[] = parts.flatMap(([id, blocks]) => (blocks ? [{ id, title: t.t(`report.sections.${id}`), blocks }] : []));
  return {
    lang: t.lang,
    title: t.t('report.title', { project: input.data.meta.name }),
    subtitle: t.t('report.subtitle'),
    titleLines: [
      t.t('report.madeOn', { date: slideDate(input.date, t.lang) }),
      t.t('report.madeWith', { version: input.appVersion }),
      ...(input.pseudonymised ? [t.t('report.pseudonymised')] : []),
    ],
    sections,
    labels: { contents: t.t('report.contents'), page: t.t('report.page', { n: '' }).trim() },
    meta: { project: input.data.meta.name, date: input.date, appVersion: input.appVersion, pseudonymised: input.pseudonymised },
  };
}
