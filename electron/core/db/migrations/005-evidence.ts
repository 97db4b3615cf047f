// PLACEHOLDER until main's evidence store lands (EVIDENCE.md): the same table, so that migration 6 can link to it.
// Replaced by main's file when main is merged.
import type { Database as SqlDatabase } from 'sql.js';

export function updateToSchemaVersion5(db: SqlDatabase): void {
  db.exec(`CREATE TABLE evidence (id INTEGER PRIMARY KEY, sha256 TEXT, url TEXT, original_name TEXT, size INTEGER, mime TEXT, ext TEXT, caption TEXT, added_at TEXT);`);
}
