// A finished import job must not keep its file in memory: the job registry keeps a finished job's status for
// ten minutes (the screen may poll late), and its clean-up timer once held the whole file through the job's
// closure (100 refused 21 MB imports held 2 GB after garbage collection). Measured in a child process with
// --expose-gc: ArrayBuffers still held after eight refused 16 MB imports.
import { spawnSync } from 'node:child_process';
import { beforeAll, describe, expect, it } from 'vitest';
import { bundleForChild } from '../../../helpers/childScript';

let childJs = '';
beforeAll(async () => {
  childJs = await bundleForChild('test/core/staff/import/jobMemory.child.ts', 'jobMemory');
});

describe('import job memory', () => {
  it('drops the file\'s bytes when the job ends, though the job itself is kept for polling', () => {
    const files = 8;
    const megabytes = 16;
    const r = spawnSync(process.execPath, ['--expose-gc', childJs, String(files), String(megabytes)], { encoding: 'utf8', timeout: 120_000 });
    expect(r.stderr).toBe('');
    const { before, after, states } = JSON.parse(r.stdout) as { before: number; after: number; states: string[] };
    expect(states).toEqual(Array.from({ length: files }, () => 'failed'));
    // had every job kept its file, 128 MB would still be held; at most one file's worth may linger
    expect(after - before).toBeLessThan(megabytes * 1024 * 1024);
  });
});
