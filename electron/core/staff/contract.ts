import { none } from '../app/contract';
import { jobRef } from '../app/schema';
import type { JobStatus } from '../app/jobTypes';
import { defineCalls, mutation, query } from '../calls';
import { fileRefInput } from '../files/schema';
import type { SaveResult } from '../files/types';
import { staffCalls } from './calls';
import { previewRef, sheetChoice } from './import/schema';
import type { ImportResult, LastImport, RosterPreview, UndoResult } from './import/previewTypes';
import { exportInput, importCommitInput, importRef, markLeftInput, staffId, staffInput, unitMerge, unitName, unitRename } from './schema';
import type { Staff, Unit } from './types';

export const staffContract = defineCalls(staffCalls, {
  'staff.list': query<Staff[]>()(none),
  'staff.save': mutation<Staff>()(staffInput),
  'staff.markLeft': mutation<Staff>()(markLeftInput),
  'staff.reactivate': mutation<Staff>()(staffId),
  /** removes a person added by mistake; refused while anything refers to them (then: mark as left) */
  'staff.remove': mutation<{ removed: number; name: string }>()(staffId),
  /** the shown rows and columns as .xlsx (NIP as text, frozen header, filter, print setup), saved where the user chooses */
  'staff.exportXlsx': query<SaveResult>()(exportInput),

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
  /** writes the previewed rows in one transaction, all or nothing, with the user's choices (conflicts taken
   * from the file, missing people marked as left); recorded in the import log */
  'staff.importCommit': mutation<ImportResult>()(importCommitInput),
  /** the latest import that can be taken back, and who blocks it; null when there is none */
  'staff.importLast': query<LastImport | null>()(none),
  /** takes back that import (its id, as importLast gave it: refused when another import came since) */
  'staff.importUndo': mutation<UndoResult>()(importRef),
  /** the refused rows as .xlsx, saved where the user chooses (nothing is written to the database) */
  'staff.saveRefusedRows': query<SaveResult>()(previewRef),
  'staff.saveTemplate': query<SaveResult>()(none),
});
