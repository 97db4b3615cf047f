// Exposes exactly the contract as window.api: one function per call, nothing else (never ipcRenderer itself).
import { contextBridge, ipcRenderer } from 'electron';
import type { Api, CallName } from './core/contract';
import { callNames } from './core/contract';
import { IPC_CHANNEL } from './ipcChannel';

const api = Object.fromEntries(
  callNames.map((name: CallName) => [name, (input: unknown) => ipcRenderer.invoke(IPC_CHANNEL, name, input)]),
) as Api;

contextBridge.exposeInMainWorld('api', api);
