/** The steering-group report: its dialog with the preview, saving as PDF or Word, and printing. */
export { ReportDialog } from './ReportDialog';
