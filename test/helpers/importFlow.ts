// Drives the import calls through the dispatcher as the screen does: start, poll, commit.
import type { ImportResult, RosterPreview } from '../../electron/core/contract';
import type { Dispatch } from '../../electron/ipc';

export async function value<T>(p: Promise<{ ok: boolean; value?: unknown; error?: unknown }>): Promise<T> {
  const r = await p;
  if (!r.ok) throw new Error(`call failed: ${JSON.stringify(r.error)}`);
  return r.value as T;
}

export async function previewFile(dispatch: Dispatch, fileName: string, bytes: Buffer): Promise<RosterPreview> {
  const { jobId } = await value<{ jobId: string }>(dispatch('roster.importStart', { fileName, dataBase64: bytes.toString('base64') }));
  for (let i = 0; i < 600; i++) {
    const status = await value<{ state: string; result?: RosterPreview; error?: { code: string; message: string } }>(dispatch('roster.importStatus', { jobId }));
    if (status.state === 'done') return status.result!;
    if (status.state === 'failed') throw Object.assign(new Error(status.error!.message), { code: status.error!.code });
    if (status.state === 'cancelled') throw new Error('cancelled');
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error('import did not finish');
}

export async function importFile(dispatch: Dispatch, fileName: string, bytes: Buffer): Promise<{ preview: RosterPreview; result: ImportResult }> {
  const preview = await previewFile(dispatch, fileName, bytes);
  const result = await value<ImportResult>(dispatch('roster.importCommit', { previewId: preview.previewId }));
  return { preview, result };
}
