// The list of who has not signed the pledge yet, as a PDF with the kop: one section per unit (each on its own
// page, to hand to its head), the unit's count, the head flagged; signed by the head of the OPD.
import type { Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import { formatDateLong, formatPercent } from '../../../shared/format';
import { fillTemplate, ui } from '../../../shared/messages';
import { getProfile } from '../../profile/service';
import type { Query } from '../../db/database';
import { getElection } from '../../elections/service';
import type { NotSignedList } from '../../pledges/types';
import { headOfOpd } from '../../sessions/service';
import type { ClosingBlock } from '../attendance/sheet';
import { closingOf } from '../attendance/sheet';
import { cityOf, rankText, staffIdentifier, formatNip } from '../format';
import type { LetterheadData } from '../letterhead';
import { letterheadOf } from '../letterhead';
import { contentWidth } from '../paper';
import type { PdfOptions } from '../pdf';
import { renderPdf } from '../pdf';
import { labelledLines, signaturePart, titlePart } from '../pdf/blocks';
import { letterheadPart } from '../pdf/letterhead';
import { pageSetup } from '../pdf/page';
import type { PaperSize } from '../types';

const HEADER_FILL = '#E6E6E6';

export interface NotSignedDocument {
  paper: PaperSize;
  letterhead: LetterheadData;
  lines: [string, string | null][];
  list: NotSignedList;
  closing: ClosingBlock;
}

export function buildNotSignedDocument(q: Query, list: NotSignedList, paper: PaperSize): NotSignedDocument {
  const t = ui.pledges.notSignedDoc;
  const profile = getProfile(q);
  const election = getElection(q, list.electionId);
  return {
    paper,
    letterhead: letterheadOf(profile),
    lines: [
      [t.election, election.name],
      [t.asOf, formatDateLong(list.asOf)],
      [t.deadline, list.deadline ? formatDateLong(list.deadline) : t.noDeadline],
      [t.total, fillTemplate(t.totalValue, { notSigned: list.overall.notSigned, target: list.overall.target, percent: formatPercent(list.overall.percent) })],
    ],
    list,
    closing: closingOf(headOfOpd(q), `${cityOf(profile.regency) || ui.documents.blankShort}, ${formatDateLong(list.asOf)}`),
  };
}

function unitTable(u: NotSignedList['units'][number]): Content {
  const t = ui.pledges.notSignedDoc;
  const c = ui.documents.columns;
  const head: TableCell[] = [c.no, c.name, c.nip, c.rank, c.position, t.note].map((text) => ({ text, bold: true, alignment: 'center', fillColor: HEADER_FILL }));
  const rows: TableCell[][] = u.people.map((p, i) => [
    { text: String(i + 1), alignment: 'center' }, p.staff.name, (p.staff.nip ? formatNip(p.staff.nip) : staffIdentifier(p.staff)) || '-', rankText(p.staff), p.staff.position ?? '',
    p.isHead ? { text: t.headNote, bold: true } : '',
  ]);
  return {
    table: { headerRows: 1, dontBreakRows: true, widths: [18, '*', 100, 70, 110, 60], body: [head, ...rows] },
    fontSize: 8,
    margin: [0, 0, 0, 8],
  };
}

export function notSignedDefinition(d: NotSignedDocument): TDocumentDefinitions {
  const t = ui.pledges.notSignedDoc;
  const sections: Content[] = d.list.units.map((u, i) => ({
    stack: [
      { text: (u.unitName ?? ui.documents.noUnit).toUpperCase(), bold: true, fontSize: 10, margin: [0, 4, 0, 2] },
      { text: fillTemplate(t.unitLine, { notSigned: u.notSigned, target: u.target, percent: formatPercent(u.percent) }), fontSize: 9, margin: [0, 0, 0, 4] },
      unitTable(u),
    ],
    ...(i > 0 ? { pageBreak: 'before' as const } : {}),
  }));
  return {
    ...pageSetup(d.paper, true),
    defaultStyle: { fontSize: 10, lineHeight: 1.05 },
    content: [
      letterheadPart(d.letterhead, contentWidth(d.paper)),
      titlePart(t.title),
      labelledLines(d.lines, 110),
      ...(sections.length > 0 ? sections : [{ text: t.everyoneSigned, italics: true }]),
      signaturePart(d.closing),
    ],
  };
}

export function notSignedPdf(d: NotSignedDocument, options: PdfOptions = {}): Promise<Buffer> {
  return renderPdf(notSignedDefinition(d), { title: ui.pledges.notSignedDoc.title, ...options });
}
