/** Saved views of the map, the slides they make, the presentation and the deck export. */
export { ViewsPanel } from './ViewsPanel';
export { Presentation } from './Presentation';
export { DeckDialog } from './DeckDialog';
export { ImageDialog } from './ImageDialog';
export { captureView, viewRequest } from './view-state-convert';
export type { ViewTexts } from './ViewForm';
export { useSavedViews } from './use-saved-views';
