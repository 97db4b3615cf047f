// Progress of a read, in rows of the file (the row numbers Excel shows): reported after every batch (one window
// of a sheet's XML), so the line advances however the file was written, with a total estimated from how much of
// the sheet has been read (its bytes), else from its <dimension>; the sheets before count with the rows they had.
import type { RawRow } from '../../../spreadsheet/cells';
import type { SheetSource } from '../../../spreadsheet/cells';

export class ReadProgress {
  /** rows of the sheets already read */
  private before = 0;
  private rows = 0;
  private sheet: SheetSource | null = null;

  constructor(private readonly onProgress: ((done: number, total: number) => void) | undefined) {}

  startSheet(sheet: SheetSource): void {
    this.before += this.rows;
    this.rows = 0;
    this.sheet = sheet;
  }

  /** After a batch of rows of the current sheet. */
  batch(rows: readonly RawRow[]): void {
    this.rows = Math.max(this.rows, rows.at(-1)?.number ?? 0);
    if (!this.onProgress) return;
    const done = this.before + this.rows;
    this.onProgress(done, Math.max(done, this.before + this.estimate()));
  }

  finish(): void {
    const done = this.before + this.rows;
    this.onProgress?.(done, done);
  }

  private estimate(): number {
    const fraction = this.sheet?.readFraction() ?? null;
    if (fraction !== null && fraction > 0) return Math.round(this.rows / fraction);
    return this.sheet?.lastRow ?? 0;
  }
}
