// Schema 2: the roster. Units (bidang / sub bagian / UPT / seksi) and staff; staff are never deleted — a person
// who leaves (mutasi, pensiun, …) is marked LEFT with reason and date, so history stays.
import type { Database as SqlDatabase } from 'sql.js';

export function updateToSchemaVersion2(db: SqlDatabase): void {
  db.exec(`
    CREATE TABLE unit (
      id INTEGER PRIMARY KEY,
      name TEXT NOT NULL,
      name_key TEXT NOT NULL UNIQUE,
      created_at TEXT NOT NULL
    );

    CREATE TABLE staff (
      id INTEGER PRIMARY KEY,
      name TEXT NOT NULL CHECK (length(name) > 0),
      nip TEXT UNIQUE CHECK (nip IS NULL OR (length(nip) = 18 AND nip NOT GLOB '*[^0-9]*')),
      nik TEXT UNIQUE CHECK (nik IS NULL OR (length(nik) = 16 AND nik NOT GLOB '*[^0-9]*')),
      employment TEXT NOT NULL CHECK (employment IN ('PNS','CPNS','PPPK','PPPK_PARUH_WAKTU','NON_ASN','KEPALA_DESA','PERANGKAT_DESA')),
      rank TEXT,
      rank_name TEXT,
      position TEXT,
      position_type TEXT NOT NULL CHECK (position_type IN ('JPT','ADMINISTRATOR','PENGAWAS','FUNGSIONAL','PELAKSANA','CAMAT_LURAH','KEPALA_DESA')),
      position_type_manual INTEGER NOT NULL DEFAULT 0 CHECK (position_type_manual IN (0, 1)),
      unit_id INTEGER REFERENCES unit(id),
      gender TEXT CHECK (gender IN ('L','P')),
      birth_date TEXT,
      birth_place TEXT,
      status TEXT NOT NULL DEFAULT 'ACTIVE' CHECK (status IN ('ACTIVE','LEFT')),
      left_reason TEXT CHECK (left_reason IN ('MUTASI','PENSIUN','MENINGGAL','BERHENTI','LAINNYA')),
      left_date TEXT,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      CHECK ((status = 'LEFT') = (left_reason IS NOT NULL))
    );
    CREATE INDEX staff_unit ON staff(unit_id);
  `);
}
