// Sorting the roster by any column. Names sort by the name itself, not by the titles in front of it: "Dr. H.
// Akhmad Zaini" sorts under A, "Drs. Eko Permana" under E, "Hj. Siti Aminah" under S. Keys are computed once per
// person (10,000 staff sort in a few milliseconds) and compared as plain strings.
import type { Staff } from '../../../../electron/core/staff/types';
import type { ColumnKey } from './columns';
import { COLUMN_BY_KEY } from './columns';

export type SortDirection = 'ascending' | 'descending';
export interface SortState {
  key: ColumnKey;
  direction: SortDirection;
}

export const DEFAULT_SORT: SortState = { key: 'name', direction: 'ascending' };

/** Titles written before a name: academic, religious, professional. */
const FRONT_TITLE = /^(?:(?:prof|drs|dra|drg|dr|hj|ir|kh|ns|apt|h)\.\s*|(?:prof|drs|dra|drg|dr|hj|ir|kh|ns|apt)\s+|k\.\s*h\.\s*)/i;

function fold(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9 ]+/g, ' ').replace(/\s+/g, ' ').trim();
}

/** The part of a name that sorts: `Prof. Dr. H. Akhmad Zaini, S.Pd.` → `akhmad zaini s pd`. */
export function nameSortKey(name: string): string {
  let rest = name.trim();
  for (let i = 0; i < 6; i++) {
    const m = FRONT_TITLE.exec(rest);
    if (!m || m[0].length >= rest.length) break;
    rest = rest.slice(m[0].length);
  }
  return fold(rest);
}

const ROMAN: Record<string, number> = { I: 1, V: 5, X: 10 };
function roman(text: string): number {
  let total = 0;
  for (let i = 0; i < text.length; i++) {
    const v = ROMAN[text[i]!] ?? 0;
    const next = ROMAN[text[i + 1] ?? ''] ?? 0;
    total += v < next ? -v : v;
  }
  return total;
}

/** PNS ranks I/a … IV/e in order, then PPPK golongan I … XVII; people without a rank last. */
export function rankSortKey(rank: string | null): string {
  if (!rank) return '~';
  const pns = /^(I{1,3}|IV)\/([a-e])$/i.exec(rank);
  if (pns) return `a${String(roman(pns[1]!.toUpperCase())).padStart(2, '0')}${pns[2]!.toLowerCase()}`;
  if (/^[IVX]+$/i.test(rank)) return `b${String(roman(rank.toUpperCase())).padStart(2, '0')}`;
  return `c${fold(rank)}`;
}

function keyOf(s: Staff, key: ColumnKey): string {
  switch (key) {
    case 'name': return nameSortKey(s.name);
    case 'identifier': return s.nip ?? s.nik ?? '~';
    case 'rank': return rankSortKey(s.rank);
    case 'birthDate': return s.birthDate ?? '~';
    default: {
      const text = COLUMN_BY_KEY.get(key)?.value(s) ?? '';
      return text ? fold(text) : '~';
    }
  }
}

const keyCache = new WeakMap<Staff, Map<ColumnKey, string>>();
function cachedKey(s: Staff, key: ColumnKey): string {
  let keys = keyCache.get(s);
  if (!keys) {
    keys = new Map();
    keyCache.set(s, keys);
  }
  let k = keys.get(key);
  if (k === undefined) {
    k = keyOf(s, key);
    keys.set(key, k);
  }
  return k;
}

/** A sorted copy; ties keep the name order, then the roster order (a stable sort). */
export function sortStaff(rows: readonly Staff[], sort: SortState): Staff[] {
  const sign = sort.direction === 'ascending' ? 1 : -1;
  const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return rows
    .map((s, i) => ({ s, i, k: cachedKey(s, sort.key), n: sort.key === 'name' ? '' : cachedKey(s, 'name') }))
    .sort((a, b) => sign * cmp(a.k, b.k) || cmp(a.n, b.n) || a.i - b.i)
    .map((x) => x.s);
}
