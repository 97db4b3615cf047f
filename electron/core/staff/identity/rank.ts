// Pangkat/golongan as rosters write it. PNS: `III/b`, `III.b`, `III-b`, `IIIb`, `III / B`, `3/b`,
// `Penata Muda Tk. I (III/b)`, `Penata Muda Tk.I, III/b`, or the pangkat name alone (`Penata Muda Tingkat I`).
// PPPK: Roman I–XVII (optionally "Gol." before it), or Arabic 1–17 when the employment is PPPK.
// When a cell holds both a golongan and a pangkat name, the golongan decides.
import type { Employment } from '../types';
import { PNS_RANKS, PPPK_RANKS } from './rankTable';

export type RankParse =
  | { rank: string; rankName: string | null; unreadable: false }
  | { rank: null; rankName: null; unreadable: true };

const GOLONGAN = /(?<![a-z])(iv|iii|ii|i|[1-4])\s*[/.-]?\s*([a-e])(?![a-z])/i;
const ARABIC_TO_ROMAN: Record<string, string> = { '1': 'I', '2': 'II', '3': 'III', '4': 'IV' };
const PPPK_PREFIX = /^(?:gol(?:ongan)?\.?\s*(?:pppk)?\s*)/i;

const BY_RANK = new Map(PNS_RANKS.map((r) => [r.rank, r.name]));
const BY_NAME_KEY = new Map(PNS_RANKS.map((r) => [nameKey(r.name), r.rank]));

/** A comparable form of a pangkat name: lower case, no punctuation, "Tingkat I"/"Tk.1" → "tk i". */
function nameKey(text: string): string {
  return text
    .toLowerCase()
    .replace(/[.,()]/g, ' ')
    .replace(/\btingkat\b/g, 'tk')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/\btk 1\b/g, 'tk i');
}

function unreadable(): RankParse {
  return { rank: null, rankName: null, unreadable: true };
}

/** null for a blank cell; otherwise the canonical rank, or `unreadable: true`. */
export function parseRank(text: string | null | undefined, employment?: Employment | null): RankParse | null {
  const value = (text ?? '').normalize('NFKC').replace(/\s+/g, ' ').trim();
  if (value === '' || value === '-') return null;
  const isPppk = employment === 'PPPK' || employment === 'PPPK_PARUH_WAKTU';
  const isPns = employment === 'PNS' || employment === 'CPNS';

  const pppkText = value.replace(PPPK_PREFIX, '').trim().toUpperCase();
  if (PPPK_RANKS.includes(pppkText)) {
    // A PNS golongan without its ruang letter ("III") is not a rank a PNS can hold.
    if (isPns && ['I', 'II', 'III', 'IV'].includes(pppkText)) return unreadable();
    return { rank: pppkText, rankName: null, unreadable: false };
  }
  if (isPppk && /^\d{1,2}$/.test(pppkText)) {
    const roman = PPPK_RANKS[Number(pppkText) - 1];
    return roman ? { rank: roman, rankName: null, unreadable: false } : unreadable();
  }

  const match = GOLONGAN.exec(value);
  if (match) {
    const group = match[1] ?? '';
    const roman = ARABIC_TO_ROMAN[group] ?? group.toUpperCase();
    const rank = `${roman}/${(match[2] ?? '').toLowerCase()}`;
    const rankName = BY_RANK.get(rank);
    if (rankName) return { rank, rankName, unreadable: false };
    return unreadable();
  }

  const byName = BY_NAME_KEY.get(nameKey(value));
  if (byName) return { rank: byName, rankName: BY_RANK.get(byName) ?? null, unreadable: false };
  return unreadable();
}
