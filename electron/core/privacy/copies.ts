// Every copy of the database on this PC: the file, its `.prev`, the dated and pre-migration backups, and damaged
// files set aside. They hold the same identities, so encryption covers each of them, Pengaturan lists them, and
// the user may delete set-aside files and old backups (never the database, its `.prev`, or the newest good backup).
// The backup area's copies (a restore's set-aside folder, a move's old copy, the daily evidence mirror) are
// listed too (folderCopies.ts), as one entry each, with the same rules.
import fs from 'node:fs';
import path from 'node:path';
import { previousPathOf, writeFileAtomic } from '../db/atomicFile';
import { backupsDirOf } from '../db/paths';
import type { DataKey } from '../crypto/cipher';
import { encryptBytes, isEncrypted } from '../crypto/cipher';
import { UserError } from '../errors';
import type { CopyKind, DatabaseCopy } from './types';
import { encryptFolderCopies, folderCopiesOf, personalFiles } from './folderCopies';
import { forgetMovedCopies } from '../backup/movedCopies';

function stat(file: string): fs.Stats | null {
  try {
    return fs.statSync(file);
  } catch {
    return null;
  }
}

function names(dir: string): string[] {
  try {
    return fs.readdirSync(dir).sort();
  } catch {
    return [];
  }
}

function head(file: string): Buffer {
  const fd = fs.openSync(file, 'r');
  try {
    const b = Buffer.alloc(16);
    return b.subarray(0, fs.readSync(fd, b, 0, 16, 0));
  } finally {
    fs.closeSync(fd);
  }
}

export function listCopies(dbFile: string): DatabaseCopy[] {
  const base = path.basename(dbFile, path.extname(dbFile));
  const candidates: { file: string; kind: CopyKind }[] = [
    { file: dbFile, kind: 'database' },
    { file: previousPathOf(dbFile), kind: 'previous' },
  ];
  const backups = backupsDirOf(dbFile);
  for (const f of names(backups)) {
    if (f.startsWith(`${base}-`) && f.endsWith('.db')) candidates.push({ file: path.join(backups, f), kind: f.includes('-sebelum-') ? 'pre-migration' : 'backup' });
  }
  const folder = path.dirname(dbFile);
  for (const f of names(folder)) if (f.startsWith(`${path.basename(dbFile)}.rusak-`)) candidates.push({ file: path.join(folder, f), kind: 'set-aside' });
  const out: DatabaseCopy[] = [];
  for (const c of candidates) {
    const s = stat(c.file);
    if (!s?.isFile()) continue;
    out.push({ file: c.file, name: path.basename(c.file), kind: c.kind, size: s.size, modifiedAt: s.mtime.toISOString(), encrypted: isEncrypted(head(c.file)), deletable: c.kind === 'set-aside' || c.kind === 'backup' || c.kind === 'pre-migration' });
  }
  for (const c of folderCopiesOf(dbFile)) {
    const files = personalFiles(c.file).map((f) => ({ f, s: stat(f) })).filter((x): x is { f: string; s: fs.Stats } => x.s !== null);
    const modified = files.reduce((t, x) => Math.max(t, x.s.mtimeMs), stat(c.file)?.mtimeMs ?? 0);
    out.push({
      file: c.file, name: path.basename(c.file), kind: c.kind, size: files.reduce((n, x) => n + x.s.size, 0), modifiedAt: new Date(modified).toISOString(),
      encrypted: files.length > 0 && files.every((x) => isEncrypted(head(x.f))), deletable: c.deletable,
    });
  }
  // the newest dated backup is the last good copy of its kind: never offered for deletion
  const newest = out.filter((c) => c.kind === 'backup').sort((a, b) => b.modifiedAt.localeCompare(a.modifiedAt))[0];
  if (newest) newest.deletable = false;
  return out;
}

/** Deletes copies the user chose from the list; refuses any file the list does not offer for deletion. */
export function deleteCopies(dbFile: string, files: readonly string[]): number {
  const offered = new Map(listCopies(dbFile).filter((c) => c.deletable).map((c) => [c.file, c]));
  for (const f of files) if (!offered.has(f)) throw new UserError('copy-not-deletable', { file: path.basename(f) });
  for (const f of files) fs.rmSync(f, { recursive: true }); // a folder copy goes whole
  forgetMovedCopies(dbFile, files.filter((f) => offered.get(f)!.kind === 'moved-away'));
  return files.length;
}

/** Encrypts every plain copy (each replaced atomically); the database file itself is the codec's to write. */
export function encryptCopies(dbFile: string, dataKey: DataKey): number {
  let done = 0;
  for (const c of listCopies(dbFile)) {
    if (c.kind === 'database' || c.encrypted || FOLDER_KINDS.has(c.kind)) continue;
    writeFileAtomic(c.file, encryptBytes(dataKey, 'database', fs.readFileSync(c.file)), { keepPrevious: false });
    done++;
  }
  return done + encryptFolderCopies(dbFile, dataKey);
}

const FOLDER_KINDS = new Set<CopyKind>(['restore-set-aside', 'moved-away', 'evidence-mirror']);
