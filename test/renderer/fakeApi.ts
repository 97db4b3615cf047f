// A window.api stand-in for component tests: answers calls from a table of handlers and records them.
import type { Api, ApiResult, CallName } from '../../electron/core/contract';

export type FakeHandlers = Partial<Record<CallName, (input: unknown) => ApiResult<unknown>>>;

export function installFakeApi(table: FakeHandlers): { calls: { name: CallName; input: unknown }[] } {
  const calls: { name: CallName; input: unknown }[] = [];
  const api = new Proxy({}, {
    get: (_t, name: string) => async (input: unknown) => {
      calls.push({ name: name as CallName, input });
      const handler = table[name as CallName];
      if (!handler) throw new Error(`fake api: no handler for ${name}`);
      return handler(input);
    },
  }) as Api;
  window.api = api;
  return { calls };
}
