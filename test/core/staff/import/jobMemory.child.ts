// Child process for the job memory test (run with --expose-gc): starts imports of large files through the
// dispatcher, as the screen does, waits for each job to settle, collects garbage, and prints how many bytes of
// ArrayBuffers (file contents live there, outside the JS heap) are still held.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Workspace } from '../../../../electron/core/app/workspace';
import { createCallContext } from '../../../../electron/core/context';
import { handlers } from '../../../../electron/core/handlers';
import { createDispatcher } from '../../../../electron/host/dispatcher';
import { harnessPlatform } from '../../../../electron/harness/platform';

const gc = (globalThis as { gc?: () => void }).gc;

async function main(): Promise<void> {
  const [count, megabytes] = process.argv.slice(2).map(Number) as [number, number];
  if (!gc) throw new Error('run with --expose-gc');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'job-memory-'));
  const workspace = new Workspace({ dbFile: path.join(dir, 'data', 'satgas.db'), appVersion: '0.0.0-test' });
  await workspace.open();
  const platform = harnessPlatform(path.join(dir, 'data'), path.join(dir, 'tmp'));
  const ctx = createCallContext(workspace, platform, () => {});
  const dispatch = createDispatcher(handlers, ctx, () => {});
  const settle = () => new Promise((r) => setImmediate(r));
  gc();
  const before = process.memoryUsage().arrayBuffers;
  const states: string[] = [];
  for (let i = 0; i < count; i++) {
    // a PDF renamed: refused whole, as the "100 refused 21 MB imports"
    const file = path.join(dir, `daftar-${i}.xlsx`);
    fs.writeFileSync(file, Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(megabytes * 1024 * 1024, 0x41)]));
    platform.queueUpload(file);
    const chosen = await dispatch('files.choose', { kind: 'roster' });
    const ref = ((chosen as { value: { ref: string }[] }).value)[0]!.ref;
    const started = await dispatch('staff.importStart', { ref });
    const { jobId } = (started as { value: { jobId: string } }).value;
    await ctx.jobs.settled(jobId);
    states.push((await dispatch('staff.importStatus', { jobId }) as { value: { state: string } }).value.state);
    fs.rmSync(file);
  }
  await settle();
  gc();
  gc();
  const after = process.memoryUsage().arrayBuffers;
  process.stdout.write(`${JSON.stringify({ before, after, states })}\n`);
  workspace.close();
  fs.rmSync(dir, { recursive: true, force: true });
  process.exit(0);
}

void main();
