import { describe, expect, it } from 'vitest';
import { DEFAULT_FILTERS, buildSearchIndex, filterStaff, nameKey, parseQuery } from '../../../../renderer/src/features/staff/filterStaff';
import type { StaffFilters } from '../../../../renderer/src/features/staff/filterStaff';
import { ROSTER, makeStaff } from './fixtures';

const ALL: StaffFilters = { unitId: null, employment: null, status: 'ALL' };
const names = (rows: { name: string }[]) => rows.map((r) => r.name);

describe('filterStaff', () => {
  const index = buildSearchIndex(ROSTER);

  it('shows active staff by default, in the roster order', () => {
    expect(names(filterStaff(index, '', DEFAULT_FILTERS))).toEqual([
      'Dr. H. Akhmad Zaini, S.Pd., M.Pd.', 'Siti Rahmawati, S.Sos.', 'Andréa Putri',
    ]);
  });

  it('matches names case- and accent-insensitively, word by word in any order', () => {
    expect(names(filterStaff(index, 'ANDREA', ALL))).toEqual(['Andréa Putri']);
    expect(names(filterStaff(index, 'andréa', ALL))).toEqual(['Andréa Putri']);
    expect(names(filterStaff(index, 'zaini akhm', ALL))).toEqual(['Dr. H. Akhmad Zaini, S.Pd., M.Pd.']);
    expect(filterStaff(index, 'zaini siti', ALL)).toEqual([]);
  });

  it("ignores the punctuation of titles and names: S.Pd., Ma'ruf, Moh.", () => {
    expect(names(filterStaff(index, 'spd', ALL))).toEqual(['Dr. H. Akhmad Zaini, S.Pd., M.Pd.']);
    expect(names(filterStaff(index, 's.pd', ALL))).toEqual(['Dr. H. Akhmad Zaini, S.Pd., M.Pd.']);
    expect(names(filterStaff(index, 'maruf', ALL))).toEqual(["Moh. Ma'ruf"]);
    expect(names(filterStaff(index, 'moh maruf', ALL))).toEqual(["Moh. Ma'ruf"]);
    expect(names(filterStaff(index, 'h akhmad', ALL))).toEqual(['Dr. H. Akhmad Zaini, S.Pd., M.Pd.']);
    expect(nameKey('Dr. H. Akhmad, S.Pd.')).toBe('dr h akhmad s pd\u0001dr h akhmad spd');
  });

  it('finds a NIP typed with or without spaces, and a NIK', () => {
    expect(names(filterStaff(index, '19680523 199803 1 005', ALL))).toEqual(['Dr. H. Akhmad Zaini, S.Pd., M.Pd.']);
    expect(names(filterStaff(index, '196805231998', ALL))).toEqual(['Dr. H. Akhmad Zaini, S.Pd., M.Pd.']);
    expect(names(filterStaff(index, '1985 0714', ALL))).toEqual(['Siti Rahmawati, S.Sos.']);
    expect(names(filterStaff(index, '3528014507', ALL))).toEqual(['Andréa Putri']);
    expect(parseQuery('1968 0523').digits).toBe('19680523');
  });

  it('combines a name word with digits of the NIP', () => {
    expect(names(filterStaff(index, 'siti 1985', ALL))).toEqual(['Siti Rahmawati, S.Sos.']);
    expect(filterStaff(index, 'siti 1968', ALL)).toEqual([]);
  });

  it('filters by unit, no unit, employment and status', () => {
    const withNoUnit = [...ROSTER, makeStaff({ id: 200, name: 'Tanpa Unit' })];
    expect(names(filterStaff(withNoUnit, '', { ...ALL, unitId: 2 }))).toEqual(['Andréa Putri', "Moh. Ma'ruf"]);
    expect(names(filterStaff(withNoUnit, '', { ...ALL, unitId: 'none' }))).toEqual(['Tanpa Unit']);
    expect(names(filterStaff(index, '', { ...ALL, employment: 'NON_ASN' }))).toEqual(['Andréa Putri']);
    expect(names(filterStaff(index, '', { ...ALL, status: 'LEFT' }))).toEqual(["Moh. Ma'ruf"]);
    expect(filterStaff(index, '', { ...ALL, status: null })).toHaveLength(4);
    expect(names(filterStaff(index, 'putri', { unitId: 1, employment: null, status: 'ACTIVE' }))).toEqual([]);
  });

  it('accepts the plain array and keeps its index for the next keystroke', () => {
    expect(filterStaff(ROSTER, 'siti', ALL)).toHaveLength(1);
    expect(filterStaff(ROSTER, 'sit', ALL)).toHaveLength(1);
  });

  // How fast each keystroke is over 10,000 staff is measured by `npm run bench` (worst keystroke < 50 ms), never in
  // a timed test; here, that every prefix of what is typed gives exactly the right people at that size.
  it('gives exactly the right people for every keystroke over 10,000 staff', () => {
    const words = ['Siti', 'Ahmad', 'Rahmawati', 'Budi', 'Santoso', 'Nur', 'Hidayat', 'Dewi', 'Lestari', 'Eko'];
    const many = Array.from({ length: 10_000 }, (_, i) => makeStaff({
      id: 10_000 + i,
      name: `${words[i % 10]} ${words[(i * 7) % 10]} ${words[(i * 3) % 10]}, S.Pd.`,
      nip: `19${String(600000000000000 + i * 7919).padStart(16, '0')}`,
      status: i % 13 === 0 ? 'LEFT' : 'ACTIVE',
    }));
    const big = buildSearchIndex(many);
    const active = many.filter((m) => m.status === 'ACTIVE');
    const byWords = (typed: string) => active.filter((m) => typed.toLowerCase().split(' ').filter(Boolean)
      .every((w) => m.name.toLowerCase().split(/[\s,.]+/).some((part) => part.startsWith(w)))).map((m) => m.id);
    for (const typed of ['siti rahma', 'Santoso', 'zz']) {
      for (let i = 1; i <= typed.length; i++) {
        const prefix = typed.slice(0, i);
        expect(filterStaff(big, prefix, DEFAULT_FILTERS).map((m) => m.id)).toEqual(byWords(prefix));
      }
    }
    expect(filterStaff(big, 'zz', DEFAULT_FILTERS)).toEqual([]);
    expect(filterStaff(big, 'Santoso', DEFAULT_FILTERS).length).toBeGreaterThan(1000);
  });
});
