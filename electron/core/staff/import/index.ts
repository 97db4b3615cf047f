// Roster import: reads a staff list from an .xlsx or .csv file into drafts and refused rows. Nothing is stored
// here; the caller previews the result and imports it all or nothing.
import { isUserError, UserError } from '../../errors';
import { csvSheet } from '../../spreadsheet/csvRows';
import { fromSource, readSheets, SourceError } from './read/readSheets';
import { sniffRosterFile } from './read/sniff';
import type { ParsedRoster, ParseOptions } from './types';
import { isLimitError } from '../../spreadsheet/limits';
import { fastSheets } from '../../spreadsheet/xlsxFast';
import { loadedSheets } from '../../spreadsheet/xlsxLoad';
import { ZipError } from '../../spreadsheet/zip';
import { limitRefusal } from './read/limitRefusal';

export type { ParsedRoster, ParseOptions, RefusalCode, RowRefusal, StaffDraft } from './types';
export { REFUSAL_CODES } from './types';

/** A 10,000-row roster is well under 2 MB; 20 MB leaves room for styles and pictures. */
export const MAX_ROSTER_BYTES = 20 * 1024 * 1024;

function isAbort(e: unknown): boolean {
  return e instanceof Error && e.name === 'AbortError';
}

/**
 * Reads a roster file. Throws a UserError (roster-empty, roster-not-spreadsheet, roster-xls-old, roster-ods,
 * roster-html, roster-damaged, roster-no-header, roster-no-rows, a limit passed: file-unpacks-too-large,
 * file-xml-entities, roster-too-many-rows/-columns, roster-cell-too-long) when the whole file is refused, and
 * the signal's reason (an AbortError) when cancelled.
 */
export async function parseRosterFile(bytes: Uint8Array, fileName: string, opts: ParseOptions = {}): Promise<ParsedRoster> {
  const file = fileName.split(/[\\/]/).pop() ?? fileName;
  try {
    return await parse(bytes, file, opts);
  } catch (e) {
    throw isLimitError(e) ? limitRefusal(e, file, null) : e;
  }
}

async function parse(bytes: Uint8Array, file: string, opts: ParseOptions): Promise<ParsedRoster> {
  opts.signal?.throwIfAborted();
  const today = opts.today ?? new Date();
  const kind = sniffRosterFile(bytes, file);
  const damaged = (e: unknown): never => {
    if (isUserError(e) || isAbort(e) || isLimitError(e) || opts.signal?.aborted) throw e;
    if (e instanceof SourceError || e instanceof ZipError) throw new UserError('roster-damaged', { file });
    throw e;
  };
  if (kind.kind === 'csv') {
    let sheet;
    try {
      sheet = csvSheet(bytes);
    } catch (e) {
      throw isUserError(e) || isLimitError(e) ? e : new UserError('roster-damaged', { file });
    }
    const result = await readSheets([sheet], file, opts, today);
    if (result === 'no-sheets') throw new UserError('roster-empty', { file });
    return result;
  }
  const { zip } = kind;
  try {
    const fast = opts.xlsxReader === 'exceljs' ? null : await fromSource(() => fastSheets(zip, opts.signal));
    const result = await readSheets(fast ?? loadedSheets(bytes, zip, opts.signal), file, opts, today);
    if (result !== 'no-sheets') return result;
    // No sheet found through the workbook's own references: let exceljs's full reader try its way.
    const loaded = fast ? await readSheets(loadedSheets(bytes, zip, opts.signal), file, opts, today) : result;
    if (loaded === 'no-sheets') throw new UserError('roster-empty', { file });
    return loaded;
  } catch (e) {
    return damaged(e);
  }
}
