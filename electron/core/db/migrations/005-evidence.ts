// Schema 5: the evidence store's rows. One row per piece of evidence: a stored file (its SHA-256 names the file
// in `bukti/`; the same file attached twice is two rows and one stored file) or a link. Owners (a session's
// proof, a finding's evidence) refer to rows through link tables of their own with foreign keys to evidence(id),
// so a row no owner refers to can be found from the schema, and its file removed once nothing refers to it.
import type { Database as SqlDatabase } from 'sql.js';

export function updateToSchemaVersion5(db: SqlDatabase): void {
  db.exec(`
    CREATE TABLE evidence (
      id INTEGER PRIMARY KEY,
      sha256 TEXT CHECK (sha256 IS NULL OR (length(sha256) = 64 AND sha256 NOT GLOB '*[^0-9a-f]*')),
      url TEXT CHECK (url IS NULL OR url GLOB 'http://*' OR url GLOB 'https://*'),
      original_name TEXT NOT NULL DEFAULT '',
      size INTEGER NOT NULL DEFAULT 0 CHECK (size >= 0),
      mime TEXT NOT NULL DEFAULT '',
      ext TEXT NOT NULL DEFAULT '' CHECK (ext = '' OR (length(ext) <= 5 AND ext NOT GLOB '*[^0-9a-z]*')),
      file_kind TEXT NOT NULL DEFAULT '' CHECK (file_kind IN ('', 'image', 'pdf', 'video', 'document')),
      caption TEXT NOT NULL DEFAULT '',
      added_at TEXT NOT NULL,
      CHECK ((sha256 IS NULL) <> (url IS NULL)),
      CHECK (sha256 IS NULL OR ext <> '')
    );
    CREATE INDEX evidence_sha256 ON evidence(sha256);
  `);
}
