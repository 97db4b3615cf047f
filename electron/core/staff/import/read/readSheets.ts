// Finds the roster in a workbook's sheets and reads it: the first visible sheet whose first rows hold a header
// naming a name column. Reports progress about every 500 rows, yields to the event loop meanwhile (so the main
// process stays responsive and a cancel is seen), and stops at once when the signal aborts.
import { UserError } from '../../../errors';
import type { RawRow, SheetSource } from '../../../spreadsheet/cells';
import { cellText } from '../../../spreadsheet/cells';
import type { HeaderLayout } from '../table/headerRow';
import { findHeader, HEADER_SEARCH_ROWS } from '../table/headerRow';
import { RosterTable } from '../table/rosterTable';
import type { ParsedRoster, ParseOptions } from '../types';

export const PROGRESS_EVERY = 500;

/** A failure of the library reading the file: the file is damaged, not the program. */
export class SourceError extends Error {
  override readonly name = 'SourceError';
}

/** Runs a step of the file's reader, turning its failures into SourceError. */
export async function fromSource<T>(step: () => Promise<T> | T): Promise<T> {
  try {
    return await step();
  } catch (e) {
    if (e instanceof Error && e.name === 'AbortError') throw e;
    throw new SourceError(e instanceof Error ? e.message : String(e), { cause: e });
  }
}

function next<T>(it: AsyncIterator<T> | Iterator<T>): Promise<IteratorResult<T>> {
  return fromSource(() => it.next());
}

function isBlank(row: RawRow): boolean {
  return row.cells.every((c) => cellText(c) === '');
}

function nextTick(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

/** The first rows of a sheet, up to HEADER_SEARCH_ROWS non-blank ones, and the rest of the batch they came in. */
async function headRows(it: AsyncIterator<RawRow[]>): Promise<{ head: RawRow[]; rest: RawRow[] }> {
  const head: RawRow[] = [];
  let filled = 0;
  for (let n = await next(it); !n.done; n = await next(it)) {
    const batch = n.value;
    for (let i = 0; i < batch.length; i++) {
      const row = batch[i] as RawRow;
      head.push(row);
      if (!isBlank(row) && ++filled >= HEADER_SEARCH_ROWS) return { head, rest: batch.slice(i + 1) };
    }
  }
  return { head, rest: [] };
}

async function readTable(
  it: AsyncIterator<RawRow[]>, first: RawRow[], layout: HeaderLayout, lastRow: number | null, opts: ParseOptions, today: Date,
): Promise<RosterTable> {
  const { onProgress, signal } = opts;
  const table = new RosterTable(layout, today);
  const estimate = lastRow ? Math.max(0, lastRow - layout.lastHeaderRow) : 0;
  let done = 0;
  let batch: RawRow[] | null = first;
  while (batch) {
    for (const row of batch) {
      if (row.number <= layout.lastHeaderRow) continue;
      table.add(row);
      if (++done % PROGRESS_EVERY === 0) {
        onProgress?.(done, Math.max(estimate, done));
        await nextTick();
        signal?.throwIfAborted();
      }
    }
    signal?.throwIfAborted();
    const n = await next(it);
    batch = n.done ? null : n.value;
  }
  table.finish();
  onProgress?.(done, done);
  return table;
}

/** The roster of the first sheet that has one; 'no-sheets' when the source yielded no sheet at all. */
export async function readSheets(
  sheets: AsyncIterable<SheetSource> | Iterable<SheetSource>, file: string, opts: ParseOptions, today: Date,
): Promise<ParsedRoster | 'no-sheets'> {
  let sawSheet = false;
  let sawContent = false;
  const sheetIt = Symbol.asyncIterator in sheets ? sheets[Symbol.asyncIterator]() : sheets[Symbol.iterator]();
  for (let s = await next(sheetIt); !s.done; s = await next(sheetIt)) {
    const sheet = s.value;
    sawSheet = true;
    opts.signal?.throwIfAborted();
    if (sheet.hidden) continue;
    const it = sheet.rows[Symbol.asyncIterator]();
    const { head, rest } = await headRows(it);
    const filled = head.filter((r) => !isBlank(r));
    if (filled.length > 0) sawContent = true;
    const layout = findHeader(filled);
    if (!layout) { await it.return?.(); continue; }

    const table = await readTable(it, [...head, ...rest], layout, sheet.lastRow, opts, today);
    await sheetIt.return?.();
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
