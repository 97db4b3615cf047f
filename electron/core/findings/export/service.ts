// The three exports, each asked where to save inside the call: one finding's case summary (PDF), its SBT sheet
// (.xlsx), and the list as filtered (.xlsx). Exporting a finding is recorded in its audit trail, like opening it.
import type { Database } from '../../db/database';
import type { PaperSize } from '../../documents/types';
import { localToday } from '../../elections/dates';
import { distinctPeople } from '../../files/identityExport';
import { saveChosenFile } from '../../files/io';
import type { SaveResult } from '../../files/types';
import type { CallContext } from '../../handlerTypes';
import { getProfile } from '../../profile/service';
import { fillTemplate, ui } from '../../../shared/messages';
import { auditFinding } from '../audit';
import { findingRow, getFinding, listFindings } from '../repository';
import type { FindingDetail, FindingFilter } from '../types';
import { listWorkbook } from './listWorkbook';
import { sbtWorkbook } from './sbtWorkbook';
import { caseSummaryPdf } from './summaryPdf';

const x = ui.findings.export;

/** One person however often they are named: by NIP, NIK, or (neither known) by name. */
export function personKey(p: { name: string; nip: string | null; nik: string | null }): string {
  return p.nip ?? p.nik ?? `name:${p.name}`;
}

/** The finding as it is now, its export audited (a read-only database only reads). */
function exported(db: Database, call: string, id: number, what: string): FindingDetail {
  const today = localToday();
  if (db.readOnly) return db.read((q) => getFinding(q, id, today));
  return db.write(call, (tx) => {
    findingRow(tx, id);
    auditFinding(tx, id, `diekspor: ${what}`);
    return getFinding(tx, id, today);
  });
}

export async function exportSummary(ctx: CallContext, id: number, paper: PaperSize): Promise<SaveResult> {
  const db = ctx.workspace.db();
  const d = exported(db, 'findings.exportSummary', id, 'ringkasan PDF');
  const bytes = await db.read((q) => caseSummaryPdf(q, d, paper));
  ctx.platform.setPaperSize(paper);
  return saveChosenFile(ctx, { kind: 'pdf', suggestedName: `${fillTemplate(x.summaryFile, { date: localToday() })}.pdf` }, bytes, { call: 'findings.exportSummary', what: 'finding-summary', people: 1 });
}

export async function exportSbt(ctx: CallContext, id: number): Promise<SaveResult> {
  const db = ctx.workspace.db();
  const d = exported(db, 'findings.exportSbt', id, 'isian SBT');
  const bytes = await sbtWorkbook(d, db.read((q) => getProfile(q)));
  return saveChosenFile(ctx, { kind: 'xlsx', suggestedName: `${fillTemplate(x.sbtFile, { date: localToday() })}.xlsx` }, bytes, { call: 'findings.exportSbt', what: 'finding-sbt', people: 1 });
}

export async function exportList(ctx: CallContext, filter: FindingFilter): Promise<SaveResult> {
  const findings = ctx.workspace.db().read((q) => listFindings(q, localToday(), filter));
  const bytes = await listWorkbook(findings);
  const people = distinctPeople(findings, (f) => personKey(f.person));
  return saveChosenFile(ctx, { kind: 'xlsx', suggestedName: `${fillTemplate(x.listFile, { date: localToday() })}.xlsx` }, bytes, { call: 'findings.exportList', what: 'finding-list', people });
}
