import { none } from '../app/contract';
import type { JobStatus } from '../app/jobTypes';
import { jobRef } from '../app/schema';
import { defineCalls, mutation, query } from '../calls';
import { fileRefInput } from '../files/schema';
import type { SaveResult } from '../files/types';
import { recapCalls } from './calls';
import { consolidateInput, opdId, recapExportInput } from './schema';
import type { ConsolidationResult, ListedOpd, RecapDefaults } from './types';

export const recapContract = defineCalls(recapCalls, {
  'recap.defaults': query<RecapDefaults>()(none),
  /** the recap of the period as .xlsx (docs/recap-format.md), saved where the user chooses; changes nothing */
  'recap.export': query<SaveResult>()(recapExportInput),
  /** the Sekda's list of OPDs expected to send a recap */
  'recap.opdList': query<ListedOpd[]>()(none),
  /** adds the OPDs of an Excel/CSV list (a "Nama OPD" column) not listed yet; answers the list */
  'recap.opdImport': mutation<{ added: number; kept: number; list: ListedOpd[] }>()(fileRefInput),
  'recap.opdRemove': mutation<ListedOpd[]>()(opdId),
  /** reads the chosen recaps (files and folders) in the background; poll consolidateStatus */
  'recap.consolidateStart': query<{ jobId: string }>()(consolidateInput),
  'recap.consolidateStatus': query<JobStatus<ConsolidationResult>>()(jobRef),
  'recap.consolidateCancel': query<{ cancelled: boolean }>()(jobRef),
  /** the finished consolidation as .xlsx, saved where the user chooses */
  'recap.consolidateSave': query<SaveResult>()(jobRef),
});
