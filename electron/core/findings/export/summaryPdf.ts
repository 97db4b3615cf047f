// The printable case summary of one finding: the kop surat (documents/pdf/letterhead.ts), the title, the person,
// the act with its derived classification and sanction range, the chronology, the evidence list and the
// follow-up steps, numbered pages. Made with the documents module's pdfmake engine (documents/pdf.ts).
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { Query } from '../../db/database';
import { letterheadOf } from '../../documents/letterhead';
import { contentWidth } from '../../documents/paper';
import type { PdfOptions } from '../../documents/pdf';
import { documentDate, renderPdf } from '../../documents/pdf';
import { BODY_SIZE, labelledLines, titlePart } from '../../documents/pdf/blocks';
import { letterheadPart } from '../../documents/pdf/letterhead';
import { pageSetup } from '../../documents/pdf/page';
import type { PaperSize } from '../../documents/types';
import { getProfile } from '../../profile/service';
import { formatDateLong } from '../../../shared/format';
import { fillTemplate, ui } from '../../../shared/messages';
import type { FindingDetail } from '../types';
import { actTimeText, agencyText, classificationText, evidenceText, identifierText, phaseText, sanctionText } from './caseText';

const f = ui.findings;
const x = f.export;

function heading(text: string): Content {
  return { text, bold: true, fontSize: BODY_SIZE + 1, margin: [0, 8, 0, 4] };
}

function table(head: string[], rows: string[][], widths: (number | string)[]): Content {
  if (rows.length === 0) return { text: x.none, fontSize: BODY_SIZE, italics: true, margin: [0, 0, 0, 4] };
  return {
    table: { headerRows: 1, widths, dontBreakRows: true, body: [head.map((h) => ({ text: h, bold: true, fillColor: '#DDEBF7' })), ...rows] },
    fontSize: BODY_SIZE - 1,
    margin: [0, 0, 0, 4],
  };
}

export function caseSummaryDefinition(q: Query, d: FindingDetail, paper: PaperSize): TDocumentDefinitions {
  const profile = getProfile(q);
  const p = d.person;
  const c = d.classification;
  return {
    ...pageSetup(paper, true),
    defaultStyle: { fontSize: BODY_SIZE },
    content: [
      letterheadPart(letterheadOf(profile), contentWidth(paper)),
      titlePart(x.summaryTitle),
      heading(x.sectionPerson),
      labelledLines([
        [f.fields.personName, p.name], [f.fields.identifier, identifierText(p) || '-'], [f.fields.position, p.position || '-'],
        [f.fields.positionType, ui.roster.positionType[p.positionType]], [f.fields.unit, p.unit || '-'],
        [f.fields.employment, ui.roster.employment[p.employment]], [x.sbtAgency, agencyText(profile.opdName, profile.regency) || '-'],
      ], 120),
      heading(x.sectionAct),
      labelledLines([
        [f.fields.violationType, `${d.violationCode} · ${d.violationAct}`], [f.fields.actDate, actTimeText(d)], [f.fields.actPlace, d.actPlace || '-'],
        [f.fields.knownDate, formatDateLong(d.knownDate)], [f.fields.source, `${f.sources[d.source]}${d.sourceLink ? ` — ${d.sourceLink}` : ''}`],
        [f.fields.sbtNumber, d.sbtNumber ?? '-'], [f.phase, phaseText(c)], [f.classification, classificationText(c)],
        [f.sanctionRange, sanctionText(c) || '-'], [f.sanctionRule, f.sanctionRules[c.sanctionRule]], [f.fields.description, d.description || '-'],
      ], 120),
      heading(x.sectionChronology),
      table([f.fields.chronologyDate, f.fields.chronologyText], d.chronology.map((e) => [formatDateLong(e.date), e.text]), [90, '*']),
      heading(x.sectionEvidence),
      table([x.colNo, x.evidenceName], d.evidence.map((e, i) => [String(i + 1), evidenceText(e)]), [24, '*']),
      heading(x.sectionSteps),
      table([f.fields.stepDate, f.stepKind, f.stepActor, f.stepNote, f.columns.stage],
        d.steps.map((s) => [formatDateLong(s.date), f.stepKinds[s.kind], s.actor, s.note, f.stages[s.stageAfter]]), [78, 90, 90, '*', 90]),
      { text: fillTemplate(x.preparedBy, { date: formatDateLong(documentDate().toISOString().slice(0, 10)) }), fontSize: BODY_SIZE - 2, color: '#555555', margin: [0, 12, 0, 0] },
    ],
  };
}

export function caseSummaryPdf(q: Query, d: FindingDetail, paper: PaperSize, options: PdfOptions = {}): Promise<Buffer> {
  return renderPdf(caseSummaryDefinition(q, d, paper), { title: x.summaryTitle, ...options });
}
