// Electron's IPC onto the one dispatcher: a call whose sender is not one of our own frames is refused. Typed
// against a narrow ipcMain so that it runs in plain Node tests.
import type { IpcMainInvokeEvent } from 'electron';
import type { Dispatch } from './dispatcher';
import { fail } from './dispatcher';
import { IPC_CHANNEL } from './ipcChannel';

export interface IpcMainLike {
  handle(channel: string, listener: (event: IpcMainInvokeEvent, ...args: unknown[]) => unknown): void;
}

export function registerIpc(ipcMain: IpcMainLike, dispatch: Dispatch, isTrustedSender: (event: IpcMainInvokeEvent) => boolean): void {
  ipcMain.handle(IPC_CHANNEL, (event, name, input) => {
    if (!isTrustedSender(event)) return fail('forbidden-sender');
    return dispatch(name, input);
  });
}
