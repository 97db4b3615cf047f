// Reads one sheet: the header among its first rows, then the table below it. After every batch of rows (one
// window of the sheet's XML, so bounded work however wide the rows are) it reports progress, yields to the
// event loop (so the main process stays responsive and a cancel is seen) and stops at once when the signal
// aborts. Rows with content count against MAX_ROSTER_ROWS for the whole file.
import { UserError } from '../../../errors';
import type { RawRow, SheetSource } from '../../../spreadsheet/cells';
import { cellText } from '../../../spreadsheet/cells';
import { parseEmployment } from '../../identity';
import type { Employment } from '../../types';
import { thousands } from './limitRefusal';
import type { ReadProgress } from './progress';
import { next } from './source';
import type { HeaderLayout } from '../table/headerRow';
import { findHeader, HEADER_SEARCH_ROWS } from '../table/headerRow';
import { RosterTable } from '../table/rosterTable';
import type { ParsedSheet } from '../types';

/** No OPD has this many staff: a file with more rows of content is not a roster (a sheet filled to row 1,048,576). */
export const MAX_ROSTER_ROWS = 50_000;

function isBlank(row: RawRow): boolean {
  return row.cells.every((c) => cellText(c) === '');
}

function hasContent(row: RawRow): boolean {
  return row.cells.some((c) => c !== null && c !== '');
}

/** Between two batches: let the event loop run (IPC, timers, a cancel), then stop if cancelled. */
async function pause(signal: AbortSignal | undefined): Promise<void> {
  await new Promise((resolve) => setImmediate(resolve));
  signal?.throwIfAborted();
}

/** Counts the rows with content of a file against MAX_ROSTER_ROWS. */
export class RowBudget {
  private used = 0;
  constructor(private readonly file: string) {}
  take(row: RawRow, sheet: string | null): void {
    if (hasContent(row) && ++this.used > MAX_ROSTER_ROWS) {
      throw new UserError('roster-too-many-rows', { file: this.file, sheet: sheet ?? this.file, limit: thousands(MAX_ROSTER_ROWS) });
    }
  }
}

/**
 * The employment a sheet's name stands for when it starts with one: "PNS", "PPPK", "P3K", "Honorer", "Non ASN",
 * "THL", "PNS 2024". A name that only mentions one ("Data PNS" of a SIASN export, which lists PPPK too) does not.
 */
export function employmentOfSheet(name: string | null): Employment | null {
  return name ? parseEmployment(name) : null;
}

export interface SheetReading {
  progress: ReadProgress;
  budget: RowBudget;
  signal: AbortSignal | undefined;
  today: Date;
}

/** The first rows of a sheet, up to HEADER_SEARCH_ROWS non-blank ones, and the rest of the batch they came in. */
async function headRows(it: AsyncIterator<RawRow[]>, r: SheetReading): Promise<{ head: RawRow[]; rest: RawRow[] }> {
  const head: RawRow[] = [];
  let filled = 0;
  for (let n = await next(it); !n.done; n = await next(it)) {
    const batch = n.value;
    r.progress.batch(batch);
    await pause(r.signal);
    for (let i = 0; i < batch.length; i++) {
      const row = batch[i] as RawRow;
      head.push(row);
      if (!isBlank(row) && ++filled >= HEADER_SEARCH_ROWS) return { head, rest: batch.slice(i + 1) };
    }
  }
  return { head, rest: [] };
}

async function readTable(it: AsyncIterator<RawRow[]>, first: RawRow[], table: RosterTable, layout: HeaderLayout, sheet: SheetSource, r: SheetReading): Promise<void> {
  let batch: RawRow[] = first;
  for (;;) {
    for (const row of batch) {
      if (row.number <= layout.lastHeaderRow) continue;
      r.budget.take(row, sheet.name);
      table.add(row);
    }
    const n = await next(it);
    if (n.done) break;
    batch = n.value;
    r.progress.batch(batch);
    await pause(r.signal);
  }
  table.finish();
}

/** One sheet read: its table, or why it has none ('no-roster'); `sawContent`: its first rows hold something. */
export async function readSheet(sheet: SheetSource, r: SheetReading): Promise<{ parsed: ParsedSheet; sawContent: boolean }> {
  const empty: ParsedSheet = { name: sheet.name, headerRow: null, columns: [], employment: null, rows: [], refused: [], notStaff: [], notStaffCount: 0, skipped: 'no-roster' };
  const it = sheet.rows[Symbol.asyncIterator]();
  r.progress.startSheet(sheet);
  const { head, rest } = await headRows(it, r);
  const filled = head.filter((row) => !isBlank(row));
  const layout = findHeader(filled);
  if (!layout) {
    await it.return?.();
    return { parsed: empty, sawContent: filled.length > 0 };
  }
  const employment = layout.fields.some((f) => f.field === 'employment') ? null : employmentOfSheet(sheet.name);
  const table = new RosterTable(layout, r.today, { name: sheet.name, employment });
  await readTable(it, [...head, ...rest], table, layout, sheet, r);
  const columns = layout.fields
    .filter((f) => f.field !== 'ignore' && f.field !== 'no')
    .map((f) => ({ field: f.field, header: f.header, column: f.column + 1 }));
  return {
    parsed: { ...empty, headerRow: layout.headerRow, columns, employment, rows: table.rows, refused: table.refused, notStaff: table.notStaff,
      notStaffCount: table.notStaff.length + table.notStaffUnlisted, skipped: null,
    },
    sawContent: true,
  };
}
