/** The app's services for the features: what they may use of the shell, without importing it. */
export { useActions, useAppStatus } from './app-context';
export type { AppActions } from './app-actions';
export type { AppStatus, ExchangeDialog, PathAnswer, PathPromptRequest } from './app-status';
export { mapPositionsNow, setMapPositionsSource } from './map-positions';
