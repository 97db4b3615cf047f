// Schema 9: the privacy settings that belong to this data (not to the PC): whether the findings area ("Temuan")
// needs the passphrase again while the app is open. One row (id = 1), so a backup carries the setting with the
// findings it protects. Whether the area is unlocked right now is never stored: that is per running app.
import type { Database as SqlDatabase } from 'sql.js';

export function updateToSchemaVersion9(db: SqlDatabase): void {
  db.exec(`
    CREATE TABLE privacy_setting (
      id INTEGER PRIMARY KEY CHECK (id = 1),
      findings_locked INTEGER NOT NULL DEFAULT 0 CHECK (findings_locked IN (0, 1)),
      updated_at TEXT
    );
    INSERT INTO privacy_setting (id) VALUES (1);
  `);
}
