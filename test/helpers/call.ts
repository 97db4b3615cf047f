// The dispatcher, typed from the contract for tests: the input is checked by the compiler and the result's
// value has the call's output type (the dispatcher itself takes and gives `unknown`, as IPC does).
import type { ApiResult, CallName, InputOf, OutputOf } from '../../electron/core/contract';
import type { Dispatch } from '../../electron/host/dispatcher';

export type TypedCall = <K extends CallName>(name: K, input: InputOf<K>) => Promise<ApiResult<OutputOf<K>>>;

export function typed(dispatch: Dispatch): TypedCall {
  return (name, input) => dispatch(name, input) as never;
}
