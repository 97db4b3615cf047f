import { describe, expect, it } from 'vitest';
import { cleanText, joinName, parseGender } from '../../../../electron/core/staff/identity';

describe('parseGender', () => {
  it.each([
    ['L', 'L'], ['l', 'L'], ['Laki-laki', 'L'], ['Laki - Laki', 'L'], ['LAKI-LAKI', 'L'], ['Pria', 'L'], ['LK', 'L'], ['Lk.', 'L'],
    ['P', 'P'], ['p', 'P'], ['Perempuan', 'P'], ['PEREMPUAN', 'P'], ['Wanita', 'P'], ['PR', 'P'], ['Pr.', 'P'],
  ] as const)('%j → %s', (text, gender) => {
    expect(parseGender(text)).toBe(gender);
  });

  it('returns null for blank or unknown', () => {
    expect(parseGender('')).toBeNull();
    expect(parseGender(null)).toBeNull();
    expect(parseGender('X')).toBeNull();
  });
});

describe('joinName', () => {
  it('joins front titles, the name and back titles', () => {
    expect(joinName('Dr. Ir.', 'Sri Lestari', 'M.Si.')).toBe('Dr. Ir. Sri Lestari, M.Si.');
    expect(joinName('Dr. H.', 'MOHAMMAD ROSYID', 'M.Pd.')).toBe('Dr. H. MOHAMMAD ROSYID, M.Pd.');
  });

  it('works with either title missing', () => {
    expect(joinName('', 'Hendra Gunawan', 'S.T.')).toBe('Hendra Gunawan, S.T.');
    expect(joinName('Drs.', 'Eko Permana', null)).toBe('Drs. Eko Permana');
    expect(joinName(null, 'Fajar Nugroho', '')).toBe('Fajar Nugroho');
  });

  it('keeps the punctuation as written and does not double a comma', () => {
    expect(joinName('Dr', 'Sri Lestari', 'M.Si')).toBe('Dr Sri Lestari, M.Si');
    expect(joinName('', 'Sri Lestari', ', M.Si.')).toBe('Sri Lestari, M.Si.');
    expect(joinName('', 'Sri Lestari,', 'M.Si.')).toBe('Sri Lestari, M.Si.');
    expect(joinName(' Dr.  Ir. ', '  Sri   Lestari ', ' M.Si., M.T. ')).toBe('Dr. Ir. Sri Lestari, M.Si., M.T.');
  });
});

describe('cleanText (names written with their titles)', () => {
  it('keeps a name with titles exactly as written', () => {
    expect(cleanText('Drs. Eko Permana, S.IP., M.Si.')).toBe('Drs. Eko Permana, S.IP., M.Si.');
    expect(cleanText('H. Moh. Syafi’i, S.Pd., M.Pd.')).toBe('H. Moh. Syafi’i, S.Pd., M.Pd.');
  });

  it('trims and collapses inner whitespace, including non-breaking spaces and line breaks', () => {
    expect(cleanText('  Sri   Lestari ,S.Pd ')).toBe('Sri Lestari ,S.Pd');
    expect(cleanText('Sri\u00a0Lestari\n S.Pd')).toBe('Sri Lestari S.Pd');
    expect(cleanText('Sri\tLestari')).toBe('Sri Lestari');
  });

  it('composes accents (NFC)', () => {
    expect(cleanText('Rene\u0301')).toBe('René');
  });
});
