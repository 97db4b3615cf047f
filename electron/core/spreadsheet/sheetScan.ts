// Reads the cells of a worksheet's <sheetData> as its XML arrives, a window of text at a time: row and cell
// positions, and each value by its type (shared string, inline string, formula string result, boolean, error,
// number; a number in a date-formatted style becomes a UTC Date as exceljs makes it). The text follows
// ECMA-376 §18.3.1. Every search is bounded by the element it belongs to (a row, a cell's start tag, a cell),
// so the cost is linear in the sheet whatever program wrote it (with or without styles, shared or inline
// strings). A cell reaching Excel's last column, or longer than MAX_CELL_CHARS, is refused (limits.ts).
import type { RawCell, RawRow } from './cells';
import { columnLetter } from './cells';
import { MAX_CELL_CHARS, MAX_COLUMNS, SpreadsheetLimitError } from './limits';
import { Pieces } from './textPieces';

export interface ScanContext {
  sharedString(index: number): string | null;
  isDateStyle(styleId: number): boolean;
  date1904: boolean;
}

/** Thrown when the XML ends in the middle of an element: a damaged file. */
export class MalformedSheetError extends Error {
  override readonly name = 'MalformedSheetError';
}

/** Position of `text` in xml at or after `from`; throws when it is missing (the XML is cut off). */
export function expect(xml: string, text: string, from: number): number {
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
    return code <= 0x10ffff ? String.fromCodePoint(code) : '';
  });
}

/** The value of attribute `name` in a start tag (the tag's text alone, so the search ends with it), or null. */
function attribute(tag: string, name: string): string | null {
  let at = tag.indexOf(` ${name}=`);
  if (at < 0) return null;
  at += name.length + 2;
  const quote = tag[at];
  if (quote !== '"' && quote !== "'") return null;
  const end = tag.indexOf(quote, at + 1);
  return end < 0 ? null : tag.slice(at + 1, end);
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

/** True when xml[at] starts the element `<name` itself (not `<nameMore`). */
function isTagStart(xml: string, at: number, length: number): boolean {
  const next = xml.charCodeAt(at + length);
  return next === 32 || next === 62 || next === 47 || next === 9 || next === 10 || next === 13;
}

/** The position of the next `<name` element at or after `from`, or -1. */
export function nextTag(xml: string, name: string, from: number): number {
  for (let at = xml.indexOf(name, from); at >= 0; at = xml.indexOf(name, at + 1)) {
    if (isTagStart(xml, at, name.length)) return at;
  }
  return -1;
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

/** The value of a cell: its start tag and its content (what lies between the tag and </c>). */
function cellValue(tag: string, content: string, ctx: ScanContext): RawCell {
  const type = attribute(tag, 't');
  if (type === 'inlineStr') return inlineText(content);
  const v0 = content.indexOf('<v');
  if (v0 < 0) return null;
  const v1 = expect(content, '>', v0);
  if (content[v1 - 1] === '/') return null;
  const raw = content.slice(v1 + 1, expect(content, '</v>', v1));
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
      const style = attribute(tag, 's');
      if (style !== null && style !== '0' && ctx.isDateStyle(Number(style))) {
        return new Date(Math.round((n - 25569 + (ctx.date1904 ? 1462 : 0)) * 86_400_000));
      }
      return n;
    }
  }
}

/** The cells of one row, from the row's content (between its start tag and </row>). */
function rowCells(body: string, number: number, ctx: ScanContext): RawCell[] {
  const cells: RawCell[] = [];
  let column = -1;
  let at = 0;
  for (;;) {
    const c = nextTag(body, '<c', at);
    if (c < 0) break;
    const tagEnd = expect(body, '>', c);
    const tag = body.slice(c, tagEnd);
    const ref = columnOf(attribute(tag, 'r'));
    column = ref >= 0 ? ref : column + 1;
    if (body.charCodeAt(tagEnd - 1) === 47) { at = tagEnd + 1; continue; }
    const close = expect(body, '</c>', tagEnd);
    const value = cellValue(tag, body.slice(tagEnd + 1, close), ctx);
    if (value !== null) {
      if (column + 1 >= MAX_COLUMNS) throw new SpreadsheetLimitError('columns', MAX_COLUMNS, `${columnLetter(column)}${number}`, column + 1);
      if (typeof value === 'string' && value.length > MAX_CELL_CHARS) {
        throw new SpreadsheetLimitError('cell-chars', MAX_CELL_CHARS, `${columnLetter(column)}${number}`, value.length);
      }
      while (cells.length < column) cells.push(null);
      cells[column] = value;
    }
    at = close + 4;
  }
  return cells;
}

/**
 * A worksheet's rows from its XML as it arrives: `push` each piece of text and get the rows completed so far;
 * `end` after the last piece. Only the unfinished last row is kept between pieces.
 */
export class SheetScanner {
  private readonly pending = new Pieces();
  private started = false;
  private ended = false;
  private lastRow = 0;

  constructor(private readonly ctx: ScanContext) {}

  /** Characters held back, waiting for the rest of a row. */
  get waiting(): number {
    return this.pending.length;
  }

  push(text: string): RawRow[] {
    if (this.ended) return [];
    // Nothing is scanned until a new row starts: a row longer than a piece costs no rescans.
    if (this.started && !text.includes('<row') && !text.includes('</sheetData>')) { this.pending.add(text); return []; }
    return this.scan(this.pending.take(text), false);
  }

  end(): RawRow[] {
    const rows = this.ended ? [] : this.scan(this.pending.take(''), true);
    if (this.started && !this.ended) throw new MalformedSheetError('</sheetData> missing');
    return rows;
  }

  private scan(text: string, final: boolean): RawRow[] {
    let xml = text;
    if (!this.started) {
      const start = nextTag(xml, '<sheetData', 0);
      const open = start < 0 ? -1 : xml.indexOf('>', start);
      if (open < 0) {
        // keep what may be the start of <sheetData, drop the head before it
        this.pending.add(start >= 0 ? xml.slice(start) : xml.slice(-16));
        return [];
      }
      this.started = true;
      if (xml.charCodeAt(open - 1) === 47) { this.ended = true; return []; }
      xml = xml.slice(open + 1);
    }
    const close = xml.indexOf('</sheetData>');
    let limit: number;
    if (close >= 0) { limit = close; this.ended = true; } else if (final) limit = xml.length;
    else {
      // Everything before the last row's start tag is complete rows.
      limit = xml.lastIndexOf('<row');
      if (limit < 0) limit = Math.max(0, xml.length - 8);
    }
    const rows = this.rows(xml, limit);
    if (!this.ended) this.pending.add(xml.slice(limit));
    return rows;
  }
  private rows(xml: string, limit: number): RawRow[] {
    const rows: RawRow[] = [];
    let pos = 0;
    for (;;) {
      const rowAt = nextTag(xml, '<row', pos);
      if (rowAt < 0 || rowAt >= limit) break;
      const rowTagEnd = expect(xml, '>', rowAt);
      const r = attribute(xml.slice(rowAt, rowTagEnd), 'r');
      const number = r ? Number(r) : this.lastRow + 1;
      this.lastRow = number;
      if (xml.charCodeAt(rowTagEnd - 1) === 47) { pos = rowTagEnd + 1; continue; }
      const rowEnd = expect(xml, '</row>', rowTagEnd);
      if (rowEnd > limit) throw new MalformedSheetError(`row ${number} cut off`);
      rows.push({ number, cells: rowCells(xml.slice(rowTagEnd + 1, rowEnd), number, this.ctx) });
      pos = rowEnd + 6;
    }
    return rows;
  }
}

/** A whole sheet's XML at once (tests, small parts). */
export function scanSheetRows(xml: string, ctx: ScanContext): RawRow[] {
  const scanner = new SheetScanner(ctx);
  return [...scanner.push(xml), ...scanner.end()];
}
