/** The findings, most serious first. */
export { FindingsList } from './FindingsList';
