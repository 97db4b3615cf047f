// Long work runs as a job: the screen starts it, polls its status (phase, done, total), may cancel it, and
// fetches the result. The main process stays responsive because the work is async and yields between chunks.
import crypto from 'node:crypto';
import { UserError, toApiError } from '../errors';
import type { JobPhase, JobStatus } from './jobTypes';

export interface JobContext {
  signal: AbortSignal;
  progress(phase: JobPhase, done: number, total: number): void;
}

interface Job {
  controller: AbortController;
  status: JobStatus<unknown>;
  /** resolves when the work itself has ended (a cancelled job's work may still be winding down) */
  settled: Promise<void>;
}

const KEEP_FINISHED_MS = 10 * 60 * 1000;

export class JobRegistry {
  private readonly jobs = new Map<string, Job>();

  constructor(private readonly log: (e: unknown) => void = console.error, private readonly release: (file: string) => void = () => {}) {}

  /** `files`: the chosen files the work reads, released (files/tempFiles.ts) once it has ended, done or cancelled. */
  start<T>(work: (ctx: JobContext) => Promise<T>, files: readonly string[] = []): string {
    const id = crypto.randomUUID();
    const controller = new AbortController();
    let settle = () => {};
    const job: Job = { controller, status: { state: 'running', phase: 'starting', done: 0, total: 0 }, settled: new Promise((r) => { settle = r; }) };
    this.jobs.set(id, job);
    const ctx: JobContext = {
      signal: controller.signal,
      progress: (phase, done, total) => {
        if (job.status.state === 'running') job.status = { state: 'running', phase, done, total };
      },
    };
    const finish = (status: JobStatus<unknown>) => {
      job.status = status;
      for (const file of files) {
        try {
          this.release(file);
        } catch (e) {
          this.log(e);
        }
      }
      settle();
      this.expire(id);
    };
    // Start on the next turn so that the call that started the job returns first.
    setImmediate(() => {
      work(ctx).then(
        (result) => finish(controller.signal.aborted ? { state: 'cancelled' } : { state: 'done', result }),
        (e: unknown) => finish(controller.signal.aborted ? { state: 'cancelled' } : { state: 'failed', error: toApiError(e, this.log) }),
      );
    });
    return id;
  }

  /** Forgets a finished job later. The timer is made here, not in start(): a closure made there would keep
   * start's whole scope alive for those ten minutes, the work and all it holds (an import's file) with it. */
  private expire(id: string): void {
    setTimeout(() => this.jobs.delete(id), KEEP_FINISHED_MS).unref?.();
  }

  status<T>(id: string): JobStatus<T> {
    const job = this.jobs.get(id);
    if (!job) throw new UserError('import-job-not-found');
    return job.status as JobStatus<T>;
  }

  /** Resolves when the job's work has returned or thrown (for the command line and tests). */
  settled(id: string): Promise<void> {
    return this.jobs.get(id)?.settled ?? Promise.resolve();
  }

  cancel(id: string): boolean {
    const job = this.jobs.get(id);
    if (!job || job.status.state !== 'running') return false;
    job.controller.abort();
    job.status = { state: 'cancelled' };
    return true;
  }
}

