// What the user decides in the import preview, and what it adds up to: the commit's input and its button's words.
import type { InputOf } from '../../../../electron/core/contract';
import type { PreviewStaff, RosterPreview } from '../../../../electron/core/staff/import/previewTypes';
import { fill, ui } from '../../lib/messages';
import { formatCount, todayIso } from './labels';
import type { LeaveChoice } from './MissingStaff';

export interface ImportChoices {
  /** take the file's values for every hand-set field */
  takeAll: boolean;
  /** … or for these people (staff ids) */
  take: ReadonlySet<number>;
  /** missing people to mark as left */
  leaveIds: ReadonlySet<number>;
  leave: LeaveChoice;
}

export function initialChoices(): ImportChoices {
  return { takeAll: false, take: new Set(), leaveIds: new Set(), leave: { reason: 'MUTASI', date: todayIso() } };
}

export function takes(choices: ImportChoices, s: PreviewStaff): boolean {
  return s.conflicts.length > 0 && s.staffId !== null && (choices.takeAll || choices.take.has(s.staffId));
}

/** People the commit writes: new, updated, and unchanged ones whose hand-set fields are taken from the file. */
export function writesOf(preview: RosterPreview, choices: ImportChoices): number {
  let n = preview.counts.new + preview.counts.updated;
  for (const s of preview.staff) if (s.change === 'unchanged' && takes(choices, s)) n++;
  return n;
}

export function commitLabel(preview: RosterPreview, choices: ImportChoices): string | null {
  const w = ui.roster.wizard;
  const writes = writesOf(preview, choices);
  const left = choices.leaveIds.size;
  if (writes > 0 && left > 0) return fill(w.commitWithLeft, { count: formatCount(writes), left: formatCount(left) });
  if (writes > 0) return fill(w.commit, { count: formatCount(writes) });
  if (left > 0) return fill(w.commitOnlyLeft, { left: formatCount(left) });
  return null;
}

/** The commit's input; null when the chosen left date is no date. */
export function commitInput(previewId: string, choices: ImportChoices): InputOf<'staff.importCommit'> | null {
  const input: InputOf<'staff.importCommit'> = { previewId };
  if (choices.takeAll) input.takeFile = 'all';
  else if (choices.take.size > 0) input.takeFile = [...choices.take];
  if (choices.leaveIds.size > 0) {
    if (!choices.leave.date) return null;
    input.markLeft = { ids: [...choices.leaveIds], reason: choices.leave.reason, date: choices.leave.date };
  }
  return input;
}
