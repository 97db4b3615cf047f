// "Pulihkan", first half: a backup is read through the guarded zip reader and verified whole before anything is
// touched: the manifest parses strictly, the zip holds exactly the files it lists, every file's size and SHA-256
// match, the database passes the integrity check, and its schema version and counts are the ones the manifest
// states (a manifest that lies is a damaged backup). A backup from a newer app is refused. Any failure refuses the
// backup whole. Memory: the backup file is read once (at most BACKUP_MAX_BYTES); parts are inflated in chunks
// and never past the size the manifest states, so a zip bomb costs at most its own size plus one chunk.
// An encrypted backup (format 2) is verified the same way, its hashes before its key: the key file unwraps under
// the passphrase or the recovery code (backupKey.ts), the database decrypts, then the probe and the counts.
// Without the secret only the inspection (the hashes, the manifest's summary) is possible.
import crypto from 'node:crypto';
import fs from 'node:fs';
import { probeDatabase } from '../db/integrity';
import { latestVersion, readUserVersion } from '../db/migrate';
import { loadSqlJs } from '../db/sqlite';
import { UserError } from '../errors';
import type { ZipLimits } from '../spreadsheet/limits';
import { isLimitError } from '../spreadsheet/limits';
import { isZip, ZipError } from '../spreadsheet/zip';
import { GuardedZip } from '../spreadsheet/zipGuard';
import type { DataKey } from '../crypto/cipher';
import type { BackupSecret } from './backupKey';
import { backupKeyFile, decryptBackupDb, unlockBackup } from './backupKey';
import { countRows } from './counts';
import { evidenceCountOf, yieldTurn } from './create';
import type { Manifest, ManifestFile } from './manifest';
import { BACKUP_FORMAT_VERSION, DB_ENTRY, KEY_ENTRY, MANIFEST_NAME, compareVersions, manifestSchema } from './manifest';
import type { BackupSummary } from './types';

const MiB = 1024 * 1024;

/** A backup file larger than this is refused before it is read (no zip64: the writer stays under 4 GB too). */
export const BACKUP_MAX_BYTES = 2048 * MiB;

export const BACKUP_ZIP_LIMITS: ZipLimits = {
  /** the database or one evidence file (evidence is at most 50 MB) */
  partBytes: 512 * MiB,
  /** the manifest, held whole */
  heldPartBytes: 32 * MiB,
  totalBytes: 3 * 1024 * MiB,
  entries: 200_001,
};

export interface VerifiedBackup {
  manifest: Manifest;
  summary: BackupSummary;
  /** the database's plain bytes, verified */
  db: Uint8Array;
  /** the database's bytes as the backup holds them: what the restore writes (encrypted for format 2) */
  storedDb: Uint8Array;
  /** the backup's key file and the data key the secret opened (null for a plain backup) */
  keyFile: Uint8Array | null;
  dataKey: DataKey | null;
  /** the verified zip, to stream evidence files from */
  zip: GuardedZip;
}

function damaged(detail: string): UserError {
  return new UserError('backup-damaged', { detail });
}

/** A part's bytes in chunks, hashed; stops as soon as it passes the size the manifest states. */
export async function* verifiedChunks(zip: GuardedZip, file: ManifestFile): AsyncGenerator<Buffer> {
  const hash = crypto.createHash('sha256');
  let size = 0;
  for await (const chunk of zip.chunks(file.path)) {
    size += chunk.length;
    if (size > file.size) throw damaged(file.path);
    hash.update(chunk);
    yield chunk;
  }
  if (size !== file.size || hash.digest('hex') !== file.sha256) throw damaged(file.path);
}

function parseManifest(zip: GuardedZip): Manifest {
  let raw: unknown;
  try {
    raw = JSON.parse(zip.text(MANIFEST_NAME) ?? 'null');
  } catch (e) {
    if (isLimitError(e) || e instanceof ZipError) throw e;
    throw damaged(MANIFEST_NAME);
  }
  const format = (raw as { format?: unknown; formatVersion?: unknown } | null);
  if (format && typeof format.formatVersion === 'number' && format.formatVersion > BACKUP_FORMAT_VERSION) {
    throw new UserError('backup-newer-app', { version: '?' });
  }
  const parsed = manifestSchema.safeParse(raw);
  if (!parsed.success) throw damaged(MANIFEST_NAME);
  return parsed.data;
}

/** The zip lists exactly the manifest's files (and the manifest), with the sizes it states. */
function checkListing(zip: GuardedZip, manifest: Manifest): void {
  const listed = new Set(manifest.files.map((f) => f.path));
  if (listed.size !== manifest.files.length || !listed.has(DB_ENTRY)) throw damaged(MANIFEST_NAME);
  for (const name of zip.index.keys()) if (name !== MANIFEST_NAME && !listed.has(name)) throw damaged(name.slice(0, 80));
  for (const f of manifest.files) if (zip.declaredSize(f.path) !== f.size) throw damaged(f.path);
}

function sameCounts(a: Manifest['counts'], b: Manifest['counts']): boolean {
  return (Object.keys(a) as (keyof Manifest['counts'])[]).every((k) => a[k] === b[k]);
}

export interface VerifyOptions {
  appVersion: string;
  /** the schema this app knows (tests: a smaller one) */
  schemaVersion?: number;
  signal?: AbortSignal;
  /** the passphrase or the recovery code, for an encrypted backup */
  secret?: BackupSecret;
  /** files checked so far of all, for a job's progress */
  onProgress?: (done: number, total: number) => void;
}

function summaryOf(manifest: Manifest): BackupSummary {
  return {
    opdName: manifest.opdName,
    createdAt: manifest.createdAt,
    appVersion: manifest.appVersion,
    schemaVersion: manifest.schemaVersion,
    counts: manifest.counts,
    evidenceFiles: evidenceCountOf(manifest),
    totalBytes: manifest.files.reduce((n, f) => n + f.size, 0),
    encrypted: manifest.encryption !== undefined,
  };
}

/** `summaryOnly`: an encrypted backup without its secret stops after the hashes, with the manifest's summary. */
async function verifyOpen(bytes: Uint8Array, options: VerifyOptions, summaryOnly = false): Promise<VerifiedBackup | BackupSummary> {
  if (!isZip(bytes)) throw new UserError('backup-not-a-backup');
  const zip = new GuardedZip(bytes, BACKUP_ZIP_LIMITS);
  if (!zip.has(MANIFEST_NAME)) throw new UserError('backup-not-a-backup');
  const manifest = parseManifest(zip);
  if (compareVersions(manifest.appVersion, options.appVersion) > 0) throw new UserError('backup-newer-app', { version: manifest.appVersion });
  if (manifest.schemaVersion > (options.schemaVersion ?? latestVersion())) throw new UserError('backup-newer-app', { version: manifest.appVersion });
  checkListing(zip, manifest);

  let storedDb: Uint8Array = new Uint8Array(0);
  let keyFile: Uint8Array | null = null;
  for (const [i, file] of manifest.files.entries()) {
    options.signal?.throwIfAborted();
    const held = file.path === DB_ENTRY || file.path === KEY_ENTRY;
    const parts: Buffer[] = [];
    for await (const chunk of verifiedChunks(zip, file)) if (held) parts.push(chunk);
    if (file.path === DB_ENTRY) storedDb = Buffer.concat(parts);
    if (file.path === KEY_ENTRY) keyFile = Buffer.concat(parts);
    options.onProgress?.(i + 1, manifest.files.length);
    await yieldTurn();
  }

  let db = storedDb;
  let dataKey: DataKey | null = null;
  if (manifest.encryption) {
    const parsedKeyFile = backupKeyFile(manifest, keyFile, storedDb);
    if (summaryOnly && !options.secret) return summaryOf(manifest);
    dataKey = unlockBackup(parsedKeyFile, options.secret);
    db = decryptBackupDb(dataKey, storedDb);
  }
  const SQL = await loadSqlJs();
  const probe = probeDatabase(SQL, db);
  if (!probe.ok) throw damaged(`${DB_ENTRY}: ${probe.detail}`);
  try {
    if (readUserVersion(probe.db) !== manifest.schemaVersion) throw damaged(`${DB_ENTRY}: schema`);
    if (!sameCounts(countRows(probe.db), manifest.counts)) throw damaged(`${DB_ENTRY}: counts`);
  } finally {
    probe.db.close();
  }
  const summary = summaryOf(manifest);
  return summaryOnly ? summary : { manifest, summary, db, storedDb, keyFile: manifest.encryption ? keyFile : null, dataKey, zip };
}

/** Reads and verifies a backup file; throws a UserError (Indonesian) for anything but a sound backup (an
 * encrypted one without its passphrase or recovery code: 'backup-secret-needed'). */
export async function openBackup(file: string, options: VerifyOptions): Promise<VerifiedBackup> {
  return (await readAndVerify(file, options, false)) as VerifiedBackup;
}

/** What a backup holds, verified as far as can be without its secret (an encrypted one: every hash and its key
 * file; its database only once the passphrase is given, at the restore). */
export async function inspectBackupFile(file: string, options: VerifyOptions): Promise<BackupSummary> {
  const r = await readAndVerify(file, options, true);
  return 'manifest' in r ? r.summary : r;
}

async function readAndVerify(file: string, options: VerifyOptions, summaryOnly: boolean): Promise<VerifiedBackup | BackupSummary> {
  let size: number;
  try {
    size = fs.statSync(file).size;
  } catch {
    throw new UserError('backup-file-missing');
  }
  if (size > BACKUP_MAX_BYTES) throw new UserError('backup-too-large', { max: BACKUP_MAX_BYTES / MiB });
  try {
    return await verifyOpen(fs.readFileSync(file), options, summaryOnly);
  } catch (e) {
    if (e instanceof UserError) throw e;
    if (isLimitError(e)) throw new UserError('backup-too-large', { max: BACKUP_MAX_BYTES / MiB });
    if (e instanceof ZipError) throw damaged(e.message.slice(0, 120));
    throw e;
  }
}
