import { contextBridge } from 'electron';
contextBridge.exposeInMainWorld('barometerHost', {});
