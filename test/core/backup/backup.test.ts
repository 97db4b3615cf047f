// Backup and restore through the dispatcher: a backup, the data wiped, the backup restored gives the same
// database content and the same evidence files; a tampered, lying or newer backup is refused whole and leaves the
// current data untouched.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { BackupState, BackupSummary, RestoreResult, SaveResult } from '../../../electron/core/contract';
import { evidenceFolderOf } from '../../../electron/core/backup/dataFolder';
import { DB_ENTRY, MANIFEST_NAME } from '../../../electron/core/backup/manifest';
import { storeEvidenceFile, evidenceDirOf } from '../../../electron/core/evidence/store';
import { insertEvidenceFile } from '../../../electron/core/evidence/service';
import { latestVersion } from '../../../electron/core/db/migrate';
import { seedRoster } from '../../helpers/generatedRoster';
import { value } from '../../helpers/importFlow';
import type { TestWorkspace } from '../../helpers/session';
import { sessionPerTest } from '../../helpers/session';
import { dumpTables, evidenceState, fileSha, putEvidence, readParts, writeParts } from './craft';

const start = sessionPerTest();

async function makeBackup(t: TestWorkspace): Promise<string> {
  const r = await value<SaveResult>(t.dispatch('backup.create', {}));
  expect(r.saved).not.toBeNull();
  return t.ctx.files.get(r.saved!.ref).path;
}

async function chooseBackup(t: TestWorkspace, file: string): Promise<string> {
  t.platform.queueUpload(file);
  return (await value<{ ref: string }[]>(t.dispatch('files.choose', { kind: 'backup' })))[0]!.ref;
}

async function seed(t: TestWorkspace): Promise<void> {
  seedRoster(t.workspace.db(), 30);
  const dbFile = t.workspace.options.dbFile;
  // one file through the evidence store itself (row and file), the others written in its layout
  const source = path.join(t.dir, 'foto.jpg');
  fs.writeFileSync(source, Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.from('foto kegiatan 1')]));
  const stored = await storeEvidenceFile(evidenceDirOf(dbFile), source);
  t.workspace.db().write('test', (tx) => insertEvidenceFile(tx, stored, { originalName: '../../foto.jpg', caption: 'Apel', addedAt: '2026-11-01T00:00:00.000Z' }));
  putEvidence(dbFile, Buffer.from('%PDF-1.4 berita acara'), 'pdf');
  putEvidence(dbFile, Buffer.alloc(300_000, 7), 'mp4');
}

describe('backup and restore', () => {
  it('backup → wipe → restore gives the same database content and evidence files', async () => {
    const t = await start();
    await seed(t);
    const dbFile = t.workspace.options.dbFile;
    const before = t.workspace.db().read(dumpTables);
    const evidence = evidenceState(dbFile);
    expect(Object.keys(evidence)).toHaveLength(3);
    const file = await makeBackup(t);
    expect(path.extname(file)).toBe('.satgasbak');

    // the status remembers it: no reminder now
    const state = await value<BackupState>(t.dispatch('backup.status', {}));
    expect(state.lastManual?.name).toBe(path.basename(file));
    expect(state.remind).toBe(false);

    // wipe: the database and the evidence folder gone, the app opened on an empty database
    t.workspace.close();
    fs.rmSync(dbFile);
    fs.rmSync(evidenceFolderOf(dbFile), { recursive: true });
    await t.workspace.open();
    expect(t.workspace.db().read((q) => q.get<{ n: number }>('SELECT count(*) AS n FROM staff')!.n)).toBe(0);

    const ref = await chooseBackup(t, file);
    const summary = await value<BackupSummary>(t.dispatch('backup.inspect', { ref }));
    expect(summary).toMatchObject({ opdName: 'Dinas Pendidikan dan Kebudayaan', evidenceFiles: 3, appVersion: '0.0.0-test', schemaVersion: latestVersion() });
    expect(summary.counts).toMatchObject({ staff: 30, sessions: 0, evidence: 1 });

    const restored = await value<RestoreResult>(t.dispatch('backup.restore', { ref, confirmed: true }));
    expect(t.workspace.db().read(dumpTables)).toEqual(before);
    expect(evidenceState(dbFile)).toEqual(evidence);
    // the data it replaced is set aside, not deleted
    expect(fs.existsSync(path.join(restored.setAside, path.basename(dbFile)))).toBe(true);
    expect(t.workspace.status().database.state).toBe('ready');
  });

  it('refuses a restore that was not confirmed', async () => {
    const t = await start();
    const file = await makeBackup(t);
    const ref = await chooseBackup(t, file);
    const r = await t.dispatch('backup.restore', { ref });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.code).toBe('invalid-input');
  });

  async function refused(t: TestWorkspace, file: string, code: string): Promise<void> {
    const dbFile = t.workspace.options.dbFile;
    const dbBefore = fileSha(dbFile);
    const evidenceBefore = evidenceState(dbFile);
    const ref = await chooseBackup(t, file);
    for (const call of ['backup.inspect', 'backup.restore'] as const) {
      const r = await t.dispatch(call, { ref, ...(call === 'backup.restore' ? { confirmed: true } : {}) });
      expect(r.ok, call).toBe(false);
      if (!r.ok) expect(r.error.code, call).toBe(code);
    }
    expect(fileSha(dbFile)).toBe(dbBefore);
    expect(evidenceState(dbFile)).toEqual(evidenceBefore);
    expect(fs.readdirSync(path.dirname(dbFile)).filter((n) => n.startsWith('.pulih-') || n === 'disisihkan')).toEqual([]);
  }

  it('refuses a backup with one evidence byte changed, whole, and touches nothing', async () => {
    const t = await start();
    await seed(t);
    const file = await makeBackup(t);
    const bytes = fs.readFileSync(file);
    const at = bytes.indexOf('foto kegiatan');
    expect(at).toBeGreaterThan(0);
    bytes[at] = 'F'.charCodeAt(0); // stored uncompressed: the zip's own CRC catches it too
    const tampered = path.join(t.dir, 'tampered.satgasbak');
    fs.writeFileSync(tampered, bytes);
    await refused(t, tampered, 'backup-damaged');
  });

  it('refuses a backup whose database was replaced with its manifest hash updated but counts not', async () => {
    const t = await start();
    await seed(t);
    const file = await makeBackup(t);
    const { manifest, parts } = await readParts(file);
    // another database (an empty one) under the old counts: the manifest lies about what it holds
    t.workspace.db().write('test', (tx) => tx.run('DELETE FROM staff'));
    const other = Buffer.from(t.workspace.db().snapshot());
    parts.set(DB_ENTRY, other);
    const crypto = await import('node:crypto');
    manifest.files[0] = { path: DB_ENTRY, size: other.length, sha256: crypto.createHash('sha256').update(other).digest('hex') };
    const lying = path.join(t.dir, 'lying.satgasbak');
    writeParts(lying, manifest, parts);
    await refused(t, lying, 'backup-damaged');
  });

  it('refuses a manifest that lies about a size, omits a file, or names a path outside the folder', async () => {
    const t = await start();
    await seed(t);
    const file = await makeBackup(t);
    const { manifest, parts } = await readParts(file);
    const cases: [string, unknown, Map<string, Buffer>][] = [
      ['size', { ...manifest, files: manifest.files.map((f, i) => (i === 1 ? { ...f, size: f.size + 1 } : f)) }, parts],
      ['unlisted', { ...manifest, files: manifest.files.slice(0, 2) }, parts],
      ['traversal', { ...manifest, files: [...manifest.files, { path: 'bukti/../../satgas.db', size: 1, sha256: 'a'.repeat(64) }] }, parts],
      ['not json', '{"format": ', parts],
      ['__proto__', JSON.stringify(manifest).replace('"format"', '"__proto__":{"polluted":1},"format"'), parts],
    ];
    for (const [name, m, p] of cases) {
      const target = path.join(t.dir, `${name}.satgasbak`);
      writeParts(target, m, p);
      await refused(t, target, 'backup-damaged');
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses a backup from a newer app version, and one with a newer schema', async () => {
    const t = await start();
    const file = await makeBackup(t);
    const { manifest, parts } = await readParts(file);
    const newerApp = path.join(t.dir, 'newer-app.satgasbak');
    writeParts(newerApp, { ...manifest, appVersion: '99.0.0' }, parts);
    await refused(t, newerApp, 'backup-newer-app');
    const newerSchema = path.join(t.dir, 'newer-schema.satgasbak');
    writeParts(newerSchema, { ...manifest, schemaVersion: latestVersion() + 1 }, parts);
    await refused(t, newerSchema, 'backup-newer-app');
  });

  it('refuses a file that is not a backup (a renamed workbook, random bytes)', async () => {
    const t = await start();
    const junk = path.join(t.dir, 'junk.satgasbak');
    fs.writeFileSync(junk, Buffer.from('PK\x03\x04 not really a zip at all'));
    await refused(t, junk, 'backup-damaged');
    const text = path.join(t.dir, 'text.satgasbak');
    fs.writeFileSync(text, 'hello');
    await refused(t, text, 'backup-not-a-backup');
    const noManifest = path.join(t.dir, 'no-manifest.satgasbak');
    const { parts } = await readParts(await makeBackup(t));
    parts.delete(MANIFEST_NAME);
    const fd = fs.openSync(noManifest, 'w');
    const { ZipWriter } = await import('../../../electron/core/backup/zipWriter');
    const zip = new ZipWriter(fd);
    for (const [n, b] of parts) zip.add(n, b, true);
    zip.finish();
    fs.closeSync(fd);
    await refused(t, noManifest, 'backup-not-a-backup');
  });
});
