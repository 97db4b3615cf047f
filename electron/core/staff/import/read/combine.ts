// Puts the sheets of a workbook together into one roster: the rows of every sheet read (and not left out), in
// order; an identifier repeated on a later sheet is refused there, naming the sheet and row it was first seen
// on (within a sheet the table has already done so). Leaving a sheet out puts the rest together again, so a
// person refused as a repeat of a sheet left out is read after all.
import { errorMessage } from '../../../../shared/messages';
import type { NotStaffRow, ParsedRoster, ParsedSheet, RowRefusal, StaffDraft } from '../types';

/** The raw cells of a draft refused here, under the template's column names (apply/plan.ts has its twin). */
export function rawOf(d: StaffDraft): Record<string, string> {
  const cells: [string, string | null][] = [['Nama', d.name], ['NIP/NIK', d.nip ?? d.nik], ['Pangkat/Gol. Ruang', d.rank], ['Jabatan', d.position], ['Unit Kerja', d.unit]];
  return Object.fromEntries(cells.filter(([, v]) => v !== null) as [string, string][]);
}

function where(first: StaffDraft, sheet: string | null): string {
  return first.sheet !== sheet && first.sheet !== null ? `${first.excelRow} di lembar "${first.sheet}"` : String(first.excelRow);
}

/** Same sheet names, any case: the names a user types (`--sheet pns`) or a screen sends back. */
export function sameSheet(a: string | null, b: string | null): boolean {
  return (a ?? '').trim().toLowerCase() === (b ?? '').trim().toLowerCase();
}

/**
 * The roster of `sheets`: every sheet that was read, except those named in `leaveOut` (marked left out, not
 * counted). A sheet left out before and not named now is in again; one never read stays as it was.
 */
export function combineSheets(sheets: readonly ParsedSheet[], leaveOut: readonly string[] = []): ParsedRoster {
  const marked = sheets.map((s): ParsedSheet => {
    if (s.headerRow === null) return s;
    return { ...s, skipped: leaveOut.some((n) => sameSheet(n, s.name)) ? 'left-out' : null };
  });
  const read = marked.filter((s) => s.skipped === null);
  const rows: StaffDraft[] = [];
  const refused: RowRefusal[] = [];
  const notStaff: NotStaffRow[] = [];
  const nips = new Map<string, StaffDraft>();
  const niks = new Map<string, StaffDraft>();
  for (const sheet of read) {
    const sheetRefused: RowRefusal[] = [...sheet.refused];
    for (const d of sheet.rows) {
      const firstNip = d.nip ? nips.get(d.nip) : undefined;
      const firstNik = !firstNip && d.nik ? niks.get(d.nik) : undefined;
      const first = firstNip ?? firstNik;
      if (first) {
        const code = firstNip ? 'duplicate-nip' : 'duplicate-nik';
        const message = errorMessage(firstNip ? 'roster-row-duplicate-nip' : 'roster-row-duplicate-nik', {
          value: (firstNip ? d.nip : d.nik) ?? '', firstRow: where(first, d.sheet), firstName: first.name,
        });
        sheetRefused.push({ sheet: d.sheet, row: d.excelRow, code, message, raw: rawOf(d) });
        continue;
      }
      if (d.nip) nips.set(d.nip, d);
      if (d.nik) niks.set(d.nik, d);
      rows.push(d);
    }
    refused.push(...sheetRefused.sort((a, b) => a.row - b.row));
    notStaff.push(...sheet.notStaff);
  }
  const first = read[0];
  return {
    sheetName: first?.name ?? null,
    headerRow: first?.headerRow ?? 0,
    columns: first?.columns ?? [],
    rows,
    refused,
    notStaff,
    sheets: marked,
  };
}
