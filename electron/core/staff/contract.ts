import { none } from '../app/contract';
import { jobRef } from '../app/schema';
import type { JobStatus } from '../app/jobTypes';
import { defineCalls, mutation, query } from '../calls';
import { fileRefInput } from '../files/schema';
import type { SaveResult } from '../files/types';
import { staffCalls } from './calls';
import { previewRef, sheetChoice } from './import/schema';
import type { ImportResult, RosterPreview } from './import/previewTypes';
import { markLeftInput, staffId, staffInput, unitMerge, unitName, unitRename } from './schema';
import type { Staff, Unit } from './types';

export const staffContract = defineCalls(staffCalls, {
  'staff.list': query<Staff[]>()(none),
  'staff.save': mutation<Staff>()(staffInput),
  'staff.markLeft': mutation<Staff>()(markLeftInput),
  'staff.reactivate': mutation<Staff>()(staffId),

  'staff.unitList': query<Unit[]>()(none),
  'staff.unitCreate': mutation<Unit>()(unitName),
  'staff.unitRename': mutation<Unit>()(unitRename),
  'staff.unitMerge': mutation<Unit>()(unitMerge),

  /** starts reading a chosen file in the background; poll staff.importStatus for progress and the preview.
   * A mutation: an import on a read-only database could never be committed, so it is refused up front. */
  'staff.importStart': mutation<{ jobId: string }>()(fileRefInput),
  'staff.importStatus': query<JobStatus<RosterPreview>>()(jobRef),
  'staff.importCancel': query<{ cancelled: boolean }>()(jobRef),
  /** leaves the named sheets out of a previewed import (the others in); answers the preview as it now is */
  'staff.importSheets': query<RosterPreview>()(sheetChoice),
  /** writes the previewed rows in one transaction, all or nothing */
  'staff.importCommit': mutation<ImportResult>()(previewRef),
  /** the refused rows as .xlsx, saved where the user chooses (nothing is written to the database) */
  'staff.saveRefusedRows': query<SaveResult>()(previewRef),
  'staff.saveTemplate': query<SaveResult>()(none),
});
