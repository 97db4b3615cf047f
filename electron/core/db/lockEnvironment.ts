// What the lock asks of this PC: the file system, the clock, whether a process runs and since when, when the PC
// booted. Injectable, so that tests can play another PC, a reused process id or a reboot.
import { spawnSync } from 'node:child_process';
import nodeFs from 'node:fs';
import os from 'node:os';
import { sleepSync } from './atomicFile';
import type { DbFs } from './atomicFile';

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

/** This PC's environment, with a test's overrides. */
export function lockEnvironment(overrides: Partial<LockEnvironment> = {}): LockEnvironment {
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
