// How an area declares its calls (Actual Budget's per-domain map, with a zod schema per call): each area has
// `calls.ts`, the names alone (no imports: the preload reads them), and `contract.ts`, one spec per name built
// with query() or mutation(). defineCalls() makes the compiler refuse a spec without a name or a name without
// a spec. contract.ts beside this file combines the areas.
import type { z } from 'zod';

/**
 * - `query`: reads, or works outside the database (a file chosen, a job polled or cancelled); runs on a
 *   read-only database.
 * - `mutation`: changes the database, or starts work whose only purpose is to change it (an import); refused by
 *   the dispatcher before the handler runs while the database is read-only.
 */
export type CallKind = 'query' | 'mutation';

export interface CallSpec<I extends z.ZodType, O> {
  readonly input: I;
  readonly kind: CallKind;
  /** phantom: carries the output type, never set */
  readonly output?: O;
}

export type AnySpec = CallSpec<z.ZodType, unknown>;

/** `query<Output>()(inputSchema)`: the output type is named first, the input schema inferred. */
export function query<O>() {
  return <I extends z.ZodType>(input: I): CallSpec<I, O> => ({ input, kind: 'query' });
}

export function mutation<O>() {
  return <I extends z.ZodType>(input: I): CallSpec<I, O> => ({ input, kind: 'mutation' });
}

/** An area's contract: exactly one spec for each of the area's names, no more. */
export function defineCalls<const N extends string, M extends Record<N, AnySpec>>(
  _names: readonly N[],
  specs: M & Record<Exclude<keyof M, N>, never>,
): M {
  return specs;
}
