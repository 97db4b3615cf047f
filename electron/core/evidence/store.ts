// The evidence folder: files kept as proof (a signed attendance sheet, photos of an event, screenshots of a
// post), each stored once under its SHA-256 in `bukti/` beside the database, so that moving or backing up the
// database takes them along. The stored name comes from the hash and from the type read from the bytes, never
// from the user's file name: `../../x`, `CON.jpg`, 300-character or Unicode names only ever live in the
// database as text.
import { createHash, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { Transform } from 'node:stream';
import { syncFolder, withRetry, writeFileAtomic } from '../db/atomicFile';
import type { DataKey } from '../crypto/cipher';
import { decryptBytes, encryptBytes, isEncrypted } from '../crypto/cipher';
import { UserError } from '../errors';
import { megabytes } from '../files/io';
import type { FileType } from './fileType';
import { TYPE_HEAD_BYTES, detectFileType } from './fileType';

/** The largest evidence file accepted (a phone video of a few minutes). */
export const EVIDENCE_MAX_BYTES = 50 * 1024 * 1024;

export interface StoredFile extends FileType {
  sha256: string;
  size: number;
  /** the same bytes were already in the folder: nothing was copied */
  alreadyStored: boolean;
}

export function evidenceDirOf(dbFile: string, p: typeof path.posix | typeof path.win32 = path): string {
  return p.join(p.dirname(dbFile), 'bukti');
}

const SHA256 = /^[a-f0-9]{64}$/;
const EXT = /^[a-z0-9]{1,5}$/;

/** Where the file with this hash and extension is (or would be) stored. Refuses anything but a hash and a short
 * extension, so no caller can turn it into a path outside the folder. */
export function storedPathOf(dir: string, sha256: string, ext: string): string {
  if (!SHA256.test(sha256) || !EXT.test(ext)) throw new Error(`not a stored evidence name: ${sha256}.${ext}`);
  return path.join(dir, sha256.slice(0, 2), `${sha256}.${ext}`);
}

function readHead(file: string): Uint8Array {
  const fd = fs.openSync(file, 'r');
  try {
    const head = Buffer.alloc(TYPE_HEAD_BYTES);
    const n = fs.readSync(fd, head, 0, TYPE_HEAD_BYTES, 0);
    return head.subarray(0, n);
  } finally {
    fs.closeSync(fd);
  }
}

export interface StoreOptions {
  maxBytes?: number;
  /** the name shown in messages (the user's file name) */
  displayName?: string;
  /** the data key when a passphrase protects the data: the file is stored encrypted */
  dataKey?: DataKey | null | undefined;
}

/** Copies a file into the evidence folder under its SHA-256 (temp file, fsync, rename); the same bytes are stored
 * once. Refuses a file over the limit or of a type the folder does not take, with a message that says so. */
export async function storeEvidenceFile(dir: string, sourcePath: string, options: StoreOptions = {}): Promise<StoredFile> {
  const maxBytes = options.maxBytes ?? EVIDENCE_MAX_BYTES;
  const name = options.displayName ?? path.basename(sourcePath);
  let size: number;
  let head: Uint8Array;
  try {
    size = fs.statSync(sourcePath).size;
    head = readHead(sourcePath);
  } catch {
    throw new UserError('file-unreadable', { file: name });
  }
  if (size > maxBytes) throw new UserError('file-too-large', { file: name, size: megabytes(size), max: megabytes(maxBytes) });
  if (size === 0) throw new UserError('evidence-file-empty', { file: name });
  const type = detectFileType(head);
  if (!type) throw new UserError('evidence-type-unknown', { file: name });

  fs.mkdirSync(dir, { recursive: true });
  const temp = path.join(dir, `.masuk-${randomUUID()}`);
  const hash = createHash('sha256');
  let copied = 0;
  const meter = new Transform({
    transform(chunk: Buffer, _enc, done) {
      copied += chunk.length;
      // a file that grows while it is read is held to the same limit
      if (copied > maxBytes) return done(new UserError('file-too-large', { file: name, size: megabytes(copied), max: megabytes(maxBytes) }));
      hash.update(chunk);
      done(null, chunk);
    },
  });
  const out = fs.createWriteStream(temp, { flags: 'wx' });
  try {
    try {
      await pipeline(fs.createReadStream(sourcePath), meter, out);
    } catch (e) {
      if (e instanceof UserError) throw e;
      throw new UserError('file-unreadable', { file: name });
    }
    const fd = fs.openSync(temp, 'r+');
    try { fs.fsyncSync(fd); } finally { fs.closeSync(fd); }
    const sha256 = hash.digest('hex');
    const target = storedPathOf(dir, sha256, type.ext);
    // the name is the content's hash (a stored file only ever appears whole, by rename): the same bytes are there
    if (fs.existsSync(target)) {
      fs.rmSync(temp, { force: true });
      return { ...type, sha256, size: copied, alreadyStored: true };
    }
    fs.mkdirSync(path.dirname(target), { recursive: true });
    if (options.dataKey) {
      // a passphrase protects the data: kept encrypted (the limit keeps this in memory at 50 MB at most)
      writeFileAtomic(target, encryptBytes(options.dataKey, 'evidence', fs.readFileSync(temp)), { keepPrevious: false });
    } else {
      withRetry(() => fs.renameSync(temp, target));
      syncFolder(fs, path.dirname(target));
    }
    return { ...type, sha256, size: copied, alreadyStored: false };
  } finally {
    fs.rmSync(temp, { force: true });
  }
}

/** Every stored file in the folder, as its hash and extension (temp files of an interrupted copy left out). */
export function listStoredFiles(dir: string): { sha256: string; ext: string }[] {
  const out: { sha256: string; ext: string }[] = [];
  if (!fs.existsSync(dir)) return out;
  for (const sub of fs.readdirSync(dir)) {
    if (!/^[a-f0-9]{2}$/.test(sub)) continue;
    for (const f of fs.readdirSync(path.join(dir, sub))) {
      const m = /^([a-f0-9]{64})\.([a-z0-9]{1,5})$/.exec(f);
      if (m && m[1]!.startsWith(sub)) out.push({ sha256: m[1]!, ext: m[2]! });
    }
  }
  return out;
}

/** A stored file's bytes, decrypted when it is kept encrypted (a file encrypted under no key given is refused). */
export function readStoredFile(dir: string, sha256: string, ext: string, dataKey: DataKey | null): Buffer {
  const bytes = fs.readFileSync(storedPathOf(dir, sha256, ext));
  if (!isEncrypted(bytes)) return bytes;
  if (!dataKey) throw new UserError('db-locked');
  return decryptBytes(dataKey, 'evidence', bytes);
}

/** Encrypts every stored file still kept plain (after a passphrase was set); each replaced atomically. */
export function encryptStoredFiles(dir: string, dataKey: DataKey): number {
  let done = 0;
  for (const f of listStoredFiles(dir)) {
    const file = storedPathOf(dir, f.sha256, f.ext);
    const bytes = fs.readFileSync(file);
    if (isEncrypted(bytes)) continue;
    writeFileAtomic(file, encryptBytes(dataKey, 'evidence', bytes), { keepPrevious: false });
    done++;
  }
  return done;
}
