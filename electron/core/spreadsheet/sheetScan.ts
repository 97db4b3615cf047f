// Reads the cells of a worksheet's <sheetData>: row and cell positions, and each value by its type (shared
// string, inline string, formula string result, boolean, error, number; a number in a date-formatted style
// becomes a UTC Date as exceljs makes it). Strings, styles and the 1904 flag come from exceljs's parsers
// (xlsxSheets.ts). A dedicated scan because the XML parser under exceljs's worksheet reader alone costs about
// as much as openpyxl's whole read of a 10,000-row roster; the text here follows ECMA-376 §18.3.1.
import type { RawCell, RawRow } from './cells';

export interface ScanContext {
  sharedString(index: number): string | null;
  isDateStyle(styleId: number): boolean;
  date1904: boolean;
}

export const ROWS_PER_BATCH = 500;

/** Thrown when the XML ends in the middle of an element: a damaged file. */
export class MalformedSheetError extends Error {
  override readonly name = 'MalformedSheetError';
}

/** Position of `text` in xml at or after `from`; throws when it is missing (the XML is cut off). */
function expect(xml: string, text: string, from: number): number {
  const at = xml.indexOf(text, from);
  if (at < 0) throw new MalformedSheetError(`"${text}" missing after offset ${from}`);
  return at;
}

const ENTITY = /&(amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);/g;
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

export function decodeXml(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(ENTITY, (_, e: string) => {
    if (e[0] !== '#') return NAMED[e] ?? '';
    const code = e[1] === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
    return String.fromCodePoint(code);
  });
}

/** The value of attribute `name` in the start tag xml[from, to), or null. */
function attribute(xml: string, from: number, to: number, name: string): string | null {
  let at = xml.indexOf(` ${name}=`, from);
  if (at < 0 || at >= to) return null;
  at += name.length + 2;
  const quote = xml[at];
  if (quote !== '"' && quote !== "'") return null;
  const end = xml.indexOf(quote, at + 1);
  return end < 0 || end > to ? null : xml.slice(at + 1, end);
}

/** 0-based column of a cell reference such as "AB12"; -1 when there is none. */
function columnOf(ref: string | null): number {
  if (!ref) return -1;
  let n = 0;
  for (let i = 0; i < ref.length; i++) {
    const c = ref.charCodeAt(i);
    if (c < 65 || c > 90) break;
    n = n * 26 + (c - 64);
  }
  return n - 1;
}

/** Concatenated <t> texts of a string item (<si>, <is>), leaving out phonetic runs (<rPh>). */
export function inlineText(body: string): string {
  let text = '';
  let at = 0;
  for (;;) {
    const t = body.indexOf('<t', at);
    if (t < 0) break;
    const open = expect(body, '>', t);
    const phonetic = body.lastIndexOf('<rPh', t) > body.lastIndexOf('</rPh>', t);
    if (body[open - 1] !== '/' && (body[t + 2] === '>' || body[t + 2] === ' ')) {
      const close = expect(body, '</t>', open);
      if (!phonetic) text += body.slice(open + 1, close);
      at = close + 4;
    } else {
      at = open + 1;
    }
  }
  return decodeXml(text);
}

/** The value of the cell whose start tag is xml[tagFrom, tagTo) and whose content is xml[tagTo + 1, close). */
function cellValue(xml: string, tagFrom: number, tagTo: number, close: number, ctx: ScanContext): RawCell {
  const type = attribute(xml, tagFrom, tagTo, 't');
  if (type === 'inlineStr') return inlineText(xml.slice(tagTo + 1, close));
  const v0 = xml.indexOf('<v', tagTo);
  if (v0 < 0 || v0 > close) return null;
  const v1 = expect(xml, '>', v0);
  if (xml[v1 - 1] === '/') return null;
  const raw = xml.slice(v1 + 1, expect(xml, '</v>', v1));
  switch (type) {
    case 's': return ctx.sharedString(Number(raw));
    case 'str': return decodeXml(raw);
    case 'b': return raw === '1' || raw === 'true' ? 'TRUE' : 'FALSE';
    case 'e': return null;
    case 'd': {
      const date = new Date(raw.length === 10 ? `${raw}T00:00:00Z` : raw);
      return Number.isNaN(date.getTime()) ? decodeXml(raw) : date;
    }
    default: {
      const n = Number(raw);
      if (raw === '' || Number.isNaN(n)) return decodeXml(raw);
      const style = attribute(xml, tagFrom, tagTo, 's');
      if (style !== null && style !== '0' && ctx.isDateStyle(Number(style))) {
        return new Date(Math.round((n - 25569 + (ctx.date1904 ? 1462 : 0)) * 86_400_000));
      }
      return n;
    }
  }
}

/** The shared string table (xl/sharedStrings.xml): one text per <si>, rich-text runs joined. */
export function scanSharedStrings(xml: string): string[] {
  const strings: string[] = [];
  let at = xml.indexOf('<sst');
  for (;;) {
    const si = xml.indexOf('<si', at);
    if (si < 0) break;
    const open = expect(xml, '>', si);
    const next = xml[si + 3];
    if (next !== '>' && next !== ' ' && next !== '/') { at = open + 1; continue; }
    if (xml[open - 1] === '/') { strings.push(''); at = open + 1; continue; }
    const close = expect(xml, '</si>', open);
    const body = xml.slice(open + 1, close);
    // The common case, one plain <t>: no search for runs needed.
    const simple = /^<t(?: xml:space="preserve")?>([^<]*)<\/t>$/.exec(body);
    strings.push(simple ? decodeXml(simple[1] ?? '') : inlineText(body));
    at = close + 5;
  }
  return strings;
}

/** True when the sheet uses the plain (unprefixed) element names this scan reads. */
export function canScan(xml: string): boolean {
  return xml.includes('<sheetData');
}

export function* scanSheetRows(xml: string, ctx: ScanContext): Generator<RawRow[]> {
  const start = xml.indexOf('<sheetData');
  const end = xml.indexOf('</sheetData>', start);
  if (start < 0 || end < 0) return;
  let pos = start;
  let lastRow = 0;
  let batch: RawRow[] = [];
  for (;;) {
    const rowAt = xml.indexOf('<row', pos);
    if (rowAt < 0 || rowAt > end) break;
    const rowTagEnd = expect(xml, '>', rowAt);
    const r = attribute(xml, rowAt, rowTagEnd, 'r');
    const number = r ? Number(r) : lastRow + 1;
    lastRow = number;
    if (xml[rowTagEnd - 1] === '/') { pos = rowTagEnd + 1; continue; }
    const rowEnd = expect(xml, '</row>', rowTagEnd);
    const cells: RawCell[] = [];
    let column = -1;
    let at = rowTagEnd + 1;
    for (;;) {
      const c = xml.indexOf('<c', at);
      if (c < 0 || c > rowEnd) break;
      const next = xml.charCodeAt(c + 2);
      if (next !== 32 && next !== 62 && next !== 47) { at = c + 2; continue; }
      const tagEnd = expect(xml, '>', c);
      const ref = columnOf(attribute(xml, c, tagEnd, 'r'));
      column = ref >= 0 ? ref : column + 1;
      if (xml[tagEnd - 1] === '/') { at = tagEnd + 1; continue; }
      const close = expect(xml, '</c>', tagEnd);
      const value = cellValue(xml, c, tagEnd, close, ctx);
      if (value !== null) {
        while (cells.length < column) cells.push(null);
        cells[column] = value;
      }
      at = close + 4;
    }
    batch.push({ number, cells });
    if (batch.length >= ROWS_PER_BATCH) { yield batch; batch = []; }
    pos = rowEnd + 6;
  }
  if (batch.length > 0) yield batch;
}
