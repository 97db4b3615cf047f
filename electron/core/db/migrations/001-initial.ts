// Schema 1: the audit log and the OPD profile (one row).
import type { Database as SqlDatabase } from 'sql.js';

export function updateToSchemaVersion1(db: SqlDatabase): void {
  db.exec(`
    CREATE TABLE audit_log (
      id INTEGER PRIMARY KEY,
      at TEXT NOT NULL,
      os_user TEXT NOT NULL,
      call TEXT NOT NULL,
      entity TEXT NOT NULL,
      entity_id TEXT,
      detail TEXT
    );
    CREATE INDEX audit_log_entity ON audit_log(entity, entity_id);

    CREATE TABLE opd_profile (
      id INTEGER PRIMARY KEY CHECK (id = 1),
      opd_name TEXT NOT NULL DEFAULT '',
      regency TEXT NOT NULL DEFAULT '',
      address TEXT NOT NULL DEFAULT '',
      postcode TEXT NOT NULL DEFAULT '',
      phone TEXT NOT NULL DEFAULT '',
      email TEXT NOT NULL DEFAULT '',
      website TEXT NOT NULL DEFAULT '',
      head_name TEXT NOT NULL DEFAULT '',
      head_nip TEXT NOT NULL DEFAULT '',
      head_rank TEXT NOT NULL DEFAULT '',
      head_position TEXT NOT NULL DEFAULT '',
      secretary_name TEXT NOT NULL DEFAULT '',
      secretary_nip TEXT NOT NULL DEFAULT '',
      emblem BLOB,
      emblem_mime TEXT,
      updated_at TEXT
    );
    INSERT INTO opd_profile (id) VALUES (1);
  `);
}
