// Reads an xlsx without exceljs. Every part comes through zipGuard.ts (capped inflates, no DOCTYPE). The small
// parts — workbook, relationships, styles — are read by workbookParts.ts; the shared strings and the cells are
// scanned by sheetScan.ts as each part inflates, a window at a time, so that a sheet is never held whole
// (sheetStream.ts); prefixed element names (<x:row>, as the OpenXML SDK may write) are read too. Merged ranges
// are filled in by mergeFill.ts. When no sheet can be found through the workbook's references, `fastSheets`
// declines and the file goes through exceljs's public full reader (xlsxLoad.ts), guarded. Tests read every
// fixture both ways.
import type { SheetSource } from './cells';
import { SharedStringScanner } from './sharedStrings';
import { PartText, sheetHead, sheetRows } from './sheetStream';
import { dateStyleIds, workbookInfo } from './workbookParts';
import type { GuardedZip } from './zipGuard';

/** The workbook and its relationships: a few KB, even with hundreds of sheets. */
const SMALL_PART = 4 * 1024 * 1024;

async function sharedStrings(zip: GuardedZip, path: string, signal?: AbortSignal): Promise<string[]> {
  const scanner = new SharedStringScanner();
  let text: PartText | null = null;
  let size = 0;
  // the table is held whole (cells refer to it by index): it gets the cap of a held part
  zip.checkHeld(path);
  for await (const chunk of zip.chunks(path, signal)) {
    size += chunk.length;
    zip.checkHeld(path, size);
    text ??= new PartText(/<([\w.-]+:)sst[\s>]/.exec(chunk.toString('utf8', 0, 4096))?.[1] ?? null);
    scanner.push(text.chunk(chunk));
  }
  if (text) scanner.push(text.end());
  return scanner.end();
}

/** Sheets in workbook order; null when the fast path cannot read this file (use `loadedSheets`). */
export async function fastSheets(zip: GuardedZip, signal?: AbortSignal): Promise<SheetSource[] | null> {
  const info = workbookInfo((path) => zip.text(path, SMALL_PART));
  if (info.sheets.length === 0) return null;
  const dates = dateStyleIds((info.stylesPath && zip.text(info.stylesPath)) || '');
  const shared = info.sharedStringsPath ? await sharedStrings(zip, info.sharedStringsPath, signal) : [];
  const context = {
    date1904: info.date1904,
    sharedString: (index: number): string | null => shared[index] ?? null,
    isDateStyle: (id: number): boolean => dates.has(id),
  };
  const sources: SheetSource[] = [];
  for (const sheet of info.sheets) {
    if (!zip.has(sheet.path)) continue;
    const head = await sheetHead(zip, sheet.path, signal);
    sources.push({ name: sheet.name, hidden: sheet.hidden, lastRow: head.lastRow, ...sheetRows(zip, sheet.path, context, head.prefix, signal) });
  }
  return sources;
}
