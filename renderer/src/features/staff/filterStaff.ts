// Search and filters over the roster, in memory: the list is loaded once (staff.list) and every keystroke only
// scans precomputed lowercase strings, so 10,000 staff filter in a few milliseconds.
import type { Employment, Staff, StaffStatus } from '../../../../electron/core/staff/types';

/** 'ALL' (or null) = active and left */
export type StatusFilter = StaffStatus | 'ALL';

export interface StaffFilters {
  /** a unit id, 'none' for staff without a unit, null for every unit */
  unitId: number | 'none' | null;
  /** null = every employment */
  employment: Employment | null;
  status: StatusFilter | null;
}

export const DEFAULT_FILTERS: StaffFilters = { unitId: null, employment: null, status: 'ACTIVE' };

export interface StaffSearchIndex {
  readonly rows: readonly Staff[];
  /** per row: the name with punctuation read as spaces, a separator, and the name with punctuation removed */
  readonly names: readonly string[];
  /** per row: NIP and NIK digits, space separated */
  readonly ids: readonly string[];
}

const MARKS = /[\u0300-\u036f]/g;
/** punctuation that sits inside titles and names: `S.Pd.`, `Ma'ruf`, `Abd.Rahman` */
const INNER = /[.,'’‘`´"-]/g;
const OTHER = /[^a-z0-9\s]/g;
const SPACES = /\s+/g;
/** cannot occur in a normalized name, so no query token can match across the two forms */
const SEPARATOR = '\u0001';

function fold(text: string): string {
  return text.normalize('NFD').replace(MARKS, '').toLowerCase();
}

/** The two forms a name is searched in: `dr h akhmad zaini s pd` and `dr hakhmad zaini spd`. */
export function nameKey(name: string): string {
  const folded = fold(name);
  const spaced = folded.replace(INNER, ' ').replace(OTHER, ' ').replace(SPACES, ' ').trim();
  const joined = folded.replace(INNER, '').replace(OTHER, ' ').replace(SPACES, ' ').trim();
  return `${spaced}${SEPARATOR}${joined}`;
}

function idKey(staff: Staff): string {
  return [staff.nip, staff.nik].filter((v): v is string => !!v).map((v) => v.replace(/\D/g, '')).join(' ');
}

export function buildSearchIndex(rows: readonly Staff[]): StaffSearchIndex {
  return { rows, names: rows.map((s) => nameKey(s.name)), ids: rows.map(idKey) };
}

/** A parsed query: a run of digits (a NIP typed with or without spaces) or name tokens. */
interface Query {
  digits: string | null;
  tokens: string[];
  idTokens: string[];
}

export function parseQuery(query: string): Query {
  const trimmed = query.trim();
  const compact = trimmed.replace(/\s+/g, '');
  if (/^\d+$/.test(compact)) return { digits: compact, tokens: [], idTokens: [] };
  const tokens: string[] = [];
  const idTokens: string[] = [];
  for (const raw of fold(trimmed).split(SPACES)) {
    const token = raw.replace(INNER, '').replace(OTHER, '');
    if (!token) continue;
    (/^\d+$/.test(token) ? idTokens : tokens).push(token);
  }
  return { digits: null, tokens, idTokens };
}

const cache = new WeakMap<readonly Staff[], StaffSearchIndex>();

function indexOf(source: readonly Staff[] | StaffSearchIndex): StaffSearchIndex {
  if (!Array.isArray(source)) return source as StaffSearchIndex;
  const rows = source as readonly Staff[];
  let index = cache.get(rows);
  if (!index) {
    index = buildSearchIndex(rows);
    cache.set(rows, index);
  }
  return index;
}

/**
 * The staff matching the query and filters, in the roster's order. Pass the index from buildSearchIndex (or the
 * same array again: its index is built once and kept).
 */
export function filterStaff(source: readonly Staff[] | StaffSearchIndex, query: string, filters: StaffFilters): Staff[] {
  const { rows, names, ids } = indexOf(source);
  const q = parseQuery(query);
  const { unitId, employment } = filters;
  const wantStatus = filters.status === 'ALL' ? null : filters.status;
  const out: Staff[] = [];
  for (let i = 0; i < rows.length; i++) {
    const s = rows[i]!;
    if (wantStatus !== null && s.status !== wantStatus) continue;
    if (employment !== null && s.employment !== employment) continue;
    if (unitId !== null && (unitId === 'none' ? s.unitId !== null : s.unitId !== unitId)) continue;
    if (q.digits !== null) {
      if (!ids[i]!.includes(q.digits)) continue;
    } else {
      const name = names[i]!;
      let ok = true;
      for (const t of q.tokens) if (!name.includes(t)) { ok = false; break; }
      if (ok) for (const t of q.idTokens) if (!ids[i]!.includes(t)) { ok = false; break; }
      if (!ok) continue;
    }
    out.push(s);
  }
  return out;
}

/** True when nothing but the default filters is applied. */
export function isUnfiltered(query: string, filters: StaffFilters): boolean {
  return query.trim() === '' && filters.unitId === null && filters.employment === null && filters.status === DEFAULT_FILTERS.status;
}
