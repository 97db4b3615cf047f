// The Rekap and Konsolidasi screens' calls: the recap made and saved in one call; the consolidation as a job
// (progress per file, cancel), its result kept by the job registry until it is saved.
import { localToday } from '../elections/dates';
import { UserError } from '../errors';
import { distinctPeople } from '../files/identityExport';
import { saveChosenFile } from '../files/io';
import { personKey } from '../findings/export/service';
import type { AreaHandlers } from '../handlerTypes';
import { getProfile } from '../profile/service';
import { consolidate } from './consolidate/consolidate';
import { recapSources } from './consolidate/sources';
import { consolidationWorkbook } from './consolidate/workbook';
import type { recapContract } from './contract';
import { weekOf } from './period';
import { addSekdaOpds, listSekdaOpds, readOpdList, removeSekdaOpd, sekdaOpdList } from './sekdaOpds';
import { readChosenFile } from '../files/io';
import { makeRecap } from './service';
import type { ConsolidationResult } from './types';

export const recapHandlers: AreaHandlers<typeof recapContract> = {
  'recap.defaults': (_input, { workspace, platform }) => ({
    period: weekOf(localToday()),
    opdName: workspace.db().read((q) => getProfile(q).opdName.trim()),
    paper: platform.paperSize(),
  }),
  'recap.export': async ({ from, to, includeIdentities }, ctx) => {
    const made = await makeRecap(ctx.workspace.db(), { period: { from, to }, paper: ctx.platform.paperSize(), includeIdentities, appVersion: ctx.workspace.options.appVersion });
    // without identities the recap names nobody; with them, each reported person's name and NIP/NIK
    const people = includeIdentities ? distinctPeople(made.figures.findings.cases, personKey) : 0;
    return saveChosenFile(ctx, { kind: 'recap', suggestedName: made.fileName }, made.bytes, { call: 'recap.export', what: 'recap', people });
  },
  'recap.opdList': (_input, { workspace }) => workspace.db().read(listSekdaOpds),
  'recap.opdImport': async ({ ref }, ctx) => {
    const file = await readChosenFile(ctx, ref, 8 * 1024 * 1024);
    const names = await readOpdList(file.bytes, file.name);
    return ctx.workspace.db().write('recap.opdImport', (tx) => ({ ...addSekdaOpds(tx, names), list: listSekdaOpds(tx) }));
  },
  'recap.opdRemove': ({ id }, { workspace }) => workspace.db().write('recap.opdRemove', (tx) => {
    removeSekdaOpd(tx, id);
    return listSekdaOpds(tx);
  }),
  'recap.consolidateStart': async ({ refs, from, to }, ctx) => {
    const period = { from, to };
    const opdList = ctx.workspace.db().read(sekdaOpdList);
    const paths = refs.map((ref) => ctx.files.get(ref).path);
    const sources = await recapSources(paths);
    if (sources.length === 0) throw new UserError('recap-no-files');
    const jobId = ctx.jobs.start(async (job): Promise<ConsolidationResult> => ({
      ...(await consolidate({ period, sources, opdList, job })),
      haveOpdList: opdList.length > 0,
    }), paths);
    return { jobId };
  },
  'recap.consolidateStatus': ({ jobId }, { jobs }) => jobs.status<ConsolidationResult>(jobId),
  'recap.consolidateCancel': ({ jobId }, { jobs }) => ({ cancelled: jobs.cancel(jobId) }),
  'recap.consolidateSave': async ({ jobId }, ctx) => {
    const status = ctx.jobs.status<ConsolidationResult>(jobId);
    if (status.state !== 'done') throw new UserError('recap-job-not-found');
    const file = await consolidationWorkbook(status.result, { paper: ctx.platform.paperSize(), haveOpdList: status.result.haveOpdList });
    return saveChosenFile(ctx, { kind: 'recap', suggestedName: file.fileName }, file.bytes);
  },
};
