// A second process opening the same database gets read-only access and the holder's details.
import { spawn } from 'node:child_process';
import type { ChildProcessWithoutNullStreams } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { acquireLock, lockPathOf } from '../../../electron/core/db/lock';
import { bundleForChild } from '../../helpers/childScript';
import { makeTempDir } from '../../helpers/tempDir';

let childJs = '';
beforeAll(async () => {
  childJs = await bundleForChild('test/core/db/holdLock.child.ts', 'holdLock');
});

function startHolder(file: string): Promise<{ child: ChildProcessWithoutNullStreams; report: Record<string, unknown> }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [childJs, file]);
    let out = '';
    child.stdout.on('data', (c: Buffer) => {
      out += c.toString();
      if (out.includes('\n')) resolve({ child, report: JSON.parse(out.split('\n')[0]!) as Record<string, unknown> });
    });
    child.on('error', reject);
  });
}

function stop(child: ChildProcessWithoutNullStreams): Promise<void> {
  return new Promise((resolve) => {
    child.on('exit', () => resolve());
    child.stdin.end();
  });
}

describe('lock', () => {
  it('lets the second process open read-only and tells it who holds the file', async () => {
    const file = path.join(makeTempDir(), 'satgas.db');
    const first = await startHolder(file);
    expect(first.report.state).toBe('ready');

    const second = await startHolder(file);
    expect(second.report.state).toBe('read-only');
    const holder = second.report.holder as Record<string, unknown>;
    expect(holder.pid).toBe(first.report.pid);
    expect(holder.host).toBe(os.hostname());
    expect(holder.user).toBe(os.userInfo().username);
    expect(Date.now() - Date.parse(String(holder.since))).toBeLessThan(60_000);
    expect(String(second.report.write)).toContain(`di komputer ${os.hostname()}`);
    expect(String(second.report.write)).toContain('hanya-baca');

    await stop(second.child);
    await stop(first.child);
    expect(fs.existsSync(lockPathOf(file))).toBe(false);
    const third = await startHolder(file);
    expect(third.report.state).toBe('ready');
    await stop(third.child);
  });

  it('takes over a lock left by a process of this PC that no longer runs', () => {
    const file = path.join(makeTempDir(), 'satgas.db');
    const dead = { host: os.hostname(), user: 'budi', pid: 2 ** 22 + 12345, since: new Date().toISOString() };
    fs.writeFileSync(lockPathOf(file), JSON.stringify(dead));
    const result = acquireLock(file);
    expect(result.acquired).toBe(true);
    if (result.acquired) result.release();
  });

  it('does not take over a lock held from another PC', () => {
    const file = path.join(makeTempDir(), 'satgas.db');
    const other = { host: 'PC-KEUANGAN-02', user: 'sri', pid: 4242, since: '2026-11-24T01:00:00.000Z' };
    fs.writeFileSync(lockPathOf(file), JSON.stringify(other));
    expect(acquireLock(file)).toEqual({ acquired: false, holder: other });
  });
});
