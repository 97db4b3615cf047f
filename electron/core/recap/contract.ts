import { none } from '../app/contract';
import type { JobStatus } from '../app/jobTypes';
import { jobRef } from '../app/schema';
import { defineCalls, query } from '../calls';
import type { SaveResult } from '../files/types';
import { recapCalls } from './calls';
import { consolidateInput, recapExportInput } from './schema';
import type { ConsolidationResult, RecapDefaults } from './types';

export const recapContract = defineCalls(recapCalls, {
  'recap.defaults': query<RecapDefaults>()(none),
  /** the recap of the period as .xlsx (docs/recap-format.md), saved where the user chooses; changes nothing */
  'recap.export': query<SaveResult>()(recapExportInput),
  /** reads the chosen recaps (files and folders) in the background; poll consolidateStatus */
  'recap.consolidateStart': query<{ jobId: string }>()(consolidateInput),
  'recap.consolidateStatus': query<JobStatus<ConsolidationResult>>()(jobRef),
  'recap.consolidateCancel': query<{ cancelled: boolean }>()(jobRef),
  /** the finished consolidation as .xlsx, saved where the user chooses */
  'recap.consolidateSave': query<SaveResult>()(jobRef),
});
