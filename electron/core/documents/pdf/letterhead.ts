// The kop surat as a pdfmake part: emblem left, the government and the OPD in capitals centred, the contact
// lines, the usual double rule (thick over thin) under it.
import type { Column, Content } from 'pdfmake/interfaces';
import type { LetterheadData } from '../letterhead';

const EMBLEM_BOX: [number, number] = [62, 70];

function emblemPart(l: LetterheadData): Column {
  if (!l.emblem) return { text: '', width: EMBLEM_BOX[0] };
  if (l.emblem.mime === 'image/svg+xml') return { svg: l.emblem.bytes.toString('utf8'), fit: EMBLEM_BOX, width: EMBLEM_BOX[0] };
  return { image: `data:${l.emblem.mime};base64,${l.emblem.bytes.toString('base64')}`, fit: EMBLEM_BOX, width: EMBLEM_BOX[0] };
}

export function letterheadPart(l: LetterheadData, width: number): Content {
  return {
    stack: [
      {
        columns: [
          emblemPart(l),
          {
            width: '*',
            alignment: 'center',
            stack: [
              { text: l.government, fontSize: 14, bold: true, characterSpacing: 0.3 },
              { text: l.opdName || ' ', fontSize: 16, bold: true, characterSpacing: 0.3, margin: [0, 1, 0, 2] },
              ...l.contactLines.map((line): Content => ({ text: line, fontSize: 9 })),
            ],
          },
          { text: '', width: EMBLEM_BOX[0] },
        ],
        columnGap: 6,
      },
      {
        canvas: [
          { type: 'line', x1: 0, y1: 0, x2: width, y2: 0, lineWidth: 2.4 },
          { type: 'line', x1: 0, y1: 3.2, x2: width, y2: 3.2, lineWidth: 0.8 },
        ],
        margin: [0, 6, 0, 0],
      },
    ],
  };
}
