// Reference data (DOMAIN.md "Identifiers"): PNS golongan/ruang with their pangkat names, PPPK golongan I–XVII.

export const PNS_RANKS: readonly { rank: string; name: string }[] = [
  { rank: 'I/a', name: 'Juru Muda' },
  { rank: 'I/b', name: 'Juru Muda Tk. I' },
  { rank: 'I/c', name: 'Juru' },
  { rank: 'I/d', name: 'Juru Tk. I' },
  { rank: 'II/a', name: 'Pengatur Muda' },
  { rank: 'II/b', name: 'Pengatur Muda Tk. I' },
  { rank: 'II/c', name: 'Pengatur' },
  { rank: 'II/d', name: 'Pengatur Tk. I' },
  { rank: 'III/a', name: 'Penata Muda' },
  { rank: 'III/b', name: 'Penata Muda Tk. I' },
  { rank: 'III/c', name: 'Penata' },
  { rank: 'III/d', name: 'Penata Tk. I' },
  { rank: 'IV/a', name: 'Pembina' },
  { rank: 'IV/b', name: 'Pembina Tk. I' },
  { rank: 'IV/c', name: 'Pembina Utama Muda' },
  { rank: 'IV/d', name: 'Pembina Utama Madya' },
  { rank: 'IV/e', name: 'Pembina Utama' },
];

export const PPPK_RANKS: readonly string[] = [
  'I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII', 'XIII', 'XIV', 'XV', 'XVI', 'XVII',
];
