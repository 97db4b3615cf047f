// A window.api stand-in for component tests: answers calls from a table of handlers and records them. Typed from
// the contract: a fake that takes or returns the wrong shape for its call does not compile.
import type { Api, ApiResult, CallName, InputOf, OutputOf } from '../../electron/core/contract';

export type FakeHandlers = { [K in CallName]?: (input: InputOf<K>) => ApiResult<OutputOf<K>> | Promise<ApiResult<OutputOf<K>>> };

export function installFakeApi(table: FakeHandlers): { calls: { name: CallName; input: unknown }[] } {
  const calls: { name: CallName; input: unknown }[] = [];
  const api = new Proxy({}, {
    get: (_t, name: string) => async (input: unknown) => {
      calls.push({ name: name as CallName, input });
      const handler = table[name as CallName] as ((input: unknown) => unknown) | undefined;
      if (!handler) throw new Error(`fake api: no handler for ${name}`);
      return handler(input);
    },
  }) as Api;
  window.api = api;
  return { calls };
}
