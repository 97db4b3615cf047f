// Row numbers as the secretary types them from the paper: "1-25, 27, 30-41", with spaces, commas or semicolons
// between the parts, a reversed range ("30-25") read as 25–30, overlaps counted once. A number past the sheet's
// people (a blank row or beyond the paper) is refused with the numbers named, so a typo never marks the wrong
// person.
import { UserError } from '../errors';

/** Written back as the user would write it: "1–3, 7, 9–12". */
export function describeNumbers(numbers: readonly number[]): string {
  const sorted = [...new Set(numbers)].sort((a, b) => a - b);
  const parts: string[] = [];
  for (let i = 0; i < sorted.length; i++) {
    const start = sorted[i]!;
    let end = start;
    while (i + 1 < sorted.length && sorted[i + 1] === end + 1) end = sorted[++i]!;
    parts.push(end === start ? String(start) : end === start + 1 ? `${start}, ${end}` : `${start}–${end}`);
  }
  return parts.join(', ');
}

const PART = /^(\d{1,6})(?:-(\d{1,6}))?$/;

/** The numbers in the text, ascending, each once. `lastRow` is the last numbered person on the sheet. */
export function parseRowNumbers(text: string, lastRow: number): number[] {
  const parts = text.replace(/\s*[-–—]\s*/g, '-').split(/[\s,;]+/).filter(Boolean);
  if (parts.length === 0) throw new UserError('attendance-rows-empty');
  const found = new Set<number>();
  for (const part of parts) {
    const m = PART.exec(part);
    if (!m) throw new UserError('attendance-rows-unreadable', { part });
    const a = Number(m[1]);
    const b = m[2] === undefined ? a : Number(m[2]);
    const [lo, hi] = a <= b ? [a, b] : [b, a];
    if (lo === 0) throw new UserError('attendance-rows-zero');
    if (hi - lo > 100_000) throw new UserError('attendance-rows-unreadable', { part });
    for (let n = lo; n <= hi; n++) found.add(n);
  }
  const numbers = [...found].sort((x, y) => x - y);
  const past = numbers.filter((n) => n > lastRow);
  if (past.length > 0) throw new UserError('attendance-rows-past-end', { numbers: describeNumbers(past), last: lastRow });
  return numbers;
}
