import { createApiClient, type BrobyggerApi, type BrobyggerBridge } from '../../../core/api/contract';
import { createBrowserBridge, takeTokenFromLocation } from './browser-bridge';

declare global {
  interface Window {
    /** set by Electron's preload; absent in browser mode */
    brobygger?: BrobyggerBridge;
  }
}

export interface Connection {
  bridge: BrobyggerBridge;
  api: BrobyggerApi;
}

/** Electron's preload bridge when present, else browser mode's HTTP bridge (or none without a token). */
export function connect(): Connection | null {
  const bridge = window.brobygger ?? (() => {
    const token = takeTokenFromLocation();
    return token ? createBrowserBridge(token) : null;
  })();
  return bridge ? { bridge, api: createApiClient(bridge) } : null;
}
