// Actual Budget's typed handler map: each area implements its calls in its own handlers.ts; handlers.ts combines
// them, and the compiler checks every contract call has exactly one handler.
import type { JobRegistry } from './app/jobs';
import type { Workspace } from './app/workspace';
import type { CallName, OutputOf, ParsedInputOf } from './contract';
import type { FileRefs } from './files/registry';
import type { Platform } from './platform/port';

/** What every handler is given: the open database and its state, the operating system, long work, files. */
export interface CallContext {
  workspace: Workspace;
  platform: Platform;
  jobs: JobRegistry;
  files: FileRefs;
}

export type Handler<K extends CallName> = (input: ParsedInputOf<K>, ctx: CallContext) => OutputOf<K> | Promise<OutputOf<K>>;
export type Handlers = { [K in CallName]: Handler<K> };

/** The handlers of one area's contract: `AreaHandlers<typeof staffContract>`. */
export type AreaHandlers<C> = { [K in keyof C & CallName]: Handler<K> };

type UnionToIntersection<U> = (U extends unknown ? (x: U) => void : never) extends (x: infer I) => void ? I : never;

/** Merges per-area maps; registering a name twice is a programming error. */
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
