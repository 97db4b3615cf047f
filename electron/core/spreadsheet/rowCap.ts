// A reader that takes a sheet's rows up to a number its file can hold (a recap's sheets, an OPD list) stops at
// the first row past it, with a SpreadsheetLimitError ('rows'): a sheet claiming a million rows is refused after
// the rows the limit allows, not read to its end. `counts` says which rows count (rows with content, say).
import type { RawRow } from './cells';
import { SpreadsheetLimitError } from './limits';

export async function* cappedRows(
  rows: AsyncIterable<RawRow[]>, max: number, where: string, counts: (row: RawRow) => boolean = () => true,
): AsyncGenerator<RawRow[]> {
  let seen = 0;
  for await (const batch of rows) {
    for (const row of batch) if (counts(row) && ++seen > max) throw new SpreadsheetLimitError('rows', max, where, seen);
    yield batch;
  }
}
