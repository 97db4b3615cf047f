// Compares the rows read from a file with the roster in the database: who is new, who is updated (and which
// fields change, from what to what), who is unchanged, and who on the roster is missing from the file.
// Matching: NIP, else NIK, else — for people with neither — the same name.
// An import never undoes the user's work:
// - a value missing in the file never erases one in the database; a person's active/left status is not changed
//   (unless the user marks the missing ones as left in the same commit);
// - a unit text is mapped through the units' aliases (old spellings kept by merges and renames);
// - a unit, jabatan or position type set by hand (and not confirmed by a file since) is kept: the file's value is
//   shown as a conflict, taken only when the user says so (per person or for all).
import type { Query } from '../../../db/database';
import type { ParsedRoster, RowRefusal, StaffDraft } from '..';
import { unitResolver } from '../../units';
import type { ResolvedUnit } from '../../units';
import { errorMessage } from '../../../../shared/messages';
import type { FieldChange, MissingStaff, RowChange } from '../previewTypes';

/** The database columns an import may set, and the draft field each comes from (in the order changes are listed). */
export const IMPORT_FIELDS = {
  name: 'name', nip: 'nip', nik: 'nik', employment: 'employment', rank: 'rank', rankName: 'rank_name',
  position: 'position', positionType: 'position_type', unit: 'unit_id', gender: 'gender', birthDate: 'birth_date',
  birthPlace: 'birth_place',
} as const satisfies Partial<Record<keyof StaffDraft, string>>;

export type FieldName = keyof typeof IMPORT_FIELDS;

/** The staff columns an import reads and writes (the import log records them before and after). */
export const STAFF_COLUMNS = [
  'name', 'nip', 'nik', 'employment', 'rank', 'rank_name', 'position', 'position_type', 'position_type_manual',
  'unit_id', 'unit_manual', 'position_manual', 'gender', 'birth_date', 'birth_place',
] as const;
export type StaffColumn = (typeof STAFF_COLUMNS)[number];
export type ColumnValue = string | number | null;
export type StaffColumns = Record<StaffColumn, ColumnValue>;

export interface ExistingStaff {
  id: number;
  cols: StaffColumns;
  unitName: string | null;
  active: boolean;
}

/** What a matched row writes: columns (the unit as a resolved unit, created at commit time when new). */
export interface RowWrite {
  cols: Partial<StaffColumns>;
  unit: ResolvedUnit | null;
}

export interface PlannedRow {
  draft: StaffDraft;
  existingId: number | null;
  change: RowChange;
  /** the fields the import changes by default */
  changedFields: FieldName[];
  /** the same, with the values before and after as the screen shows them */
  changes: FieldChange[];
  /** fields set by hand that the file has otherwise: kept unless the user takes the file's value */
  conflicts: FieldChange[];
  /** the unit the row names, resolved (existing, alias, or new with its tidy name); null when the file has none */
  unit: ResolvedUnit | null;
  /** what the row writes by default, and in addition when its conflicts are taken from the file */
  write: RowWrite;
  take: RowWrite;
  existing: ExistingStaff | null;
}

export interface ImportPlan {
  rows: PlannedRow[];
  refused: RowRefusal[];
  newUnits: string[];
  missingFromFile: number;
  missing: MissingStaff[];
}

export function nameKey(name: string): string {
  return name.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
}

const toValue = (v: unknown): ColumnValue => (v === null || v === undefined ? null : typeof v === 'number' ? v : String(v));

export function loadExisting(q: Query): ExistingStaff[] {
  return q.all(`SELECT s.id, ${STAFF_COLUMNS.map((c) => `s.${c}`).join(', ')}, s.status, u.name AS unit_name
    FROM staff s LEFT JOIN unit u ON u.id = s.unit_id`).map((r) => ({
    id: Number(r.id),
    cols: Object.fromEntries(STAFF_COLUMNS.map((c) => [c, toValue(r[c])])) as StaffColumns,
    unitName: r.unit_name === null ? null : String(r.unit_name),
    active: r.status === 'ACTIVE',
  }));
}

const str = (v: ColumnValue | undefined): string | null => (v === null || v === undefined ? null : String(v));

interface Compared {
  changes: FieldChange[];
  conflicts: FieldChange[];
  write: RowWrite;
  take: RowWrite;
}

/** Field by field: what the file changes, what it would change but the user set by hand, what a file confirms. */
function compare(d: StaffDraft, e: ExistingStaff, unit: ResolvedUnit | null): Compared {
  const c = e.cols;
  const out: Compared = { changes: [], conflicts: [], write: { cols: {}, unit: null }, take: { cols: {}, unit: null } };
  const change = (field: FieldName, from: ColumnValue, to: ColumnValue) => out.changes.push({ field, from: str(from), to: str(to) });
  const simple = (field: Exclude<FieldName, 'position' | 'positionType' | 'unit'>) => {
    const column = IMPORT_FIELDS[field];
    const incoming = toValue(d[field]);
    if (incoming === null || incoming === c[column]) return;
    change(field, c[column], incoming);
    out.write.cols[column] = incoming;
  };
  simple('name');
  simple('nip');
  simple('nik');
  simple('employment');
  simple('rank');
  simple('rankName');

  // jabatan, and the position type that follows it unless it was set by hand
  const handPosition = c.position_manual === 1;
  const handType = c.position_type_manual === 1;
  let positionApplied = false;
  if (d.position !== null) {
    if (d.position === c.position) {
      if (handPosition) out.write.cols.position_manual = 0; // a file now says the same: no longer the user's alone
    } else if (handPosition) {
      out.conflicts.push({ field: 'position', from: str(c.position), to: d.position });
      Object.assign(out.take.cols, { position: d.position, position_manual: 0 });
    } else {
      change('position', c.position, d.position);
      out.write.cols.position = d.position;
      positionApplied = true;
    }
    if (d.positionType !== c.position_type) {
      if (handType) {
        out.conflicts.push({ field: 'positionType', from: str(c.position_type), to: d.positionType });
        Object.assign(out.take.cols, { position_type: d.positionType, position_type_manual: 0 });
      } else if (positionApplied || d.position === c.position) {
        change('positionType', c.position_type, d.positionType);
        out.write.cols.position_type = d.positionType;
      } else {
        // the jabatan is kept by hand: its type follows it only when the file's jabatan is taken
        out.take.cols.position_type = d.positionType;
      }
    }
  }

  if (unit) {
    const handUnit = c.unit_manual === 1;
    if (unit.id !== null && unit.id === c.unit_id) {
      if (handUnit) out.write.cols.unit_manual = 0;
    } else if (handUnit) {
      out.conflicts.push({ field: 'unit', from: e.unitName, to: unit.name });
      out.take.unit = unit;
      out.take.cols.unit_manual = 0;
    } else {
      change('unit', e.unitName, unit.name);
      out.write.unit = unit;
    }
  }

  simple('gender');
  simple('birthDate');
  simple('birthPlace');
  // listed in the order of IMPORT_FIELDS
  const order = Object.keys(IMPORT_FIELDS);
  out.changes.sort((a, b) => order.indexOf(a.field) - order.indexOf(b.field));
  return out;
}

/** The draft's values under the template's column names, for the "refused rows" workbook. */
function rawOf(d: StaffDraft): Record<string, string> {
  const cells: [string, string | null][] = [['Nama', d.name], ['NIP/NIK', d.nip ?? d.nik], ['Pangkat/Gol. Ruang', d.rank], ['Jabatan', d.position], ['Unit Kerja', d.unit]];
  return Object.fromEntries(cells.filter(([, v]) => v !== null) as [string, string][]);
}

export function planImport(q: Query, parsed: ParsedRoster): ImportPlan {
  const existing = loadExisting(q);
  const byNip = new Map<string, ExistingStaff>();
  const byNik = new Map<string, ExistingStaff>();
  const byNameWithoutId = new Map<string, ExistingStaff>();
  for (const e of existing) {
    const nip = str(e.cols.nip);
    const nik = str(e.cols.nik);
    if (nip) byNip.set(nip, e);
    if (nik) byNik.set(nik, e);
    if (!nip && !nik) byNameWithoutId.set(nameKey(String(e.cols.name ?? '')), e);
  }
  const resolve = unitResolver(q);
  const newUnits = new Map<string, string>();
  const claimed = new Map<number, number>();
  const rows: PlannedRow[] = [];
  const refused: RowRefusal[] = [...parsed.refused];

  for (const draft of parsed.rows) {
    const match = (draft.nip ? byNip.get(draft.nip) : undefined)
      ?? (draft.nik ? byNik.get(draft.nik) : undefined)
      ?? (!draft.nip && !draft.nik ? byNameWithoutId.get(nameKey(draft.name)) : undefined);
    if (match && claimed.has(match.id)) {
      // Two rows of the file name one person (say, one by NIP and one by NIK): the first wins, as within a file.
      const firstRow = claimed.get(match.id)!;
      refused.push({
        sheet: draft.sheet, row: draft.excelRow, code: draft.nip ? 'duplicate-nip' : 'duplicate-nik', raw: rawOf(draft),
        message: errorMessage(draft.nip ? 'roster-row-duplicate-nip' : 'roster-row-duplicate-nik', { value: draft.nip ?? draft.nik ?? '', firstRow, firstName: String(match.cols.name ?? '') }),
      });
      continue;
    }
    const unit = draft.unit && draft.unit.trim() ? resolve(draft.unit) : null;
    if (!match) {
      if (unit && unit.id === null && unit.key && !newUnits.has(unit.key)) newUnits.set(unit.key, unit.name);
      rows.push({
        draft, existingId: null, change: 'new', changedFields: [], changes: [], conflicts: [], unit, existing: null,
        write: { cols: {}, unit }, take: { cols: {}, unit: null },
      });
      continue;
    }
    claimed.set(match.id, draft.excelRow);
    const compared = compare(draft, match, unit);
    // counted as the default commit would create them (a conflict's unit only if the user takes it)
    const created = compared.write.unit;
    if (created && created.id === null && created.key && !newUnits.has(created.key)) newUnits.set(created.key, created.name);
    rows.push({
      draft, existingId: match.id, change: compared.changes.length ? 'updated' : 'unchanged',
      changedFields: compared.changes.map((c) => c.field as FieldName), changes: compared.changes, conflicts: compared.conflicts,
      unit, write: compared.write, take: compared.take, existing: match,
    });
  }
  const missing: MissingStaff[] = existing.filter((e) => e.active && !claimed.has(e.id))
    .map((e) => ({ id: e.id, name: String(e.cols.name), nip: str(e.cols.nip), nik: str(e.cols.nik), unit: e.unitName, position: str(e.cols.position) }))
    .sort((a, b) => a.name.localeCompare(b.name, 'id') || a.id - b.id);
  const sheetOrder = new Map(parsed.sheets.map((sheet, i) => [sheet.name, i]));
  refused.sort((a, b) => (sheetOrder.get(a.sheet) ?? 0) - (sheetOrder.get(b.sheet) ?? 0) || a.row - b.row);
  return { rows, refused, newUnits: [...newUnits.values()], missingFromFile: missing.length, missing };
}
