// Reads an xlsx with exceljs. The fast path drives the parsers inside exceljs's streaming WorkbookReader
// (workbook, styles, shared strings, worksheet rows) with XML that we inflate from the zip ourselves, whole:
//  - the public streaming reader decodes each zip chunk on its own and so garbles a multi-byte character
//    (é, ’) that straddles two chunks into U+FFFD (exceljs issues #2084, #2316); whole strings cannot;
//  - it writes a worksheet that precedes sharedStrings.xml in the zip (as LibreOffice orders them) to a temp
//    file first; we need no temp files;
//  - it ignores merged cells; we read <mergeCells> from the same XML and fill them in (mergeFill.ts).
// Styles are cached so that date cells come back as dates. These parsers are exceljs internals (4.4.0, its
// latest release): when they are missing, the file goes through the public, slower `Workbook.xlsx.load`.
import { posix } from 'node:path';
import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import type { RawCell, RawRow, SheetSource } from './cells';
import { MergeFill } from './mergeFill';
import { sheetMeta } from './sheetMeta';
import type { ZipIndex } from './zip';
import { readZipEntry } from './zip';

type Value = ExcelJS.CellValue | undefined;

interface ReaderInternals {
  _parseRels(entry: Readable): Promise<void>;
  _parseWorkbook(entry: Readable): Promise<void>;
  _parseStyles(entry: Readable): Promise<void>;
  _parseSharedStrings(entry: Readable): AsyncIterable<unknown>;
  _parseWorksheet(chunks: Iterable<string>, sheetNo: string): Iterable<{ eventType: string; value: WorksheetEvents }>;
  model?: { sheets?: ({ name?: string; rId?: string; state?: string } | undefined)[] };
  workbookRels?: { Id: string; Target: string }[];
}

/** WorksheetReader.parse(): the rows (and other events) found in each chunk of XML. */
interface WorksheetEvents { parse(): AsyncIterable<{ eventType: string; value: unknown }[]> }

const INTERNALS = ['_parseRels', '_parseWorkbook', '_parseStyles', '_parseSharedStrings', '_parseWorksheet'] as const;

/** Chunk size fed to the XML parser: exceljs gathers a chunk's events in one array, so big chunks cost memory. */
const CHUNK = 16 * 1024;

function* chunks(text: string): Generator<string> {
  for (let i = 0; i < text.length;) {
    let end = Math.min(text.length, i + CHUNK);
    const code = text.charCodeAt(end - 1);
    if (code >= 0xd800 && code <= 0xdbff && end < text.length) end++; // keep a surrogate pair together
    yield text.slice(i, end);
    i = end;
  }
}

function toRawCell(value: Value): RawCell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || value instanceof Date) return value;
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if ('richText' in value) return value.richText.map((r) => r.text).join('');
  if ('formula' in value || 'sharedFormula' in value) return toRawCell(value.result as Value);
  if ('hyperlink' in value) return toRawCell(value.text as Value);
  return null; // error values (#N/A, #REF!)
}

function toRawRow(row: ExcelJS.Row): RawRow {
  // row.values is a fresh 1-based array: reuse it.
  const cells = row.values as Value[] as RawCell[];
  cells.shift();
  for (let i = 0; i < cells.length; i++) {
    const v = cells[i] as Value;
    if (v === undefined) cells[i] = null;
    else if (typeof v === 'object' && v !== null && !(v instanceof Date)) cells[i] = toRawCell(v);
  }
  return { number: row.number, cells };
}

function isHidden(state: string | undefined): boolean {
  return state === 'hidden' || state === 'veryHidden';
}

function internalsOf(reader: object): ReaderInternals | null {
  const ok = INTERNALS.every((name) => typeof (reader as Record<string, unknown>)[name] === 'function');
  return ok ? (reader as unknown as ReaderInternals) : null;
}

async function* streamedRows(sheet: WorksheetEvents, fill: MergeFill): AsyncGenerator<RawRow[]> {
  for await (const events of sheet.parse()) {
    const batch: RawRow[] = [];
    for (const { eventType, value } of events) {
      if (eventType !== 'row') continue;
      const raw = toRawRow(value as ExcelJS.Row);
      if (!fill.empty) fill.apply(raw);
      batch.push(raw);
    }
    if (batch.length > 0) yield batch;
  }
}

/** Sheets in workbook order; null when this exceljs lacks the internals (use `loadedSheets`). */
export async function fastSheets(bytes: Uint8Array, zip: ZipIndex): Promise<AsyncGenerator<SheetSource> | null> {
  const reader = internalsOf(new ExcelJS.stream.xlsx.WorkbookReader(Readable.from([]), {
    worksheets: 'emit', sharedStrings: 'cache', styles: 'cache', hyperlinks: 'ignore', entries: 'ignore',
  }));
  if (!reader) return null;
  const xml = (path: string): string | null => {
    const entry = zip.get(path);
    return entry ? readZipEntry(bytes, entry).toString('utf8') : null;
  };
  const rels = xml('xl/_rels/workbook.xml.rels');
  if (rels !== null) await reader._parseRels(Readable.from([rels]));
  await reader._parseWorkbook(Readable.from([xml('xl/workbook.xml') ?? '']));
  const styles = xml('xl/styles.xml');
  if (styles !== null) await reader._parseStyles(Readable.from([styles]));
  const shared = xml('xl/sharedStrings.xml');
  if (shared !== null) for await (const _ of reader._parseSharedStrings(Readable.from(chunks(shared)))) { /* cached */ }

  const targets = new Map((reader.workbookRels ?? []).map((r) => [r.Id, r.Target]));
  const sheets = (reader.model?.sheets ?? []).flatMap((s) => {
    const target = s?.rId ? targets.get(s.rId) : undefined;
    if (!s || !target) return [];
    const path = target.startsWith('/') ? target.slice(1) : posix.normalize(posix.join('xl', target));
    return [{ name: s.name ?? path, hidden: isHidden(s.state), path }];
  });
  return (async function* () {
    for (const [i, sheet] of sheets.entries()) {
      const text = xml(sheet.path);
      if (text === null) continue;
      const meta = sheetMeta(text);
      for (const { eventType, value } of reader._parseWorksheet(chunks(text), String(i + 1))) {
        if (eventType !== 'worksheet') continue;
        yield { name: sheet.name, hidden: sheet.hidden, lastRow: meta.lastRow, rows: streamedRows(value, new MergeFill(meta.merges)) };
      }
    }
  })();
}

async function* loadedRows(sheet: ExcelJS.Worksheet): AsyncGenerator<RawRow[]> {
  const rows = (sheet.getRows(1, sheet.rowCount) ?? []).filter((row) => row.hasValues);
  for (let i = 0; i < rows.length; i += 500) yield rows.slice(i, i + 500).map(toRawRow);
}

/** Sheets through exceljs's public full reader: slower; merged cells already carry their value. */
export async function* loadedSheets(bytes: Uint8Array): AsyncGenerator<SheetSource> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ExcelJS.Buffer, {
    ignoreNodes: ['dataValidations'],
  } as Partial<ExcelJS.XlsxReadOptions>);
  for (const sheet of workbook.worksheets) {
    yield { name: sheet.name, hidden: isHidden(sheet.state), lastRow: sheet.rowCount || null, rows: loadedRows(sheet) };
  }
}
