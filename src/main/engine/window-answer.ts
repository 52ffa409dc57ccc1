import type { AnalysisResult, AnalysisStage } from '../../core/analysis/analyze';
import { jsonTextOf, type JsonText } from '../../core/api/json-text';
import type { StageReport } from './analysis-stages';

/**
 * What the window is sent of an analysis: every tie's dyad without a score and not linking says
 * nothing the window shows (the power panel lists scored and linking dyads; the findings were
 * drawn before), and at 100,000 ties they were a third of the answer (21 of 60 MB) to copy,
 * send and parse. The CLI's `analyze --json` keeps every tie's dyad.
 */
export function forWindow(report: StageReport): StageReport {
  const { result } = report;
  const dyads = result.power.dyads.filter((d) => d.score !== null || d.linking);
  return dyads.length === result.power.dyads.length ? report : { ...report, result: { ...result, power: { ...result.power, dyads } } };
}

/** A stage of an analysis as it leaves the analysis thread: what the window is sent, as its JSON text. */
export interface WindowAnswer {
  stage: AnalysisStage;
  complete: boolean;
  text: JsonText<AnalysisResult>;
}

export const windowAnswer = (report: StageReport): WindowAnswer => ({ stage: report.stage, complete: report.complete, text: jsonTextOf(forWindow(report).result) });
