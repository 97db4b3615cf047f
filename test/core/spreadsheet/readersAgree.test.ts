// The hand-written reader (fast path: guard, streaming scanner) and exceljs's public load() (the fallback) must
// see the same cells: random workbooks — texts with XML specials, accents, emoji and line breaks, whole and
// fractional numbers, dates, gaps, merged ranges, several sheets, a hidden one — written by exceljs and by
// openpyxl from the same seeded description, read both ways, compared cell by cell.
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { RawCell, RawRow, SheetSource } from '../../../electron/core/spreadsheet/cells';
import { fastSheets } from '../../../electron/core/spreadsheet/xlsxFast';
import { loadedSheets } from '../../../electron/core/spreadsheet/xlsxLoad';
import { GuardedZip } from '../../../electron/core/spreadsheet/zipGuard';
import type { SheetSpec, SpecCell, WorkbookSpec } from '../../fixtures/roster/spec';
import { writeWithExcelJs, writeWithOpenpyxl } from '../../fixtures/roster/writers';
import { makeTempDir } from '../../helpers/tempDir';

const dir = makeTempDir('readers-agree');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function generator(seed: number): () => number {
  let s = seed;
  return () => { s = (s * 1103515245 + 12345) % 2147483648; return s / 2147483648; };
}

const PIECES = ['Sri', 'Ma’ruf', 'Drs.', 'R&D', '<b>', '"kutip"', "O'Neil", 'Zoë', 'Ñ', '😀', 'ß', ' spasi ', 'baris\nbaru', '19680523 199803 1 005', '&amp;', '_x000D_x'];

function randomCell(next: () => number): SpecCell {
  const k = next();
  if (k < 0.25) return null;
  if (k < 0.6) return Array.from({ length: 1 + Math.floor(next() * 3) }, () => PIECES[Math.floor(next() * PIECES.length)]).join(' ').trim() || 'x';
  if (k < 0.75) return Math.floor(next() * 2e9) - 1e9;
  if (k < 0.85) return Math.round(next() * 1e6) / 1e3;
  const day = new Date(Date.UTC(1950 + Math.floor(next() * 70), Math.floor(next() * 12), 1 + Math.floor(next() * 28)));
  return { date: day.toISOString().slice(0, 10) };
}

function randomSheet(next: () => number, name: string, hidden: boolean): SheetSpec {
  const rows: SpecCell[][] = [];
  const height = 5 + Math.floor(next() * 60);
  const width = 1 + Math.floor(next() * 12);
  for (let r = 0; r < height; r++) rows.push(next() < 0.1 ? [] : Array.from({ length: width }, () => randomCell(next)));
  const merges: string[] = [];
  const col = (c: number) => String.fromCharCode(65 + c);
  for (let m = 0; m < 3 && width > 1; m++) {
    // merged ranges down a column, apart from each other: rows 3m+1 … 3m+2 of column m
    merges.push(`${col(m)}${3 * m * 4 + 1}:${col(m)}${3 * m * 4 + 2}`);
  }
  return { name, rows, merges: merges.filter((range) => Number(range.split(':')[1]?.slice(1)) <= height), hidden };
}

function randomWorkbook(seed: number): WorkbookSpec {
  const next = generator(seed);
  const count = 1 + Math.floor(next() * 3);
  return { sheets: Array.from({ length: count }, (_, i) => randomSheet(next, `Lembar ${i + 1}`, i === 1 && next() < 0.5)) };
}

/** A sheet's rows with content, trailing empty cells dropped: what both readers must agree on. */
async function cellsOf(sheet: SheetSource): Promise<{ number: number; cells: RawCell[] }[]> {
  const out: RawRow[] = [];
  for await (const batch of sheet.rows) out.push(...batch);
  return out
    .map((row) => {
      const cells = [...row.cells];
      while (cells.length > 0 && (cells.at(-1) === null || cells.at(-1) === undefined)) cells.pop();
      return { number: row.number, cells: cells.map((c) => c ?? null) };
    })
    .filter((row) => row.cells.length > 0);
}

async function both(file: string): Promise<{ fast: unknown[]; loaded: unknown[] }> {
  const bytes = readFileSync(file);
  const fast = (await fastSheets(new GuardedZip(bytes))) ?? [];
  const loaded: SheetSource[] = [];
  for await (const sheet of loadedSheets(bytes, new GuardedZip(bytes))) loaded.push(sheet);
  const shape = async (sheets: SheetSource[]) => Promise.all(sheets.map(async (s) => ({ name: s.name, hidden: s.hidden, rows: await cellsOf(s) })));
  return { fast: await shape(fast), loaded: await shape(loaded) };
}

describe.each(['exceljs', 'openpyxl'] as const)('random workbooks written by %s', (writer) => {
  it.each(Array.from({ length: 8 }, (_, i) => 1000 + i * 7919 + (writer === 'openpyxl' ? 1 : 0)))('seed %i: the fast reader and exceljs load() see the same cells', async (seed) => {
    const spec = randomWorkbook(seed);
    const file = join(dir, `${writer}-${seed}.xlsx`);
    await (writer === 'exceljs' ? writeWithExcelJs(spec, file) : writeWithOpenpyxl(spec, file));
    const { fast, loaded } = await both(file);
    expect(fast).toEqual(loaded);
    // and they read something: the comparison is not between two empty readings
    expect((fast as { rows: unknown[] }[]).reduce((n, s) => n + s.rows.length, 0)).toBeGreaterThan(0);
  });
});
