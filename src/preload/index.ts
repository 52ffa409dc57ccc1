import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import type { ApiEvent, BrobyggerBridge } from '../core/api/contract';

// The channel names are repeated here, not imported: the preload imports nothing but electron
// and the contract's types, so nothing else can run with its privileges.
const API_CHANNEL = 'brobygger:api';
const EVENT_CHANNEL = 'brobygger:event';

const bridge = {
  platform: 'electron',
  invoke: (method, input) => ipcRenderer.invoke(API_CHANNEL, { method, input }),
  onEvent: (listener) => {
    const handler = (_event: IpcRendererEvent, payload: ApiEvent) => listener(payload);
    ipcRenderer.on(EVENT_CHANNEL, handler);
    return () => {
      ipcRenderer.removeListener(EVENT_CHANNEL, handler);
    };
  },
} satisfies BrobyggerBridge;

contextBridge.exposeInMainWorld('brobygger', bridge);
