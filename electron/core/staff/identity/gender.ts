// Gender as rosters write it: L/P, Laki-laki, Laki - Laki, Perempuan, Pria, Wanita, LK, PR (and SIASN's M/F).
import type { Gender } from '../types';

const WORDS: Record<string, Gender> = {
  l: 'L', lk: 'L', laki: 'L', lakilaki: 'L', pria: 'L', m: 'L', male: 'L',
  p: 'P', pr: 'P', perempuan: 'P', wanita: 'P', f: 'P', female: 'P',
};

export function parseGender(text: string | null | undefined): Gender | null {
  const squashed = (text ?? '').normalize('NFKC').toLowerCase().replace(/[^a-z]/g, '');
  return WORDS[squashed] ?? null;
}
