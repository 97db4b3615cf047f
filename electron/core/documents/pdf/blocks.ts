// Parts several printed documents share: the title, the "Hari/Tanggal : …" lines, the signature block.
import type { Content } from 'pdfmake/interfaces';
import { ui } from '../../../shared/messages';
import type { ClosingBlock } from '../attendance/sheet';

export const BODY_SIZE = 11;

export function titlePart(title: string): Content {
  return { text: title, alignment: 'center', bold: true, fontSize: 12, margin: [0, 12, 0, 10] };
}

/** Label, colon, value; a missing value is a dotted line to fill in by hand. */
export function labelledLines(lines: [label: string, value: string | null][], labelWidth = 86): Content {
  return {
    table: {
      widths: [labelWidth, 6, '*'],
      body: lines.map(([label, value]) => [label, ':', value ?? ui.documents.blankLong]),
    },
    layout: 'noBorders',
    fontSize: BODY_SIZE,
    margin: [0, 0, 0, 8],
  };
}

/** "<place>, <date>", the position, room to sign, the name (bold, underlined), the rank, the NIP. Kept whole on
 * one page, on the right half. */
export function signaturePart(c: ClosingBlock, opts: { signSpace?: number; heading?: string } = {}): Content {
  return {
    unbreakable: true,
    margin: [0, 16, 0, 0],
    columns: [
      { width: '*', text: '' },
      {
        width: 240,
        fontSize: BODY_SIZE,
        stack: [
          { text: c.placeDate },
          ...(opts.heading ? [{ text: opts.heading }] : []),
          ...(c.position ? [{ text: c.position }] : []),
          { text: ' ', margin: [0, 0, 0, opts.signSpace ?? 52] },
          { text: c.name || ui.documents.blankLong, bold: true, decoration: c.name ? 'underline' : undefined },
          ...(c.rank ? [{ text: c.rank }] : []),
          ...(c.nip ? [{ text: c.nip }] : []),
        ],
      },
    ],
  };
}
