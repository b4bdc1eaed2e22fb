// The preload runs sandboxed, so it is bundled as CommonJS and may require only 'electron'.
import { contextBridge, ipcRenderer } from 'electron';
import { createHostBridge } from './bridge';

contextBridge.exposeInMainWorld('barometerHost', createHostBridge(ipcRenderer));
