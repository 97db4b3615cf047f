// The files a backup carries, found beside the database: the database itself and the evidence folder `bukti/`
// (the evidence store's `bukti/<first 2 hex>/<sha256>.<ext>`). Anything else in `bukti/` (a store's temp file)
// is not evidence and is left out.
import fs from 'node:fs';
import { syncFolder as syncFolderOf, writeAndSync } from '../db/atomicFile';
import { evidenceDirOf, listStoredFiles } from '../evidence/store';
import { EVIDENCE_RELATIVE } from './manifest';

export const EVIDENCE_DIR_NAME = 'bukti';

export function evidenceFolderOf(dbFile: string): string {
  return evidenceDirOf(dbFile);
}

/** Every stored evidence file, as `<2 hex>/<sha256>.<ext>` relative to the evidence folder, sorted. */
export function evidenceFiles(evidenceDir: string): string[] {
  return listStoredFiles(evidenceDir).map(({ sha256, ext }) => `${sha256.slice(0, 2)}/${sha256}.${ext}`).filter((rel) => EVIDENCE_RELATIVE.test(rel)).sort();
}

/** Fsyncs a folder so that renames in it are on disk (Windows cannot open a folder: NTFS journals the rename). */
export function syncFolder(dir: string): void {
  syncFolderOf(fs, dir);
}

/** Writes bytes to a new file and fsyncs it. */
export function writeSynced(file: string, bytes: Uint8Array): void {
  writeAndSync(fs, file, bytes, 'wx');
}
