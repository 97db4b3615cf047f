// Exposes exactly the contract as window.api: one function per call, nothing else (never ipcRenderer itself).
// Only the dependency-free list of names is bundled here (no zod, no core): the preload stays a few KB.
import { contextBridge, ipcRenderer } from 'electron';
import type { Api } from '../core/contract';
import { callNames } from '../core/callNames';
import { IPC_CHANNEL } from '../host/ipcChannel';

const api = Object.fromEntries(callNames.map((name) => [name, (input: unknown) => ipcRenderer.invoke(IPC_CHANNEL, name, input)])) as Api;

contextBridge.exposeInMainWorld('api', api satisfies Api);
