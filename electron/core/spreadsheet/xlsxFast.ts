// Reads an xlsx. The fast path inflates the parts it needs from the zip itself, whole (so no multi-byte
// character is split between chunks, as in exceljs's public streaming reader: exceljs issues #2084/#2316, and no
// temp files are written for a LibreOffice workbook whose sheets precede sharedStrings.xml); exceljs's own
// parsers read the workbook (sheet names and states, 1904 dates) and the styles (which cells are dates); the
// shared strings and cells are scanned by sheetScan.ts, because the XML parser under exceljs's worksheet reader
// alone costs about as much as openpyxl's whole read of a 10,000-row roster. Merged ranges are filled in by
// mergeFill.ts. The exceljs parsers used are internals of its streaming WorkbookReader (exceljs 4.4.0, its
// latest release): when they are missing, or a sheet uses prefixed element names, `fastSheets` declines and the
// file goes through exceljs's public full reader (xlsxLoad.ts). Tests read every fixture both ways.
import { posix } from 'node:path';
import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import type { RawRow, SheetSource } from './cells';
import { isHiddenSheet } from './cells';
import { MergeFill } from './mergeFill';
import { sheetMeta } from './sheetMeta';
import { canScan, scanSharedStrings, scanSheetRows } from './sheetScan';
import type { ZipIndex } from './zip';
import { readZipEntry } from './zip';

interface ReaderInternals {
  _parseRels(entry: Readable): Promise<void>;
  _parseWorkbook(entry: Readable): Promise<void>;
  _parseStyles(entry: Readable): Promise<void>;
  model?: { sheets?: ({ name?: string; rId?: string; state?: string } | undefined)[] };
  workbookRels?: { Id: string; Type?: string; Target: string }[];
  properties?: { model?: { date1904?: boolean } };
  styles?: { getStyleModel?(id: number): { numFmt?: string } | null };
}

const INTERNALS = ['_parseRels', '_parseWorkbook', '_parseStyles'] as const;

/** As exceljs decides it: a number format with date or time letters outside quotes and brackets. */
export function isDateFormat(format: string | undefined): boolean {
  if (!format) return false;
  return /[ymdhMsb]/.test(format.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, ''));
}

/** A workbook relationship target ("worksheets/sheet1.xml", "/xl/worksheets/sheet1.xml") as a zip path. */
function partPath(target: string): string {
  return target.startsWith('/') ? target.slice(1) : posix.normalize(posix.join('xl', target));
}

function internalsOf(reader: object): ReaderInternals | null {
  const ok = INTERNALS.every((name) => typeof (reader as Record<string, unknown>)[name] === 'function');
  return ok ? (reader as unknown as ReaderInternals) : null;
}

async function* scannedRows(xml: string, shared: readonly string[], reader: ReaderInternals, fill: MergeFill): AsyncGenerator<RawRow[]> {
  const dateStyles = new Map<number, boolean>();
  const context = {
    date1904: reader.properties?.model?.date1904 === true,
    sharedString(index: number): string | null {
      return shared[index] ?? null;
    },
    isDateStyle(id: number): boolean {
      let date = dateStyles.get(id);
      if (date === undefined) {
        date = isDateFormat(reader.styles?.getStyleModel?.(id)?.numFmt);
        dateStyles.set(id, date);
      }
      return date;
    },
  };
  for (const batch of scanSheetRows(xml, context)) {
    if (!fill.empty) for (const row of batch) fill.apply(row);
    yield batch;
  }
}

/** Sheets in workbook order; null when the fast path cannot read this file (use `loadedSheets`). */
export async function fastSheets(bytes: Uint8Array, zip: ZipIndex): Promise<SheetSource[] | null> {
  const reader = internalsOf(new ExcelJS.stream.xlsx.WorkbookReader(Readable.from([]), {
    worksheets: 'emit', sharedStrings: 'ignore', styles: 'cache', hyperlinks: 'ignore', entries: 'ignore',
  }));
  if (!reader) return null;
  const xml = (path: string): string | null => {
    const entry = zip.get(path);
    return entry ? readZipEntry(bytes, entry).toString('utf8') : null;
  };
  const rels = xml('xl/_rels/workbook.xml.rels');
  if (rels !== null) await reader._parseRels(Readable.from([rels]));
  await reader._parseWorkbook(Readable.from([xml('xl/workbook.xml') ?? '']));
  const relations = reader.workbookRels ?? [];
  const targets = new Map(relations.map((r) => [r.Id, partPath(r.Target)]));
  const sheets = (reader.model?.sheets ?? []).flatMap((s) => {
    const path = s?.rId ? targets.get(s.rId) : undefined;
    return s && path ? [{ name: s.name ?? path, hidden: isHiddenSheet(s.state), path }] : [];
  });
  if (sheets.length === 0) return null;
  const related = (type: string, usual: string): string => partPath(relations.find((r) => r.Type?.endsWith(`/${type}`))?.Target ?? usual);

  const styles = xml(related('styles', 'styles.xml'));
  if (styles !== null) await reader._parseStyles(Readable.from([styles]));
  const shared = scanSharedStrings(xml(related('sharedStrings', 'sharedStrings.xml')) ?? '');

  const sources: SheetSource[] = [];
  for (const sheet of sheets) {
    const text = xml(sheet.path);
    if (text === null) continue;
    if (!canScan(text)) return null;
    const meta = sheetMeta(text);
    sources.push({ name: sheet.name, hidden: sheet.hidden, lastRow: meta.lastRow, rows: scannedRows(text, shared, reader, new MergeFill(meta.merges)) });
  }
  return sources;
}
