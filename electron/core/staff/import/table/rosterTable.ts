// Walks the rows below the header: skips what is not a person (blank rows, the column-number row, copies of
// the header, JUMLAH rows, section rows, which become the unit of the rows under them), stops at a signature
// block, turns the rest into drafts or refusals, and refuses repeated identifiers (the first row wins).
//
// Signature blocks: a row holding a single text that marks one ("Pamekasan, 13 September 2024",
// "Mengetahui", "a.n. …", "NIP. 1968…", "Keterangan:") ends the table. Single-text rows that follow a blank
// or JUMLAH row are held back until the next real row shows they belong to the table; a marker drops them,
// so "KEPALA DINAS" and the signer's name above "NIP. …" are never taken for staff.
import { errorMessage } from '../../../../shared/messages';
import type { RawRow } from '../../../spreadsheet/cells';
import { cellText, columnLetter } from '../../../spreadsheet/cells';
import type { HeaderLayout } from './headerRow';
import { RowReader } from '../draft/rowToDraft';
import { isColumnNumberRow, isHeaderCopy, isSignatureMarker, isTotalRow, sectionLabel } from './rowKinds';
import type { RowRefusal, StaffDraft } from '../types';

export class RosterTable {
  readonly rows: StaffDraft[] = [];
  readonly refused: RowRefusal[] = [];
  private readonly reader: RowReader;
  private readonly noColumns: ReadonlySet<number>;
  /** JUMLAH is looked for up to the name column (it is written at the left of the table). */
  private readonly totalUpTo: number;
  private readonly nips = new Map<string, StaffDraft>();
  private readonly niks = new Map<string, StaffDraft>();
  private pending: RawRow[] = [];
  private afterGap = false;
  private stopped = false;
  private section: string | null = null;

  constructor(private readonly layout: HeaderLayout, today: Date) {
    this.reader = new RowReader(layout, today);
    this.noColumns = new Set(this.reader.columnsOf('no'));
    const nameColumns = [...this.reader.columnsOf('name'), ...this.reader.columnsOf('nameNip')];
    this.totalUpTo = Math.max(1, ...nameColumns);
  }

  add(row: RawRow): void {
    if (this.stopped || row.number <= this.layout.lastHeaderRow) return;
    const texts = row.cells.map(cellText);
    // What the row says besides its sequence number: nothing, one text, or more.
    let only = '';
    let several = false;
    for (let c = 0; c < texts.length && !several; c++) {
      const t = texts[c] as string;
      if (t === '' || t === only || (this.noColumns.has(c) && /^\d+\.?$/.test(t))) continue;
      if (only === '') only = t;
      else several = true;
    }
    if (only === '') { this.afterGap = true; return; }
    if (isColumnNumberRow(texts) || isHeaderCopy(texts, this.layout.headerTexts)) return;
    if (isTotalRow(texts, this.totalUpTo)) { this.afterGap = true; return; }
    if (!several) {
      const text = only;
      if (isSignatureMarker(text)) { this.pending = []; this.stopped = true; return; }
      const inNo = [...this.noColumns].some((c) => texts[c] === text);
      const section = sectionLabel(text, inNo);
      if (section !== null) { this.flush(); this.section = section; return; }
      if (this.afterGap) { this.pending.push(row); return; }
    }
    this.flush();
    this.take(row);
  }

  finish(): void {
    this.flush();
  }

  private flush(): void {
    const held = this.pending;
    this.pending = [];
    for (const row of held) this.take(row);
  }

  private take(row: RawRow): void {
    this.afterGap = false;
    const outcome = this.reader.read(row, this.section);
    if (outcome.kind === 'skip') return;
    if (outcome.kind === 'refused') { this.refuse(row, outcome.code, outcome.message); return; }
    const draft = outcome.draft;
    const firstNip = draft.nip ? this.nips.get(draft.nip) : undefined;
    if (firstNip && draft.nip) {
      this.refuse(row, 'duplicate-nip', errorMessage('roster-row-duplicate-nip', { value: draft.nip, firstRow: firstNip.excelRow, firstName: firstNip.name }));
      return;
    }
    const firstNik = draft.nik ? this.niks.get(draft.nik) : undefined;
    if (firstNik && draft.nik) {
      this.refuse(row, 'duplicate-nik', errorMessage('roster-row-duplicate-nik', { value: draft.nik, firstRow: firstNik.excelRow, firstName: firstNik.name }));
      return;
    }
    if (draft.nip) this.nips.set(draft.nip, draft);
    if (draft.nik) this.niks.set(draft.nik, draft);
    this.rows.push(draft);
  }

  private refuse(row: RawRow, code: RowRefusal['code'], message: string): void {
    const raw: Record<string, string> = {};
    const width = Math.max(row.cells.length, this.layout.labels.length);
    for (let c = 0; c < width; c++) {
      const label = this.layout.labels[c] ?? `Kolom ${columnLetter(c)}`;
      raw[label] = cellText(row.cells[c] ?? null);
    }
    this.refused.push({ row: row.number, code, message, raw });
  }
}
