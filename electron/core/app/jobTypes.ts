import type { ApiError } from '../contract';

/** What a job is doing, as a code: the renderer words it (ui.progress[phase]), the core never does. */
export type JobPhase = 'starting' | 'reading' | 'comparing' | 'verifying' | 'writing';

/** Long work (an import of 10k rows) runs as a job the screen polls: progress, cancel, then the result. */
export type JobStatus<T> =
  | { state: 'running'; phase: JobPhase; done: number; total: number }
  | { state: 'done'; result: T }
  | { state: 'failed'; error: ApiError }
  | { state: 'cancelled' };
