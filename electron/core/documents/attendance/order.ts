// The order of names on a sheet: by unit, then rank (highest first), then name; or alphabetically by name with
// the front titles (Dr., Drs., H., Hj., Ir., …) ignored, so that "Drs. H. Eko Permana" sorts under E.
import { PNS_RANKS, PPPK_RANKS } from '../../staff/identity/rankTable';
import type { Staff } from '../../staff/types';
import type { SheetOrder } from '../types';

const FRONT_TITLE = /^(?:(?:prof|dr|drs|dra|drg|drh|dr\(hc\)|ir|h|hj|kh|k\.h|ns|apt|bd|ners|r|rr|raden|tb)\.?\s+|(?:prof|dr|drs|dra|drg|drh|ir|h|hj|kh|k\.h|ns|apt|bd|r|rr|tb)\.)+/i;

/** The name without its front titles: `Dr. H. Akhmad Zaini, S.Pd.` → `Akhmad Zaini, S.Pd.` */
export function withoutFrontTitles(name: string): string {
  const stripped = name.replace(FRONT_TITLE, '').trim();
  return stripped || name;
}

const collator = new Intl.Collator('id', { sensitivity: 'base', numeric: true });

/** Higher first: PNS IV/e … I/a, then PPPK XVII … I, then everyone without a rank. */
export function rankWeight(s: Pick<Staff, 'rank' | 'employment'>): number {
  if (!s.rank) return 0;
  const pns = PNS_RANKS.findIndex((r) => r.rank === s.rank);
  if (pns >= 0) return 1000 + pns;
  const pppk = PPPK_RANKS.indexOf(s.rank);
  return pppk >= 0 ? 100 + pppk : 0;
}

interface Keyed {
  staff: Staff;
  unit: string;
  hasUnit: boolean;
  rank: number;
  name: string;
}

export function sortForSheet(staff: readonly Staff[], order: SheetOrder): Staff[] {
  const keyed: Keyed[] = staff.map((s) => ({ staff: s, unit: s.unitName ?? '', hasUnit: s.unitName !== null, rank: rankWeight(s), name: withoutFrontTitles(s.name) }));
  const byName = (a: Keyed, b: Keyed) => collator.compare(a.name, b.name) || collator.compare(a.staff.name, b.staff.name) || a.staff.id - b.staff.id;
  const byUnit = (a: Keyed, b: Keyed) => Number(b.hasUnit) - Number(a.hasUnit) || collator.compare(a.unit, b.unit);
  keyed.sort(order === 'unit' ? (a, b) => byUnit(a, b) || b.rank - a.rank || byName(a, b) : byName);
  return keyed.map((k) => k.staff);
}

/** Sections per unit keep the chosen order inside each unit; units in name order, "no unit" last. */
export function groupByUnit(sorted: readonly Staff[]): { unit: string | null; staff: Staff[] }[] {
  const groups = new Map<string, { unit: string | null; staff: Staff[] }>();
  for (const s of sorted) {
    const key = s.unitName === null ? '\u0000none' : s.unitName;
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { unit: s.unitName, staff: [] }));
    g.staff.push(s);
  }
  return [...groups.values()].sort((a, b) => Number(a.unit === null) - Number(b.unit === null) || collator.compare(a.unit ?? '', b.unit ?? ''));
}
