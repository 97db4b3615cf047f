// "Pulihkan", second half: all-or-nothing. The verified backup is first written whole into a staging folder
// beside the database (`.pulih-<stamp>/`), fsynced. Then a journal (`pemulihan.json`) is written, and the
// current database and evidence folder are moved aside (`disisihkan/<stamp>/`, never deleted) and the staged
// ones moved in: renames within one folder. Removing the journal is the commit. A restore killed at any moment
// leaves either the current data (the journal is found at the next start and every move is undone) or the
// restored data; never a mix. The key file `kunci.json` and the database's `.prev` are part of the swap: the
// current ones set aside with the rest (a `.prev` under another key, or plain beside an encrypted database,
// would be a copy the restored data cannot use), the backup's key file moved in when it brings one. So plain
// data over protected, protected over plain, or protected under another key: whole, or not at all.
import fs from 'node:fs';
import path from 'node:path';
import { acquireLock } from '../db/lock';
import { stampOf } from '../db/paths';
import { withRetry, writeFileAtomic } from '../db/atomicFile';
import { DB_ENTRY, EVIDENCE_PREFIX } from './manifest';
import { previousPathOf } from '../db/atomicFile';
import { keyFilePathOf } from '../privacy/keyStore';
import { EVIDENCE_DIR_NAME, syncFolder, writeSynced } from './dataFolder';
import type { VerifiedBackup } from './verify';
import { verifiedChunks } from './verify';
import { yieldTurn } from './create';

export const JOURNAL_NAME = 'pemulihan.json';
export const STAGING_PREFIX = '.pulih-';
export const SET_ASIDE_DIR = 'disisihkan';

interface Journal {
  staging: string;
  aside: string;
  /** what existed before the restore, by name in the data folder */
  had: Record<string, boolean>;
}

/** What a restore replaces, by their names in the data folder: the database, the evidence folder, the key file,
 * the database's `.prev` (the backup brings the first two always, the key file when it is encrypted). */
function itemsOf(dbFile: string): string[] {
  return [path.basename(dbFile), EVIDENCE_DIR_NAME, path.basename(keyFilePathOf(dbFile)), path.basename(previousPathOf(dbFile))];
}

function rename(from: string, to: string): void {
  withRetry(() => fs.renameSync(from, to));
}

/** Writes the backup's files into a new staging folder: the database under the current file's name, the evidence. */
async function stage(backup: VerifiedBackup, dbFile: string, staging: string, hook: (step: string) => void, options: RestoreOptions): Promise<void> {
  fs.mkdirSync(staging);
  writeSynced(path.join(staging, path.basename(dbFile)), backup.storedDb);
  if (backup.keyFile) writeSynced(path.join(staging, path.basename(keyFilePathOf(dbFile))), backup.keyFile);
  const evidence = path.join(staging, EVIDENCE_DIR_NAME);
  fs.mkdirSync(evidence);
  for (const file of backup.manifest.files) {
    if (file.path === DB_ENTRY) continue;
    const rel = file.path.slice(EVIDENCE_PREFIX.length);
    const target = path.join(evidence, ...rel.split('/'));
    fs.mkdirSync(path.dirname(target), { recursive: true });
    const fd = fs.openSync(target, 'wx');
    try {
      // hashed again while written: what lands on disk is what the manifest states
      for await (const chunk of verifiedChunks(backup.zip, file)) fs.writeSync(fd, chunk);
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    hook('staged-file');
    options.onProgress?.();
    await yieldTurn();
  }
  syncFolder(evidence);
  syncFolder(staging);
}

/** `base`, or `base-2`, `base-3`…: a set-aside folder is never shared by two restores (two in one second). */
function freeFolder(base: string): string {
  for (let i = 1; ; i++) {
    const candidate = i === 1 ? base : `${base}-${i}`;
    if (!fs.existsSync(candidate)) return candidate;
  }
}

export interface RestoreOptions {
  now: Date;
  /** a test's probe between steps (the crash test reports where it is) */
  hook?: (step: string) => void;
  /** one more evidence file staged, for a job's progress */
  onProgress?: () => void;
}

/** Replaces the data beside `dbFile` with the backup's; returns where the replaced data was set aside. The
 * caller holds the database's lock throughout and reopens the database afterwards. */
export async function restoreFiles(backup: VerifiedBackup, dbFile: string, options: RestoreOptions): Promise<string> {
  const hook = options.hook ?? (() => {});
  const dir = path.dirname(dbFile);
  const stamp = stampOf(options.now);
  const staging = path.join(dir, `${STAGING_PREFIX}${stamp}`);
  const aside = freeFolder(path.join(dir, SET_ASIDE_DIR, stamp));
  fs.rmSync(staging, { recursive: true, force: true });
  await stage(backup, dbFile, staging, hook, options);
  hook('staged');

  const items = itemsOf(dbFile);
  const journal: Journal = { staging, aside, had: Object.fromEntries(items.map((i) => [i, fs.existsSync(path.join(dir, i))])) };
  fs.mkdirSync(aside, { recursive: true });
  writeFileAtomic(path.join(dir, JOURNAL_NAME), Buffer.from(JSON.stringify(journal)));
  hook('journal');
  for (const item of items) {
    if (journal.had[item]) rename(path.join(dir, item), path.join(aside, item));
    hook(`aside ${item}`);
    if (fs.existsSync(path.join(staging, item))) rename(path.join(staging, item), path.join(dir, item));
    hook(`in ${item}`);
  }
  syncFolder(dir);
  fs.unlinkSync(path.join(dir, JOURNAL_NAME)); // the commit
  syncFolder(dir);
  hook('committed');
  fs.rmSync(staging, { recursive: true, force: true });
  return aside;
}

/**
 * At a start, before the database is opened (by the lock's holder): a journal left by a restore that was cut
 * short is undone, move by move, so the data from before the restore is back in place; staging folders no
 * journal refers to are removed (they only ever hold a copy of a backup). Returns true when it undid a restore.
 */
export function undoInterruptedRestore(dbFile: string): boolean {
  const dir = path.dirname(dbFile);
  const journalFile = path.join(dir, JOURNAL_NAME);
  let undone = false;
  if (fs.existsSync(journalFile)) {
    let journal: Journal;
    try {
      journal = JSON.parse(fs.readFileSync(journalFile, 'utf8')) as Journal;
    } catch {
      // written atomically: an unreadable journal is not ours; left in place for a person to look at
      return false;
    }
    for (const item of itemsOf(dbFile)) {
      const live = path.join(dir, item);
      const setAside = path.join(journal.aside, item);
      const stagedBack = path.join(journal.staging, item);
      if (journal.had[item]) {
        if (!fs.existsSync(setAside)) continue; // never moved aside: the live one is the original
        if (fs.existsSync(live)) rename(live, stagedBack); // the staged one had been moved in
        rename(setAside, live);
      } else if (fs.existsSync(live) && !fs.existsSync(stagedBack)) {
        rename(live, stagedBack);
      }
    }
    syncFolder(dir);
    fs.unlinkSync(journalFile);
    try {
      fs.rmdirSync(journal.aside); // empty now: everything went back (never removed with anything in it)
    } catch {
      // not empty or already gone: left for a person to look at
    }
    undone = true;
  }
  for (const name of fs.existsSync(dir) ? fs.readdirSync(dir) : []) {
    if (name.startsWith(STAGING_PREFIX)) fs.rmSync(path.join(dir, name), { recursive: true, force: true });
  }
  return undone;
}

/** At a start, before the database opens: undoes an interrupted restore if there is one and this process can
 * take the lock (another PC's restore in progress is never touched). Best effort: logged, never thrown. */
export function recoverInterruptedRestore(dbFile: string, log: (line: string) => void = () => {}): void {
  const dir = path.dirname(dbFile);
  const leftovers = fs.existsSync(dir) && fs.readdirSync(dir).some((n) => n === JOURNAL_NAME || n.startsWith(STAGING_PREFIX));
  if (!leftovers) return;
  const lock = acquireLock(dbFile);
  if (!lock.acquired) return;
  try {
    if (undoInterruptedRestore(dbFile)) log(`database ${dbFile}: an interrupted restore was undone`);
  } catch (e) {
    log(`database ${dbFile}: undoing an interrupted restore failed: ${(e as Error).message}`);
  } finally {
    lock.release();
  }
}
