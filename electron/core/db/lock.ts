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
import { spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import nodeFs from 'node:fs';
import os from 'node:os';
import { formatDateTime } from '../../shared/format';
import { ui } from '../../shared/messages';
import { removeQuietly, sleepSync, withRetry, writeFileAtomic } from './atomicFile';
import type { DbFs } from './atomicFile';
import type { LockHolder } from './types';

export type { LockHolder } from './types';

/** What the lock file holds: the holder as shown to users, and a token that tells this holder's lock apart. */
interface LockRecord extends LockHolder {
  token?: string;
}

/** Who is asking, what the PC knows about its processes, and the clock: injectable for tests. */
export interface LockEnvironment {
  fs: DbFs;
  now(): number;
  processAlive(pid: number): boolean;
  /** when the process with this id started (ms since the epoch), or null when the OS does not say */
  processStartedAt(pid: number): number | null;
  /** when this PC last booted (ms since the epoch), or null */
  bootTime(): number | null;
  sleep(ms: number): void;
}

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
/** A lock whose holder has not written its heartbeat for this long is stale, on any PC. */
export const STALE_AFTER_MS = 5 * 60_000;
/** A lock file without readable content (its writer died between creating and writing it). */
const UNREADABLE_STALE_MS = 30_000;
/** The guard is held for milliseconds; one seen unchanged this long belongs to a process that died holding it. */
const GUARD_STALE_MS = 2_000;
const GUARD_WAIT_MS = 5_000;
/** Clocks and the OS's start and boot times are only precise to about a second. */
const CLOCK_MARGIN_MS = 5_000;

/** Tokens of the locks this process holds: a second open of the same file in this process is not a writer. */
const heldHere = new Set<string>();

/** The placeholders of the 'db-read-only' message: who holds the file, where, since when. */
export function holderDetails(h: LockHolder): { user: string; host: string; since: string } {
  return { user: h.user, host: h.host, since: formatDateTime(h.since) };
}

export function lockPathOf(dbFile: string): string {
  return `${dbFile}.lock`;
}

export function guardPathOf(dbFile: string): string {
  return `${lockPathOf(dbFile)}.busy`;
}

export function currentIdentity(now = new Date()): LockHolder {
  let user: string = ui.database.unknownHolder;
  try {
    user = os.userInfo().username;
  } catch {
    // Some service accounts have no user info.
  }
  return { host: os.hostname(), user, pid: process.pid, since: now.toISOString() };
}

export function unknownHolder(): LockHolder {
  return { host: ui.database.unknownHolder, user: ui.database.unknownHolder, pid: 0, since: '' };
}

export function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Linux: /proc; macOS: ps; Windows: PowerShell (slow, but asked only at start, for a lock naming a live process). */
export function processStartedAt(pid: number, platform: NodeJS.Platform = process.platform): number | null {
  try {
    if (platform === 'linux') {
      const stat = nodeFs.readFileSync(`/proc/${pid}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const ticks = Number(fields[19]); // field 22 of the line: start time in clock ticks after boot
      const btime = /^btime (\d+)$/m.exec(nodeFs.readFileSync('/proc/stat', 'utf8'));
      return btime && Number.isFinite(ticks) ? Number(btime[1]) * 1000 + ticks * 10 : null; // USER_HZ is 100
    }
    const run = (cmd: string, args: string[]) => spawnSync(cmd, args, { encoding: 'utf8', timeout: 5_000, windowsHide: true }).stdout?.trim() ?? '';
    const text = platform === 'darwin'
      ? run('ps', ['-o', 'lstart=', '-p', String(pid)])
      : platform === 'win32'
        ? run('powershell.exe', ['-NoProfile', '-NonInteractive', '-Command', `(Get-Process -Id ${pid}).StartTime.ToUniversalTime().ToString('o')`])
        : '';
    const at = Date.parse(text);
    return Number.isFinite(at) ? at : null;
  } catch {
    return null;
  }
}

function environment(overrides: Partial<LockEnvironment> = {}): LockEnvironment {
  return {
    fs: nodeFs,
    now: () => Date.now(),
    processAlive,
    processStartedAt: (pid) => processStartedAt(pid),
    bootTime: () => Date.now() - os.uptime() * 1000,
    sleep: sleepSync,
    ...overrides,
  };
}

function newToken(): string {
  return crypto.randomBytes(12).toString('hex');
}

function isCode(e: unknown, ...codes: string[]): boolean {
  return codes.includes((e as NodeJS.ErrnoException | undefined)?.code ?? '');
}

function publicHolder(r: LockRecord): LockHolder {
  return { host: r.host, user: r.user, pid: r.pid, since: r.since, ...(r.beat ? { beat: r.beat } : {}) };
}

interface Seen {
  raw: string;
  record: LockRecord | null;
  mtimeMs: number;
}

function parseRecord(raw: string): LockRecord | null {
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
function readLock(fs: DbFs, lockFile: string): Seen | null {
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
function readSettled(env: LockEnvironment, lockFile: string): Seen | null {
  let seen = readLock(env.fs, lockFile);
  for (let i = 0; i < 10 && seen && !seen.record; i++) {
    env.sleep(20);
    seen = readLock(env.fs, lockFile);
  }
  return seen;
}

type Created = 'created' | 'exists' | NodeJS.ErrnoException;

/** Creates the lock file only if there is none (`wx`), with the whole record in it. */
function createLock(env: LockEnvironment, lockFile: string, record: LockRecord): Created {
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

/** Why the lock's holder cannot be running, or null when it may be. */
function staleReason(seen: Seen, me: LockHolder, env: LockEnvironment): string | null {
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

function sameSession(h: LockHolder, t: TakeOver): boolean {
  return h.host === t.host && h.pid === t.pid && h.since === t.since;
}

function readRaw(fs: DbFs, file: string): string | null {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch (e) {
    if (isCode(e, 'ENOENT')) return null;
    throw e;
  }
}

/**
 * Runs `fn` while holding the guard file. Returns `busy` when the guard could not be had in time, or the error
 * when the folder refuses the guard file (read-only, disk full).
 */
function withGuard<T>(env: LockEnvironment, lockFile: string, fn: () => T): T | 'busy' | NodeJS.ErrnoException {
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

export function acquireLock(dbFile: string, me: LockHolder = currentIdentity(), options: AcquireOptions = {}): LockResult {
  const env = environment(options.env);
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
