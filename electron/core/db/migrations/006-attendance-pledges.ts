// Schema 6: who came and who signed, and the pledge.
// - session_sheet / session_sheet_row: the daftar hadir as printed, one version per print whose rows differ from
//   the last one; row_no is the number printed on the paper, so ticking off by number never shifts when the
//   audience changes later (a changed audience prints a new version; the old paper keeps its numbers).
// - attendance: one row per person marked at a session (on the sheet, or a walk-in written on a blank row).
// - pledge_text: the pledge text, each version kept and dated; earlier_count = 0 when the OPD decided that
//   signatures on the earlier versions no longer count.
// - pledge_signature: one signature of the pledge for an election: who, the date, the session (NULL = signed
//   outside a session) and the text version. The session's signature is its "signed" mark on the sheet.
// - pledge_campaign: per election, the signing deadline and the target (NULL = every active person, or a JSON
//   list of employment kinds).
// - attendance_action: each tick-off action with the marks as they were before it, so the last one can be undone.
// - session_evidence: the proof files of a session (scans of the signed sheet, photos), in the evidence store.
import type { Database as SqlDatabase } from 'sql.js';

const DATE = (col: string, nullable = false) =>
  `${col} TEXT ${nullable ? '' : 'NOT NULL '}CHECK (${nullable ? `${col} IS NULL OR ` : ''}${col} GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]')`;

export function updateToSchemaVersion6(db: SqlDatabase): void {
  db.exec(`
    CREATE TABLE session_sheet (
      session_id INTEGER NOT NULL REFERENCES session(id) ON DELETE CASCADE,
      version INTEGER NOT NULL CHECK (version >= 1),
      printed_at TEXT NOT NULL,
      blank_rows INTEGER NOT NULL DEFAULT 0 CHECK (blank_rows >= 0),
      PRIMARY KEY (session_id, version)
    ) WITHOUT ROWID;

    CREATE TABLE session_sheet_row (
      session_id INTEGER NOT NULL,
      version INTEGER NOT NULL,
      row_no INTEGER NOT NULL CHECK (row_no >= 1),
      staff_id INTEGER NOT NULL REFERENCES staff(id),
      PRIMARY KEY (session_id, version, row_no),
      UNIQUE (session_id, version, staff_id),
      FOREIGN KEY (session_id, version) REFERENCES session_sheet(session_id, version) ON DELETE CASCADE
    ) WITHOUT ROWID;
    CREATE INDEX session_sheet_row_staff ON session_sheet_row(staff_id);

    CREATE TABLE attendance (
      session_id INTEGER NOT NULL REFERENCES session(id) ON DELETE CASCADE,
      staff_id INTEGER NOT NULL REFERENCES staff(id),
      attended INTEGER NOT NULL CHECK (attended IN (0, 1)),
      walk_in INTEGER NOT NULL DEFAULT 0 CHECK (walk_in IN (0, 1)),
      updated_at TEXT NOT NULL,
      PRIMARY KEY (session_id, staff_id)
    ) WITHOUT ROWID;
    CREATE INDEX attendance_staff ON attendance(staff_id);

    CREATE TABLE pledge_text (
      id INTEGER PRIMARY KEY,
      version INTEGER NOT NULL UNIQUE CHECK (version >= 1),
      points TEXT NOT NULL CHECK (json_valid(points) AND json_type(points) = 'array'),
      ${DATE('valid_from')},
      earlier_count INTEGER NOT NULL DEFAULT 1 CHECK (earlier_count IN (0, 1)),
      created_at TEXT NOT NULL
    );

    CREATE TABLE pledge_signature (
      id INTEGER PRIMARY KEY,
      election_id INTEGER NOT NULL REFERENCES election(id),
      staff_id INTEGER NOT NULL REFERENCES staff(id),
      ${DATE('signed_on')},
      session_id INTEGER REFERENCES session(id) ON DELETE CASCADE,
      text_id INTEGER NOT NULL REFERENCES pledge_text(id),
      created_at TEXT NOT NULL
    );
    CREATE UNIQUE INDEX pledge_signature_session ON pledge_signature(session_id, staff_id) WHERE session_id IS NOT NULL;
    CREATE INDEX pledge_signature_election ON pledge_signature(election_id, staff_id);
    -- coverage (pledges/coverage.ts) walks these instead of sorting the roster and the signatures
    CREATE INDEX pledge_signature_staff ON pledge_signature(staff_id, election_id, signed_on, text_id);
    CREATE INDEX staff_coverage ON staff(unit_id, employment, position_type, status, left_date);

    CREATE TABLE pledge_campaign (
      election_id INTEGER PRIMARY KEY REFERENCES election(id) ON DELETE CASCADE,
      ${DATE('deadline', true)},
      target_kinds TEXT CHECK (target_kinds IS NULL OR (json_valid(target_kinds) AND json_type(target_kinds) = 'array')),
      updated_at TEXT NOT NULL
    );

    CREATE TABLE attendance_action (
      id INTEGER PRIMARY KEY,
      session_id INTEGER NOT NULL REFERENCES session(id) ON DELETE CASCADE,
      at TEXT NOT NULL,
      summary TEXT NOT NULL,
      before TEXT NOT NULL CHECK (json_valid(before)),
      undone_at TEXT
    );
    CREATE INDEX attendance_action_session ON attendance_action(session_id, id);

    CREATE TABLE session_evidence (
      session_id INTEGER NOT NULL REFERENCES session(id) ON DELETE CASCADE,
      evidence_id INTEGER NOT NULL REFERENCES evidence(id) ON DELETE CASCADE,
      PRIMARY KEY (session_id, evidence_id)
    ) WITHOUT ROWID;
  `);
}
