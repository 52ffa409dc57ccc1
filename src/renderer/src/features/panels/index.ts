/** The analysis panels: bonding and bridging, power, person-dependency. */
export { AnalysisPanels } from './AnalysisPanels';
export { MeasuresNote } from './MeasuresNote';
export { numbersFor } from './panel-model';
