// The one dispatcher. Every call from a window (Electron IPC) or from the web harness (HTTP) goes through
// dispatch(): the name must be in the contract, the input must pass the call's zod schema, then the core handler
// runs; the answer is a result envelope with a typed, Indonesian error. Electron's ipcMain is passed in, so this
// file runs in plain Node too (tests, web harness).
import type { IpcMainInvokeEvent } from 'electron';
import { z } from 'zod';
import { contract } from './core/contract';
import type { ApiResult, CallName } from './core/contract';
import { toApiError } from './core/errors';
import type { CallContext, Handlers } from './core/handlerTypes';
import { IPC_CHANNEL } from './ipcChannel';
import { errorMessage } from './shared/messages';
import type { ErrorCode } from './shared/messages';

z.config(z.locales.id());


export type Dispatch = (name: unknown, input: unknown) => Promise<ApiResult<unknown>>;

function fail(code: ErrorCode, details?: Record<string, string | number>): ApiResult<never> {
  return { ok: false, error: { code, message: errorMessage(code, details) } };
}

function describeIssues(error: z.ZodError): string {
  return error.issues.slice(0, 3).map((i) => (i.path.length ? `${i.path.join('.')}: ${i.message}` : i.message)).join('; ');
}

export function createDispatcher(handlers: Handlers, ctx: CallContext, log: (e: unknown, call: string) => void = console.error): Dispatch {
  return async (name, input) => {
    if (typeof name !== 'string' || !Object.hasOwn(contract, name)) return fail('unknown-call', { name: String(name).slice(0, 60) });
    const call = name as CallName;
    const parsed = contract[call].input.safeParse(input ?? {});
    if (!parsed.success) return fail('invalid-input', { detail: describeIssues(parsed.error) });
    try {
      const handler = handlers[call] as (input: unknown, ctx: CallContext) => unknown;
      const value = await handler(parsed.data, ctx);
      return { ok: true, value };
    } catch (e) {
      return { ok: false, error: toApiError(e, (err) => log(err, call)) };
    }
  };
}

export interface IpcMainLike {
  handle(channel: string, listener: (event: IpcMainInvokeEvent, ...args: unknown[]) => unknown): void;
}

/** Registers the dispatcher on ipcMain; a call whose sender is not one of our own frames is refused. */
export function registerIpc(ipcMain: IpcMainLike, dispatch: Dispatch, isTrustedSender: (event: IpcMainInvokeEvent) => boolean): void {
  ipcMain.handle(IPC_CHANNEL, (event, name, input) => {
    if (!isTrustedSender(event)) return fail('forbidden-sender');
    return dispatch(name, input);
  });
}
