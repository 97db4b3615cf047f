// Reads one identifier cell. A number cell of 16 or more digits lost precision (Excel keeps 15 significant
// digits), and so did text in exponent form ("1.96805231998031E+17", a CSV saved from such a cell) and an
// 18-digit NIP ending in 000 (what the rounding leaves: "196805231998031000" from a CSV written from a number
// cell; no NIP's serial is 000): all are refused, never imported as if they were right. Everything else is
// classified by its digit count.
import type { IdentifierClass } from '../../identity';
import { classifyIdentifier } from '../../identity';
import type { RawCell } from '../../../spreadsheet/cells';
import { cellText, integerDigits } from '../../../spreadsheet/cells';

export type IdentifierRead =
  | { kind: 'lost'; code: 'nip-precision-lost' | 'nik-precision-lost'; shown: string }
  | { kind: 'read'; text: string; identifier: IdentifierClass };

const EXPONENT = /^'?(\d)(?:[.,](\d+))?e\+?(\d+)$/i;

function lost(digitCount: number, shown: string): IdentifierRead {
  return { kind: 'lost', code: digitCount === 16 ? 'nik-precision-lost' : 'nip-precision-lost', shown };
}

export function readIdentifierCell(cell: RawCell, expect: 'nip' | 'nik', today: Date): IdentifierRead | null {
  if (typeof cell === 'number') {
    const digits = integerDigits(cell);
    if (digits !== null && digits.length >= 16) return lost(digits.length, digits);
    const text = digits ?? String(cell);
    return { kind: 'read', text, identifier: classifyIdentifier(text, expect, today) };
  }
  const text = cellText(cell);
  if (text === '') return null;
  const exponent = /e/i.test(text) ? EXPONENT.exec(text.replace(/\s+/g, '')) : null;
  if (exponent) {
    const digitCount = Number(exponent[3]) + 1;
    if (digitCount >= 16) return lost(digitCount, text);
  }
  if (expect === 'nip' && /^'?\d{15}000$/.test(text)) return lost(18, text.replace(/^'/, ''));
  return { kind: 'read', text, identifier: classifyIdentifier(text, expect, today) };
}

/** A "NAMA / NIP" cell: the name on one line, the NIP (perhaps after "NIP.") on the next or at the end. */
export function splitNameAndIdentifier(text: string): { name: string; identifier: string } {
  const lines = text.split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
  if (lines.length > 1) {
    const at = lines.findIndex((l) => /\d{6,}/.test(l.replace(/[\s.-]/g, '')));
    if (at >= 0) return { name: lines.filter((_, i) => i !== at).join(' '), identifier: lines[at] ?? '' };
  }
  const m = /^(.*?)[\s,/]*((?:nip|nik)\s*[.:]?\s*)?('?\d[\d\s.-]{14,})$/i.exec(text.trim());
  if (m) return { name: (m[1] ?? '').trim(), identifier: m[3] ?? '' };
  return { name: text.trim(), identifier: '' };
}
