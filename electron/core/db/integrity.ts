// `PRAGMA integrity_check` does not look at foreign keys: run `foreign_key_check` as well.
import type { Database as SqlDatabase, SqlJsStatic } from 'sql.js';
import { errorMessage } from '../../shared/messages';

export function integrityProblems(db: SqlDatabase): string[] {
  const problems: string[] = [];
  const integrity = db.exec('PRAGMA integrity_check');
  for (const row of integrity[0]?.values ?? []) {
    if (row[0] !== 'ok') problems.push(String(row[0]));
  }
  const fk = db.exec('PRAGMA foreign_key_check');
  for (const row of fk[0]?.values ?? []) problems.push(`foreign key: ${row.join(' ')}`);
  return problems;
}

/** `detail` is Indonesian, for the user; `technical` is SQLite's own words, for logs. */
export type ProbeResult =
  | { ok: true; db: SqlDatabase }
  | { ok: false; detail: string; technical: string };

const SQLITE_HEADER = 'SQLite format 3\0';

/** Opens bytes as a database and checks them; never throws for a bad file. */
export function probeDatabase(SQL: SqlJsStatic, bytes: Uint8Array): ProbeResult {
  // sql.js happily treats an empty or foreign buffer as a fresh database: check the header first.
  const header = new TextDecoder('latin1').decode(bytes.subarray(0, 16));
  if (bytes.byteLength < 512 || header !== SQLITE_HEADER) {
    return bytes.byteLength === 0
      ? { ok: false, detail: errorMessage('db-detail-empty'), technical: 'empty file' }
      : { ok: false, detail: errorMessage('db-detail-not-sqlite'), technical: 'no SQLite header' };
  }
  let db: SqlDatabase | null = null;
  try {
    db = new SQL.Database(bytes);
    const problems = integrityProblems(db);
    if (problems.length > 0) {
      db.close();
      return { ok: false, detail: errorMessage('db-detail-damaged'), technical: problems.slice(0, 3).join('; ') };
    }
    return { ok: true, db };
  } catch (e) {
    db?.close();
    return { ok: false, detail: errorMessage('db-detail-damaged'), technical: (e as Error).message };
  }
}
