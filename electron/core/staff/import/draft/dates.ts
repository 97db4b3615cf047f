// Birth dates from a TANGGAL LAHIR column: a date cell (exceljs dates are UTC midnight: read with getUTC*), an
// Excel serial number in a cell without a date format, or text: "13-09-1980", "13/09/1980", "13.09.1980",
// "1980-09-13", "13 September 1980", "13 Sep 80". Day first, as Indonesians write dates.
import type { IsoDate } from '../../types';
import { fullYear, isRealDate, isoDate } from '../../identity/calendar';
import type { RawCell } from '../../../spreadsheet/cells';
import { isoFromUtcDate } from '../../../spreadsheet/cells';

const MONTHS: Record<string, number> = {
  jan: 1, januari: 1, january: 1, feb: 2, peb: 2, februari: 2, pebruari: 2, february: 2, mar: 3, maret: 3, march: 3,
  apr: 4, april: 4, mei: 5, may: 5, jun: 6, juni: 6, june: 6, jul: 7, juli: 7, july: 7, agu: 8, agt: 8, ags: 8,
  aug: 8, agustus: 8, august: 8, sep: 9, sept: 9, september: 9, okt: 10, oct: 10, oktober: 10, october: 10,
  nov: 11, nop: 11, nopember: 11, november: 11, des: 12, dec: 12, desember: 12, december: 12,
};

const EXCEL_EPOCH = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;

function checked(year: number, month: number, day: number): IsoDate | null {
  return isRealDate(year, month, day) && year >= 1900 ? isoDate(year, month, day) : null;
}

function year4(text: string, today: Date): number {
  const n = Number(text);
  return text.length <= 2 ? fullYear(n, today) : n;
}

export function parseDateText(raw: string, today: Date = new Date()): IsoDate | null {
  const text = raw.trim().replace(/\s+\d{1,2}:\d{2}(:\d{2})?$/, '').replace(/^'/, '');
  let m = /^(\d{1,2})[-/. ](\d{1,2})[-/. ](\d{4}|\d{2})$/.exec(text);
  if (m) return checked(year4(m[3] ?? '', today), Number(m[2]), Number(m[1]));
  m = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/.exec(text);
  if (m) return checked(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{1,2})[\s\-/.]*([A-Za-z]+)\.?[\s\-/.,]*(\d{4}|\d{2})$/.exec(text);
  if (m) {
    const month = MONTHS[(m[2] ?? '').toLowerCase()];
    return month ? checked(year4(m[3] ?? '', today), month, Number(m[1])) : null;
  }
  return null;
}

export function parseDateCell(cell: RawCell, today: Date = new Date()): IsoDate | null {
  if (cell === null) return null;
  if (cell instanceof Date) return isoFromUtcDate(cell);
  if (typeof cell === 'number') {
    // A date typed into a cell formatted as a number: an Excel serial (1900 date system).
    if (!Number.isInteger(cell) || cell < 1 || cell > 2_958_465) return null;
    return isoFromUtcDate(new Date(EXCEL_EPOCH + cell * DAY_MS));
  }
  return parseDateText(cell, today);
}

/** "Pamekasan, 13-09-1980" / "Sumenep / 2 Januari 1979" / "Sampang 05/06/1990" → place and date. */
const PLACE_DATE = /^(.*?)[\s,/]+(\d{1,2}[-/. ]\d{1,2}[-/. ]\d{2,4}|\d{1,2}[\s-]+[A-Za-z]+\.?[\s-]+\d{2,4}|\d{4}-\d{1,2}-\d{1,2})$/;

export function splitPlaceDate(raw: string, today: Date = new Date()): { place: string | null; date: IsoDate | null } {
  const text = raw.trim();
  const m = PLACE_DATE.exec(text);
  if (!m) return { place: text || null, date: null };
  return { place: (m[1] ?? '').trim() || null, date: parseDateText(m[2] ?? '', today) };
}
