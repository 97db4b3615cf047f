// Schema 3: the election calendar and the socialization sessions. An election keeps the dates of its stages
// (all nullable: a blank election is filled in later) and at most one is active. A session belongs to an
// election (its phase comes from it), and keeps its audience as chosen: the whole OPD, chosen units
// (session_unit: whoever is in them when the sheet is printed) or chosen staff (session_staff: those people,
// also after one of them leaves). Staff and units are never deleted under a session: a merged unit's sessions
// follow it to the unit it was merged into (sessions/audience.ts).
import type { Database as SqlDatabase } from 'sql.js';

const DATE = (col: string) => `${col} TEXT CHECK (${col} IS NULL OR ${col} GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]')`;

export function updateToSchemaVersion3(db: SqlDatabase): void {
  db.exec(`
    CREATE TABLE election (
      id INTEGER PRIMARY KEY,
      name TEXT NOT NULL CHECK (length(name) > 0),
      kind TEXT NOT NULL CHECK (kind IN ('PEMILU','PILKADA')),
      ${DATE('registration_start')},
      ${DATE('registration_end')},
      ${DATE('candidates_set')},
      ${DATE('numbers_drawn')},
      ${DATE('campaign_start')},
      ${DATE('campaign_end')},
      ${DATE('quiet_start')},
      ${DATE('quiet_end')},
      ${DATE('voting_day')},
      ${DATE('recap_end')},
      is_active INTEGER NOT NULL DEFAULT 0 CHECK (is_active IN (0, 1)),
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    );
    CREATE UNIQUE INDEX election_one_active ON election(is_active) WHERE is_active = 1;

    CREATE TABLE session (
      id INTEGER PRIMARY KEY,
      election_id INTEGER REFERENCES election(id),
      date TEXT NOT NULL CHECK (date GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
      start_time TEXT NOT NULL CHECK (start_time GLOB '[0-2][0-9]:[0-5][0-9]'),
      end_time TEXT CHECK (end_time IS NULL OR end_time GLOB '[0-2][0-9]:[0-5][0-9]'),
      time_zone TEXT NOT NULL DEFAULT 'WIB' CHECK (time_zone IN ('WIB','WITA','WIT')),
      place TEXT NOT NULL,
      topic TEXT NOT NULL CHECK (length(topic) > 0),
      speakers TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(speakers) AND json_type(speakers) = 'array'),
      signer_name TEXT,
      signer_nip TEXT,
      signer_rank TEXT,
      signer_position TEXT,
      sheet_title TEXT,
      sign_city TEXT,
      audience TEXT NOT NULL CHECK (audience IN ('ALL','UNITS','STAFF')),
      status TEXT NOT NULL DEFAULT 'PLANNED' CHECK (status IN ('PLANNED','HELD','CANCELLED')),
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    );
    CREATE INDEX session_date ON session(date);
    CREATE INDEX session_election ON session(election_id);

    CREATE TABLE session_unit (
      session_id INTEGER NOT NULL REFERENCES session(id) ON DELETE CASCADE,
      unit_id INTEGER NOT NULL REFERENCES unit(id),
      PRIMARY KEY (session_id, unit_id)
    ) WITHOUT ROWID;
    CREATE INDEX session_unit_unit ON session_unit(unit_id);

    CREATE TABLE session_staff (
      session_id INTEGER NOT NULL REFERENCES session(id) ON DELETE CASCADE,
      staff_id INTEGER NOT NULL REFERENCES staff(id),
      PRIMARY KEY (session_id, staff_id)
    ) WITHOUT ROWID;
    CREATE INDEX session_staff_staff ON session_staff(staff_id);
  `);
}
