// The kop surat as Word paragraphs: a borderless three-column table (emblem, centred text, empty), then the
// classic thick-thin double rule as the bottom border of an empty paragraph.
import { AlignmentType, BorderStyle, ImageRun, Paragraph, Table, TableCell, TableRow, TextRun, VerticalAlign, WidthType } from 'docx';
import { fitInto, imageSize } from '../imageSize';
import type { LetterheadData } from '../letterhead';

const NONE = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' } as const;
const NO_BORDERS = { top: NONE, bottom: NONE, left: NONE, right: NONE, insideHorizontal: NONE, insideVertical: NONE } as const;
/** a transparent 1×1 PNG: what Word versions without SVG support show instead of an SVG emblem */
const BLANK_PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64');

export const FONT = 'Arial';

function emblemRun(l: LetterheadData): ImageRun | null {
  if (!l.emblem) return null;
  const size = fitInto(imageSize(l.emblem.mime, l.emblem.bytes), { width: 76, height: 88 });
  if (l.emblem.mime === 'image/svg+xml') {
    return new ImageRun({ type: 'svg', data: l.emblem.bytes, fallback: { type: 'png', data: BLANK_PNG }, transformation: size });
  }
  return new ImageRun({ type: l.emblem.mime === 'image/png' ? 'png' : 'jpg', data: l.emblem.bytes, transformation: size });
}

/** `width` in twips (1/1440 inch) */
export function letterheadParts(l: LetterheadData, width: number): (Paragraph | Table)[] {
  const side = 1400;
  const emblem = emblemRun(l);
  const line = (text: string, size: number, bold: boolean) => new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text, size, bold, font: FONT })] });
  return [
    new Table({
      width: { size: width, type: WidthType.DXA },
      columnWidths: [side, width - 2 * side, side],
      borders: NO_BORDERS,
      rows: [new TableRow({
        children: [
          new TableCell({ width: { size: side, type: WidthType.DXA }, verticalAlign: VerticalAlign.CENTER, children: [new Paragraph({ children: emblem ? [emblem] : [] })] }),
          new TableCell({
            width: { size: width - 2 * side, type: WidthType.DXA }, verticalAlign: VerticalAlign.CENTER,
            children: [line(l.government, 28, true), line(l.opdName || ' ', 32, true), ...l.contactLines.map((c) => line(c, 18, false))],
          }),
          new TableCell({ width: { size: side, type: WidthType.DXA }, children: [new Paragraph({})] }),
        ],
      })],
    }),
    new Paragraph({ border: { bottom: { style: BorderStyle.THICK_THIN_SMALL_GAP, size: 24, color: '000000', space: 1 } }, spacing: { after: 120 }, children: [] }),
  ];
}
