import { defineCalls, mutation, query } from '../calls';
import { attendanceCalls } from './calls';
import type { EvidenceItem } from '../evidence/types';
import { markInput, proofAddInput, proofRemoveInput, sheetCheckInput, tickOffRef, undoInput, walkInInput } from './schema';
import type { MarkResult, SheetCheck, TickOff, UndoableAction } from './types';

export const attendanceContract = defineCalls(attendanceCalls, {
  /** the sheet as printed (the version held, default the latest) with its marks, walk-ins, counts and undo */
  'attendance.get': query<TickOff>()(tickOffRef),
  /** marks rows ("1-25, 27") or people as attended / signed, or takes the mark off; one undoable action */
  'attendance.mark': mutation<MarkResult>()(markInput),
  /** someone not printed on the sheet: from the roster, or a new person who joins the roster */
  'attendance.addWalkIn': mutation<MarkResult>()(walkInInput),
  /** takes the session's last tick-off action back */
  'attendance.undo': mutation<MarkResult & { undone: UndoableAction }>()(undoInput),
  /** before printing: would this print make a new version of the sheet (people or order changed)? */
  'attendance.sheetCheck': query<SheetCheck>()(sheetCheckInput),
  /** attaches chosen files (files.choose kind 'evidence') to the session as its proof; answers the session's proof */
  'attendance.proofAdd': mutation<EvidenceItem[]>()(proofAddInput),
  'attendance.proofRemove': mutation<EvidenceItem[]>()(proofRemoveInput),
});
