// Every schema change is a numbered migration: one file `NNN-name.ts` exporting `updateToSchemaVersionN`,
// listed here in order. runMigrations checks the list is strictly increasing and runs each pending one in a
// transaction guarded by PRAGMA user_version.
import type { Database as SqlDatabase } from 'sql.js';
import { updateToSchemaVersion1 } from './001-initial';
import { updateToSchemaVersion2 } from './002-roster';
import { updateToSchemaVersion3 } from './003-elections-sessions';
import { updateToSchemaVersion4 } from './004-unit-aliases-and-import-log';
import { updateToSchemaVersion5 } from './005-evidence';
import { updateToSchemaVersion6 } from './006-attendance-pledges';
import { updateToSchemaVersion7 } from './007-findings';
import { updateToSchemaVersion8 } from './008-sekda-opds';
import { updateToSchemaVersion9 } from './009-privacy-setting';

export interface Migration {
  version: number;
  name: string;
  up: (db: SqlDatabase) => void;
}

export const migrations: readonly Migration[] = [
  { version: 1, name: 'initial', up: updateToSchemaVersion1 },
  { version: 2, name: 'roster', up: updateToSchemaVersion2 },
  { version: 3, name: 'elections-sessions', up: updateToSchemaVersion3 },
  { version: 4, name: 'unit-aliases-and-import-log', up: updateToSchemaVersion4 },
  { version: 5, name: 'evidence', up: updateToSchemaVersion5 },
  { version: 6, name: 'attendance-pledges', up: updateToSchemaVersion6 },
  { version: 7, name: 'findings', up: updateToSchemaVersion7 },
  { version: 8, name: 'sekda-opds', up: updateToSchemaVersion8 },
  { version: 9, name: 'privacy-setting', up: updateToSchemaVersion9 },
];
