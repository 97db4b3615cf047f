// A lock file beside the database stops a second app instance (or a second PC on a shared folder) from
// writing the same file. The second one opens read-only and is told who holds the lock.
import fs from 'node:fs';
import os from 'node:os';
import { formatDateTime } from '../../shared/format';
import type { LockHolder } from './types';

export type { LockHolder } from './types';

export type LockResult =
  | { acquired: true; holder: LockHolder; release: () => void }
  | { acquired: false; holder: LockHolder };

/** The placeholders of the 'db-read-only' message: who holds the file, where, since when. */
export function holderDetails(h: LockHolder): { user: string; host: string; since: string } {
  return { user: h.user, host: h.host, since: formatDateTime(h.since) };
}

export function lockPathOf(dbFile: string): string {
  return `${dbFile}.lock`;
}

export function currentIdentity(now = new Date()): LockHolder {
  let user = 'tidak diketahui';
  try {
    user = os.userInfo().username;
  } catch {
    // Some service accounts have no user info.
  }
  return { host: os.hostname(), user, pid: process.pid, since: now.toISOString() };
}

function readHolder(lockFile: string): LockHolder | null {
  try {
    const parsed = JSON.parse(fs.readFileSync(lockFile, 'utf8')) as Partial<LockHolder>;
    if (typeof parsed.host !== 'string' || typeof parsed.pid !== 'number') return null;
    return { host: parsed.host, user: String(parsed.user ?? ''), pid: parsed.pid, since: String(parsed.since ?? '') };
  } catch {
    return null;
  }
}

function unknownHolder(): LockHolder {
  return { host: 'tidak diketahui', user: 'tidak diketahui', pid: 0, since: '' };
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * A lock left by a process of this PC that no longer runs (a crash, a power cut) may be taken over. An unreadable
 * lock file is stale only once it is a few seconds old: a younger one may be another process still writing it.
 */
function isStale(lockFile: string, holder: LockHolder | null, me: LockHolder): boolean {
  if (!holder) {
    try {
      return Date.now() - fs.statSync(lockFile).mtimeMs > 5_000;
    } catch {
      return true;
    }
  }
  return holder.host === me.host && holder.pid !== me.pid && !processAlive(holder.pid);
}

export function acquireLock(dbFile: string, me: LockHolder = currentIdentity()): LockResult {
  const lockFile = lockPathOf(dbFile);
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const fd = fs.openSync(lockFile, 'wx');
      try {
        fs.writeSync(fd, JSON.stringify(me));
        fs.fsyncSync(fd);
      } finally {
        fs.closeSync(fd);
      }
      const release = () => {
        const current = readHolder(lockFile);
        if (current && current.pid === me.pid && current.host === me.host) fs.rmSync(lockFile, { force: true });
      };
      return { acquired: true, holder: me, release };
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      const holder = readHolder(lockFile);
      if (holder && holder.host === me.host && holder.pid === me.pid) {
        return { acquired: true, holder, release: () => fs.rmSync(lockFile, { force: true }) };
      }
      if (!isStale(lockFile, holder, me)) return { acquired: false, holder: holder ?? unknownHolder() };
      fs.rmSync(lockFile, { force: true });
    }
  }
  return { acquired: false, holder: readHolder(lockFile) ?? unknownHolder() };
}
