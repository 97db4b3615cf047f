// Compares the rows read from a file with the roster in the database: who is new, who is updated (and which
// fields change), who is unchanged. Matching: NIP, else NIK, else — for people with neither — the same name.
// An import only ever adds information: a value missing in the file never erases one in the database, a
// position type set by hand is kept, and a person's active/left status is not changed by an import.
import type { Query } from '../../../db/database';
import type { ParsedRoster, RowRefusal, StaffDraft } from '..';
import { unitKey } from '../../units';
import { errorMessage } from '../../../../shared/messages';
import type { RowChange } from '../previewTypes';

/** The database columns an import may set, and the draft field each comes from. */
export const IMPORT_FIELDS = {
  name: 'name', nip: 'nip', nik: 'nik', employment: 'employment', rank: 'rank', rankName: 'rank_name',
  position: 'position', positionType: 'position_type', unit: 'unit_key', gender: 'gender', birthDate: 'birth_date',
  birthPlace: 'birth_place',
} as const satisfies Partial<Record<keyof StaffDraft, string>>;

type FieldName = keyof typeof IMPORT_FIELDS;

interface Existing {
  id: number;
  values: Record<string, string | null>;
  manualPositionType: boolean;
  active: boolean;
}

export interface PlannedRow {
  draft: StaffDraft;
  existingId: number | null;
  change: RowChange;
  changedFields: FieldName[];
}

export interface ImportPlan {
  rows: PlannedRow[];
  refused: RowRefusal[];
  newUnits: string[];
  missingFromFile: number;
}

export function nameKey(name: string): string {
  return name.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
}

function loadExisting(q: Query): Existing[] {
  return q.all(`SELECT s.id, s.name, s.nip, s.nik, s.employment, s.rank, s.rank_name, s.position, s.position_type,
      s.position_type_manual, s.gender, s.birth_date, s.birth_place, s.status, u.name_key AS unit_key
    FROM staff s LEFT JOIN unit u ON u.id = s.unit_id`).map((r) => ({
    id: Number(r.id),
    values: Object.fromEntries(Object.values(IMPORT_FIELDS).map((col) => [col, r[col] === null ? null : String(r[col])])),
    manualPositionType: Number(r.position_type_manual) === 1,
    active: r.status === 'ACTIVE',
  }));
}

function draftValue(draft: StaffDraft, field: FieldName): string | null {
  if (field === 'unit') return draft.unit ? unitKey(draft.unit) : null;
  const v = draft[field];
  return v === null || v === undefined ? null : String(v);
}

function changedFields(draft: StaffDraft, existing: Existing): FieldName[] {
  return (Object.keys(IMPORT_FIELDS) as FieldName[]).filter((field) => {
    // The position type follows the jabatan: without one in the file, or when set by hand, it is left alone.
    if (field === 'positionType' && (existing.manualPositionType || draft.position === null)) return false;
    const incoming = draftValue(draft, field);
    return incoming !== null && incoming !== existing.values[IMPORT_FIELDS[field]];
  });
}

/** The draft's values under the template's column names, for the "refused rows" workbook. */
function rawOf(d: StaffDraft): Record<string, string> {
  const cells: [string, string | null][] = [['Nama', d.name], ['NIP/NIK', d.nip ?? d.nik], ['Pangkat/Gol. Ruang', d.rank], ['Jabatan', d.position], ['Unit Kerja', d.unit]];
  return Object.fromEntries(cells.filter(([, v]) => v !== null) as [string, string][]);
}

export function planImport(q: Query, parsed: ParsedRoster): ImportPlan {
  const existing = loadExisting(q);
  const byNip = new Map<string, Existing>();
  const byNik = new Map<string, Existing>();
  const byNameWithoutId = new Map<string, Existing>();
  for (const e of existing) {
    if (e.values.nip) byNip.set(e.values.nip, e);
    if (e.values.nik) byNik.set(e.values.nik, e);
    if (!e.values.nip && !e.values.nik) byNameWithoutId.set(nameKey(e.values.name ?? ''), e);
  }
  const knownUnits = new Set(q.all<{ k: string }>('SELECT name_key AS k FROM unit').map((r) => String(r.k)));
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
        message: errorMessage(draft.nip ? 'roster-row-duplicate-nip' : 'roster-row-duplicate-nik', { value: draft.nip ?? draft.nik ?? '', firstRow, firstName: match.values.name ?? '' }),
      });
      continue;
    }
    if (draft.unit) {
      const key = unitKey(draft.unit);
      if (key && !knownUnits.has(key) && !newUnits.has(key)) newUnits.set(key, draft.unit);
    }
    if (!match) {
      rows.push({ draft, existingId: null, change: 'new', changedFields: [] });
      continue;
    }
    claimed.set(match.id, draft.excelRow);
    const fields = changedFields(draft, match);
    rows.push({ draft, existingId: match.id, change: fields.length ? 'updated' : 'unchanged', changedFields: fields });
  }
  const missingFromFile = existing.filter((e) => e.active && !claimed.has(e.id)).length;
  const sheetOrder = new Map(parsed.sheets.map((sheet, i) => [sheet.name, i]));
  refused.sort((a, b) => (sheetOrder.get(a.sheet) ?? 0) - (sheetOrder.get(b.sheet) ?? 0) || a.row - b.row);
  return { rows, refused, newUnits: [...newUnits.values()], missingFromFile };
}
