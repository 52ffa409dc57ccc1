export { ExportDialog } from './ExportDialog';
export { ImportWizard } from './ImportWizard';
export { carriesFiles, sourceOfDrop } from './drop';
