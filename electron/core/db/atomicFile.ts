// Writes a file so that a crash or power cut leaves either the old or the new content, never half:
// temp file in the same folder → fsync → keep the old file as `.prev` (hard link, or a copy where links are
// not supported) → rename over → fsync the folder. The target file is never missing at any moment.
// On Windows an antivirus or the indexer can hold a file for a moment: renames retry briefly on
// EPERM/EBUSY/EACCES before the error is reported. A write that fails removes its temp file: a full disk
// must not be left fuller by a half-written copy.
import nodeFs from 'node:fs';
import path from 'node:path';

export type FsLike = Pick<typeof nodeFs,
  'openSync' | 'writeSync' | 'fsyncSync' | 'closeSync' | 'renameSync' | 'linkSync' | 'unlinkSync' | 'copyFileSync' | 'existsSync'>;

/** Every file operation of the database layer (lock, backups, open): the real fs, or a test's fake one. */
export type DbFs = FsLike & Pick<typeof nodeFs, 'readFileSync' | 'statSync' | 'mkdirSync' | 'readdirSync' | 'rmSync'>;

const TRANSIENT = new Set(['EPERM', 'EBUSY', 'EACCES']);

export interface AtomicWriteOptions {
  keepPrevious?: boolean;
  fs?: FsLike;
  /** total attempts for a rename that fails with a transient Windows error */
  attempts?: number;
  delayMs?: number;
}

export function sleepSync(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

export function withRetry<T>(fn: () => T, attempts = 10, delayMs = 50): T {
  for (let i = 1; ; i++) {
    try {
      return fn();
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code ?? '';
      if (!TRANSIENT.has(code) || i >= attempts) throw e;
      sleepSync(delayMs * i);
    }
  }
}

export function tempPathOf(file: string): string {
  return `${file}.tmp`;
}

export function previousPathOf(file: string): string {
  return `${file}.prev`;
}

/** Writes bytes to `file` and fsyncs it (`flags` 'wx': only a file that does not exist yet). */
export function writeAndSync(fs: FsLike, file: string, bytes: Uint8Array, flags: 'w' | 'wx' = 'w'): void {
  const fd = fs.openSync(file, flags);
  try {
    let offset = 0;
    while (offset < bytes.byteLength) offset += fs.writeSync(fd, bytes, offset, bytes.byteLength - offset);
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

function keepPrevious(fs: FsLike, file: string, attempts: number, delayMs: number): void {
  const prev = previousPathOf(file);
  try {
    withRetry(() => fs.unlinkSync(prev), attempts, delayMs);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
  }
  try {
    fs.linkSync(file, prev);
  } catch {
    // FAT drives and some network shares have no hard links.
    withRetry(() => fs.copyFileSync(file, prev), attempts, delayMs);
  }
}

/** fsyncs a folder so a rename in it survives a power cut (where the OS allows it). */
export function syncFolder(fs: FsLike, dir: string): void {
  let fd: number | null = null;
  try {
    fd = fs.openSync(dir, 'r');
    fs.fsyncSync(fd);
  } catch {
    // Windows cannot open or fsync a folder; NTFS journals the rename itself.
  } finally {
    if (fd !== null) fs.closeSync(fd);
  }
}

export function writeFileAtomic(file: string, bytes: Uint8Array, options: AtomicWriteOptions = {}): void {
  const fs = options.fs ?? nodeFs;
  const attempts = options.attempts ?? 10;
  const delayMs = options.delayMs ?? 50;
  const tmp = tempPathOf(file);
  try {
    writeAndSync(fs, tmp, bytes);
    if (options.keepPrevious && fs.existsSync(file)) keepPrevious(fs, file, attempts, delayMs);
    withRetry(() => fs.renameSync(tmp, file), attempts, delayMs);
  } catch (e) {
    removeQuietly(fs, tmp);
    throw e;
  }
  syncFolder(fs, path.dirname(file));
}

/** Best effort: a file that cannot be removed now is removed by the clean-up at the next start. */
export function removeQuietly(fs: Pick<FsLike, 'unlinkSync'>, file: string): void {
  try {
    fs.unlinkSync(file);
  } catch {
    // already gone, or held by another program for now
  }
}
