// Finds the header row among the first rows of a sheet: title rows above it are common, and so is a two-level
// header ("PANGKAT" over GOL | TMT, "NAMA / NIP" over Nama | NIP, JABATAN merged down over both rows).
// Every row is tried alone and together with the row below it; the candidate naming the most distinct fields
// wins (it must name a name column), the earlier one on a tie. A pair is a candidate only when every filled
// cell of its lower row is a known header, so a first data row or a column-number row is never read as one,
// and when its upper row names at least one header itself.
import type { RawRow } from '../../../spreadsheet/cells';
import { cellText, columnLetter } from '../../../spreadsheet/cells';
import type { Field } from './headerFields';
import { classifyHeader } from './headerFields';

/** How many rows at the top of a sheet may hold the header. */
export const HEADER_SEARCH_ROWS = 30;

export interface ColumnField { field: Field; column: number; header: string }

export interface HeaderLayout {
  /** Excel row number of the (upper) header row. */
  headerRow: number;
  /** Excel row number of the last header row; data starts below it. */
  lastHeaderRow: number;
  /** Recognized columns, left to right (0-based column). */
  fields: ColumnField[];
  /** A label for every column that has one, by 0-based column: the header text used for refused rows. */
  labels: string[];
  /** Every text of the header row(s), lower case: a row repeating them (a header copied per page) is skipped. */
  headerTexts: Set<string>;
}

interface Candidate { layout: HeaderLayout; score: number }

function texts(row: RawRow | undefined, width: number): string[] {
  const out: string[] = [];
  for (let c = 0; c < width; c++) out.push(cellText(row?.cells[c] ?? null).replace(/\s+/g, ' '));
  return out;
}

function score(fields: ColumnField[]): number {
  const distinct = new Set(fields.map((f) => f.field).filter((f) => f !== 'ignore' && f !== 'no'));
  return distinct.has('name') || distinct.has('nameNip') ? distinct.size : 0;
}

function single(row: RawRow, width: number): Candidate {
  const labels = texts(row, width);
  const fields: ColumnField[] = [];
  labels.forEach((header, column) => {
    const field = classifyHeader(header);
    if (field) fields.push({ field, column, header });
  });
  const layout = { headerRow: row.number, lastHeaderRow: row.number, fields, labels, headerTexts: lowerSet(labels) };
  return { layout, score: score(fields) };
}

function lowerSet(texts: string[]): Set<string> {
  return new Set(texts.filter(Boolean).map((t) => t.toLowerCase()));
}

function lastWord(text: string): string {
  return text.split(/[\s/]+/).filter(Boolean).pop() ?? '';
}

function pair(upper: RawRow, lower: RawRow, width: number): Candidate | null {
  const up = texts(upper, width);
  const low = texts(lower, width);
  // The upper row must itself hold a header (not a title merged across the table), the lower row something.
  if (low.every((t) => t === '') || !up.some((t) => classifyHeader(t) !== null)) return null;
  const fields: ColumnField[] = [];
  const labels: string[] = [];
  let group = '';
  for (let c = 0; c < width; c++) {
    const u = up[c] ?? '';
    const l = low[c] ?? '';
    if (u !== '') group = u;
    if (l === '') {
      labels.push(u);
      const field = classifyHeader(u);
      if (field) fields.push({ field, column: c, header: u });
      continue;
    }
    const tries = [l, `${l} ${lastWord(group)}`, `${group} ${l}`];
    const hit = tries.find((t) => classifyHeader(t) !== null);
    if (hit === undefined) return null; // a lower cell that is not a header: not a two-level header
    labels.push(hit);
    fields.push({ field: classifyHeader(hit) as Field, column: c, header: hit });
  }
  const layout = { headerRow: upper.number, lastHeaderRow: lower.number, fields, labels, headerTexts: lowerSet([...up, ...low]) };
  return { layout, score: score(fields) };
}

/** The header among `rows` (the first non-blank rows of a sheet), or null when none names a name column. */
export function findHeader(rows: readonly RawRow[]): HeaderLayout | null {
  const top = rows.slice(0, HEADER_SEARCH_ROWS);
  const width = Math.max(0, ...top.map((r) => r.cells.length));
  let best: Candidate | null = null;
  top.forEach((row, i) => {
    const lower = top[i + 1];
    const candidates = [lower && lower.number === row.number + 1 ? pair(row, lower, width) : null, single(row, width)];
    for (const candidate of candidates) {
      if (candidate && candidate.score > 0 && (!best || candidate.score > best.score)) best = candidate;
    }
  });
  return best === null ? null : withUniqueLabels((best as Candidate).layout);
}

/** Labels must be unique keys of a refused row's record: repeated ones get " (2)", empty ones "Kolom X". */
function withUniqueLabels(layout: HeaderLayout): HeaderLayout {
  const seen = new Map<string, number>();
  const labels = layout.labels.map((label, column) => {
    const base = label === '' ? `Kolom ${columnLetter(column)}` : label;
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return n === 1 ? base : `${base} (${n})`;
  });
  const fields = layout.fields.map((f) => ({ ...f, header: labels[f.column] ?? f.header }));
  return { ...layout, labels, fields };
}
