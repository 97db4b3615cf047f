// Reads every visible sheet of a workbook whose first rows hold a roster header (a header naming a name
// column), each sheet on its own (sheetTable.ts), then puts them together (combine.ts): offices keep PNS,
// PPPK and Honorer on separate tabs. Hidden sheets and sheets without a roster are listed with why; with
// `opts.sheet` only that sheet is read. A sheet past the readers' limits (limits.ts) is named in the refusal.
import { UserError } from '../../../errors';
import type { SheetSource } from '../../../spreadsheet/cells';
import { isLimitError } from '../../../spreadsheet/limits';
import { combineSheets, sameSheet } from './combine';
import { limitRefusal } from './limitRefusal';
import { ReadProgress } from './progress';
import { RowBudget, readSheet } from './sheetTable';
import { next } from './source';
import type { ParsedRoster, ParsedSheet, ParseOptions, SheetSkip } from '../types';

export { fromSource, SourceError } from './source';
export { MAX_ROSTER_ROWS } from './sheetTable';

function skipped(sheet: SheetSource, why: SheetSkip): ParsedSheet {
  return { name: sheet.name, headerRow: null, columns: [], employment: null, rows: [], refused: [], notStaff: [], notStaffCount: 0, skipped: why };
}

/** The roster of every sheet that has one; 'no-sheets' when the source yielded no sheet at all. */
export async function readSheets(
  sheets: AsyncIterable<SheetSource> | Iterable<SheetSource>, file: string, opts: ParseOptions, today: Date,
): Promise<ParsedRoster | 'no-sheets'> {
  const parsed: ParsedSheet[] = [];
  let sawContent = false;
  const progress = new ReadProgress(opts.onProgress);
  const reading = { progress, budget: new RowBudget(file), signal: opts.signal, today };
  const sheetIt = Symbol.asyncIterator in sheets ? sheets[Symbol.asyncIterator]() : sheets[Symbol.iterator]();
  for (let s = await next(sheetIt); !s.done; s = await next(sheetIt)) {
    const sheet = s.value;
    opts.signal?.throwIfAborted();
    if (sheet.hidden) { parsed.push(skipped(sheet, 'hidden')); continue; }
    if (opts.sheet !== undefined && !sameSheet(opts.sheet, sheet.name)) { parsed.push(skipped(sheet, 'left-out')); continue; }
    try {
      const read = await readSheet(sheet, reading);
      parsed.push(read.parsed);
      sawContent ||= read.sawContent;
    } catch (e) {
      throw isLimitError(e) ? limitRefusal(e, file, sheet.name) : e;
    }
  }
  progress.finish();
  if (parsed.length === 0) return 'no-sheets';
  if (opts.sheet !== undefined && !parsed.some((p) => sameSheet(opts.sheet ?? '', p.name))) {
    throw new UserError('roster-sheet-not-found', { file, sheet: opts.sheet, sheets: parsed.map((p) => `"${p.name ?? ''}"`).join(', ') });
  }
  if (!parsed.some((p) => p.skipped === null)) throw new UserError(sawContent ? 'roster-no-header' : 'roster-empty', { file });
  const roster = combineSheets(parsed);
  if (roster.rows.length === 0 && roster.refused.length === 0) throw new UserError('roster-no-rows', { file });
  return roster;
}
