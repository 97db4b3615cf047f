// The import flow: start (read the chosen file as a job) → status (progress, then the preview) → sheets (leave
// some out; the preview again) → commit (one transaction) — plus the refused rows and the empty template, saved where the user chooses.
import type { AreaHandlers } from '../../handlerTypes';
import { UserError } from '../../errors';
import { readChosenFile, saveChosenFile } from '../../files/io';
import type { staffContract } from '../contract';
import { MAX_ROSTER_BYTES, parseRosterFile } from '.';
import { commitPlan } from './apply/commit';
import { planImport } from './apply/plan';
import { toPreview } from './apply/preview';
import { lastImport, undoImport } from './apply/undo';
import { combineSheets } from './read/combine';
import { refusedRowsWorkbook, rosterTemplate } from './workbooks';

/** The file's bytes, handed to the parser once: from then on only the parser holds them, and they go when it ends. */
function takeBytes(chosen: { bytes: Buffer | null }): Buffer {
  const { bytes } = chosen;
  if (!bytes) throw new Error('the file was already read');
  chosen.bytes = null;
  return bytes;
}

type ImportCalls = Pick<typeof staffContract, 'staff.importStart' | 'staff.importStatus' | 'staff.importCancel' | 'staff.importSheets' | 'staff.importCommit'
  | 'staff.importLast' | 'staff.importUndo' | 'staff.saveRefusedRows' | 'staff.saveTemplate'>;

export const importHandlers: AreaHandlers<ImportCalls> = {
  'staff.importStart': async ({ ref }, ctx) => {
    const db = ctx.workspace.db();
    const chosen: { name: string; bytes: Buffer | null } = await readChosenFile(ctx, ref, MAX_ROSTER_BYTES);
    const fileName = chosen.name;
    const jobId = ctx.jobs.start(async ({ signal, progress }) => {
      progress('reading', 0, 0);
      const parsed = await parseRosterFile(takeBytes(chosen), fileName, { signal, onProgress: (done, total) => progress('reading', done, total) });
      progress('comparing', parsed.rows.length, parsed.rows.length);
      const plan = db.read((q) => planImport(q, parsed));
      const previewId = ctx.workspace.staffImports.add({ fileName, parsed });
      return toPreview(previewId, fileName, parsed, plan);
    }, [ctx.files.get(ref).path]);
    return { jobId };
  },
  'staff.importStatus': ({ jobId }, { jobs }) => jobs.status(jobId),
  'staff.importCancel': ({ jobId }, { jobs }) => ({ cancelled: jobs.cancel(jobId) }),
  'staff.importSheets': ({ previewId, leaveOut }, { workspace }) => {
    const pending = workspace.staffImports.get(previewId);
    // the commit and the refused-rows workbook read the same selection
    pending.parsed = combineSheets(pending.parsed.sheets, leaveOut);
    const plan = workspace.db().read((q) => planImport(q, pending.parsed));
    return toPreview(previewId, pending.fileName, pending.parsed, plan);
  },
  'staff.importCommit': ({ previewId, takeFile, markLeft }, { workspace }) => {
    const pending = workspace.staffImports.get(previewId);
    const result = workspace.db().write('staff.importCommit', (tx) => {
      // planned again inside the transaction: the roster as it is now, not as it was at the preview
      const plan = planImport(tx, pending.parsed);
      if (plan.rows.length === 0) throw new UserError('import-nothing');
      return commitPlan(tx, plan, pending.fileName, { takeFile, markLeft });
    });
    workspace.staffImports.remove(previewId);
    return result;
  },
  'staff.importLast': (_input, { workspace }) => workspace.db().read(lastImport),
  'staff.importUndo': ({ importId }, { workspace }) => workspace.db().write('staff.importUndo', (tx) => undoImport(tx, importId)),
  'staff.saveRefusedRows': async ({ previewId }, ctx) => {
    const pending = ctx.workspace.staffImports.get(previewId);
    const plan = ctx.workspace.db().read((q) => planImport(q, pending.parsed));
    const file = await refusedRowsWorkbook(plan.refused, pending.fileName);
    // the refused rows are the file's own rows: names and NIP as the user's file had them
    return saveChosenFile(ctx, { kind: 'xlsx', suggestedName: file.fileName }, file.bytes, { call: 'staff.saveRefusedRows', what: 'refused-rows', people: plan.refused.length });
  },
  'staff.saveTemplate': async (_input, ctx) => {
    const file = await rosterTemplate();
    return saveChosenFile(ctx, { kind: 'xlsx', suggestedName: file.fileName }, file.bytes);
  },
};
