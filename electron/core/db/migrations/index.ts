// Every schema change is a numbered migration: one file `NNN-name.ts` exporting `updateToSchemaVersionN`,
// listed here in order. runMigrations checks the list is strictly increasing and runs each pending one in a
// transaction guarded by PRAGMA user_version.
import type { Database as SqlDatabase } from 'sql.js';
import { updateToSchemaVersion1 } from './001-initial';
import { updateToSchemaVersion2 } from './002-roster';
import { updateToSchemaVersion4 } from './004-unit-aliases-and-import-log';

export interface Migration {
  version: number;
  name: string;
  up: (db: SqlDatabase) => void;
}

export const migrations: readonly Migration[] = [
  { version: 1, name: 'initial', up: updateToSchemaVersion1 },
  { version: 2, name: 'roster', up: updateToSchemaVersion2 },
  // BRANCH-ONLY PLACEHOLDER (roster branch): 003 belongs to another branch; drop this line when merging it.
  { version: 3, name: 'placeholder-003', up: () => {} },
  { version: 4, name: 'unit-aliases-and-import-log', up: updateToSchemaVersion4 },
];
