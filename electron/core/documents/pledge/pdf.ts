// The pledge as PDF pages: the text (one page, with the kop) and the head of the OPD's ikrar page.
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import { ui } from '../../../shared/messages';
import { formatNip } from '../format';
import { contentWidth } from '../paper';
import type { PdfOptions } from '../pdf';
import { renderPdf } from '../pdf';
import { BODY_SIZE, labelledLines, signaturePart } from '../pdf/blocks';
import { letterheadPart } from '../pdf/letterhead';
import { pageSetup } from '../pdf/page';
import type { PledgeDocument } from './pledge';

const SIZE = 12;

function pointsPart(points: string[]): Content {
  return { ol: points, fontSize: SIZE, lineHeight: 1.3, margin: [10, 4, 0, 8], alignment: 'justify' };
}

function titlePart(title: string): Content {
  return { text: title, alignment: 'center', bold: true, fontSize: 13, margin: [0, 18, 0, 14] };
}

export function pledgeTextDefinition(d: PledgeDocument): TDocumentDefinitions {
  return {
    ...pageSetup(d.paper, false),
    defaultStyle: { fontSize: SIZE },
    content: [
      letterheadPart(d.letterhead, contentWidth(d.paper)),
      titlePart(d.title),
      { text: d.intro, fontSize: SIZE, lineHeight: 1.3, alignment: 'justify' },
      pointsPart(d.points),
      { text: d.sanction, fontSize: SIZE, lineHeight: 1.3, alignment: 'justify' },
      { text: d.closing.placeDate, alignment: 'right', margin: [0, 24, 0, 0], fontSize: BODY_SIZE + 1 },
    ],
  };
}

export function ikrarDefinition(d: PledgeDocument): TDocumentDefinitions {
  const p = ui.documents.pledge;
  const h = d.head;
  return {
    ...pageSetup(d.paper, false),
    defaultStyle: { fontSize: SIZE },
    content: [
      letterheadPart(d.letterhead, contentWidth(d.paper)),
      titlePart(p.headTitle),
      { text: p.headIntro, fontSize: SIZE, margin: [0, 0, 0, 6] },
      {
        ...(labelledLines([
          [p.headName, h.name || null], [p.headNip, h.nip ? formatNip(h.nip) : null], [p.headRank, h.rank || null],
          [p.headPosition, h.position || null], [p.headAgency, d.agency || null],
        ], 90) as object),
        fontSize: SIZE, margin: [10, 0, 0, 6],
      } as Content,
      { text: p.headStatement, fontSize: SIZE },
      pointsPart(d.points),
      { text: p.headSanction, fontSize: SIZE, lineHeight: 1.3, alignment: 'justify' },
      signaturePart({ ...d.closing, position: '' }, { heading: p.headSigns, signSpace: 64 }),
    ],
  };
}

export function pledgeTextPdf(d: PledgeDocument, options: PdfOptions = {}): Promise<Buffer> {
  return renderPdf(pledgeTextDefinition(d), { title: d.title, ...options });
}

export function ikrarPdf(d: PledgeDocument, options: PdfOptions = {}): Promise<Buffer> {
  return renderPdf(ikrarDefinition(d), { title: ui.documents.pledge.headTitle, ...options });
}
