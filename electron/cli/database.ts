// Opening the database for a command: a missing or unusable file is a message and exit status 3, never a crash
// (`create`: a set-up script may make a new database).
// `write` also refuses a database another process holds (read-only here), with the app's own words.
import fs from 'node:fs';
import path from 'node:path';
import type { Database } from '../core/db/database';
import type { OpenResult } from '../core/db/open';
import { holderDetails } from '../core/db/lock';
import { isUserError } from '../core/errors';
import { errorMessage, fillTemplate, ui } from '../shared/messages';
import { openForCli } from './openForCli';
import { appDatabasePath } from './rosterImport';

export async function openForCommand(dbArg: string | undefined, opts: { write: boolean; create?: boolean }): Promise<{ db: Database; file: string } | number> {
  const file = path.resolve(dbArg ?? appDatabasePath());
  if (!opts.create && !fs.existsSync(file)) {
    process.stderr.write(`${fillTemplate(ui.cliRecap.dbMissing, { file })}\n`);
    return 3;
  }
  let opened: OpenResult;
  try {
    // a passphrase-protected database: the passphrase from SATGAS_PASSPHRASE or the terminal (openForCli.ts)
    opened = await openForCli({ file });
  } catch (e) {
    return refused(e);
  }
  if (opened.state === 'locked') {
    process.stderr.write(`${errorMessage(opened.reason === 'locked' ? 'db-locked' : 'db-other-key')}\n`);
    return 3;
  }
  if (opened.state === 'corrupt') {
    process.stderr.write(`${errorMessage('db-corrupt', { detail: opened.detail, setAside: opened.setAside ?? '-' })}\n`);
    return 3;
  }
  if (opened.state === 'newer-version') {
    process.stderr.write(`${errorMessage('db-newer-version', { found: opened.found, known: opened.known })}\n`);
    return 3;
  }
  if (opts.write && opened.state === 'read-only') {
    process.stderr.write(`${opened.holder ? errorMessage('db-held-cli', { file, ...holderDetails(opened.holder) }) : opened.db.readOnlyError()?.message ?? ''}\n`);
    opened.db.close();
    return 3;
  }
  return { db: opened.db, file };
}

/** A refusal the user can act on (a UserError) printed, exit status 2; anything else is a crash. */
export function refused(e: unknown): number {
  if (!isUserError(e)) throw e;
  process.stderr.write(`${e.message}\n`);
  return 2;
}

/** Opens the database, runs the command's work on it, closes it: 3 when it cannot be opened, 2 when refused. */
export async function withDatabase(dbArg: string | undefined, opts: { write: boolean; create?: boolean }, work: (db: Database, file: string) => Promise<number> | number): Promise<number> {
  const opened = await openForCommand(dbArg, opts);
  if (typeof opened === 'number') return opened;
  try {
    return await work(opened.db, opened.file);
  } catch (e) {
    return refused(e);
  } finally {
    opened.db.close();
  }
}
