// Backup and restore run as jobs in the core: started, then polled every 200 ms for the phase and the files done
// of all, until done (the result) or failed (the typed error, thrown as ApiCallError like any call's).
import type { JobPhase, JobStatus } from '../../../../electron/core/contract';
import { ApiCallError } from '../../lib/api';

export const POLL_MS = 200;

export interface JobProgress {
  phase: JobPhase;
  done: number;
  total: number;
}

/** Polls `status` until the job ends; reports each running status to `onProgress`. */
export async function untilDone<T>(status: () => Promise<JobStatus<T>>, onProgress: (p: JobProgress) => void): Promise<T> {
  for (;;) {
    const s = await status();
    if (s.state === 'done') return s.result;
    if (s.state === 'failed') throw new ApiCallError(s.error);
    if (s.state === 'cancelled') throw new ApiCallError({ code: 'cancelled', message: '' });
    onProgress({ phase: s.phase, done: s.done, total: s.total });
    await new Promise((r) => setTimeout(r, POLL_MS));
  }
}
