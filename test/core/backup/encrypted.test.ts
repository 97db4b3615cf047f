// Backups of data protected by a passphrase, through the dispatcher: encrypted whole (no plain NIP or name in the
// backup's bytes, nor inside its zip entries), restorable only with the passphrase or the recovery code (without
// it, or with a wrong one, refused with nothing touched), backup → wipe → restore giving the same content and
// the same evidence, and the key file swapped with the rest: plain over protected, protected over plain,
// protected over protected under another key. Moving and handing over protected data carry the key file too.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Workspace } from '../../../electron/core/app/workspace';
import type { BackupSummary, RestoreResult, SaveResult, SavedFile } from '../../../electron/core/contract';
import { createCallContext } from '../../../electron/core/context';
import { isEncrypted } from '../../../electron/core/crypto/cipher';
import { evidenceDirOf, storeEvidenceFile } from '../../../electron/core/evidence/store';
import { insertEvidenceFile } from '../../../electron/core/evidence/service';
import { handlers } from '../../../electron/core/handlers';
import { keyFilePathOf, readKeyFile } from '../../../electron/core/privacy/keyStore';
import { createDispatcher } from '../../../electron/host/dispatcher';
import { typed } from '../../helpers/call';
import { value } from '../../helpers/importFlow';
import { openTestSession } from '../../helpers/session';
import { dumpTables, evidenceState, fileSha, readParts } from './craft';

const FAST = { N: 2 ** 10, r: 8, p: 1 };
const NIP = '198507142010012003';
const NAME = 'Siti Aminah Nasution';
const PASS = 'Satgas Netral 2024!';

type T = Awaited<ReturnType<typeof protectedSession>>;

/** A session with a named person and two evidence files (one stored before the passphrase, one after), protected. */
async function protectedSession(pass = PASS) {
  const session = await openTestSession({ scrypt: FAST });
  const t = { ...session, call: typed(session.dispatch) };
  const saved = await t.call('staff.save', { name: NAME, identifier: NIP, employment: 'PNS', rank: '', position: 'Pengadministrasi Umum', positionType: null, unitId: null, gender: 'P', birthDate: null, birthPlace: '' });
  expect(saved.ok, JSON.stringify(saved)).toBe(true);
  const dbFile = session.workspace.options.dbFile;
  const store = async (name: string, bytes: Buffer) => {
    const source = path.join(session.dir, name);
    fs.writeFileSync(source, bytes);
    const stored = await storeEvidenceFile(evidenceDirOf(dbFile), source, { dataKey: session.workspace.dataKeyOrNull() });
    session.workspace.db().write('test', (tx) => insertEvidenceFile(tx, stored, { originalName: name, caption: NAME, addedAt: '2026-11-01T00:00:00.000Z' }));
  };
  await store('foto.jpg', Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.from(`foto apel ${NAME} ${NIP}`)]));
  const set = await value<{ recoveryCode: string }>(t.call('privacy.setPassphrase', { passphrase: pass, confirm: pass }));
  await store('berita.pdf', Buffer.from(`%PDF-1.4 berita acara ${NAME} NIP ${NIP}`));
  return { ...t, dbFile, code: set.recoveryCode };
}

async function backupOf(t: T): Promise<string> {
  const r = await value<SaveResult>(t.call('backup.create', {}));
  return t.ctx.files.get(r.saved!.ref).path;
}

async function chosen(t: { platform: T['platform']; call: T['call'] }, file: string): Promise<string> {
  t.platform.queueUpload(file);
  return (await value<{ ref: string }[]>(t.call('files.choose', { kind: 'backup' })))[0]!.ref;
}

function noPlainIdentity(bytes: Buffer, what: string): void {
  for (const s of [NIP, NAME, 'Siti Aminah']) expect(bytes.includes(Buffer.from(s)), `${what} holds "${s}"`).toBe(false);
}

/** A fresh workspace on the folder (as the next start): its state, and whether the passphrase opens it. */
async function nextStart(dbFile: string, pass: string | null) {
  const workspace = new Workspace({ dbFile, appVersion: '0.0.0-test', scrypt: FAST });
  await workspace.open();
  const state = workspace.status().database.state;
  if (pass) await workspace.unlock({ passphrase: pass });
  const dump = ['ready', 'read-only'].includes(workspace.status().database.state) ? workspace.db().read(dumpTables) : null;
  workspace.close();
  return { state, dump };
}

function untouched(dbFile: string) {
  const before = { db: fileSha(dbFile), evidence: evidenceState(dbFile), key: fs.existsSync(keyFilePathOf(dbFile)) ? fileSha(keyFilePathOf(dbFile)) : null };
  return () => {
    expect(fileSha(dbFile)).toBe(before.db);
    expect(evidenceState(dbFile)).toEqual(before.evidence);
    expect(fs.existsSync(keyFilePathOf(dbFile)) ? fileSha(keyFilePathOf(dbFile)) : null).toBe(before.key);
    expect(fs.readdirSync(path.dirname(dbFile)).filter((n) => n.startsWith('.pulih-') || n === 'disisihkan')).toEqual([]);
  };
}

describe('encrypted backups', () => {
  it('a backup made with a passphrase cannot be restored without it, and can with the recovery code (backup → wipe → restore)', async () => {
    const t = await protectedSession();
    const before = t.workspace.db().read(dumpTables);
    const evidence = evidenceState(t.dbFile);
    expect(Object.keys(evidence)).toHaveLength(2);
    const file = await backupOf(t);

    // no plain identity anywhere: the file's bytes, and every zip entry inflated
    const bytes = fs.readFileSync(file);
    noPlainIdentity(bytes, 'the backup file');
    const { manifest, parts } = await readParts(file);
    expect([...parts.keys()].sort()).toEqual(['bukti/', 'kunci.json', 'manifest.json', 'satgas.db'].flatMap((p) => (p === 'bukti/' ? Object.keys(evidence).map((r) => `bukti/${r}`) : [p])).sort());
    for (const [name, part] of parts) {
      noPlainIdentity(part, name);
      if (name.startsWith('bukti/') || name === 'satgas.db') expect(isEncrypted(part), name).toBe(true);
    }
    expect(manifest).toMatchObject({ formatVersion: 2, encryption: { keyId: readKeyFile(t.dbFile)!.keyId } });

    const summary = await value<BackupSummary>(t.call('backup.inspect', { ref: await chosen(t, file) }));
    expect(summary).toMatchObject({ encrypted: true, evidenceFiles: 2, counts: { staff: 1, evidence: 2 } });

    // wipe: database, evidence, key file and .prev gone; the app opened on new, plain, empty data
    t.workspace.close();
    for (const f of [t.dbFile, `${t.dbFile}.prev`, keyFilePathOf(t.dbFile), evidenceDirOf(t.dbFile)]) fs.rmSync(f, { recursive: true, force: true });
    const fresh = new Workspace({ dbFile: t.dbFile, appVersion: '0.0.0-test', scrypt: FAST });
    await fresh.open();
    const w = typed(createDispatcher(handlers, createCallContext(fresh, t.platform, () => {}), () => {}));
    const ref = await chosen({ platform: t.platform, call: w }, file);
    const same = untouched(t.dbFile);

    const without = await w('backup.restore', { ref, confirmed: true });
    expect(!without.ok && without.error.code).toBe('backup-secret-needed');
    expect(!without.ok && without.error.message).toMatch(/Ketik kata sandi .* atau kode pemulihan/);
    const wrong = await w('backup.restore', { ref, confirmed: true, secret: { passphrase: 'bukan kata sandinya' } });
    expect(!wrong.ok && wrong.error.code).toBe('backup-secret-wrong');
    const wrongCode = await w('backup.restore', { ref, confirmed: true, secret: { recoveryCode: 'AAAA-AAAA-AAAA-AAAA-AAAA-AAAA-AAAA-AAAA' } });
    expect(!wrongCode.ok && wrongCode.error.code).toBe('backup-secret-wrong');
    same();

    const restored = await value<RestoreResult>(w('backup.restore', { ref, confirmed: true, secret: { recoveryCode: t.code.toLowerCase() } }));
    expect(restored.summary.encrypted).toBe(true);
    // open at once on the restored data, with its key: same content, same (encrypted) evidence files
    expect(fresh.isUnlocked).toBe(true);
    expect(fresh.db().read(dumpTables)).toEqual(before);
    expect(evidenceState(t.dbFile)).toEqual(evidence);
    expect(JSON.stringify(await value(w('staff.list', {})))).toContain(NIP);
    noPlainIdentity(fs.readFileSync(t.dbFile), 'the restored database');
    // the plain data it replaced is set aside, with no key file of its own
    expect(fs.readdirSync(restored.setAside)).toEqual(['satgas.db']);
    fresh.close();
    // the next start asks for the passphrase, which opens it
    const next = await nextStart(t.dbFile, PASS);
    expect(next.state).toBe('locked');
    expect(next.dump).toEqual(before);
  });

  it('swaps the key file with the data: plain over protected, protected over plain, protected over protected under another key', async () => {
    const t = await protectedSession();
    const protectedDump = t.workspace.db().read(dumpTables);
    const encrypted = await backupOf(t);
    // another office's protected data, another key and passphrase
    const other = await protectedSession('kata sandi kantor lain');
    other.workspace.db().write('test', (tx) => tx.run("UPDATE staff SET name = 'Budi Santoso'"));
    const otherDump = other.workspace.db().read(dumpTables);
    const otherBackup = await backupOf(other);
    other.workspace.close();
    // a plain backup, from a plain session
    const plain = await openTestSession();
    const plainDump = plain.workspace.db().read(dumpTables);
    const plainBackup = plain.ctx.files.get((await value<SaveResult>(typed(plain.dispatch)('backup.create', {}))).saved!.ref);
    plain.workspace.close();

    // a plain backup is still written as format 1 (older apps read it), and read back as such
    expect((await readParts(plainBackup.path)).manifest).toMatchObject({ formatVersion: 1 });
    expect((await readParts(plainBackup.path)).manifest).not.toHaveProperty('encryption');
    const keyId = () => readKeyFile(t.dbFile)?.keyId ?? null;
    const firstKey = keyId();
    // plain over protected: no key file afterwards, the database plain, opened without a passphrase
    const r1 = await value<RestoreResult>(t.call('backup.restore', { ref: await chosen(t, plainBackup.path), confirmed: true }));
    expect(keyId()).toBeNull();
    expect(t.workspace.isProtected).toBe(false);
    expect(fs.existsSync(path.join(r1.setAside, 'kunci.json'))).toBe(true);
    expect(t.workspace.db().read(dumpTables)).toEqual(plainDump);
    // opened without a passphrase (read-only here only because this test's workspace holds the lock)
    expect((await nextStart(t.dbFile, null)).dump).toEqual(plainDump);

    // protected over plain: the secret asked for, the key file back
    const r2 = await t.call('backup.restore', { ref: await chosen(t, encrypted), confirmed: true, secret: { passphrase: PASS } });
    expect(r2.ok, JSON.stringify(r2)).toBe(true);
    expect(keyId()).toBe(firstKey);
    expect(t.workspace.db().read(dumpTables)).toEqual(protectedDump);

    // protected over protected under another key: that backup's passphrase, its key file
    const r3 = await t.call('backup.restore', { ref: await chosen(t, otherBackup), confirmed: true, secret: { passphrase: 'kata sandi kantor lain' } });
    expect(r3.ok, JSON.stringify(r3)).toBe(true);
    expect(keyId()).not.toBe(firstKey);
    expect(t.workspace.db().read(dumpTables)).toEqual(otherDump);
    expect((await t.call('staff.unitCreate', { name: 'Bidang Baru' })).ok).toBe(true);
    t.workspace.close();
    const next = await nextStart(t.dbFile, 'kata sandi kantor lain');
    expect(next.state).toBe('locked');
    expect(next.dump?.unit?.some((u) => u.includes('Bidang Baru'))).toBe(true);
    await expect(nextStart(t.dbFile, PASS)).rejects.toMatchObject({ code: 'passphrase-wrong' });
  });

  it('refuses an encrypted backup whose key file was swapped, whole, and touches nothing', async () => {
    const t = await protectedSession();
    const file = await backupOf(t);
    const other = await protectedSession();
    const { manifest, parts } = await readParts(file);
    const foreign = fs.readFileSync(keyFilePathOf(other.dbFile));
    other.workspace.close();
    parts.set('kunci.json', foreign);
    const crypto = await import('node:crypto');
    manifest.files = manifest.files.map((f) => (f.path === 'kunci.json' ? { ...f, size: foreign.length, sha256: crypto.createHash('sha256').update(foreign).digest('hex') } : f));
    const swapped = path.join(t.dir, 'swapped.satgasbak');
    const { writeParts } = await import('./craft');
    writeParts(swapped, manifest, parts);
    const same = untouched(t.dbFile);
    const r = await t.call('backup.restore', { ref: await chosen(t, swapped), confirmed: true, secret: { passphrase: PASS } });
    expect(!r.ok && r.error.code).toBe('backup-damaged');
    same();
  });

  it('moves protected data with its key file, and hands over an encrypted backup with its summary', async () => {
    const t = await protectedSession();
    const before = t.workspace.db().read(dumpTables);
    const handed = await value<{ backup: SavedFile | null; summary: SavedFile | null }>(t.call('backup.handover', {}));
    noPlainIdentity(fs.readFileSync(t.ctx.files.get(handed.backup!.ref).path), 'the handover backup');
    expect(fs.existsSync(t.ctx.files.get(handed.summary!.ref).path)).toBe(true);

    const target = path.join(t.platform.downloadsDir, 'satgas.db');
    fs.rmSync(target, { force: true });
    const { moved } = await value<{ moved: { dbFile: string } | null }>(t.call('backup.moveDatabase', {}));
    expect(moved?.dbFile).toBe(target);
    expect(readKeyFile(target)?.keyId).toBe(readKeyFile(t.dbFile)?.keyId);
    noPlainIdentity(fs.readFileSync(target), 'the moved database');
    expect(t.workspace.db().read(dumpTables)).toEqual(before);
    expect((await t.call('staff.unitCreate', { name: 'Bidang Baru' })).ok).toBe(true);
    t.workspace.close();
    const next = await nextStart(target, PASS);
    expect(next.state).toBe('locked');
    expect(next.dump?.unit?.some((u) => u.includes('Bidang Baru'))).toBe(true);
  });

  it('runs backup and restore as jobs with progress (files done of all)', async () => {
    const t = await protectedSession();
    const seen: string[] = [];
    const settle = async <R,>(status: 'backup.createStatus' | 'backup.restoreStatus', jobId: string): Promise<R> => {
      for (;;) {
        const s = await value<{ state: string; phase?: string; done?: number; total?: number; result?: R; error?: unknown }>(t.call(status, { jobId }));
        if (s.state === 'running') seen.push(`${s.phase} ${s.done}/${s.total}`);
        else if (s.state === 'done') return s.result!;
        else throw new Error(JSON.stringify(s));
        await new Promise((r) => setImmediate(r));
      }
    };
    const { jobId } = await value<{ jobId: string | null }>(t.call('backup.createStart', {}));
    const made = await settle<SaveResult>('backup.createStatus', jobId!);
    // the database and the key file, then each evidence file: the last poll may come after the job ended
    expect(seen.filter((s) => s.startsWith('writing')).every((s) => /^writing [1-3]\/3$/.test(s))).toBe(true);
    expect(seen.some((s) => s.startsWith('writing'))).toBe(true);
    seen.length = 0;
    const ref = await chosen(t, t.ctx.files.get(made.saved!.ref).path);
    const failed = await value<{ jobId: string }>(t.call('backup.restoreStart', { ref, confirmed: true }));
    await t.ctx.jobs.settled(failed.jobId);
    expect(await value(t.call('backup.restoreStatus', { jobId: failed.jobId }))).toMatchObject({ state: 'failed', error: { code: 'backup-secret-needed', field: 'secret' } });
    const started = await value<{ jobId: string }>(t.call('backup.restoreStart', { ref, confirmed: true, secret: { passphrase: PASS } }));
    const restored = await settle<RestoreResult>('backup.restoreStatus', started.jobId);
    expect(restored.summary.encrypted).toBe(true);
    expect(seen.some((s) => /^verifying [1-4]\/4$/.test(s))).toBe(true);
    expect(seen.some((s) => /^writing [0-2]\/2$/.test(s))).toBe(true);
  });
});
