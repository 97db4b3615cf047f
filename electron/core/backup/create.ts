// "Cadangkan": one file holding the database (a snapshot exported from sql.js between two calls, so always a
// committed state, never a file half-written), every evidence file, and the manifest with each file's SHA-256.
// Written as a temp file beside the target, fsynced, then renamed: a backup cut short never looks like a backup.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { withRetry } from '../db/atomicFile';
import { probeDatabase } from '../db/integrity';
import { readUserVersion } from '../db/migrate';
import { loadSqlJs } from '../db/sqlite';
import { UserError } from '../errors';
import { countRows, opdNameOf } from './counts';
import { evidenceFiles, evidenceFolderOf, syncFolder } from './dataFolder';
import type { Manifest, ManifestFile } from './manifest';
import { BACKUP_FORMAT, BACKUP_FORMAT_VERSION, DB_ENTRY, EVIDENCE_PREFIX, MANIFEST_NAME } from './manifest';
import { ZipWriter } from './zipWriter';

export const BACKUP_EXTENSION = 'satgasbak';

export interface BackupSource {
  dbFile: string;
  /** the database's bytes, from Database.snapshot() */
  snapshot: Uint8Array;
  appVersion: string;
  now: Date;
}

export function sha256Of(bytes: Uint8Array): string {
  return crypto.createHash('sha256').update(bytes).digest('hex');
}

/** "Cadangan Satgas 2026-12-02.satgasbak" */
export function backupFileName(now: Date, label = 'Cadangan Satgas'): string {
  return `${label} ${now.toISOString().slice(0, 10)}.${BACKUP_EXTENSION}`;
}

async function manifestOf(source: BackupSource, files: ManifestFile[]): Promise<Manifest> {
  const SQL = await loadSqlJs();
  const probe = probeDatabase(SQL, source.snapshot);
  if (!probe.ok) throw new UserError('backup-source-damaged', { detail: probe.detail });
  try {
    return {
      format: BACKUP_FORMAT,
      formatVersion: BACKUP_FORMAT_VERSION,
      appVersion: source.appVersion,
      schemaVersion: readUserVersion(probe.db),
      opdName: opdNameOf(probe.db),
      createdAt: source.now.toISOString(),
      counts: countRows(probe.db),
      files,
    };
  } finally {
    probe.db.close();
  }
}

/** Writes the backup to `target` atomically; returns its manifest. */
export async function writeBackup(target: string, source: BackupSource): Promise<Manifest> {
  const evidenceDir = evidenceFolderOf(source.dbFile);
  const tmp = `${target}.${crypto.randomBytes(4).toString('hex')}.tmp`;
  const fd = fs.openSync(tmp, 'wx');
  let manifest: Manifest;
  try {
    const zip = new ZipWriter(fd);
    const files: ManifestFile[] = [{ path: DB_ENTRY, size: source.snapshot.byteLength, sha256: sha256Of(source.snapshot) }];
    zip.add(DB_ENTRY, source.snapshot, true);
    for (const rel of evidenceFiles(evidenceDir)) {
      // Evidence is stored once and never changed (content-addressed): read whole, one file at a time (≤ 50 MB).
      const bytes = fs.readFileSync(path.join(evidenceDir, rel));
      files.push({ path: `${EVIDENCE_PREFIX}${rel}`, size: bytes.byteLength, sha256: sha256Of(bytes) });
      zip.add(`${EVIDENCE_PREFIX}${rel}`, bytes, false);
    }
    manifest = await manifestOf(source, files);
    zip.add(MANIFEST_NAME, Buffer.from(JSON.stringify(manifest, null, 1), 'utf8'), true);
    zip.finish();
    fs.fsyncSync(fd);
    fs.closeSync(fd);
    withRetry(() => fs.renameSync(tmp, target));
  } catch (e) {
    try {
      fs.closeSync(fd);
    } catch {
      // closed already
    }
    fs.rmSync(tmp, { force: true });
    if (e instanceof UserError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    throw new UserError('backup-write-failed', { folder: path.dirname(target), detail: code ?? (e as Error).message.slice(0, 80) });
  }
  syncFolder(path.dirname(target));
  return manifest;
}
