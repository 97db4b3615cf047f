// A lock file beside the database stops a second app instance (or a second PC on a shared folder) from
// writing the same file. The second one opens read-only and is told who holds the lock.
//
// The lock names its holder (PC, user, process id, since when) and carries a random token and a heartbeat: the
// holder rewrites `beat` every minute. A lock is stale, and may be taken over, when its holder cannot be running:
// no heartbeat for five minutes (any PC), or on this PC a process id that is gone, that was reused by a process
// started after the lock, or a lock from before the PC last booted. The user may also take a lock over
// explicitly ("Ambil alih") after being told who holds it.
//
// Only creating the lock is atomic by itself (`wx`). Every other change to the lock file (removing a stale one,
// the heartbeat, releasing) happens under a short-lived guard file, `<lock>.busy`, created with `wx` too, and
// only after re-reading the lock under the guard: so a process that judged a lock stale can never delete the
// fresh lock another process has just created in its place.
//
// This file takes and holds the lock; the file's format (lockFile.ts), the guard (lockGuard.ts), when a lock is
// stale (staleLock.ts), the holder's identity (lockHolder.ts) and what is asked of the PC (lockEnvironment.ts)
// are beside it. The rest of the app imports the lock from here.
import { withRetry, writeFileAtomic } from './atomicFile';
import type { LockEnvironment } from './lockEnvironment';
import { lockEnvironment } from './lockEnvironment';
import type { LockRecord, Seen } from './lockFile';
import { createLock, lockPathOf, newToken, publicHolder, readLock, readRaw, readSettled } from './lockFile';
import { withGuard } from './lockGuard';
import { currentIdentity, unknownHolder } from './lockHolder';
import { staleReason } from './staleLock';
import type { LockHolder } from './types';

export type { LockHolder } from './types';
export type { LockEnvironment } from './lockEnvironment';
export { currentIdentity, holderDetails } from './lockHolder';
export { lockPathOf } from './lockFile';

export interface LockHandle {
  readonly holder: LockHolder;
  /** Is the lock file still ours? null if it is (re-created if someone removed it), else who holds it now. */
  check(): LockHolder | null;
  /** The heartbeat: rewrites `beat`. null if the lock is still ours, else who holds it now. Never throws. */
  refresh(): LockHolder | null;
  /** Removes the lock file if it is still ours. Throws when the file cannot be removed. */
  release(): void;
}

export type LockResult =
  | { acquired: true; holder: LockHolder; handle: LockHandle; release: () => void }
  | { acquired: false; holder: LockHolder }
  /** the folder cannot be written (read-only share, no permission, disk full): nobody can hold a lock here */
  | { acquired: false; holder: null; notWritable: NodeJS.ErrnoException };

/** The holder the user confirmed taking over ("Ambil alih"): the lock is removed only if it is still that one. */
export interface TakeOver {
  host: string;
  pid: number;
  since: string;
}

export interface AcquireOptions {
  env?: Partial<LockEnvironment>;
  takeOver?: TakeOver;
}

export const HEARTBEAT_MS = 60_000;

/** Tokens of the locks this process holds: a second open of the same file in this process is not a writer. */
const heldHere = new Set<string>();

function sameSession(h: LockHolder, t: TakeOver): boolean {
  return h.host === t.host && h.pid === t.pid && h.since === t.since;
}

export function acquireLock(dbFile: string, me: LockHolder = currentIdentity(), options: AcquireOptions = {}): LockResult {
  const env = lockEnvironment(options.env);
  const { fs } = env;
  const lockFile = lockPathOf(dbFile);
  const record: LockRecord = { ...me, beat: new Date(env.now()).toISOString(), token: newToken() };
  let last: LockHolder = unknownHolder();
  for (let attempt = 0; attempt < 20; attempt++) {
    const created = createLock(env, lockFile, record);
    if (created === 'created') {
      const handle = lockHandle(env, lockFile, record);
      return { acquired: true, holder: handle.holder, handle, release: () => handle.release() };
    }
    if (created !== 'exists') return { acquired: false, holder: null, notWritable: created };
    const seen = readSettled(env, lockFile);
    if (!seen) continue; // released meanwhile: try again
    last = seen.record ? publicHolder(seen.record) : unknownHolder();
    const forced = options.takeOver !== undefined && sameSession(last, options.takeOver);
    if (!forced && seen.record?.token && heldHere.has(seen.record.token)) return { acquired: false, holder: last };
    if (!forced && !staleReason(seen, me, env)) return { acquired: false, holder: last };
    // Stale (or taken over by the user): remove it, but only if it is still the very lock judged so.
    const removed = withGuard(env, lockFile, () => {
      if (readRaw(fs, lockFile) === seen.raw) withRetry(() => fs.unlinkSync(lockFile), 5, 20);
    });
    if (removed === 'busy') continue;
    if (removed instanceof Error) return { acquired: false, holder: null, notWritable: removed };
  }
  return { acquired: false, holder: last };
}

function lockHandle(env: LockEnvironment, lockFile: string, record: LockRecord): LockHandle {
  const { fs } = env;
  const token = record.token!;
  heldHere.add(token);
  let current = record;
  const ours = (seen: Seen | null) => seen?.record?.token === token;
  const refresh = (): LockHolder | null => {
    try {
      const result = withGuard(env, lockFile, (): LockHolder | null => {
        const seen = readLock(fs, lockFile);
        if (seen && !ours(seen)) return seen.record ? publicHolder(seen.record) : unknownHolder();
        current = { ...current, beat: new Date(env.now()).toISOString() };
        // Missing (removed by hand, or by a clean-up tool): ours again, unless another process has just created
        // one; else rewritten whole, atomically.
        if (seen) {
          writeFileAtomic(lockFile, Buffer.from(JSON.stringify(current)), { fs });
          return null;
        }
        if (createLock(env, lockFile, current) !== 'exists') return null;
        const now = readSettled(env, lockFile);
        return ours(now) ? null : now?.record ? publicHolder(now.record) : unknownHolder();
      });
      return result === 'busy' || result instanceof Error ? null : result;
    } catch {
      return null; // a share that is briefly away: try again at the next beat
    }
  };
  return {
    holder: publicHolder(record),
    check() {
      let seen: Seen | null;
      try {
        seen = readLock(fs, lockFile);
      } catch {
        return null; // cannot read it now: the save itself will say what is wrong with the folder
      }
      if (ours(seen)) return null;
      if (!seen) return refresh();
      return seen.record ? publicHolder(seen.record) : unknownHolder();
    },
    refresh,
    release() {
      heldHere.delete(token);
      const result = withGuard(env, lockFile, () => {
        if (ours(readLock(fs, lockFile))) withRetry(() => fs.unlinkSync(lockFile), 5, 20);
      });
      if (result instanceof Error) throw result;
      if (result === 'busy') throw Object.assign(new Error(`lock ${lockFile} busy`), { code: 'EBUSY' });
    },
  };
}
