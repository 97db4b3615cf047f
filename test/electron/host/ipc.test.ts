// The one dispatcher: names from the contract only, inputs validated, user errors typed and Indonesian,
// programming errors logged and never shown raw; the IPC registration refuses foreign senders.
import type { IpcMainInvokeEvent } from 'electron';
import { afterEach, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { callNames } from '../../../electron/core/callNames';
import { contract } from '../../../electron/core/contract';
import { Workspace } from '../../../electron/core/app/workspace';
import { createCallContext } from '../../../electron/core/context';
import { lockPathOf } from '../../../electron/core/db/lock';
import { harnessPlatform } from '../../../electron/harness/platform';
import { makeTempDir } from '../../helpers/tempDir';
import { combineHandlers } from '../../../electron/core/handlerTypes';
import { handlers } from '../../../electron/core/handlers';
import { IPC_CHANNEL } from '../../../electron/host/ipcChannel';
import { createDispatcher } from '../../../electron/host/dispatcher';
import { registerIpc } from '../../../electron/host/ipc';
import { openTestSession } from '../../helpers/session';

let session: Workspace | null = null;
afterEach(() => session?.close());

describe('dispatch', () => {
  it('has exactly one handler per contract call, and the preload\'s name list is the contract', () => {
    expect(Object.keys(handlers).sort()).toEqual([...callNames].sort());
    expect(Object.keys(contract).sort()).toEqual([...callNames].sort());
    expect(new Set(callNames).size).toBe(callNames.length);
    expect(() => combineHandlers({ 'profile.get': 1 }, { 'profile.get': 2 })).toThrow(/twice/);
  });

  it('refuses names that are not in the contract, including prototype keys', async () => {
    const t = await openTestSession();
    session = t.workspace;
    for (const name of ['nope', 'constructor', '__proto__', 42, null]) {
      const r = await t.dispatch(name, {});
      expect(r).toMatchObject({ ok: false, error: { code: 'unknown-call' } });
    }
  });

  it('validates input against the schema, with Indonesian messages', async () => {
    const t = await openTestSession();
    session = t.workspace;
    const r = await t.dispatch('profile.save', { opdName: 5 });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe('invalid-input');
      expect(r.error.message).toMatch(/^Data yang dikirim tidak lengkap atau tidak sah: opdName: Input tidak valid/);
    }
    const extra = await t.dispatch('profile.get', { sneaky: true });
    expect(extra).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
  });

  it('returns a user error with its code, message and field', async () => {
    const t = await openTestSession();
    session = t.workspace;
    // every text field empty (the optional emblem choice is not a text field)
    const input = Object.fromEntries(Object.keys(contract['profile.save'].input.shape).filter((k) => k !== 'emblem').map((k) => [k, '']));
    const r = await t.dispatch('profile.save', { ...input, opdName: 'Dinas Kesehatan', headNip: '123' });
    expect(r).toEqual({ ok: false, error: { code: 'invalid-nip', field: 'headNip', message: expect.stringContaining('NIP Kepala OPD: NIP "123" tidak sah') } });
    expect(t.logged).toEqual([]);
  });

  it('logs a programming error and shows only a generic Indonesian message', async () => {
    const t = await openTestSession();
    session = t.workspace;
    const broken = { ...handlers, 'profile.get': () => { throw new TypeError('cannot read x of undefined'); } };
    const dispatch = createDispatcher(broken, t.ctx, (e) => t.logged.push(e));
    const r = await dispatch('profile.get', {});
    expect(r).toEqual({ ok: false, error: { code: 'internal', message: expect.stringMatching(/^Terjadi kesalahan di dalam aplikasi/) } });
    expect(JSON.stringify(r)).not.toContain('cannot read');
    expect(t.logged).toHaveLength(1);
  });
});

describe('call kinds', () => {
  it('refuses every mutation on a read-only database before its handler runs, and still answers queries', async () => {
    const dir = makeTempDir();
    const dbFile = path.join(dir, 'data', 'satgas.db');
    // a database created, then held by another PC
    const first = new Workspace({ dbFile, appVersion: 'test' });
    await first.open();
    first.close();
    fs.writeFileSync(lockPathOf(dbFile), JSON.stringify({ host: 'PC-SEKRETARIAT', user: 'ani', pid: 4242, since: '2026-12-01T08:00:00.000Z' }));
    const workspace = new Workspace({ dbFile, appVersion: 'test' });
    await workspace.open();
    session = workspace;
    const ran: string[] = [];
    const spying = Object.fromEntries(Object.entries(handlers).map(([name, h]) => [name, (input: unknown, ctx: unknown) => {
      ran.push(name);
      return (h as (i: unknown, c: unknown) => unknown)(input, ctx);
    }])) as typeof handlers;
    const dispatch = createDispatcher(spying, createCallContext(workspace, harnessPlatform(dir, path.join(dir, 'tmp'))));
    const unit = await dispatch('staff.unitCreate', { name: 'Bidang Umum' });
    expect(unit).toMatchObject({ ok: false, error: { code: 'db-read-only', message: expect.stringContaining('PC-SEKRETARIAT') } });
    expect(await dispatch('profile.clearEmblem', {})).toMatchObject({ ok: false, error: { code: 'db-read-only' } });
    expect(ran).toEqual([]);
    expect(await dispatch('staff.list', {})).toEqual({ ok: true, value: [] });
    expect(ran).toEqual(['staff.list']);
    const mutations = Object.entries(contract).filter(([, spec]) => spec.kind === 'mutation').map(([name]) => name);
    expect(mutations).toEqual(expect.arrayContaining(['staff.save', 'staff.importStart', 'staff.importCommit', 'profile.save']));
    expect(mutations).not.toContain('staff.list');
  });
});

describe('registerIpc', () => {
  it('answers our window and refuses any other sender before dispatching', async () => {
    let listener: ((event: IpcMainInvokeEvent, ...args: unknown[]) => unknown) | null = null;
    let channel = '';
    const calls: unknown[] = [];
    registerIpc(
      { handle: (c, l) => { channel = c; listener = l; } },
      async (name) => { calls.push(name); return { ok: true, value: 'yes' }; },
      (event) => event.sender.id === 7,
    );
    expect(channel).toBe(IPC_CHANNEL);
    const ours = { sender: { id: 7 } } as unknown as IpcMainInvokeEvent;
    const stranger = { sender: { id: 8 } } as unknown as IpcMainInvokeEvent;
    expect(await listener!(ours, 'app.status', {})).toEqual({ ok: true, value: 'yes' });
    expect(await listener!(stranger, 'app.status', {})).toMatchObject({ ok: false, error: { code: 'forbidden-sender' } });
    expect(calls).toEqual(['app.status']);
  });
});
