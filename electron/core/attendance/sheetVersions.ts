// The daftar hadir as printed. Each print of a session's sheet is compared with the last version kept: the same
// people in the same order reuse its number; anything else becomes a new version, so the numbers on a paper
// already handed out never change under the secretary's pen. Tick-off reads the numbers from here.
import type { Query, Tx } from '../db/database';
import { buildAttendanceSheet } from '../documents/attendance/sheet';
import type { SheetOptions } from '../documents/types';
import type { SheetCheck, SheetVersion } from './types';


/** The order the tick-off assumes when the app never printed the session's sheet: the print panel's defaults. */
export const DEFAULT_SHEET_OPTIONS: SheetOptions = { paper: 'A4', order: 'unit', sectionsPerUnit: false, blankRows: 0 };

export function sheetVersions(q: Query, sessionId: number): SheetVersion[] {
  return q.all<{ version: number; printed_at: string; blank_rows: number; n: number }>(`SELECT v.version, v.printed_at, v.blank_rows,
      (SELECT COUNT(*) FROM session_sheet_row r WHERE r.session_id = v.session_id AND r.version = v.version) AS n
    FROM session_sheet v WHERE v.session_id = ? ORDER BY v.version`, [sessionId])
    .map((r) => ({ version: Number(r.version), printedAt: String(r.printed_at), rows: Number(r.n), blankRows: Number(r.blank_rows) }));
}

export function latestSheetVersion(q: Query, sessionId: number): SheetVersion | null {
  return sheetVersions(q, sessionId).at(-1) ?? null;
}

/** Staff ids by row number (index 0 = row 1). */
export function sheetStaffIds(q: Query, sessionId: number, version: number): number[] {
  return q.all<{ staff_id: number }>('SELECT staff_id FROM session_sheet_row WHERE session_id = ? AND version = ? ORDER BY row_no', [sessionId, version])
    .map((r) => Number(r.staff_id));
}

/** The people the sheet would print now, in print order. */
export function currentSheetIds(q: Query, sessionId: number, options: SheetOptions): number[] {
  const sheet = buildAttendanceSheet(q, { kind: 'session', sessionId }, options);
  return sheet.sections.flatMap((s) => s.rows.map((r) => r.staffId));
}

function sameOrder(a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && a.every((id, i) => id === b[i]);
}


/** What a print now would do, asked by the print panel before it prints. */
export function checkSheet(q: Query, sessionId: number, options: SheetOptions): SheetCheck {
  const latest = latestSheetVersion(q, sessionId);
  const now = currentSheetIds(q, sessionId, options);
  if (!latest) return { latest, changed: false, removed: 0, added: 0 };
  const before = sheetStaffIds(q, sessionId, latest.version);
  const was = new Set(before);
  const is = new Set(now);
  return { latest, changed: !sameOrder(before, now), removed: before.filter((id) => !is.has(id)).length, added: now.filter((id) => !was.has(id)).length };
}

/** Keeps the printed order: the latest version when it is the same, else a new version. Answers the version. */
export function recordSheet(tx: Tx, sessionId: number, staffIds: readonly number[], blankRows: number, now = new Date()): { version: number; isNew: boolean } {
  const latest = latestSheetVersion(tx, sessionId);
  if (latest && sameOrder(sheetStaffIds(tx, sessionId, latest.version), staffIds)) {
    if (blankRows > latest.blankRows) tx.run('UPDATE session_sheet SET blank_rows = ? WHERE session_id = ? AND version = ?', [blankRows, sessionId, latest.version]);
    return { version: latest.version, isNew: false };
  }
  const version = (latest?.version ?? 0) + 1;
  tx.run('INSERT INTO session_sheet (session_id, version, printed_at, blank_rows) VALUES (?, ?, ?, ?)', [sessionId, version, now.toISOString(), blankRows]);
  tx.each('INSERT INTO session_sheet_row (session_id, version, row_no, staff_id) VALUES (?, ?, ?, ?)', staffIds.map((id, i) => [sessionId, version, i + 1, id]));
  tx.audit('Session', sessionId, `daftar hadir versi ${version}`);
  return { version, isNew: true };
}
