// The backup area's work against the workspace: the state the screen shows, a backup written where the user
// chose, a verified restore, the handover, the move. Protected data (a passphrase) is backed up, restored and
// moved encrypted with its key file; backup and restore also run as jobs the screen polls for progress.
import fs from 'node:fs';
import path from 'node:path';
import { currentIdentity } from '../db/lock';
import { backupsDirOf } from '../db/paths';
import { UserError } from '../errors';
import type { CallContext } from '../handlerTypes';
import type { SavedFile } from '../files/types';
import type { JobContext } from '../app/jobs';
import type { Workspace } from '../app/workspace';
import { encryptedCodec } from '../db/codec';
import { serializeKeyFile } from '../crypto/keyFile';
import { readKeyFile } from '../privacy/keyStore';
import { ui } from '../../shared/messages';
import type { BackupSecret } from './backupKey';
import type { BackupSource } from './create';
import { backupFileName, evidenceCountOf, writeBackup } from './create';
import { activeStaffOf, handoverPdf, openFindingsOf } from './handover';
import type { Manifest } from './manifest';
import { recordMovedCopy } from './movedCopies';
import { undoInterruptedRestore, restoreFiles } from './restore';
import { readLastBackup, recordBackup, reminderOf } from './status';
import type { BackupState, BackupSummary, RestoreResult } from './types';
import { inspectBackupFile, openBackup } from './verify';
import { withRetry, writeFileAtomic } from '../db/atomicFile';
import { moveDataTo } from './move';
import { auditIdentityExport } from '../files/identityExport';

/** One backup, restore or move at a time per workspace: a second is refused while the first (a job) runs. */
const busy = new WeakSet<Workspace>();

function refuseWhileBusy(ctx: CallContext): void {
  if (busy.has(ctx.workspace)) throw new UserError('backup-busy');
}

async function exclusive<T>(ctx: CallContext, work: () => Promise<T>): Promise<T> {
  refuseWhileBusy(ctx);
  busy.add(ctx.workspace);
  try {
    return await work();
  } finally {
    busy.delete(ctx.workspace);
  }
}

function dbFileOf(ctx: CallContext): string {
  return ctx.workspace.options.dbFile;
}

/** Protected data: its data key and key file, carried by a backup or a move (null for plain data). */
function protectionOf(ctx: CallContext): BackupSource['protection'] {
  const dataKey = ctx.workspace.dataKeyOrNull();
  if (!dataKey) return null;
  const keyFile = readKeyFile(dbFileOf(ctx));
  if (!keyFile || keyFile.keyId !== dataKey.id.toString('hex')) throw new UserError('key-file-damaged');
  return { dataKey, keyFile: serializeKeyFile(keyFile) };
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

/** Writes a backup of the open database and its evidence to `target` (encrypted when a passphrase protects the
 * data), and records it for the reminder. */
export async function backupTo(ctx: CallContext, target: string, now = new Date(), job?: JobContext): Promise<Manifest> {
  const dbFile = dbFileOf(ctx);
  const snapshot = ctx.workspace.db().snapshot();
  const manifest = await writeBackup(target, {
    dbFile, snapshot, appVersion: ctx.workspace.options.appVersion, now, protection: protectionOf(ctx),
    ...(job ? { onProgress: (done: number, total: number) => job.progress('writing', done, total) } : {}),
  });
  recordBackup(dbFile, { at: now.toISOString(), name: path.basename(target) });
  return manifest;
}

/** "Cadangkan": the user chooses where; null when they cancelled the dialog. */
async function chooseBackupTarget(ctx: CallContext, now: Date): Promise<string | null> {
  ctx.workspace.db(); // refused before the dialog when there is no open data
  return ctx.platform.chooseSavePath({ kind: 'backup', suggestedName: backupFileName(now) });
}

export async function createBackup(ctx: CallContext): Promise<{ saved: SavedFile | null }> {
  const now = new Date();
  const target = await chooseBackupTarget(ctx, now);
  if (!target) return { saved: null };
  await exclusive(ctx, () => backupTo(ctx, target, now));
  return { saved: savedFile(ctx, target) };
}

/** "Cadangkan" as a job: the dialog first (null: cancelled), then the files written with progress. */
export async function startBackup(ctx: CallContext): Promise<{ jobId: string | null }> {
  const now = new Date();
  const target = await chooseBackupTarget(ctx, now);
  if (!target) return { jobId: null };
  refuseWhileBusy(ctx); // now, not only once the job runs
  return { jobId: ctx.jobs.start((job) => exclusive(ctx, async () => {
    await backupTo(ctx, target, now, job);
    return { saved: savedFile(ctx, target) };
  })) };
}

export async function inspectBackup(ctx: CallContext, ref: string): Promise<BackupSummary> {
  return inspectBackupFile(ctx.files.get(ref).path, { appVersion: ctx.workspace.options.appVersion });
}

/** Verifies the backup whole (with its secret when it is encrypted) before anything is touched, swaps it in,
 * and opens the restored data with the key its backup was opened with. */
async function restoreWork(ctx: CallContext, ref: string, secret: BackupSecret | undefined, job?: JobContext): Promise<RestoreResult> {
  const verified = await openBackup(ctx.files.get(ref).path, {
    appVersion: ctx.workspace.options.appVersion,
    ...(secret ? { secret } : {}),
    ...(job ? { signal: job.signal, onProgress: (done: number, total: number) => job.progress('verifying', done, total) } : {}),
  });
  const dbFile = dbFileOf(ctx);
  ctx.workspace.db(); // open: its lock is held throughout
  const readOnly = ctx.workspace.readOnlyError(); // a job runs later than the dispatcher's own check
  if (readOnly) throw readOnly;
  const evidence = evidenceCountOf(verified.manifest);
  let staged = 0;
  job?.progress('writing', 0, evidence);
  let setAside: string;
  try {
    setAside = await restoreFiles(verified, dbFile, { now: new Date(), onProgress: () => job?.progress('writing', ++staged, evidence) });
  } catch (e) {
    undoInterruptedRestore(dbFile);
    if (e instanceof UserError) throw e;
    throw new UserError('backup-restore-failed', { detail: (e as NodeJS.ErrnoException).code ?? (e as Error).message.slice(0, 80) });
  }
  await ctx.workspace.reopenRestored(verified.dataKey);
  return { summary: verified.summary, setAside };
}

export function restoreBackupFile(ctx: CallContext, ref: string, secret?: BackupSecret): Promise<RestoreResult> {
  return exclusive(ctx, () => restoreWork(ctx, ref, secret));
}

/** "Pulihkan" as a job: verifying (files checked / all), then writing (evidence files staged / all). */
export function startRestore(ctx: CallContext, ref: string, secret?: BackupSecret): { jobId: string } {
  ctx.files.get(ref); // an unknown reference is refused now, not in the job
  refuseWhileBusy(ctx); // now, not only once the job runs
  return { jobId: ctx.jobs.start((job) => exclusive(ctx, () => restoreWork(ctx, ref, secret, job))) };
}

/** "Lokasi basis data": the user chooses where (the save dialog, `satgas.db` offered); moved whole, then reopened there. */
export async function moveDatabase(ctx: CallContext): Promise<{ moved: BackupState | null }> {
  const target = await ctx.platform.chooseSavePath({ kind: 'database', suggestedName: path.basename(dbFileOf(ctx)) });
  if (!target) return { moved: null };
  return exclusive(ctx, () => moveWork(ctx, target));
}

async function moveWork(ctx: CallContext, target: string): Promise<{ moved: BackupState | null }> {
  const from = dbFileOf(ctx);
  const snapshot = ctx.workspace.db().snapshot();
  const protection = protectionOf(ctx);
  // protected data moves as the codec stores it: encrypted under its data key, its key file beside it
  const stored = protection ? encryptedCodec(protection.dataKey).encode(snapshot) : snapshot;
  const aside = moveDataTo(from, stored, target, new Date(), protection?.keyFile ?? null);
  ctx.platform.setDatabasePath(target);
  ctx.workspace.close();
  try {
    withRetry(() => fs.renameSync(from, aside));
  } catch {
    // held by another program for now: the old copy keeps its name, but this PC no longer opens it
  }
  try {
    recordMovedCopy(from, target, fs.existsSync(aside) ? aside : from);
  } catch {
    // only the privacy list's knowledge of the old copy: the move itself is done
  }
  await ctx.workspace.moveTo(target);
  return { moved: backupState(ctx) };
}

export async function handover(ctx: CallContext): Promise<{ backup: SavedFile | null; summary: SavedFile | null }> {
  const now = new Date();
  const date = now.toISOString().slice(0, 10);
  const target = await ctx.platform.chooseSavePath({ kind: 'backup', suggestedName: backupFileName(now, ui.backup.handoverFile) });
  if (!target) return { backup: null, summary: null };
  const manifest = await exclusive(ctx, () => backupTo(ctx, target, now));
  const { activeStaff, findings } = ctx.workspace.db().read((q) => ({ activeStaff: activeStaffOf(q), findings: openFindingsOf(q) }));
  const pdf = await handoverPdf({
    opdName: manifest.opdName,
    madeAt: manifest.createdAt,
    madeBy: currentIdentity().user,
    backupName: path.basename(target),
    dbSha256: manifest.files[0]!.sha256,
    counts: manifest.counts,
    activeStaff,
    evidenceFiles: evidenceCountOf(manifest),
    openFindings: findings?.list ?? null,
    openFindingsTotal: findings?.total ?? 0,
  }, ctx.platform.paperSize());
  const summaryFile = path.join(path.dirname(target), `${ui.backup.summaryFile} ${date}.pdf`);
  writeFileAtomic(summaryFile, pdf);
  auditIdentityExport(ctx, { call: 'backup.handover', what: 'handover', people: findings?.list.length ?? 0 }, summaryFile);
  return { backup: savedFile(ctx, target), summary: savedFile(ctx, summaryFile) };
}

