import { describe, expect, it } from 'vitest';
import { PNS_RANKS, parseRank } from '../../../../electron/core/staff/identity';

describe('parseRank: PNS golongan', () => {
  it.each([
    'III/b', 'III.b', 'III-b', 'IIIb', 'III / B', 'iii/b', 'III b', '3/b', 'Gol. III/b', 'Penata Muda Tk. I (III/b)',
    'Penata Muda Tk.I, III/b', 'Penata Muda Tk. I, III/b', 'Penata Muda Tingkat I', 'PENATA MUDA TK I', 'Penata Muda Tk.1',
    'penata muda tingkat I', ' Penata  Muda  Tk. I ',
  ])('%j → III/b Penata Muda Tk. I', (text) => {
    expect(parseRank(text)).toEqual({ rank: 'III/b', rankName: 'Penata Muda Tk. I', unreadable: false });
  });

  it.each([
    ['IV/B', 'IV/b', 'Pembina Tk. I'],
    ['IV/e', 'IV/e', 'Pembina Utama'],
    ['Pembina Utama Muda (IV/c)', 'IV/c', 'Pembina Utama Muda'],
    ['Pembina Utama Madya', 'IV/d', 'Pembina Utama Madya'],
    ['I/a', 'I/a', 'Juru Muda'],
    ['Juru Tk. I', 'I/d', 'Juru Tk. I'],
    ['II/c', 'II/c', 'Pengatur'],
    ['Pengatur Muda Tk. I', 'II/b', 'Pengatur Muda Tk. I'],
    ['Penata Tk.I, III/d', 'III/d', 'Penata Tk. I'],
  ])('%j → %s %s', (text, rank, rankName) => {
    expect(parseRank(text)).toEqual({ rank, rankName, unreadable: false });
  });

  it('knows all 17 PNS ranks by golongan and by name', () => {
    expect(PNS_RANKS).toHaveLength(17);
    for (const { rank, name } of PNS_RANKS) {
      expect(parseRank(rank)).toEqual({ rank, rankName: name, unreadable: false });
      expect(parseRank(name)).toEqual({ rank, rankName: name, unreadable: false });
    }
  });

  it('lets the golongan decide when the name disagrees', () => {
    expect(parseRank('Penata (III/d)')).toMatchObject({ rank: 'III/d', rankName: 'Penata Tk. I' });
  });
});

describe('parseRank: PPPK golongan', () => {
  it.each([['IX', 'IX'], ['ix', 'IX'], ['Gol. IX', 'IX'], ['XVII', 'XVII'], ['V', 'V'], ['Golongan VII', 'VII']])('%j → %s', (text, rank) => {
    expect(parseRank(text)).toEqual({ rank, rankName: null, unreadable: false });
  });

  it('reads Arabic 1–17 when the employment is PPPK', () => {
    expect(parseRank('9', 'PPPK')).toEqual({ rank: 'IX', rankName: null, unreadable: false });
    expect(parseRank('17', 'PPPK_PARUH_WAKTU')).toEqual({ rank: 'XVII', rankName: null, unreadable: false });
    expect(parseRank('18', 'PPPK')).toMatchObject({ unreadable: true });
    expect(parseRank('9', 'PNS')).toMatchObject({ unreadable: true });
    expect(parseRank('9')).toMatchObject({ unreadable: true });
  });

  it('does not take a PNS golongan without its ruang letter for a rank', () => {
    expect(parseRank('III', 'PNS')).toMatchObject({ unreadable: true });
    expect(parseRank('III', 'PPPK')).toEqual({ rank: 'III', rankName: null, unreadable: false });
  });
});

describe('parseRank: blank and unreadable', () => {
  it('returns null for a blank cell', () => {
    expect(parseRank('')).toBeNull();
    expect(parseRank('  ')).toBeNull();
    expect(parseRank(null)).toBeNull();
    expect(parseRank('-')).toBeNull();
  });

  it.each(['Golongan Z', 'V/a', 'III/f', 'Penata Madya', 'Staf'])('flags %j as unreadable', (text) => {
    expect(parseRank(text)).toEqual({ rank: null, rankName: null, unreadable: true });
  });
});
