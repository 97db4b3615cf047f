// The preview's line per sheet: what each sheet of the file gives (rows imported, refused, not staff), or why it
// gives nothing (hidden, no roster, left out — a sheet left out shows what it would give).
import type { ParsedRoster, RowRefusal, StaffDraft } from '../types';
import type { PreviewSheet } from '../previewTypes';

export function sheetSummaries(parsed: ParsedRoster, accepted: readonly { draft: StaffDraft }[], refused: readonly RowRefusal[]): PreviewSheet[] {
  return parsed.sheets.map((s) => {
    const read = s.skipped === null;
    return {
      name: s.name,
      status: s.skipped ?? 'read',
      headerRow: s.headerRow,
      employment: s.employment,
      accepted: read ? accepted.filter((r) => r.draft.sheet === s.name).length : s.rows.length,
      refused: read ? refused.filter((r) => r.sheet === s.name).length : s.refused.length,
      notStaff: s.notStaffCount,
    };
  });
}
