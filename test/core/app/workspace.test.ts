// The workspace as the window sees it through the dispatcher: a database held by another PC (older app version
// included), taking its lock over ("Ambil alih"), a lock taken over from elsewhere, and start-up warnings.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { SqlJsStatic } from 'sql.js';
import { Workspace } from '../../../electron/core/app/workspace';
import type { WorkspaceOptions } from '../../../electron/core/app/workspace';
import type { AppStatus } from '../../../electron/core/contract';
import { createCallContext } from '../../../electron/core/context';
import { openDatabase } from '../../../electron/core/db/open';
import { lockPathOf } from '../../../electron/core/db/lock';
import { readUserVersion, runMigrations } from '../../../electron/core/db/migrate';
import { migrations } from '../../../electron/core/db/migrations';
import { backupsDirOf } from '../../../electron/core/db/paths';
import { loadSqlJs } from '../../../electron/core/db/sqlite';
import { handlers } from '../../../electron/core/handlers';
import { createDispatcher } from '../../../electron/host/dispatcher';
import { harnessPlatform } from '../../../electron/harness/platform';
import { makeTempDir } from '../../helpers/tempDir';
import { faultyFs } from '../db/faultyFs';

const open: Workspace[] = [];
afterEach(() => open.splice(0).forEach((w) => w.close()));

async function start(dbFile: string, options: Partial<WorkspaceOptions> = {}) {
  const workspace = new Workspace({ dbFile, appVersion: '0.0.0-test', ...options });
  await workspace.open();
  open.push(workspace);
  const logged: unknown[] = [];
  const dir = path.dirname(dbFile);
  const ctx = createCallContext(workspace, harnessPlatform(dir, path.join(dir, 'tmp')), (e) => logged.push(e));
  const dispatch = createDispatcher(handlers, ctx, (e) => logged.push(e));
  const status = async () => {
    const r = await dispatch('app.status', {});
    if (!r.ok) throw new Error(JSON.stringify(r.error));
    return r.value as AppStatus;
  };
  return { workspace, dispatch, status, logged };
}

const otherPc = { host: 'PC-SEKRETARIAT-02', user: 'sri', pid: 4242, since: '2026-11-24T01:15:00.000Z' };

function newFile(): string {
  return path.join(makeTempDir(), 'data', 'satgas.db');
}

describe('a database another PC holds', () => {
  it('runs an older app version there: the roster still opens here, read-only, and the file is not changed', async () => {
    const SQL: SqlJsStatic = await loadSqlJs();
    const file = newFile();
    fs.mkdirSync(path.dirname(file), { recursive: true });
    const old = new SQL.Database();
    runMigrations(old, migrations, 1);
    old.exec("UPDATE opd_profile SET opd_name = 'Dinas Sosial' WHERE id = 1");
    fs.writeFileSync(file, old.export());
    old.close();
    const bytes = fs.readFileSync(file);
    fs.writeFileSync(lockPathOf(file), JSON.stringify(otherPc));

    const { dispatch, status, logged } = await start(file);
    expect((await status()).database.state).toBe('read-only');
    expect((await status()).opdName).toBe('Dinas Sosial');
    expect(await dispatch('staff.list', {})).toEqual({ ok: true, value: [] });
    expect(await dispatch('staff.unitList', {})).toEqual({ ok: true, value: [] });
    expect(logged).toEqual([]);
    expect(fs.readFileSync(file).equals(bytes)).toBe(true);
    const onDisk = new SQL.Database(fs.readFileSync(file));
    expect(readUserVersion(onDisk)).toBe(1);
    onDisk.close();
  });

  it('is taken over only after the user confirmed that very holder, then saves work', async () => {
    const file = newFile();
    const created = await openDatabase({ file });
    if (created.state !== 'ready') throw new Error(created.state);
    created.db.close();
    fs.writeFileSync(lockPathOf(file), JSON.stringify(otherPc));

    const { dispatch, status } = await start(file);
    const before = await status();
    expect(before.database).toMatchObject({ state: 'read-only', holder: otherPc });
    expect(await dispatch('staff.unitCreate', { name: 'Sekretariat' })).toMatchObject({ ok: false, error: { code: 'db-read-only' } });

    const wrong = await dispatch('app.takeOverLock', { holder: { ...otherPc, since: '2026-11-23T01:15:00.000Z' } });
    expect(wrong).toMatchObject({ ok: false, error: { code: 'db-lock-changed', message: expect.stringContaining('PC-SEKRETARIAT-02') } });
    expect(JSON.parse(fs.readFileSync(lockPathOf(file), 'utf8'))).toMatchObject(otherPc);

    const taken = await dispatch('app.takeOverLock', { holder: { host: otherPc.host, pid: otherPc.pid, since: otherPc.since } });
    expect(taken).toMatchObject({ ok: true, value: { database: { state: 'ready' } } });
    expect(JSON.parse(fs.readFileSync(lockPathOf(file), 'utf8'))).toMatchObject({ host: os.hostname(), pid: process.pid });
    expect(await dispatch('staff.unitCreate', { name: 'Sekretariat' })).toMatchObject({ ok: true });
    expect((await dispatch('staff.unitList', {}) as { value: { name: string }[] }).value.map((u) => u.name)).toEqual(['Sekretariat']);
  });
});

describe('a lock taken over from elsewhere while this workspace is open', () => {
  it('refuses the next save with who took it, and the status turns read-only', async () => {
    const file = newFile();
    const { dispatch, status } = await start(file);
    expect(await dispatch('staff.unitCreate', { name: 'Sekretariat' })).toMatchObject({ ok: true });
    const mine = JSON.parse(fs.readFileSync(lockPathOf(file), 'utf8')) as { host: string; pid: number; since: string };

    const elsewhere = await openDatabase({ file, identity: { host: 'PC-KEPALA', user: 'andi', pid: 777, since: new Date().toISOString() }, takeOver: mine });
    expect(elsewhere.state).toBe('ready');
    const lost = await dispatch('staff.unitCreate', { name: 'Bidang TIK' });
    expect(lost).toMatchObject({ ok: false, error: { code: 'db-lock-lost', message: expect.stringContaining('andi di komputer PC-KEPALA') } });
    expect((await status()).database).toMatchObject({ state: 'read-only', holder: { host: 'PC-KEPALA', user: 'andi' } });
    expect(await dispatch('staff.unitCreate', { name: 'Bidang TIK' })).toMatchObject({ ok: false, error: { code: 'db-read-only' } });
    if (elsewhere.state === 'ready') {
      expect(elsewhere.db.read((q) => q.all<{ name: string }>('SELECT name FROM unit')).map((u) => u.name)).toEqual(['Sekretariat']);
      elsewhere.db.close();
    }
  });
});

describe('start-up warnings', () => {
  it('reach the window through app.status: a daily backup that failed on a full disk', async () => {
    const file = newFile();
    const created = await openDatabase({ file, now: () => new Date(Date.now() - 86_400_000) });
    if (created.state !== 'ready') throw new Error(created.state);
    created.db.close();
    const disk = faultyFs((op, f) => (op === 'write' && f.startsWith(backupsDirOf(file)) ? 'ENOSPC' : null));
    const { status } = await start(file, { database: { fs: disk } });
    const s = await status();
    expect(s.database.state).toBe('ready');
    expect(s.warnings).toEqual([expect.stringContaining('Cadangan harian basis data tidak dapat dibuat (ruang disk habis)')]);
  });
});
