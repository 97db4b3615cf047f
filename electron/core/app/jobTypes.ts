import type { ApiError } from '../contract';

/** Long work (an import of 10k rows) runs as a job the screen polls: progress, cancel, then the result. */
export type JobStatus<T> =
  | { state: 'running'; phase: string; done: number; total: number }
  | { state: 'done'; result: T }
  | { state: 'failed'; error: ApiError }
  | { state: 'cancelled' };
