// Paper sizes and margins, in PDF points (1/72 inch). Portrait only: the daftar hadir is filled in by hand,
// passed along a row of chairs.
import type { PaperSize } from './types';

const mm = (v: number) => (v * 72) / 25.4;

export const PAPER: Record<PaperSize, { width: number; height: number; widthMm: number; heightMm: number }> = {
  A4: { width: mm(210), height: mm(297), widthMm: 210, heightMm: 297 },
  F4: { width: mm(215), height: mm(330), widthMm: 215, heightMm: 330 },
};

/** left, top, right, bottom: 1.5 cm around, 2 cm at the bottom for the page number. */
export const MARGINS: [number, number, number, number] = [mm(15), mm(12), mm(15), mm(18)];

export function contentWidth(paper: PaperSize): number {
  return PAPER[paper].width - MARGINS[0] - MARGINS[2];
}

export { mm };
