// Finds the roster in a workbook's sheets and reads it: the first visible sheet whose first rows hold a header
// naming a name column. After every batch of rows (one window of the sheet's XML, so bounded work however wide
// the rows are) it reports progress, yields to the event loop (so the main process stays responsive and a
// cancel is seen) and stops at once when the signal aborts. More than MAX_ROSTER_ROWS rows with content are
// refused; so is a sheet past the readers' limits (limits.ts), named in the message.
import { UserError } from '../../../errors';
import type { RawRow, SheetSource } from '../../../spreadsheet/cells';
import { cellText } from '../../../spreadsheet/cells';
import { isLimitError } from '../../../spreadsheet/limits';
import { limitRefusal, thousands } from './limitRefusal';
import { ReadProgress } from './progress';
import type { HeaderLayout } from '../table/headerRow';
import { findHeader, HEADER_SEARCH_ROWS } from '../table/headerRow';
import { RosterTable } from '../table/rosterTable';
import type { ParsedRoster, ParseOptions } from '../types';

/** No OPD has this many staff: a file with more rows of content is not a roster (a sheet filled to row 1,048,576). */
export const MAX_ROSTER_ROWS = 50_000;

/** A failure of the library reading the file: the file is damaged, not the program. */
export class SourceError extends Error {
  override readonly name = 'SourceError';
}

/** Runs a step of the file's reader, turning its failures into SourceError. */
export async function fromSource<T>(step: () => Promise<T> | T): Promise<T> {
  try {
    return await step();
  } catch (e) {
    if ((e instanceof Error && e.name === 'AbortError') || isLimitError(e)) throw e;
    throw new SourceError(e instanceof Error ? e.message : String(e), { cause: e });
  }
}

function next<T>(it: AsyncIterator<T> | Iterator<T>): Promise<IteratorResult<T>> {
  return fromSource(() => it.next());
}

function isBlank(row: RawRow): boolean {
  return row.cells.every((c) => cellText(c) === '');
}

function hasContent(row: RawRow): boolean {
  return row.cells.some((c) => c !== null && c !== '');
}

function nextTick(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

/** Between two batches: let the event loop run (IPC, timers, a cancel), then stop if cancelled. */
async function pause(signal: AbortSignal | undefined): Promise<void> {
  await nextTick();
  signal?.throwIfAborted();
}

/** The first rows of a sheet, up to HEADER_SEARCH_ROWS non-blank ones, and the rest of the batch they came in. */
async function headRows(it: AsyncIterator<RawRow[]>, progress: ReadProgress, signal: AbortSignal | undefined): Promise<{ head: RawRow[]; rest: RawRow[] }> {
  const head: RawRow[] = [];
  let filled = 0;
  for (let n = await next(it); !n.done; n = await next(it)) {
    const batch = n.value;
    progress.batch(batch);
    await pause(signal);
    for (let i = 0; i < batch.length; i++) {
      const row = batch[i] as RawRow;
      head.push(row);
      if (!isBlank(row) && ++filled >= HEADER_SEARCH_ROWS) return { head, rest: batch.slice(i + 1) };
    }
  }
  return { head, rest: [] };
}

/** Counts the rows with content of a workbook against MAX_ROSTER_ROWS. */
class RowBudget {
  private used = 0;
  constructor(private readonly file: string) {}
  take(row: RawRow, sheet: string | null): void {
    if (hasContent(row) && ++this.used > MAX_ROSTER_ROWS) {
      throw new UserError('roster-too-many-rows', { file: this.file, sheet: sheet ?? this.file, limit: thousands(MAX_ROSTER_ROWS) });
    }
  }
}

async function readTable(
  it: AsyncIterator<RawRow[]>, first: RawRow[], layout: HeaderLayout, sheet: SheetSource, budget: RowBudget, progress: ReadProgress,
  signal: AbortSignal | undefined, today: Date,
): Promise<RosterTable> {
  const table = new RosterTable(layout, today);
  let batch: RawRow[] | null = first;
  while (batch) {
    for (const row of batch) {
      if (row.number <= layout.lastHeaderRow) continue;
      budget.take(row, sheet.name);
      table.add(row);
    }
    const n = await next(it);
    if (n.done) break;
    batch = n.value;
    progress.batch(batch);
    await pause(signal);
  }
  table.finish();
  return table;
}

/** The roster of the first sheet that has one; 'no-sheets' when the source yielded no sheet at all. */
export async function readSheets(
  sheets: AsyncIterable<SheetSource> | Iterable<SheetSource>, file: string, opts: ParseOptions, today: Date,
): Promise<ParsedRoster | 'no-sheets'> {
  let sawSheet = false;
  let sawContent = false;
  const budget = new RowBudget(file);
  const progress = new ReadProgress(opts.onProgress);
  const sheetIt = Symbol.asyncIterator in sheets ? sheets[Symbol.asyncIterator]() : sheets[Symbol.iterator]();
  for (let s = await next(sheetIt); !s.done; s = await next(sheetIt)) {
    const sheet = s.value;
    sawSheet = true;
    opts.signal?.throwIfAborted();
    if (sheet.hidden) continue;
    const it = sheet.rows[Symbol.asyncIterator]();
    progress.startSheet(sheet);
    let table: RosterTable;
    let layout: HeaderLayout | null;
    try {
      const { head, rest } = await headRows(it, progress, opts.signal);
      const filled = head.filter((r) => !isBlank(r));
      if (filled.length > 0) sawContent = true;
      layout = findHeader(filled);
      if (!layout) { await it.return?.(); continue; }
      table = await readTable(it, [...head, ...rest], layout, sheet, budget, progress, opts.signal, today);
    } catch (e) {
      throw isLimitError(e) ? limitRefusal(e, file, sheet.name) : e;
    }
    await sheetIt.return?.();
    progress.finish();
    if (table.rows.length === 0 && table.refused.length === 0) throw new UserError('roster-no-rows', { file });
    return {
      sheetName: sheet.name,
      headerRow: layout.headerRow,
      columns: layout.fields
        .filter((f) => f.field !== 'ignore' && f.field !== 'no')
        .map((f) => ({ field: f.field, header: f.header, column: f.column + 1 })),
      rows: table.rows,
      refused: table.refused,
    };
  }
  if (!sawSheet) return 'no-sheets';
  throw new UserError(sawContent ? 'roster-no-header' : 'roster-empty', { file });
}
