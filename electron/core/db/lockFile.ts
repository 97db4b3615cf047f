// The lock file itself: where it lives, what it holds (the holder and a random token), reading it, and creating
// it only when there is none (`wx`), whole. The guard file beside it (lockGuard.ts) has the same format.
import crypto from 'node:crypto';
import { removeQuietly, withRetry } from './atomicFile';
import type { DbFs } from './atomicFile';
import type { LockEnvironment } from './lockEnvironment';
import type { LockHolder } from './types';

/** What the lock file holds: the holder as shown to users, and a token that tells this holder's lock apart. */
export interface LockRecord extends LockHolder {
  token?: string;
}

/** The lock file as read: its text, its record (null when unreadable) and when it was last written. */
export interface Seen {
  raw: string;
  record: LockRecord | null;
  mtimeMs: number;
}

export function lockPathOf(dbFile: string): string {
  return `${dbFile}.lock`;
}

export function guardPathOf(dbFile: string): string {
  return `${lockPathOf(dbFile)}.busy`;
}

export function newToken(): string {
  return crypto.randomBytes(12).toString('hex');
}

export function isCode(e: unknown, ...codes: string[]): boolean {
  return codes.includes((e as NodeJS.ErrnoException | undefined)?.code ?? '');
}

/** The holder without the token: what others are told. */
export function publicHolder(r: LockRecord): LockHolder {
  return { host: r.host, user: r.user, pid: r.pid, since: r.since, ...(r.beat ? { beat: r.beat } : {}) };
}

export function parseRecord(raw: string): LockRecord | null {
  try {
    const p = JSON.parse(raw) as Partial<LockRecord>;
    if (typeof p.host !== 'string' || typeof p.pid !== 'number') return null;
    return {
      host: p.host, user: String(p.user ?? ''), pid: p.pid, since: String(p.since ?? ''),
      ...(typeof p.beat === 'string' ? { beat: p.beat } : {}),
      ...(typeof p.token === 'string' ? { token: p.token } : {}),
    };
  } catch {
    return null;
  }
}

/** The lock file as it is now, or null when there is none. */
export function readLock(fs: DbFs, lockFile: string): Seen | null {
  try {
    const raw = fs.readFileSync(lockFile, 'utf8');
    let mtimeMs = 0;
    try {
      mtimeMs = fs.statSync(lockFile).mtimeMs;
    } catch {
      // replaced between the two calls: the content is what counts
    }
    return { raw, record: parseRecord(raw), mtimeMs };
  } catch (e) {
    if (isCode(e, 'ENOENT')) return null;
    throw e;
  }
}

/** A lock just created is empty for a moment, until its writer has written it: read again briefly. */
export function readSettled(env: LockEnvironment, lockFile: string): Seen | null {
  let seen = readLock(env.fs, lockFile);
  for (let i = 0; i < 10 && seen && !seen.record; i++) {
    env.sleep(20);
    seen = readLock(env.fs, lockFile);
  }
  return seen;
}

export function readRaw(fs: DbFs, file: string): string | null {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch (e) {
    if (isCode(e, 'ENOENT')) return null;
    throw e;
  }
}

export type Created = 'created' | 'exists' | NodeJS.ErrnoException;

/** Creates the lock file only if there is none (`wx`), with the whole record in it. */
export function createLock(env: LockEnvironment, lockFile: string, record: LockRecord): Created {
  const { fs } = env;
  let fd: number;
  try {
    // On Windows a file being deleted refuses a new one with EPERM for a moment.
    fd = withRetry(() => {
      try {
        return fs.openSync(lockFile, 'wx');
      } catch (e) {
        if (isCode(e, 'EPERM', 'EBUSY') && fs.existsSync(lockFile)) throw Object.assign(new Error('exists'), { code: 'EEXIST' });
        throw e;
      }
    }, 5, 20);
  } catch (e) {
    if (isCode(e, 'EEXIST')) return 'exists';
    if (isCode(e, 'EACCES', 'EPERM', 'EROFS', 'ENOSPC')) return e as NodeJS.ErrnoException;
    throw e;
  }
  try {
    try {
      fs.writeSync(fd, JSON.stringify(record));
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
  } catch (e) {
    // A full disk can refuse even these few bytes: take the empty file away again.
    removeQuietly(fs, lockFile);
    if (isCode(e, 'ENOSPC', 'EACCES', 'EPERM', 'EROFS', 'EIO')) return e as NodeJS.ErrnoException;
    throw e;
  }
  return 'created';
}
