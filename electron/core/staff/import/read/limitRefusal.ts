// A file past one of the readers' limits (core/spreadsheet/limits.ts), refused with a message that says which
// limit and where: a zip bomb or an entity bomb is not "damaged", and a sheet too wide or a cell too long is
// named with its cell.
import { UserError } from '../../../errors';
import { megabytes } from '../../../files/io';
import type { SpreadsheetLimitError } from '../../../spreadsheet/limits';

/** 50000 → "50.000", as Indonesian writes numbers. */
export function thousands(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}

/** `sheet`: the sheet being read (null for a CSV file, which is named by the file itself). */
export function limitRefusal(e: SpreadsheetLimitError, file: string, sheet: string | null): UserError {
  const where = { file, sheet: sheet ?? file, cell: e.where, count: thousands(e.found ?? 0), limit: thousands(e.limit) };
  switch (e.kind) {
    case 'columns': return new UserError('roster-too-many-columns', where);
    case 'cell-chars': return new UserError('roster-cell-too-long', where);
    case 'rows': return new UserError('roster-too-many-rows', { file, sheet: where.sheet, limit: where.limit });
    case 'xml-entities': return new UserError('file-xml-entities', { file });
    case 'entries': return new UserError('file-unpacks-too-large', { file, limit: `${thousands(e.limit)} bagian` });
    case 'part-bytes':
    case 'total-bytes': return new UserError('file-unpacks-too-large', { file, limit: megabytes(e.limit) });
  }
}
