// The automatic daily backups (db/backups.ts: a dated copy of the database, the last 14 kept in `cadangan/`)
// extended to evidence: evidence files are stored once under their hash and never changed, so one mirror
// `cadangan/bukti/` serves every dated copy. A file is hard-linked in (copied where links are not supported:
// FAT sticks, some shares), so the mirror costs no space until the live file is deleted. A mirrored file is
// dropped only when neither the live folder nor any kept dated copy of the database refers to it (dated copies
// of protected data are read with the data key; without it, an encrypted copy keeps every file it might need).
import fs from 'node:fs';
import path from 'node:path';
import { backupsDirOf } from '../db/paths';
import { loadSqlJs } from '../db/sqlite';
import { tableExists } from './counts';
import type { DataKey } from '../crypto/cipher';
import { decryptBytes, isEncrypted, keyIdOf } from '../crypto/cipher';
import { evidenceFiles, evidenceFolderOf } from './dataFolder';

export function evidenceMirrorOf(dbFile: string): string {
  return path.join(backupsDirOf(dbFile), 'bukti');
}

/** `to` becomes `from`'s bytes: hard-linked where the file system allows, else copied; replaced by a rename. */
export function linkOrCopy(from: string, to: string): void {
  fs.mkdirSync(path.dirname(to), { recursive: true });
  const tmp = `${to}.tmp`;
  fs.rmSync(tmp, { force: true });
  try {
    fs.linkSync(from, tmp);
  } catch {
    fs.copyFileSync(from, tmp);
  }
  fs.renameSync(tmp, to);
}

/** Evidence files the kept dated copies of the database refer to (their `evidence` table, when they have one). */
async function referencedByDatedCopies(dbFile: string, dataKey: DataKey | null): Promise<Set<string> | null> {
  const SQL = await loadSqlJs();
  const dir = backupsDirOf(dbFile);
  const refs = new Set<string>();
  for (const name of fs.readdirSync(dir).filter((f) => f.endsWith('.db'))) {
    let db: InstanceType<typeof SQL.Database> | null = null;
    try {
      const stored = fs.readFileSync(path.join(dir, name));
      // a copy this key cannot read (no key given, or one from before a restore under another key): what it
      // refers to cannot be told, so nothing is dropped
      if (isEncrypted(stored) && (!dataKey || !keyIdOf(stored)?.equals(dataKey.id))) return null;
      db = new SQL.Database(isEncrypted(stored) ? decryptBytes(dataKey!, 'database', stored) : stored);
      if (!tableExists(db, 'evidence')) continue;
      for (const [sha, ext] of db.exec('SELECT sha256, ext FROM evidence WHERE sha256 IS NOT NULL')[0]?.values ?? []) {
        refs.add(`${String(sha).slice(0, 2)}/${String(sha)}.${String(ext)}`);
      }
    } catch {
      // a damaged dated copy refers to nothing it could restore
    } finally {
      db?.close();
    }
  }
  return refs;
}

export interface MirrorResult {
  added: number;
  dropped: number;
}

export async function mirrorEvidence(dbFile: string, dataKey: DataKey | null = null): Promise<MirrorResult> {
  const live = evidenceFolderOf(dbFile);
  const mirror = evidenceMirrorOf(dbFile);
  const liveFiles = evidenceFiles(live);
  let added = 0;
  for (const rel of liveFiles) {
    const target = path.join(mirror, ...rel.split('/'));
    if (fs.existsSync(target)) continue;
    linkOrCopy(path.join(live, ...rel.split('/')), target);
    added++;
  }
  const liveSet = new Set(liveFiles);
  const orphans = evidenceFiles(mirror).filter((rel) => !liveSet.has(rel));
  let dropped = 0;
  if (orphans.length > 0) {
    const kept = await referencedByDatedCopies(dbFile, dataKey);
    for (const rel of orphans) {
      if (!kept || kept.has(rel)) continue;
      fs.rmSync(path.join(mirror, ...rel.split('/')), { force: true });
      dropped++;
    }
  }
  return { added, dropped };
}
