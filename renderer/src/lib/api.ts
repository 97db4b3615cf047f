// The renderer's only way to the core: window.api (the preload in Electron, the harness bridge in a browser).
import type { Api, ApiError, ApiResult, CallName, InputOf, OutputOf } from '../../../electron/core/contract';
import { errorMessage } from './messages';

declare global {
  interface Window {
    api?: Api;
  }
}

export class ApiCallError extends Error {
  readonly code: string;
  readonly field: string | undefined;

  constructor(error: ApiError) {
    super(error.message);
    this.name = 'ApiCallError';
    this.code = error.code;
    this.field = error.field;
  }
}

/** sent when a call answers `findings-locked`: Temuan shows its passphrase prompt again */
export const FINDINGS_LOCKED_EVENT = 'satgas:findings-locked';

export function hasApi(): boolean {
  return typeof window !== 'undefined' && window.api !== undefined;
}

export async function call<K extends CallName>(name: K, input: InputOf<K>): Promise<OutputOf<K>> {
  if (!window.api) throw new ApiCallError({ code: 'no-api', message: errorMessage('no-api') });
  const fn = window.api[name] as unknown as (input: InputOf<K>) => Promise<ApiResult<OutputOf<K>>>;
  const result = await fn(input);
  if (result.ok) return result.value as OutputOf<K>;
  if (result.error.code === 'findings-locked') window.dispatchEvent(new Event(FINDINGS_LOCKED_EVENT));
  throw new ApiCallError(result.error);
}
