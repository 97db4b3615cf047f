// `satgas roster import FILE [--sheet NAME] [--db PATH] [--dry-run] [--json]`: the same reading, comparison and
// commit as the roster screen; every sheet with a roster is read unless --sheet names one. Exit status: 0 done, 1 usage, 2 the whole file refused, 3 the database cannot be written.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openForCli } from './openForCli';
import type { Database } from '../core/db/database';
import type { OpenResult } from '../core/db/open';
import { holderDetails } from '../core/db/lock';
import { appUserDataDir, defaultDatabasePath } from '../core/db/paths';
import { localDataDir } from '../core/backup/localData';
import { isUserError, UserError } from '../core/errors';
import { megabytes } from '../core/files/io';
import { commitPlan } from '../core/staff/import/apply/commit';
import { planImport } from '../core/staff/import/apply/plan';
import { toPreview } from '../core/staff/import/apply/preview';
import type { ImportResult, PreviewSheet, RosterPreview } from '../core/staff/import/previewTypes';
import type { ParsedRoster } from '../core/staff/import';
import { MAX_ROSTER_BYTES, parseRosterFile } from '../core/staff/import';
import { errorMessage, fillTemplate, ui } from '../shared/messages';
import { argsProblem, parseArgs } from './options';

const t = ui.cli;

/** The app's own database: the path in its preferences if set, else the default in its local data folder. */
export function appDatabasePath(): string {
  const userData = appUserDataDir({ platform: process.platform, env: process.env, home: os.homedir() });
  try {
    const prefs = JSON.parse(fs.readFileSync(path.join(userData, 'preferensi.json'), 'utf8')) as { databasePath?: unknown };
    if (typeof prefs.databasePath === 'string' && prefs.databasePath) return prefs.databasePath;
  } catch {
    // no preferences yet: the default
  }
  return defaultDatabasePath(localDataDir({ platform: process.platform, env: process.env, home: os.homedir() }));
}

function print(json: boolean, value: unknown, text: string): void {
  process.stdout.write(json ? `${JSON.stringify(value)}\n` : `${text}\n`);
}

function sheetStatus(sheet: PreviewSheet): string {
  if (sheet.status !== 'read') return ui.roster.sheets.status[sheet.status];
  const counts = fillTemplate(ui.roster.sheets.counts, { accepted: sheet.accepted, refused: sheet.refused, notStaff: sheet.notStaff });
  const employment = sheet.employment ? `; ${fillTemplate(ui.roster.sheets.fromName, { employment: ui.roster.employment[sheet.employment] })}` : '';
  return counts + employment;
}

function summary(p: RosterPreview): string {
  const several = p.sheets.filter((s) => s.status === 'read').length > 1;
  const where = (sheet: string | null) => (several && sheet !== null ? fillTemplate(t.onSheet, { sheet }) : '');
  const lines = [
    fillTemplate(t.file, { file: p.fileName, sheet: p.sheetName ?? '-', row: p.headerRow }),
    ...(p.sheets.length > 1 ? p.sheets.map((s) => fillTemplate(t.sheet, { sheet: s.name ?? '-', status: sheetStatus(s) })) : []),
    fillTemplate(t.accepted, { accepted: p.accepted, new: p.counts.new, updated: p.counts.updated, unchanged: p.counts.unchanged }),
    fillTemplate(t.refused, { count: p.refused.length }),
    ...p.refused.map((r) => fillTemplate(t.refusedRow, { row: r.row, where: where(r.sheet), message: r.message })),
    ...(p.notStaff.length > 0 ? [fillTemplate(t.notStaff, { count: p.notStaff.length })] : []),
    ...p.notStaff.map((r) => fillTemplate(t.notStaffRow, { row: r.row, where: where(r.sheet), text: r.text })),
  ];
  return lines.join('\n');
}

/** Why the database cannot be written, in the words the app itself uses: a file another process holds (or is
 * still creating) is "in use", never "damaged". */
function openFailure(opened: OpenResult, dbFile: string): number {
  let message: string;
  if (opened.state === 'corrupt') message = errorMessage('db-corrupt', { detail: opened.detail, setAside: opened.setAside ?? '-' });
  else if (opened.state === 'newer-version') message = errorMessage('db-newer-version', { found: opened.found, known: opened.known });
  else if (opened.state === 'locked') message = errorMessage(opened.reason === 'locked' ? 'db-locked' : 'db-other-key');
  else if (opened.state === 'read-only' && opened.holder) message = errorMessage('db-held-cli', { file: dbFile, ...holderDetails(opened.holder) });
  else if (opened.state === 'read-only') message = opened.db.readOnlyError()?.message ?? '';
  else return 0;
  process.stderr.write(`${message}\n`);
  return 3;
}

export async function rosterImport(args: string[]): Promise<number> {
  const parsedArgs = parseArgs(args, ['--dry-run', '--json'], ['--db', '--sheet']);
  if ('error' in parsedArgs || parsedArgs.positional.length !== 1) {
    process.stderr.write(`${argsProblem(parsedArgs)}${t.usage}\n`);
    return 1;
  }
  const json = parsedArgs.flags.has('--json');
  const dryRun = parsedArgs.flags.has('--dry-run');
  const file = path.resolve(parsedArgs.positional[0]!);
  const dbFile = path.resolve(parsedArgs.values.get('--db') ?? appDatabasePath());

  const refused = (e: UserError | { code: string; message: string }): number => {
    print(json, { error: { code: e.code, message: e.message } }, e.message);
    return 2;
  };
  let bytes: Buffer;
  try {
    const size = fs.statSync(file).size;
    if (size > MAX_ROSTER_BYTES) {
      return refused(new UserError('file-too-large', { file: path.basename(file), size: megabytes(size), max: megabytes(MAX_ROSTER_BYTES) }));
    }
    bytes = fs.readFileSync(file);
  } catch {
    return refused({ code: 'file-not-found', message: fillTemplate(t.fileMissing, { file }) });
  }
  // The file first: one refused whole needs no database.
  let parsed: ParsedRoster;
  try {
    const sheet = parsedArgs.values.get('--sheet');
    parsed = await parseRosterFile(bytes, path.basename(file), {
      ...(sheet === undefined ? {} : { sheet }),
      onProgress: json || !process.stderr.isTTY ? undefined : (done) => process.stderr.write(`\r${fillTemplate(t.progress, { done })}`),
    });
  } catch (e) {
    if (!isUserError(e)) throw e;
    return refused(e);
  }

  let opened: OpenResult;
  try {
    opened = await openForCli({ file: dbFile });
  } catch (e) {
    if (!isUserError(e)) throw e;
    return refused(e);
  }
  if (opened.state === 'corrupt' || opened.state === 'newer-version' || opened.state === 'locked') return openFailure(opened, dbFile);
  const db: Database = opened.db;
  try {
    if (opened.state === 'read-only' && !dryRun) return openFailure(opened, dbFile);
    const plan = db.read((q) => planImport(q, parsed));
    const preview = toPreview('cli', path.basename(file), parsed, plan);
    let result: ImportResult | null = null;
    if (!dryRun && plan.rows.length > 0) result = db.write('staff.importCommit', (tx) => commitPlan(tx, planImport(tx, parsed), preview.fileName));
    const output = {
      accepted: preview.accepted,
      refused: preview.refused,
      staff: preview.staff.map(({ sheet, nip, nik, name, rank, gender, birthDate, employment, unit }) => ({ sheet, nip, nik, name, rank, gender, birthDate, employment, unit })),
      counts: preview.counts,
      sheets: preview.sheets,
      notStaff: preview.notStaff,
      committed: result !== null,
      database: dbFile,
    };
    const closing = result ? fillTemplate(t.committed, { created: result.created, updated: result.updated, db: dbFile }) : t.dryRun;
    print(json, output, `${summary(preview)}\n${closing}`);
    return 0;
  } catch (e) {
    if (!isUserError(e)) throw e;
    return refused(e);
  } finally {
    db.close();
  }
}
