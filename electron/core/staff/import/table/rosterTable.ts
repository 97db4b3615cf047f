// Walks the rows below the header: skips what is not a person (blank rows, the column-number row, copies of
// the header, JUMLAH rows, section rows, which become the unit of the rows under them), sets aside the
// signature block and notes below the table, turns the rest into drafts or refusals, and refuses repeated
// identifiers (the first row wins).
//
// Signature blocks and notes: a row without a sequence number or identifier whose texts are markers
// ("Pamekasan, 13 September 2024", "Mengetahui", "a.n. …", "NIP. 1968…", "Keterangan:"; two signers side by
// side give two) ends the table. A row of signature lines (a title, the region, a pangkat) is held with what
// follows until a marker (all of it is not staff), a numbered or identified row (the signature lines are not
// staff, the rest is read), or the end of the sheet (not staff). Single-text rows after a blank or JUMLAH row
// are held the same way, so "KEPALA DINAS" and the signer's name above "NIP. …" are never taken for staff.
// Every row set aside is kept in `notStaff`, so that the preview lists it: nothing is dropped silently.
import { errorMessage } from '../../../../shared/messages';
import type { RawRow } from '../../../spreadsheet/cells';
import { cellText, columnLetter } from '../../../spreadsheet/cells';
import type { Employment } from '../../types';
import type { HeaderLayout } from './headerRow';
import { RowReader } from '../draft/rowToDraft';
import {
  isColumnNumberRow, isHeaderCopy, isSignatureLine, isSignatureMarker, isTotalRow, looksLikeIdentifier, sectionLabel,
} from './rowKinds';
import type { NotStaffRow, RowRefusal, StaffDraft } from '../types';

/** More rows than this below a table are counted, not listed. */
const MAX_NOT_STAFF_LISTED = 200;

/** The sheet a table is on: its name (null for CSV) and the employment its name stands for. */
export interface TableSheet {
  name: string | null;
  employment: Employment | null;
}

interface Held { row: RawRow; texts: string[]; signature: boolean }

export class RosterTable {
  readonly rows: StaffDraft[] = [];
  readonly refused: RowRefusal[] = [];
  readonly notStaff: NotStaffRow[] = [];
  /** rows set aside beyond those listed in `notStaff` */
  notStaffUnlisted = 0;
  private readonly reader: RowReader;
  private readonly noColumns: ReadonlySet<number>;
  /** JUMLAH is looked for up to the name column (it is written at the left of the table). */
  private readonly totalUpTo: number;
  private readonly nips = new Map<string, StaffDraft>();
  private readonly niks = new Map<string, StaffDraft>();
  private pending: Held[] = [];
  /** the rows held began with signature lines: they are not staff unless a numbered row follows */
  private signing = false;
  private afterGap = false;
  private stopped = false;
  private section: string | null = null;

  constructor(private readonly layout: HeaderLayout, today: Date, private readonly sheet: TableSheet = { name: null, employment: null }) {
    this.reader = new RowReader(layout, today, sheet);
    this.noColumns = new Set(this.reader.columnsOf('no'));
    const nameColumns = [...this.reader.columnsOf('name'), ...this.reader.columnsOf('nameNip')];
    this.totalUpTo = Math.max(1, ...nameColumns);
  }

  add(row: RawRow): void {
    if (row.number <= this.layout.lastHeaderRow) return;
    const texts = row.cells.map(cellText);
    // What the row says besides its sequence number.
    const said: string[] = [];
    let numbered = false;
    for (let c = 0; c < texts.length; c++) {
      const t = texts[c] as string;
      if (t === '') continue;
      if (this.noColumns.has(c) && /^\d+\.?$/.test(t)) { numbered = true; continue; }
      if (!said.includes(t)) said.push(t);
    }
    if (said.length === 0) { this.afterGap = true; return; }
    if (this.stopped) { this.setAside(row, said); return; }
    if (isColumnNumberRow(texts) || isHeaderCopy(texts, this.layout.headerTexts)) return;
    if (isTotalRow(texts, this.totalUpTo)) { this.afterGap = true; return; }
    const several = said.length > 1;
    if (!numbered && !said.some(looksLikeIdentifier)) {
      const markers = said.filter(isSignatureMarker).length;
      const lines = said.filter(isSignatureLine).length;
      if (markers > 0 && markers + lines === said.length) { this.stop(row, said); return; }
      if (!several) {
        const text = said[0] as string;
        const inNo = [...this.noColumns].some((c) => texts[c] === text);
        const section = sectionLabel(text, inNo);
        if (section !== null) { this.flush(); this.section = section; return; }
      }
      if (this.signing || lines === said.length) {
        this.signing = true;
        this.pending.push({ row, texts: said, signature: lines === said.length });
        return;
      }
      if (!several && this.afterGap) { this.pending.push({ row, texts: said, signature: false }); return; }
    }
    this.flush();
    this.take(row);
  }

  finish(): void {
    if (this.signing) this.setAsideHeld();
    else this.flush();
  }

  private stop(row: RawRow, said: string[]): void {
    this.setAsideHeld();
    this.setAside(row, said);
    this.stopped = true;
  }

  /** Held rows when a person follows: signature lines are set aside, the rest is read. */
  private flush(): void {
    const held = this.pending;
    this.pending = [];
    this.signing = false;
    for (const h of held) {
      if (h.signature) this.setAside(h.row, h.texts);
      else this.take(h.row);
    }
  }

  private setAsideHeld(): void {
    for (const h of this.pending) this.setAside(h.row, h.texts);
    this.pending = [];
    this.signing = false;
  }

  private setAside(row: RawRow, said: string[]): void {
    if (this.notStaff.length >= MAX_NOT_STAFF_LISTED) { this.notStaffUnlisted++; return; }
    this.notStaff.push({ sheet: this.sheet.name, row: row.number, text: said.join(' · ') });
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
    this.refused.push({ sheet: this.sheet.name, row: row.number, code, message, raw });
  }
}
