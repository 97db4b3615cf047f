// Actual Budget's typed handler map: each domain declares its handlers against the contract in its own file;
// handlers.ts combines them, and the compiler checks every contract call has exactly one handler.
import type { AppSession } from './app/session';
import type { CallName, OutputOf, ParsedInputOf } from './contract';

export interface CallContext {
  session: AppSession;
}

export type Handler<K extends CallName> = (input: ParsedInputOf<K>, ctx: CallContext) => OutputOf<K> | Promise<OutputOf<K>>;
export type Handlers = { [K in CallName]: Handler<K> };

/** Merges per-domain maps; registering a name twice is a programming error. */
export function combineHandlers<A extends object, B extends object>(a: A, b: B): A & B {
  for (const key of Object.keys(b)) {
    if (Object.hasOwn(a, key)) throw new Error(`handler registered twice: ${key}`);
  }
  return { ...a, ...b };
}
