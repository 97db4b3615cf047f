// The guard file, `<lock>.busy`: every change to the lock file but its creation (removing a stale one, the
// heartbeat, releasing) happens while holding it, after re-reading the lock under it. A guard left by a process
// that died holding it is broken after a moment, and only if it is still that very guard.
import os from 'node:os';
import { removeQuietly, withRetry } from './atomicFile';
import type { DbFs } from './atomicFile';
import type { LockEnvironment } from './lockEnvironment';
import { createLock, newToken, parseRecord, readRaw } from './lockFile';

/** The guard is held for milliseconds; one seen unchanged this long belongs to a process that died holding it. */
const GUARD_STALE_MS = 2_000;
const GUARD_WAIT_MS = 5_000;

/**
 * Runs `fn` while holding the guard file. Returns `busy` when the guard could not be had in time, or the error
 * when the folder refuses the guard file (read-only, disk full).
 */
export function withGuard<T>(env: LockEnvironment, lockFile: string, fn: () => T): T | 'busy' | NodeJS.ErrnoException {
  const { fs } = env;
  const guard = `${lockFile}.busy`;
  const mine = newToken();
  const started = performance.now();
  let observed: { raw: string; at: number } | null = null;
  for (;;) {
    const created = createLock(env, guard, { host: os.hostname(), user: '', pid: process.pid, since: '', token: mine });
    if (created === 'created') break;
    if (created !== 'exists') return created;
    const raw = readRaw(fs, guard);
    if (raw === null) continue;
    const at = performance.now();
    if (!observed || observed.raw !== raw) observed = { raw, at };
    else if (at - observed.at > GUARD_STALE_MS) {
      breakStaleGuard(fs, guard, raw);
      observed = null;
      continue;
    }
    if (at - started > GUARD_WAIT_MS) return 'busy';
    env.sleep(2 + Math.floor(Math.random() * 15));
  }
  try {
    return fn();
  } finally {
    try {
      if (parseRecord(readRaw(fs, guard) ?? '')?.token === mine) withRetry(() => fs.unlinkSync(guard), 5, 20);
    } catch {
      // left behind: the next one judges it stale after a moment
    }
  }
}

/** Moves a guard aside and removes it, unless it turned out not to be the stale one (then it is put back). */
function breakStaleGuard(fs: DbFs, guard: string, staleRaw: string): void {
  const aside = `${guard}.${newToken()}.stale`;
  try {
    fs.renameSync(guard, aside);
  } catch {
    return; // someone else broke it first
  }
  try {
    if (readRaw(fs, aside) !== staleRaw) fs.linkSync(aside, guard);
  } catch {
    // a new guard is already there
  }
  removeQuietly(fs, aside);
}
