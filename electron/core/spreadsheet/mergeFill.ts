// Gives every cell of a merged range the value of its top-left cell, as Excel shows it: a merged header
// ("PANGKAT" over GOL and TMT) then reads the same in both columns, and a unit merged down a group of rows
// applies to each of them. Rows must arrive in order, as sheetScan.ts yields them.
import type { RawCell, RawRow } from './cells';
import type { MergeRange } from './sheetMeta';

/** Merged ranges larger than this (whole-column merges, formatting accidents) are left alone. */
const MAX_FILLED_CELLS = 200_000;

export class MergeFill {
  private readonly targets = new Map<number, { column: number; key: string }[]>();
  private readonly sources = new Map<number, { column: number; key: string }[]>();
  private readonly values = new Map<string, RawCell>();

  constructor(merges: readonly MergeRange[]) {
    let budget = MAX_FILLED_CELLS;
    for (const m of merges) {
      const area = (m.bottom - m.top + 1) * (m.right - m.left + 1);
      if (area <= 1 || area > budget) continue;
      budget -= area;
      const key = `${m.top}:${m.left}`;
      push(this.sources, m.top, { column: m.left, key });
      for (let r = m.top; r <= m.bottom; r++) {
        for (let c = m.left; c <= m.right; c++) {
          if (r !== m.top || c !== m.left) push(this.targets, r, { column: c, key });
        }
      }
    }
  }

  get empty(): boolean {
    return this.targets.size === 0;
  }

  apply(row: RawRow): void {
    for (const s of this.sources.get(row.number) ?? []) this.values.set(s.key, row.cells[s.column] ?? null);
    for (const t of this.targets.get(row.number) ?? []) {
      const value = this.values.get(t.key) ?? null;
      if (value !== null && (row.cells[t.column] ?? null) === null) {
        while (row.cells.length < t.column) row.cells.push(null);
        row.cells[t.column] = value;
      }
    }
    this.sources.delete(row.number);
    this.targets.delete(row.number);
  }
}

function push<T>(map: Map<number, T[]>, key: number, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
