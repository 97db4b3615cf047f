// Where "Lokasi basis data" left the old copies: the old database set aside as `satgas.db.dipindahkan-<stamp>`
// beside its old evidence folder, in a folder this PC no longer opens. Recorded beside the new database (in its
// `cadangan` folder, atomically) so that the privacy list of copies still finds and counts them. A record of the
// old place's own moves is carried along: a database moved twice still knows both old copies.
import fs from 'node:fs';
import path from 'node:path';
import { writeFileAtomic } from '../db/atomicFile';
import { backupsDirOf } from '../db/paths';

const RECORD_NAME = 'dipindahkan.json';

function recordPath(dbFile: string): string {
  return path.join(backupsDirOf(dbFile), RECORD_NAME);
}

/** The old databases set aside by moves (their paths; those since deleted by hand included). */
export function readMovedCopies(dbFile: string): string[] {
  try {
    const raw = JSON.parse(fs.readFileSync(recordPath(dbFile), 'utf8')) as unknown;
    return Array.isArray(raw) ? raw.filter((f): f is string => typeof f === 'string' && path.isAbsolute(f)).slice(0, 200) : [];
  } catch {
    return [];
  }
}

/** After a move to `toDb`: the old copy at `aside` and the old place's own record, written beside the new one. */
export function recordMovedCopy(fromDb: string, toDb: string, aside: string): void {
  const all = [...new Set([...readMovedCopies(fromDb), ...readMovedCopies(toDb), aside])];
  fs.mkdirSync(backupsDirOf(toDb), { recursive: true });
  writeFileAtomic(recordPath(toDb), Buffer.from(JSON.stringify(all)), { keepPrevious: false });
}

/** Drops paths from the record (the copies were deleted). */
export function forgetMovedCopies(dbFile: string, gone: readonly string[]): void {
  const kept = readMovedCopies(dbFile).filter((f) => !gone.includes(f));
  if (!fs.existsSync(recordPath(dbFile))) return;
  writeFileAtomic(recordPath(dbFile), Buffer.from(JSON.stringify(kept)), { keepPrevious: false });
}
