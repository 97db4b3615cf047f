// A second process opening the same database gets read-only access and the holder's details.
import { spawn } from 'node:child_process';
import type { ChildProcessWithoutNullStreams } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../electron/core/db/open';
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

describe('a lock whose holder cannot be running', () => {
  const minutes = (n: number) => n * 60_000;

  it('is stale when its process id now belongs to a process started after the lock (Windows reuses ids)', async () => {
    const file = path.join(makeTempDir(), 'satgas.db');
    const unrelated = spawn('sleep', ['60']);
    try {
      await new Promise((r) => unrelated.once('spawn', r));
      const crashed = { host: os.hostname(), user: 'budi', pid: unrelated.pid!, since: new Date(Date.now() - minutes(60)).toISOString(), beat: new Date(Date.now() - minutes(2)).toISOString() };
      fs.writeFileSync(lockPathOf(file), JSON.stringify(crashed));
      const result = acquireLock(file);
      expect(result.acquired).toBe(true);
      if (result.acquired) result.release();
    } finally {
      unrelated.kill();
    }
  });

  it('is not stale while its process runs and started before the lock', () => {
    const file = path.join(makeTempDir(), 'satgas.db');
    const parent = { host: os.hostname(), user: 'budi', pid: process.ppid, since: new Date().toISOString(), beat: new Date().toISOString() };
    fs.writeFileSync(lockPathOf(file), JSON.stringify(parent));
    expect(acquireLock(file)).toEqual({ acquired: false, holder: parent });
  });

  it('is stale when it was written before this PC last booted', () => {
    const file = path.join(makeTempDir(), 'satgas.db');
    const beforeBoot = { host: os.hostname(), user: 'budi', pid: process.ppid, since: new Date(Date.now() - minutes(60)).toISOString() };
    fs.writeFileSync(lockPathOf(file), JSON.stringify(beforeBoot));
    const env = { processStartedAt: () => null, bootTime: () => Date.now() - minutes(10) };
    const result = acquireLock(file, undefined, { env });
    expect(result.acquired).toBe(true);
    if (result.acquired) result.release();
    // the same lock, written after the boot, is respected
    fs.writeFileSync(lockPathOf(file), JSON.stringify({ ...beforeBoot, since: new Date(Date.now() - minutes(5)).toISOString() }));
    expect(acquireLock(file, undefined, { env }).acquired).toBe(false);
  });

  it('from another PC is stale once its heartbeat has stopped for five minutes, and respected while it beats', () => {
    const file = path.join(makeTempDir(), 'satgas.db');
    const other = { host: 'PC-KEUANGAN-02', user: 'sri', pid: 4242, since: new Date(Date.now() - minutes(90)).toISOString() };
    fs.writeFileSync(lockPathOf(file), JSON.stringify({ ...other, beat: new Date(Date.now() - minutes(1)).toISOString() }));
    fs.utimesSync(lockPathOf(file), new Date(Date.now() - minutes(1)), new Date(Date.now() - minutes(1)));
    expect(acquireLock(file).acquired).toBe(false);
    fs.writeFileSync(lockPathOf(file), JSON.stringify({ ...other, beat: new Date(Date.now() - minutes(6)).toISOString() }));
    fs.utimesSync(lockPathOf(file), new Date(Date.now() - minutes(6)), new Date(Date.now() - minutes(6)));
    const result = acquireLock(file);
    expect(result.acquired).toBe(true);
    if (result.acquired) result.release();
  });

  it('is refreshed by a running holder: its heartbeat moves on, its token and since stay', async () => {
    const file = path.join(makeTempDir(), 'satgas.db');
    let clock = Date.now();
    const opened = await openDatabase({ file, heartbeatMs: 20, lockEnv: { now: () => clock } });
    if (opened.state !== 'ready') throw new Error(opened.state);
    const first = JSON.parse(fs.readFileSync(lockPathOf(file), 'utf8')) as Record<string, string>;
    clock += minutes(10);
    await expect.poll(() => (JSON.parse(fs.readFileSync(lockPathOf(file), 'utf8')) as Record<string, string>).beat, { timeout: 5_000 })
      .toBe(new Date(clock).toISOString());
    const later = JSON.parse(fs.readFileSync(lockPathOf(file), 'utf8')) as Record<string, string>;
    expect(later.token).toBe(first.token);
    expect(later.since).toBe(first.since);
    // judged ten minutes later by another PC's clock, the refreshed lock is alive
    expect(acquireLock(file, { host: 'PC-LAIN', user: 'x', pid: 1, since: new Date(clock).toISOString() }, { env: { now: () => clock } }).acquired).toBe(false);
    opened.db.close();
    expect(fs.existsSync(lockPathOf(file))).toBe(false);
  });
});

describe('taking a lock over ("Ambil alih")', () => {
  it('removes only the holder the user confirmed, and the old holder can no longer write', async () => {
    const file = path.join(makeTempDir(), 'satgas.db');
    const first = await openDatabase({ file, identity: { host: 'PC-SEKRETARIAT', user: 'budi', pid: process.pid, since: '2026-11-24T01:00:00.000Z' } });
    if (first.state !== 'ready') throw new Error(first.state);
    first.db.write('test', (tx) => tx.audit('TakeOver', 'before'));

    const someoneElse = { host: 'PC-SEKRETARIAT', pid: process.pid, since: '2026-11-24T00:00:00.000Z' };
    const refused = await openDatabase({ file, takeOver: someoneElse, createWaitMs: 0 });
    expect(refused.state).toBe('read-only');
    if (refused.state === 'read-only') refused.db.close();

    const second = await openDatabase({ file, takeOver: { host: 'PC-SEKRETARIAT', pid: process.pid, since: '2026-11-24T01:00:00.000Z' } });
    expect(second.state).toBe('ready');
    if (second.state !== 'ready') return;
    second.db.write('test', (tx) => tx.audit('TakeOver', 'after'));

    let error: unknown;
    try {
      first.db.write('test', (tx) => tx.audit('TakeOver', 'lost'));
    } catch (e) {
      error = e;
    }
    expect(error).toMatchObject({ code: 'db-lock-lost' });
    expect((error as Error).message).toContain(`di komputer ${os.hostname()}`);
    expect(first.db.readOnly).toBe(true);
    first.db.close(); // must not remove the new holder's lock
    expect(fs.existsSync(lockPathOf(file))).toBe(true);
    second.db.write('test', (tx) => tx.audit('TakeOver', 'still'));
    const ids = second.db.read((q) => q.all<{ id: string }>("SELECT entity_id AS id FROM audit_log WHERE entity = 'TakeOver' ORDER BY rowid")).map((r) => r.id);
    expect(ids).toEqual(['before', 'after', 'still']);
    second.db.close();
  });
});

describe('a lock removed by hand while its holder runs', () => {
  it('is written again by the holder before its next save; one created by another process meanwhile wins', async () => {
    const file = path.join(makeTempDir(), 'satgas.db');
    const opened = await openDatabase({ file });
    if (opened.state !== 'ready') throw new Error(opened.state);
    fs.rmSync(lockPathOf(file));
    opened.db.write('test', (tx) => tx.audit('Lock', 1));
    expect(JSON.parse(fs.readFileSync(lockPathOf(file), 'utf8'))).toMatchObject({ pid: process.pid, host: os.hostname() });

    fs.rmSync(lockPathOf(file));
    const other = { host: 'PC-KEPALA', user: 'andi', pid: 777, since: new Date().toISOString(), beat: new Date().toISOString() };
    fs.writeFileSync(lockPathOf(file), JSON.stringify(other));
    expect(() => opened.db.write('test', (tx) => tx.audit('Lock', 2))).toThrow(/diambil alih oleh andi di komputer PC-KEPALA/);
    opened.db.close();
    expect(JSON.parse(fs.readFileSync(lockPathOf(file), 'utf8'))).toEqual(other);
  });
});
