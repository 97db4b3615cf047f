// The one dispatcher. Every call from a window (Electron IPC, see ipc.ts) or from the web harness (HTTP) goes
// through dispatch(): the name must be in the contract, the input must pass the call's zod schema, a mutation
// must find the database writable, then the core handler runs; the answer is a result envelope with a typed,
// Indonesian error. Plain Node: the tests and the harness use exactly this.
import { z } from 'zod';
import { contract } from '../core/contract';
import type { ApiResult, CallName } from '../core/contract';
import { toApiError } from '../core/errors';
import { guardFindings } from '../core/privacy/findingsLock';
import type { CallContext, Handlers } from '../core/handlerTypes';
import { errorMessage } from '../shared/messages';
import type { DetailsArg, ErrorCode } from '../shared/messages';

z.config(z.locales.id());

export type Dispatch = (name: unknown, input: unknown) => Promise<ApiResult<unknown>>;

export function fail<C extends ErrorCode>(code: C, ...details: DetailsArg<C>): ApiResult<never> {
  return { ok: false, error: { code, message: errorMessage(code, ...details) } };
}

function describeIssues(error: z.ZodError): string {
  return error.issues.slice(0, 3).map((i) => (i.path.length ? `${i.path.join('.')}: ${i.message}` : i.message)).join('; ');
}

export function createDispatcher(handlers: Handlers, ctx: CallContext, log: (e: unknown, call: string) => void = console.error): Dispatch {
  return async (name, input) => {
    if (typeof name !== 'string' || !Object.hasOwn(contract, name)) return fail('unknown-call', { name: String(name).slice(0, 60) });
    const call = name as CallName;
    const spec = contract[call];
    const parsed = spec.input.safeParse(input ?? {});
    if (!parsed.success) return fail('invalid-input', { detail: describeIssues(parsed.error) });
    try {
      if (spec.kind === 'mutation') {
        const readOnly = ctx.workspace.readOnlyError();
        if (readOnly) throw readOnly;
      }
      // "Temuan" locked separately: refused here, before any findings handler runs
      guardFindings(call, parsed.data, ctx);
      const handler = handlers[call] as (input: unknown, ctx: CallContext) => unknown;
      const value = await handler(parsed.data, ctx);
      return { ok: true, value };
    } catch (e) {
      return { ok: false, error: toApiError(e, (err) => log(err, call)) };
    }
  };
}
