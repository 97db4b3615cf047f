// Drives the import calls through the dispatcher as the screen does: start, poll, commit.
import type { ImportResult, RosterPreview } from '../../electron/core/contract';
import type { TestWorkspace } from './session';

export async function value<T>(p: Promise<{ ok: boolean; value?: unknown; error?: unknown }>): Promise<T> {
  const r = await p;
  if (!r.ok) throw new Error(`call failed: ${JSON.stringify(r.error)}`);
  return r.value as T;
}

type Driver = Pick<TestWorkspace, 'dispatch' | 'choose'>;

/** Chooses the file through the platform port as the screen does, starts the import, returns the job id. */
export async function startImport({ dispatch, choose }: Driver, fileName: string, bytes: Buffer): Promise<string> {
  const { ref } = await choose(fileName, bytes);
  return (await value<{ jobId: string }>(dispatch('staff.importStart', { ref }))).jobId;
}

export async function previewFile(t: Driver, fileName: string, bytes: Buffer): Promise<RosterPreview> {
  const { dispatch } = t;
  const jobId = await startImport(t, fileName, bytes);
  for (let i = 0; i < 600; i++) {
    const status = await value<{ state: string; result?: RosterPreview; error?: { code: string; message: string } }>(dispatch('staff.importStatus', { jobId }));
    if (status.state === 'done') return status.result!;
    if (status.state === 'failed') throw Object.assign(new Error(status.error!.message), { code: status.error!.code });
    if (status.state === 'cancelled') throw new Error('cancelled');
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error('import did not finish');
}

export async function importFile(t: Driver, fileName: string, bytes: Buffer): Promise<{ preview: RosterPreview; result: ImportResult }> {
  const preview = await previewFile(t, fileName, bytes);
  const result = await value<ImportResult>(t.dispatch('staff.importCommit', { previewId: preview.previewId }));
  return { preview, result };
}
