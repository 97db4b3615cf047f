// Reads a printed daftar hadir back from the words poppler finds on each page and their positions, knowing
// nothing of how the app laid it out: the header row by its words, each column's left edge as the x where the
// lines of its cells start (the most frequent first-word position under its header), the rows by the numbers in
// the NO column, and the signature halves split at the centre of the "TANDA TANGAN" header (centred over both).
import type { PdfPage, Word } from '../../helpers/poppler';

export interface ReadRow {
  no: number;
  page: number;
  name: string;
  nip: string;
  rank: string;
  position: string;
  unit: string;
  /** where this row's number sits in the signature column: 'left', 'right', or null when it is missing */
  mark: 'left' | 'right' | null;
}

export interface ReadPage {
  index: number;
  /** the header row NO | NAMA | NIP | PANGKAT/GOL | JABATAN | UNIT KERJA | TANDA TANGAN was found */
  header: boolean;
  rows: ReadRow[];
  /** table words above the first numbered row of the page: the rest of a row split from the page before */
  orphans: Word[];
}

const COLUMNS = ['name', 'nip', 'rank', 'position', 'unit'] as const;
const near = (a: number, b: number, tol = 1.5) => Math.abs(a - b) <= tol;
const center = (w: Word) => (w.xMin + w.xMax) / 2;

function mode(values: number[]): number | null {
  const counts = new Map<number, number>();
  for (const v of values) counts.set(Math.round(v * 2) / 2, (counts.get(Math.round(v * 2) / 2) ?? 0) + 1);
  let best: number | null = null;
  let bestCount = 0;
  for (const [v, c] of counts) if (c > bestCount || (c === bestCount && best !== null && v < best)) [best, bestCount] = [v, c];
  return best;
}

function joinCell(words: Word[]): string {
  return [...words].sort((a, b) => (near(a.yMin, b.yMin, 2) ? a.xMin - b.xMin : a.yMin - b.yMin)).map((w) => w.text).join(' ');
}

interface PageParts {
  header: boolean;
  table: Word[];
  numbers: Word[];
  marks: Word[];
  centers: number[];
  signCenter: number;
}

function pageParts(page: PdfPage, opts: { maxTableWordHeight: number }): PageParts | null {
  const words = page.words;
  const tanda = words.find((w, i) => w.text === 'TANDA' && words[i + 1]?.text === 'TANGAN');
  const headerY = tanda?.yMin;
  const onHeader = (text: string) => words.find((w) => w.text === text && headerY !== undefined && near(w.yMin, headerY, 2));
  const heads = { no: onHeader('NO'), name: onHeader('NAMA'), nip: onHeader('NIP'), rank: onHeader('PANGKAT/GOL'), position: onHeader('JABATAN'), unit: onHeader('UNIT') };
  const header = Boolean(tanda && heads.no && heads.name && heads.nip && heads.rank && heads.position && heads.unit && onHeader('KERJA'));
  if (!header || !tanda || headerY === undefined) return null;
  const tangan = words[words.indexOf(tanda) + 1]!;
  const signCenter = (tanda.xMin + tangan.xMax) / 2;

  const footer = words.find((w, i) => w.text === 'Halaman' && words[i + 2]?.text === 'dari');
  const table = words.filter((w) => w.yMin > headerY + 4 && w.yMax - w.yMin <= opts.maxTableWordHeight && !(footer && near(w.yMin, footer.yMin, 2)));
  const marks = table.filter((w) => /^\d+\.$/.test(w.text) && w.xMin > center(heads.unit!));
  const numbers = table.filter((w) => /^\d+$/.test(w.text) && w.xMax < heads.name!.xMin).sort((a, b) => a.yMin - b.yMin);
  const centers = [center(heads.no!), ...COLUMNS.map((c) => center(heads[c]!))];
  return { header, table, numbers, marks, centers, signCenter };
}

/** Each column starts where most lines under its header start (between the previous header and its own),
 * counted over every page at once: the columns do not move from page to page. */
function columnStarts(parts: PageParts[]): number[] {
  const centers = parts[0]!.centers;
  return COLUMNS.map((_, i) => mode(parts.flatMap((p) => p.table.filter((w) => w.xMin > centers[i]! && w.xMin < centers[i + 1]! && !p.numbers.includes(w)).map((w) => w.xMin))) ?? centers[i + 1]!);
}

function readPage(index: number, parts: PageParts | null, starts: number[]): ReadPage {
  if (!parts) return { index, header: false, rows: [], orphans: [] };
  const { header, table, numbers, marks, signCenter } = parts;
  const signStart = marks.length ? Math.min(...marks.map((m) => m.xMin)) - 1 : Infinity;
  const columnOf = (w: Word): number => {
    if (w.xMin >= signStart) return -1;
    let col = -1;
    starts.forEach((s, i) => {
      if (w.xMin >= s - 0.75) col = i;
    });
    return col;
  };

  const rows: ReadRow[] = numbers.map((n) => ({ no: Number(n.text), page: index, name: '', nip: '', rank: '', position: '', unit: '', mark: null }));
  const cells = rows.map(() => COLUMNS.map(() => [] as Word[]));
  const orphans: Word[] = [];
  for (const w of table) {
    if (numbers.includes(w) || marks.includes(w)) continue;
    const col = columnOf(w);
    if (col < 0) continue;
    let row = -1;
    numbers.forEach((n, i) => {
      if (w.yMin >= n.yMin - 1.5) row = i;
    });
    if (row < 0) orphans.push(w);
    else cells[row]![col]!.push(w);
  }
  rows.forEach((r, i) => {
    COLUMNS.forEach((c, k) => (r[c] = joinCell(cells[i]![k]!)));
    const mark = marks.find((m) => m.text === `${r.no}.` && near(m.yMin, numbers[i]!.yMin, 3));
    r.mark = mark ? (mark.xMax <= signCenter ? 'left' : mark.xMin >= signCenter ? 'right' : null) : null;
  });
  return { index, header, rows, orphans };
}

export function readSheet(pages: PdfPage[], opts = { maxTableWordHeight: 10.5 }): ReadPage[] {
  const parts = pages.map((p) => pageParts(p, opts));
  const found = parts.filter((p): p is PageParts => p !== null);
  if (found.length === 0) return pages.map((_, i) => readPage(i + 1, null, []));
  const starts = columnStarts(found);
  return parts.map((p, i) => readPage(i + 1, p, starts));
}
