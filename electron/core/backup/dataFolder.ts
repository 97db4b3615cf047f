// The files a backup carries, found beside the database: the database itself and the evidence folder `bukti/`
// (EVIDENCE.md: `bukti/<first 2 hex>/<sha256>.<ext>`). Anything else in `bukti/` (a store's temp file) is not
// evidence and is left out.
import fs from 'node:fs';
import path from 'node:path';
import { EVIDENCE_RELATIVE } from './manifest';

export const EVIDENCE_DIR_NAME = 'bukti';

export function evidenceFolderOf(dbFile: string): string {
  return path.join(path.dirname(dbFile), EVIDENCE_DIR_NAME);
}

function namesIn(dir: string): string[] {
  try {
    return fs.readdirSync(dir).sort();
  } catch {
    return [];
  }
}

/** Every stored evidence file, as `<2 hex>/<sha256>.<ext>` relative to the evidence folder, sorted. */
export function evidenceFiles(evidenceDir: string): string[] {
  const out: string[] = [];
  for (const sub of namesIn(evidenceDir)) {
    if (!/^[0-9a-f]{2}$/.test(sub)) continue;
    for (const name of namesIn(path.join(evidenceDir, sub))) {
      const rel = `${sub}/${name}`;
      if (EVIDENCE_RELATIVE.test(rel) && fs.statSync(path.join(evidenceDir, sub, name)).isFile()) out.push(rel);
    }
  }
  return out;
}

/** Fsyncs a folder so that renames in it are on disk (Windows cannot open a folder: NTFS journals the rename). */
export function syncFolder(dir: string): void {
  let fd: number | null = null;
  try {
    fd = fs.openSync(dir, 'r');
    fs.fsyncSync(fd);
  } catch {
    // not supported here
  } finally {
    if (fd !== null) fs.closeSync(fd);
  }
}

/** Writes bytes to a new file and fsyncs it. */
export function writeSynced(file: string, bytes: Uint8Array): void {
  const fd = fs.openSync(file, 'wx');
  try {
    let at = 0;
    while (at < bytes.byteLength) at += fs.writeSync(fd, bytes, at, bytes.byteLength - at);
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}
