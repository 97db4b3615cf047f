// "Serah terima": the one-page summary that goes with a backup to the secretary who takes over: what the app
// holds, the backup's file and the database's SHA-256, the findings still open with their stage and next deadline
// (from the findings area's own list), and what the receiver does.
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { Query } from '../db/database';
import { renderPdf } from '../documents/pdf';
import { BODY_SIZE, labelledLines, titlePart } from '../documents/pdf/blocks';
import { pageSetup } from '../documents/pdf/page';
import type { PaperSize } from '../documents/types';
import { fillTemplate, ui } from '../../shared/messages';
import { formatDateLong, formatDateShort } from '../../shared/format';
import type { BackupCounts } from './types';
import { listFindings } from '../findings/repository';
import { localToday } from '../elections/dates';
import type { IsoDate } from '../elections/types';

const MAX_FINDINGS = 12;

export interface OpenFinding {
  person: string;
  known: string;
  stage: string;
  /** the next deadline not met yet (dd/mm/yyyy and its state), or '-' */
  next: string;
}

export interface HandoverSummary {
  opdName: string;
  madeAt: string;
  madeBy: string;
  backupName: string;
  dbSha256: string;
  counts: BackupCounts;
  activeStaff: number | null;
  evidenceFiles: number;
  /** null when this database has no findings tables */
  openFindings: OpenFinding[] | null;
  openFindingsTotal: number;
}

function has(q: Query, table: string): boolean {
  return q.get("SELECT 1 AS x FROM sqlite_master WHERE type = 'table' AND name = ?", [table]) !== undefined;
}

/** The findings not closed, oldest known first, with the stage and the next deadline the findings area computes. */
export function openFindingsOf(q: Query, today: IsoDate = localToday()): { list: OpenFinding[]; total: number } | null {
  if (!has(q, 'finding')) return null;
  const open = listFindings(q, today).filter((f) => !f.closed).sort((a, b) => a.knownDate.localeCompare(b.knownDate) || a.id - b.id);
  const f = ui.findings;
  return {
    total: open.length,
    list: open.slice(0, MAX_FINDINGS).map((x) => ({
      person: x.person.name,
      known: x.knownDate,
      stage: f.stages[x.stage],
      next: x.nextDeadline ? `${f.deadlines.short[x.nextDeadline.kind]}: ${fillTemplate(f.deadlines.states[x.nextDeadline.state], { date: formatDateShort(x.nextDeadline.due) })}` : '-',
    })),
  };
}

export function activeStaffOf(q: Query): number | null {
  return has(q, 'staff') ? Number(q.get<{ n: number }>("SELECT count(*) AS n FROM staff WHERE status = 'ACTIVE'")?.n ?? 0) : null;
}

function countText(n: number | null): string {
  return n === null ? ui.handover.notBuilt : n.toLocaleString('id-ID');
}

function findingsPart(s: HandoverSummary): Content[] {
  const t = ui.handover;
  if (!s.openFindings) return [];
  const heading: Content = { text: t.openFindings, bold: true, fontSize: BODY_SIZE + 1, margin: [0, 10, 0, 4] };
  if (s.openFindings.length === 0) return [heading, { text: t.noOpenFindings, fontSize: BODY_SIZE }];
  const date = (d: string) => (/^\d{4}-\d{2}-\d{2}/.test(d) ? formatDateShort(d.slice(0, 10)) : d);
  const body = [
    [t.colPerson, t.colKnown, t.colStage, t.colNext].map((text) => ({ text, bold: true })),
    ...s.openFindings.map((f) => [f.person, date(f.known), f.stage, f.next]),
  ];
  const more = s.openFindingsTotal - s.openFindings.length;
  return [
    heading,
    { table: { headerRows: 1, widths: ['*', 58, 118, 150], body }, fontSize: BODY_SIZE - 1, layout: 'lightHorizontalLines' },
    ...(more > 0 ? [{ text: fillTemplate(t.moreFindings, { count: more }), fontSize: BODY_SIZE - 1, margin: [0, 4, 0, 0] } as Content] : []),
  ];
}

export function handoverDefinition(s: HandoverSummary, paper: PaperSize): TDocumentDefinitions {
  const t = ui.handover;
  const c = s.counts;
  const staff = c.staff === null ? t.notBuilt : `${countText(s.activeStaff)} / ${countText(c.staff)}`;
  return {
    ...pageSetup(paper, false),
    defaultStyle: { fontSize: BODY_SIZE },
    content: [
      titlePart(t.title),
      { text: `${t.subtitle}${s.opdName ? ` — ${s.opdName}` : ''}`, alignment: 'center', margin: [0, -6, 0, 4] },
      { text: fillTemplate(t.made, { date: formatDateLong(s.madeAt.slice(0, 10)), user: s.madeBy }), alignment: 'center', fontSize: BODY_SIZE - 1, margin: [0, 0, 0, 12] },
      { text: t.holds, bold: true, fontSize: BODY_SIZE + 1, margin: [0, 0, 0, 4] },
      labelledLines([
        [t.rowStaff, staff],
        [t.rowSessions, countText(c.sessions)],
        [t.rowPledges, countText(c.pledges)],
        [t.rowFindings, countText(c.findings)],
        [t.rowOpenFindings, s.openFindings ? countText(s.openFindingsTotal) : t.notBuilt],
        [t.rowEvidence, countText(s.evidenceFiles)],
        [t.backupFile, s.backupName],
        [t.backupSha, s.dbSha256.match(/.{1,16}/g)!.join(' ')],
      ], 170),
      ...findingsPart(s),
      { text: t.steps, bold: true, fontSize: BODY_SIZE + 1, margin: [0, 12, 0, 4] },
      { ol: [t.step1, t.step2, t.step3], fontSize: BODY_SIZE, lineHeight: 1.2 },
    ],
  };
}

export function handoverPdf(s: HandoverSummary, paper: PaperSize): Promise<Buffer> {
  return renderPdf(handoverDefinition(s, paper), { title: ui.handover.title });
}
