// One OPD's recap file, read for the consolidation through the guarded readers (spreadsheet/zipGuard.ts: capped
// inflates, no DOCTYPE; the fast sheet scanner, exceljs's guarded full reader when it declines). What is read is
// what the Metadata sheet points at: its fields, the keyed figures at their Ringkasan rows, and the NIP column of
// the Pegawai sheet. Anything that is not such a file is "not a recap", never an exception.
import type { RawCell, RawRow, SheetSource } from '../../spreadsheet/cells';
import { cellText } from '../../spreadsheet/cells';
import type { ZipLimits } from '../../spreadsheet/limits';
import { isLimitError } from '../../spreadsheet/limits';
import { cappedRows } from '../../spreadsheet/rowCap';
import { fastSheets } from '../../spreadsheet/xlsxFast';
import { loadedSheets } from '../../spreadsheet/xlsxLoad';
import { isZip } from '../../spreadsheet/zip';
import { GuardedZip } from '../../spreadsheet/zipGuard';
import { ui } from '../../../shared/messages';
import { figuresChecksum } from '../checksum';
import { RECAP_MARKER, META_FIGURES_ROW } from '../workbook/metaSheet';
import { STAFF_NIP_COLUMN } from '../workbook/staffSheet';

const t = ui.recap;

import type { OpenFinding, RecapFigure } from './types';

export interface RecapRead {
  formatVersion: number;
  appVersion: string;
  madeAt: string;
  opdName: string;
  opdCode: string;
  regency: string;
  from: string;
  to: string;
  /** keyed Ringkasan figures, in the file's order */
  figures: Map<string, RecapFigure>;
  /** each figure's label, as the Ringkasan shows it */
  labels: Map<string, string>;
  /** the findings still open (Temuan sheet) */
  openFindings: OpenFinding[];
  checksumOk: boolean;
  /** the NIPs of the staff sheet (active staff) and each one's name */
  staffNames: Map<string, string>;
}

export type RecapReadResult = { ok: true; recap: RecapRead } | { ok: false; why: 'not-xlsx' | 'no-metadata' | 'unreadable' | 'too-large' | 'not-normal' };

const MiB = 1024 * 1024;
/** A recap of an OPD with 50,000 staff (the roster's limit) has a Pegawai sheet of ~25 MB of XML and a few MB of
 * strings: the roster's readers, held to less (a zip bomb or a sheet claiming a million rows stops sooner). */
export const RECAP_ZIP_LIMITS: ZipLimits = { partBytes: 64 * MiB, heldPartBytes: 32 * MiB, totalBytes: 128 * MiB, entries: 1_000 };
/** Rows a recap sheet may have: the staff sheet holds one per active staff member (50,000 at most) and its header. */
export const MAX_RECAP_ROWS = 50_100;

function isAbort(e: unknown): boolean {
  return e instanceof Error && e.name === 'AbortError';
}

function rowsOf(sheet: SheetSource): AsyncIterable<RawRow[]> {
  return cappedRows(sheet.rows, MAX_RECAP_ROWS, sheet.name ?? '');
}

async function allRows(sheet: SheetSource): Promise<RawRow[]> {
  const rows: RawRow[] = [];
  for await (const batch of rowsOf(sheet)) rows.push(...batch);
  return rows;
}

function numberOf(cell: RawCell | undefined): number | null {
  if (typeof cell === 'number') return cell;
  if (typeof cell === 'string' && /^-?\d+(\.\d+)?$/.test(cell.trim())) return Number(cell.trim());
  return null;
}

async function sheetsOf(bytes: Uint8Array, zip: GuardedZip, signal?: AbortSignal): Promise<AsyncIterable<SheetSource> | SheetSource[]> {
  return (await fastSheets(zip, signal)) ?? loadedSheets(bytes, zip, signal);
}

export async function readRecap(bytes: Uint8Array, signal?: AbortSignal): Promise<RecapReadResult> {
  if (!isZip(bytes)) return { ok: false, why: 'not-xlsx' };
  let meta: RawRow[] | null = null;
  let summary: RawRow[] | null = null;
  const staffNames = new Map<string, string>();
  let findings: RawRow[] = [];
  try {
    const zip = new GuardedZip(bytes, RECAP_ZIP_LIMITS);
    if (!zip.has('xl/workbook.xml')) return { ok: false, why: 'not-xlsx' };
    for await (const sheet of await sheetsOf(bytes, zip, signal)) {
      if (sheet.name === t.sheetMeta) meta = await allRows(sheet);
      else if (sheet.name === t.sheetSummary) summary = await allRows(sheet);
      else if (sheet.name === t.sheetFindings) findings = await allRows(sheet);
      else if (sheet.name === t.sheetStaff) {
        for await (const batch of rowsOf(sheet)) {
          for (const row of batch) {
            const nip = row.number > 1 ? cellText(row.cells[STAFF_NIP_COLUMN - 1]) : '';
            if (/^\d{18}$/.test(nip)) staffNames.set(nip, cellText(row.cells[STAFF_NIP_COLUMN - 2]));
          }
        }
      }
    }
  } catch (e) {
    if (isAbort(e) || signal?.aborted) throw e;
    if (!isLimitError(e)) return { ok: false, why: 'unreadable' };
    // entity declarations, a cell of 100,000 characters, a sheet out to the last column: made to hurt, not big
    return { ok: false, why: e.kind === 'xml-entities' || e.kind === 'columns' || e.kind === 'cell-chars' ? 'not-normal' : 'too-large' };
  }
  if (!meta || !summary) return { ok: false, why: 'no-metadata' };
  const byRow = new Map(meta.map((r) => [r.number, r.cells]));
  const field = new Map<string, string>();
  for (const r of meta) if (r.number < META_FIGURES_ROW) field.set(cellText(r.cells[0]), cellText(r.cells[1]));
  if (field.get('marker') !== RECAP_MARKER) return { ok: false, why: 'no-metadata' };
  const summaryRows = new Map(summary.map((r) => [r.number, r.cells]));
  const figures = new Map<string, RecapFigure>();
  const labels = new Map<string, string>();
  let complete = true;
  for (const [number, cells] of byRow) {
    if (number <= META_FIGURES_ROW) continue;
    const key = cellText(cells[0]);
    const at = numberOf(cells[1]);
    const row = at === null ? undefined : summaryRows.get(at);
    const cumulative = numberOf(row?.[2]);
    if (!key || cumulative === null) { complete = false; continue; }
    figures.set(key, { period: numberOf(row?.[1]), cumulative });
    labels.set(key, cellText(row?.[0]) || key);
  }
  const recap: RecapRead = {
    formatVersion: Number(field.get('formatVersion')),
    appVersion: field.get('appVersion') ?? '',
    madeAt: field.get('madeAt') ?? '',
    opdName: field.get('opdName') ?? '',
    opdCode: field.get('opdCode') ?? '',
    regency: field.get('regency') ?? '',
    from: field.get('periodFrom') ?? '',
    to: field.get('periodTo') ?? '',
    figures,
    labels,
    openFindings: openFindingsOf(findings),
    checksumOk: false,
    staffNames,
  };
  recap.checksumOk = complete && figuresChecksum({
    formatVersion: recap.formatVersion, opdCode: recap.opdCode, from: recap.from, to: recap.to,
    lines: [...figures].map(([key, v]) => ({ key, ...v })),
  }) === field.get('checksum');
  return { ok: true, recap };
}

/** The open cases of the Temuan sheet, found by its header's words (format 2 and later). */
function openFindingsOf(rows: RawRow[]): OpenFinding[] {
  const [header, ...body] = rows;
  if (!header) return [];
  const col = (label: string) => header.cells.findIndex((c) => cellText(c) === label);
  const at = { no: col(t.colCaseNo), known: col(t.colKnownDate), violation: col(t.colViolation), stage: col(t.colStage), open: col(t.colOpen), age: col(t.colAge) };
  if (Object.values(at).some((i) => i < 0)) return [];
  return body.filter((r) => cellText(r.cells[at.open]) === t.yes).map((r) => ({
    caseNo: cellText(r.cells[at.no]), knownDate: cellText(r.cells[at.known]), violation: cellText(r.cells[at.violation]),
    stage: cellText(r.cells[at.stage]), ageDays: numberOf(r.cells[at.age]) ?? 0,
  }));
}
