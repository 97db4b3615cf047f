// When a lock may be taken over without asking: its holder cannot be running. No heartbeat for five minutes
// (any PC), or on this PC a process id that is gone, that was reused by a process started after the lock, or a
// lock from before the PC last booted.
import type { LockEnvironment } from './lockEnvironment';
import type { Seen } from './lockFile';
import type { LockHolder } from './types';

/** A lock whose holder has not written its heartbeat for this long is stale, on any PC. */
export const STALE_AFTER_MS = 5 * 60_000;
/** A lock file without readable content (its writer died between creating and writing it). */
const UNREADABLE_STALE_MS = 30_000;
/** Clocks and the OS's start and boot times are only precise to about a second. */
const CLOCK_MARGIN_MS = 5_000;

/** Why the lock's holder cannot be running, or null when it may be. */
export function staleReason(seen: Seen, me: LockHolder, env: LockEnvironment): string | null {
  const now = env.now();
  const r = seen.record;
  if (!r) return now - seen.mtimeMs > UNREADABLE_STALE_MS ? 'unreadable' : null;
  if (r.beat) {
    const lastSign = Math.max(Date.parse(r.beat) || 0, seen.mtimeMs);
    if (now - lastSign > STALE_AFTER_MS) return 'no-heartbeat';
  }
  if (r.host !== me.host) return null;
  // This process does not hold it (its own locks were recognized by their token): a previous one with our id.
  if (r.pid === me.pid) return 'pid-reused';
  if (!env.processAlive(r.pid)) return 'dead-process';
  const lastAlive = Date.parse(r.beat ?? r.since);
  const boot = env.bootTime();
  if (boot !== null && Number.isFinite(lastAlive) && lastAlive + CLOCK_MARGIN_MS < boot) return 'before-boot';
  const since = Date.parse(r.since);
  const started = env.processStartedAt(r.pid);
  if (started !== null && Number.isFinite(since) && started > since + CLOCK_MARGIN_MS) return 'pid-reused';
  return null;
}
