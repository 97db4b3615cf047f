// Who holds a lock, as the lock file names it and as the user is told: this process's identity, the holder of a
// lock file that cannot be read, and the placeholders of the 'db-read-only' message.
import os from 'node:os';
import { formatDateTime } from '../../shared/format';
import { ui } from '../../shared/messages';
import type { LockHolder } from './types';

/** The placeholders of the 'db-read-only' message: who holds the file, where, since when. */
export function holderDetails(h: LockHolder): { user: string; host: string; since: string } {
  return { user: h.user, host: h.host, since: formatDateTime(h.since) };
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
