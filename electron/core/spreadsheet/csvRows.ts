// CSV through csv-parse, every field kept a string (exceljs's CSV reader turns an 18-digit NIP into a lossy
// number). Text is UTF-8 with or without BOM, UTF-16 with BOM (Excel's "Unicode Text"), or else Windows-1252;
// the delimiter is whichever of `,` `;` tab splits the first lines most consistently.
import { parse } from 'csv-parse/sync';
import iconv from 'iconv-lite';
import type { RawRow, SheetSource } from './cells';
import { columnLetter } from './cells';
import { MAX_CELL_CHARS, MAX_COLUMNS, MAX_CSV_RECORDS, SpreadsheetLimitError } from './limits';

export function decodeText(bytes: Uint8Array): string {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (buffer[0] === 0xef && buffer[1] === 0xbb && buffer[2] === 0xbf) return buffer.subarray(3).toString('utf8');
  if (buffer[0] === 0xff && buffer[1] === 0xfe) return iconv.decode(buffer.subarray(2), 'utf16le');
  if (buffer[0] === 0xfe && buffer[1] === 0xff) return iconv.decode(buffer.subarray(2), 'utf16be');
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(buffer);
  } catch {
    return iconv.decode(buffer, 'win1252');
  }
}

const CANDIDATES = [';', ',', '\t'] as const;

/** Delimiter count per line outside quotes, for the first lines. */
function countsPerLine(sample: string, delimiter: string): number[] {
  const counts: number[] = [];
  let count = 0;
  let quoted = false;
  for (const ch of sample) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && ch === delimiter) count++;
    else if (!quoted && ch === '\n') { counts.push(count); count = 0; }
  }
  counts.push(count);
  return counts.filter((c) => c > 0);
}

export function detectDelimiter(text: string): string {
  const sample = text.slice(0, 64 * 1024).split('\n').slice(0, 40).join('\n');
  let best: string = ',';
  let bestScore = 0;
  for (const delimiter of CANDIDATES) {
    const counts = countsPerLine(sample, delimiter);
    const frequency = new Map<number, number>();
    for (const c of counts) frequency.set(c, (frequency.get(c) ?? 0) + 1);
    // The most common count wins, weighted by how many lines agree on it.
    for (const [c, lines] of frequency) {
      const score = lines * 1000 + c;
      if (score > bestScore) { bestScore = score; best = delimiter; }
    }
  }
  return best;
}

/** The same limits as a sheet's (limits.ts): a line reaching the 16,384th field, a field too long. */
function checkLimits(record: string[], line: number): void {
  let last = record.length - 1;
  while (last >= 0 && record[last] === '') last--;
  if (last + 1 >= MAX_COLUMNS) throw new SpreadsheetLimitError('columns', MAX_COLUMNS, `${columnLetter(last)}${line}`, last + 1);
  for (let c = 0; c <= last; c++) {
    const length = (record[c] as string).length;
    if (length > MAX_CELL_CHARS) throw new SpreadsheetLimitError('cell-chars', MAX_CELL_CHARS, `${columnLetter(c)}${line}`, length);
  }
}

export function csvRows(bytes: Uint8Array): RawRow[] {
  const text = decodeText(bytes);
  const records = parse(text, {
    delimiter: detectDelimiter(text),
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: false,
    info: true,
    // one record past the limit says the file is past it, without parsing the rest
    to: MAX_CSV_RECORDS + 1,
  }) as unknown as { record: string[]; info: { lines: number } }[];
  if (records.length > MAX_CSV_RECORDS) throw new SpreadsheetLimitError('rows', MAX_CSV_RECORDS, 'CSV', null);
  const rows: RawRow[] = [];
  let nextLine = 1;
  for (const { record, info } of records) {
    checkLimits(record, nextLine);
    rows.push({ number: nextLine, cells: record });
    nextLine = info.lines + 1;
  }
  return rows;
}

/** A CSV file as the one sheet of a workbook. */
export function csvSheet(bytes: Uint8Array): SheetSource {
  const rows = csvRows(bytes);
  let yielded = 0;
  async function* batches(): AsyncGenerator<RawRow[]> {
    for (let i = 0; i < rows.length; i += 500) {
      const batch = rows.slice(i, i + 500);
      yielded = i + batch.length;
      yield batch;
    }
  }
  return { name: null, hidden: false, lastRow: rows.at(-1)?.number ?? null, rows: batches(), readFraction: () => (rows.length ? yielded / rows.length : 1) };
}
