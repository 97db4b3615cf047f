// Actual Budget's typed handler map: each domain declares its handlers against the contract in its own file;
// handlers.ts combines them, and the compiler checks every contract call has exactly one handler.
import type { AppSession } from './app/session';
import type { CallName, OutputOf, ParsedInputOf } from './contract';

export interface CallContext {
  session: AppSession;
}

export type Handler<K extends CallName> = (input: ParsedInputOf<K>, ctx: CallContext) => OutputOf<K> | Promise<OutputOf<K>>;
export type Handlers = { [K in CallName]: Handler<K> };

type UnionToIntersection<U> = (U extends unknown ? (x: U) => void : never) extends (x: infer I) => void ? I : never;

/** Merges per-domain maps; registering a name twice is a programming error. */
export function combineHandlers<T extends object[]>(...maps: T): UnionToIntersection<T[number]> {
  const all: Record<string, unknown> = {};
  for (const map of maps) {
    for (const [key, handler] of Object.entries(map)) {
      if (Object.hasOwn(all, key)) throw new Error(`handler registered twice: ${key}`);
      all[key] = handler;
    }
  }
  return all as UnionToIntersection<T[number]>;
}
