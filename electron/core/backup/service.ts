// The backup area's work against the workspace: the state the screen shows, a backup written where the user
// chose, a verified restore, the handover.
import fs from 'node:fs';
import path from 'node:path';
import { currentIdentity } from '../db/lock';
import { backupsDirOf } from '../db/paths';
import { UserError } from '../errors';
import type { CallContext } from '../handlerTypes';
import type { SavedFile } from '../files/types';
import { ui } from '../../shared/messages';
import { backupFileName, writeBackup } from './create';
import { activeStaffOf, handoverPdf, openFindingsOf } from './handover';
import type { Manifest } from './manifest';
import { undoInterruptedRestore, restoreFiles } from './restore';
import { readLastBackup, recordBackup, reminderOf } from './status';
import type { BackupState, BackupSummary, RestoreResult } from './types';
import { openBackup } from './verify';
import { withRetry, writeFileAtomic } from '../db/atomicFile';
import { moveDataTo } from './move';
import { auditIdentityExport } from '../files/identityExport';

/** Backups carry the database exported in the clear: for data protected by a passphrase (issue 15) they are not
 * made, restored or moved until the backup format carries the encrypted file and its key file. */
function refuseProtected(ctx: CallContext): void {
  if (ctx.workspace.isProtected) throw new UserError('backup-protected');
}

function dbFileOf(ctx: CallContext): string {
  return ctx.workspace.options.dbFile;
}

export function backupState(ctx: CallContext, now = new Date()): BackupState {
  const dbFile = dbFileOf(ctx);
  const last = readLastBackup(dbFile);
  let automatic = 0;
  try {
    automatic = fs.readdirSync(backupsDirOf(dbFile)).filter((f) => f.endsWith('.db')).length;
  } catch {
    // no backups folder yet
  }
  return { dbFile, dataFolder: path.dirname(dbFile), lastManual: last, ...reminderOf(last, now), automatic };
}

function savedFile(ctx: CallContext, file: string): SavedFile {
  return { ref: ctx.files.add(file), name: path.basename(file), folder: path.dirname(file) };
}

/** Writes a backup of the open database and its evidence to `target`, and records it for the reminder. */
export async function backupTo(ctx: CallContext, target: string, now = new Date()): Promise<Manifest> {
  refuseProtected(ctx);
  const dbFile = dbFileOf(ctx);
  const snapshot = ctx.workspace.db().snapshot();
  const manifest = await writeBackup(target, { dbFile, snapshot, appVersion: ctx.workspace.options.appVersion, now });
  recordBackup(dbFile, { at: now.toISOString(), name: path.basename(target) });
  return manifest;
}

export async function createBackup(ctx: CallContext): Promise<{ saved: SavedFile | null }> {
  refuseProtected(ctx);
  const now = new Date();
  const target = await ctx.platform.chooseSavePath({ kind: 'backup', suggestedName: backupFileName(now) });
  if (!target) return { saved: null };
  await backupTo(ctx, target, now);
  return { saved: savedFile(ctx, target) };
}

export async function inspectBackup(ctx: CallContext, ref: string): Promise<BackupSummary> {
  return (await openBackup(ctx.files.get(ref).path, { appVersion: ctx.workspace.options.appVersion })).summary;
}

export async function restoreBackupFile(ctx: CallContext, ref: string): Promise<RestoreResult> {
  refuseProtected(ctx);
  const verified = await openBackup(ctx.files.get(ref).path, { appVersion: ctx.workspace.options.appVersion });
  const dbFile = dbFileOf(ctx);
  ctx.workspace.db(); // open and writable (the dispatcher refused a read-only one): its lock is held throughout
  let setAside: string;
  try {
    setAside = await restoreFiles(verified, dbFile, { now: new Date() });
  } catch (e) {
    undoInterruptedRestore(dbFile);
    if (e instanceof UserError) throw e;
    throw new UserError('backup-restore-failed', { detail: (e as NodeJS.ErrnoException).code ?? (e as Error).message.slice(0, 80) });
  }
  ctx.workspace.close();
  await ctx.workspace.open();
  return { summary: verified.summary, setAside };
}

/** "Lokasi basis data": the user chooses where (the save dialog, `satgas.db` offered); moved whole, then reopened there. */
export async function moveDatabase(ctx: CallContext): Promise<{ moved: BackupState | null }> {
  refuseProtected(ctx);
  const target = await ctx.platform.chooseSavePath({ kind: 'database', suggestedName: path.basename(dbFileOf(ctx)) });
  if (!target) return { moved: null };
  const from = dbFileOf(ctx);
  const snapshot = ctx.workspace.db().snapshot();
  const aside = moveDataTo(from, snapshot, target, new Date());
  ctx.platform.setDatabasePath(target);
  ctx.workspace.close();
  try {
    withRetry(() => fs.renameSync(from, aside));
  } catch {
    // held by another program for now: the old copy keeps its name, but this PC no longer opens it
  }
  await ctx.workspace.moveTo(target);
  return { moved: backupState(ctx) };
}

export async function handover(ctx: CallContext): Promise<{ backup: SavedFile | null; summary: SavedFile | null }> {
  const now = new Date();
  const date = now.toISOString().slice(0, 10);
  refuseProtected(ctx);
  const target = await ctx.platform.chooseSavePath({ kind: 'backup', suggestedName: backupFileName(now, ui.backup.handoverFile) });
  if (!target) return { backup: null, summary: null };
  const manifest = await backupTo(ctx, target, now);
  const { activeStaff, findings } = ctx.workspace.db().read((q) => ({ activeStaff: activeStaffOf(q), findings: openFindingsOf(q) }));
  const pdf = await handoverPdf({
    opdName: manifest.opdName,
    madeAt: manifest.createdAt,
    madeBy: currentIdentity().user,
    backupName: path.basename(target),
    dbSha256: manifest.files[0]!.sha256,
    counts: manifest.counts,
    activeStaff,
    evidenceFiles: manifest.files.length - 1,
    openFindings: findings?.list ?? null,
    openFindingsTotal: findings?.total ?? 0,
  }, ctx.platform.paperSize());
  const summaryFile = path.join(path.dirname(target), `${ui.backup.summaryFile} ${date}.pdf`);
  writeFileAtomic(summaryFile, pdf);
  auditIdentityExport(ctx, { call: 'backup.handover', what: 'handover', people: findings?.list.length ?? 0 }, summaryFile);
  return { backup: savedFile(ctx, target), summary: savedFile(ctx, summaryFile) };
}

