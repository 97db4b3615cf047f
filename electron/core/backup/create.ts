// "Cadangkan": one file holding the database (a snapshot exported from sql.js between two calls, so always a
// committed state, never a file half-written), every evidence file, and the manifest with each file's SHA-256.
// Written as a temp file beside the target, fsynced, then renamed: a backup cut short never looks like a backup.
// Data protected by a passphrase gives an encrypted backup (manifest.ts, format 2): the snapshot encrypted as the
// live file is, the evidence as stored (a file still plain, from an interrupted "set a passphrase", encrypted on
// the way in), and the key file; nothing in the clear but the manifest.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { withRetry } from '../db/atomicFile';
import { probeDatabase } from '../db/integrity';
import { readUserVersion } from '../db/migrate';
import { loadSqlJs } from '../db/sqlite';
import { encryptedCodec } from '../db/codec';
import { UserError } from '../errors';
import type { DataKey } from '../crypto/cipher';
import { encryptBytes, isEncrypted } from '../crypto/cipher';
import { countRows, opdNameOf } from './counts';
import { evidenceFiles, evidenceFolderOf, syncFolder } from './dataFolder';
import type { Manifest, ManifestFile } from './manifest';
import { BACKUP_FORMAT, BACKUP_FORMAT_VERSION, DB_ENTRY, EVIDENCE_PREFIX, KEY_ENTRY, MANIFEST_NAME, PLAIN_FORMAT_VERSION } from './manifest';
import { ZipWriter } from './zipWriter';

export const BACKUP_EXTENSION = 'satgasbak';

export interface BackupSource {
  dbFile: string;
  /** the database's bytes, from Database.snapshot() */
  snapshot: Uint8Array;
  appVersion: string;
  now: Date;
  /** the data key and the key file's bytes when a passphrase protects the data: the backup is encrypted */
  protection?: { dataKey: DataKey; keyFile: Uint8Array } | null;
  /** files written so far of all (the database, each evidence file), for a job's progress */
  onProgress?: (done: number, total: number) => void;
}

/** Lets a job's status poll in between two files (the work is otherwise synchronous). */
export function yieldTurn(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

/** The evidence files a manifest lists (the database and the key file are not evidence). */
export function evidenceCountOf(manifest: Pick<Manifest, 'files'>): number {
  return manifest.files.filter((f) => f.path.startsWith(EVIDENCE_PREFIX)).length;
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
    const keyId = source.protection?.dataKey.id.toString('hex');
    return {
      format: BACKUP_FORMAT,
      formatVersion: keyId ? BACKUP_FORMAT_VERSION : PLAIN_FORMAT_VERSION,
      appVersion: source.appVersion,
      schemaVersion: readUserVersion(probe.db),
      opdName: opdNameOf(probe.db),
      createdAt: source.now.toISOString(),
      counts: countRows(probe.db),
      files,
      ...(keyId ? { encryption: { keyId } } : {}),
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
    const key = source.protection?.dataKey ?? null;
    const rels = evidenceFiles(evidenceDir);
    const total = rels.length + 1;
    const put = (name: string, bytes: Uint8Array, compress: boolean) => {
      files.push({ path: name, size: bytes.byteLength, sha256: sha256Of(bytes) });
      zip.add(name, bytes, compress);
    };
    const files: ManifestFile[] = [];
    // encrypted bytes do not compress: stored as they are
    put(DB_ENTRY, key ? encryptedCodec(key).encode(source.snapshot) : source.snapshot, !key);
    if (source.protection) put(KEY_ENTRY, source.protection.keyFile, true);
    source.onProgress?.(1, total);
    for (const [i, rel] of rels.entries()) {
      await yieldTurn();
      // Evidence is stored once and never changed (content-addressed): read whole, one file at a time (≤ 50 MB).
      const stored = fs.readFileSync(path.join(evidenceDir, rel));
      put(`${EVIDENCE_PREFIX}${rel}`, key && !isEncrypted(stored) ? encryptBytes(key, 'evidence', stored) : stored, false);
      source.onProgress?.(i + 2, total);
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
