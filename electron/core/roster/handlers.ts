// The import flow: start (read the file as a job) → status (progress, then the preview) → commit (one
// transaction) — plus the refused rows as a workbook and the empty template.
import type { Handlers } from '../handlerTypes';
import { UserError } from '../errors';
import { parseRosterFile } from '../staff/import';
import { ui } from '../../shared/messages';
import { commitPlan } from './commit';
import { planImport } from './plan';
import { toPreview } from './preview';
import { refusedRowsWorkbook, rosterTemplate } from './workbooks';

export const rosterHandlers: Pick<Handlers, 'roster.importStart' | 'roster.importStatus' | 'roster.importCancel' | 'roster.importCommit' | 'roster.refusedWorkbook' | 'roster.template'> = {
  'roster.importStart': ({ fileName, dataBase64 }, { session }) => {
    const db = session.db();
    const bytes = Buffer.from(dataBase64, 'base64');
    const jobId = session.jobs.start(async ({ signal, progress }) => {
      progress(ui.progress.reading, 0, 0);
      const parsed = await parseRosterFile(bytes, fileName, { signal, onProgress: (done, total) => progress(ui.progress.reading, done, total) });
      progress(ui.progress.comparing, parsed.rows.length, parsed.rows.length);
      const plan = db.read((q) => planImport(q, parsed));
      const previewId = session.rosterPreviews.add({ fileName, parsed });
      return toPreview(previewId, fileName, parsed, plan);
    });
    return { jobId };
  },
  'roster.importStatus': ({ jobId }, { session }) => session.jobs.status(jobId),
  'roster.importCancel': ({ jobId }, { session }) => ({ cancelled: session.jobs.cancel(jobId) }),
  'roster.importCommit': ({ previewId }, { session }) => {
    const pending = session.rosterPreviews.get(previewId);
    const result = session.db().write('roster.importCommit', (tx) => {
      const plan = planImport(tx, pending.parsed);
      if (plan.rows.length === 0) throw new UserError('import-nothing');
      return commitPlan(tx, plan, pending.fileName);
    });
    session.rosterPreviews.remove(previewId);
    return result;
  },
  'roster.refusedWorkbook': ({ previewId }, { session }) => {
    const pending = session.rosterPreviews.get(previewId);
    const plan = session.db().read((q) => planImport(q, pending.parsed));
    return refusedRowsWorkbook(plan.refused, pending.fileName);
  },
  'roster.template': () => rosterTemplate(),
};
