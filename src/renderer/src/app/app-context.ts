import { createContext, useContext, useSyncExternalStore } from 'react';
import type { AppActions } from './app-actions';
import type { AppStatus, AppStatusStore } from './app-status';

export interface AppContextValue {
  actions: AppActions;
  status: AppStatusStore;
}

/** Provided once by the shell (App.tsx), with a value that never changes. */
export const AppContext = createContext<AppContextValue | null>(null);

function useAppContext(): AppContextValue {
  const value = useContext(AppContext);
  if (!value) throw new Error('used outside <App>');
  return value;
}

/** The app's services and commands; stable, so using them re-renders nothing. */
export function useActions(): AppActions {
  return useAppContext().actions;
}

/** The app's changing status (app info, the error shown, the path prompt); re-renders when it changes. */
export function useAppStatus(): AppStatus {
  const { status } = useAppContext();
  return useSyncExternalStore(status.subscribe, status.getState);
}
