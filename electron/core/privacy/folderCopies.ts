// The copies of the data that are folders, or that lie outside the database's own folder, made by the backup
// area: what a restore set aside (`disisihkan/<stamp>/`: the replaced database, its `.prev`, evidence, key
// file), what a move left at the old place (`satgas.db.dipindahkan-<stamp>` and the old evidence folder, found
// through the record the move keeps, movedCopies.ts, with the old place's `.prev`, its `cadangan/` folder of
// dated backups and its `disisihkan/`), and the daily backups' evidence mirror (`cadangan/bukti/`).
// Listed with their size and whether everything personal in them is encrypted; encrypted in place when a
// passphrase is set (the key file and the other small `.json` records hold no personal data: left as they are).
import fs from 'node:fs';
import path from 'node:path';
import { previousPathOf, writeFileAtomic } from '../db/atomicFile';
import { backupsDirOf } from '../db/paths';
import type { DataKey, Purpose } from '../crypto/cipher';
import { encryptBytes, isEncrypted } from '../crypto/cipher';
import { SET_ASIDE_DIR } from '../backup/restore';
import { evidenceMirrorOf, linkOrCopy } from '../backup/dailyEvidence';
import { readMovedCopies } from '../backup/movedCopies';
import { evidenceDirOf } from '../evidence/store';
import type { CopyKind } from './types';

export interface FolderCopy {
  file: string;
  kind: CopyKind;
  deletable: boolean;
}


function isDir(p: string): boolean {
  try {
    return fs.statSync(p).isDirectory();
  } catch {
    return false;
  }
}

/** Every file under a folder (a file given is itself). */
export function filesUnder(p: string): string[] {
  if (!isDir(p)) return fs.existsSync(p) ? [p] : [];
  return fs.readdirSync(p, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => path.join(e.parentPath, e.name)).sort();
}

/** Files that hold personal data: everything but the `.json` records (the key file `kunci.json` holds only
 * wrapped keys; the last-backup and moves records, a restore journal) and lock files. */
export function personalFiles(p: string): string[] {
  return filesUnder(p).filter((f) => !/\.(json|lock)$/.test(f));
}

export function folderCopiesOf(dbFile: string): FolderCopy[] {
  const out: FolderCopy[] = [];
  const asideRoot = path.join(path.dirname(dbFile), SET_ASIDE_DIR);
  if (isDir(asideRoot)) {
    for (const stamp of fs.readdirSync(asideRoot).sort()) {
      const folder = path.join(asideRoot, stamp);
      if (isDir(folder)) out.push({ file: folder, kind: 'restore-set-aside', deletable: true });
    }
  }
  const movedHere = (fs.existsSync(path.dirname(dbFile)) ? fs.readdirSync(path.dirname(dbFile)) : []).filter((n) => n.startsWith(`${path.basename(dbFile)}.dipindahkan-`)).map((n) => path.join(path.dirname(dbFile), n));
  for (const old of [...new Set([...readMovedCopies(dbFile), ...movedHere])]) {
    if (path.resolve(old) === path.resolve(dbFile)) continue;
    if (fs.existsSync(old)) out.push({ file: old, kind: 'moved-away', deletable: true });
    // the old place's other copies, when no database is in use there any more: its `.prev`, evidence, dated backups
    const oldDb = old.replace(/\.dipindahkan-[^/\\]*$/, '');
    if (path.dirname(old) === path.dirname(dbFile) || fs.existsSync(oldDb)) continue;
    for (const rest of [previousPathOf(oldDb), evidenceDirOf(oldDb), backupsDirOf(oldDb), path.join(path.dirname(oldDb), SET_ASIDE_DIR)]) if (fs.existsSync(rest)) out.push({ file: rest, kind: 'moved-away', deletable: true });
  }
  // serves every kept daily backup (a file goes when no kept copy refers to it): never deleted from here
  const mirror = evidenceMirrorOf(dbFile);
  if (isDir(mirror) && filesUnder(mirror).length > 0) out.push({ file: mirror, kind: 'evidence-mirror', deletable: false });
  const seen = new Set<string>();
  return out.filter((c) => !seen.has(c.file) && seen.add(c.file) && (personalFiles(c.file).length > 0 || c.kind === 'restore-set-aside'));
}

/** Which purpose a file in such a copy is encrypted under: a database (or its `.prev`), else evidence. */
function purposeOf(copy: FolderCopy, file: string): Purpose {
  if (copy.kind === 'evidence-mirror' || path.basename(copy.file) === 'bukti') return 'evidence';
  const rel = path.relative(copy.file, file);
  return rel === '' || !rel.split(path.sep).includes('bukti') ? 'database' : 'evidence';
}

/** Encrypts every plain personal file in the folder copies, each replaced atomically; a mirrored evidence file
 * whose live file is encrypted already is linked to it again instead (no second copy of its bytes). */
export function encryptFolderCopies(dbFile: string, dataKey: DataKey): number {
  let done = 0;
  const live = evidenceDirOf(dbFile);
  for (const copy of folderCopiesOf(dbFile)) {
    for (const file of personalFiles(copy.file)) {
      const bytes = fs.readFileSync(file);
      if (isEncrypted(bytes)) continue;
      const liveTwin = copy.kind === 'evidence-mirror' ? path.join(live, path.relative(copy.file, file)) : null;
      if (liveTwin && fs.existsSync(liveTwin) && isEncrypted(fs.readFileSync(liveTwin))) {
        linkOrCopy(liveTwin, file);
      } else {
        writeFileAtomic(file, encryptBytes(dataKey, purposeOf(copy, file), bytes), { keepPrevious: false });
      }
      done++;
    }
  }
  return done;
}
