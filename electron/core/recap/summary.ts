// The Ringkasan's figures as keyed lines: what the Ringkasan sheet writes (one row each), what the checksum
// covers, and what the consolidation reads back and puts side by side for every OPD. A key never changes
// meaning within a format version (docs/recap-format.md lists them). Violation-type keys follow the OPD's
// catalog (SKB 2022 codes unless the OPD added its own).
import { ui } from '../../shared/messages';
import { PHASES } from '../elections/types';
import { FINDING_STAGES } from '../findings/types';
import type { FindingCounts } from '../findings/types';
import { EMPLOYMENTS, POSITION_TYPES } from '../staff/types';
import type { RecapFigures, Span } from './figures';

const t = ui.recap;

export const SUMMARY_SECTIONS = [
  'staffEmployment', 'staffPosition', 'sessions', 'pledges', 'pledgesEmployment',
  'findings', 'findingsType', 'findingsPosition', 'findingsPhase', 'findingsStage',
] as const;
export type SummarySection = (typeof SUMMARY_SECTIONS)[number];

export interface SummaryLine {
  key: string;
  section: SummarySection;
  label: string;
  /** null: a figure with no period of its own (the roster when the recap was made) */
  period: number | null;
  cumulative: number;
  /** a total of the section's other lines: written as a SUM formula, its value cached */
  total?: boolean;
  /** a share of two other lines' cumulative figures (`of` / `per`), written as a formula; not a keyed figure:
   * left out of the metadata, the checksum and the consolidation's sums */
  ratio?: { of: string; per: string };
}

export const SECTION_TITLES: Record<SummarySection, string> = {
  staffEmployment: t.sectionStaffEmployment,
  staffPosition: t.sectionStaffPosition,
  sessions: t.sectionSessions,
  pledges: t.sectionPledges,
  pledgesEmployment: t.sectionPledgesEmployment,
  findings: t.sectionFindings,
  findingsType: t.sectionFindingsType,
  findingsPosition: t.sectionFindingsPosition,
  findingsPhase: t.sectionFindingsPhase,
  findingsStage: t.sectionFindingsStage,
};

/** The figure a consolidation calls "staff": the active staff. */
export const STAFF_KEY = 'staff.active';
export const PLEDGE_TARGET_KEY = 'pledges.target';
export const PLEDGE_SIGNED_KEY = 'pledges.signed';

const snapshot = (cumulative: number) => ({ period: null, cumulative });
const span = (period: number, cumulative: number): Span => ({ period, cumulative });

function findingLines(p: FindingCounts, c: FindingCounts): SummaryLine[] {
  const lines: SummaryLine[] = [
    { key: 'findings.total', section: 'findings', label: t.findingsTotal, ...span(p.total, c.total) },
    { key: 'findings.kind.ETHICS', section: 'findings', label: t.findingsEthics, ...span(p.byKind.ETHICS, c.byKind.ETHICS) },
    { key: 'findings.kind.DISCIPLINE', section: 'findings', label: t.findingsDiscipline, ...span(p.byKind.DISCIPLINE, c.byKind.DISCIPLINE) },
    { key: 'findings.kind.UNKNOWN', section: 'findings', label: t.findingsKindUnknown, ...span(p.byKind.UNKNOWN, c.byKind.UNKNOWN) },
    { key: 'findings.recommendations', section: 'findings', label: t.findingsRecommendations, ...span(p.recommendations, c.recommendations) },
    { key: 'findings.sanctions', section: 'findings', label: t.findingsSanctions, ...span(p.sanctions, c.sanctions) },
  ];
  for (const type of c.byViolationType) {
    const inPeriod = p.byViolationType.find((x) => x.code === type.code)?.count ?? 0;
    lines.push({ key: `findings.type.${type.code}`, section: 'findingsType', label: `${type.code}. ${type.act}`, ...span(inPeriod, type.count) });
  }
  for (const pt of POSITION_TYPES) {
    lines.push({ key: `findings.position.${pt}`, section: 'findingsPosition', label: ui.roster.positionType[pt], ...span(p.byPositionType[pt], c.byPositionType[pt]) });
  }
  for (const phase of [...PHASES, 'NONE'] as const) {
    const label = phase === 'NONE' ? t.phaseNone : ui.elections.phases[phase];
    lines.push({ key: `findings.phase.${phase}`, section: 'findingsPhase', label, ...span(p.byPhase[phase], c.byPhase[phase]) });
  }
  for (const stage of FINDING_STAGES) {
    lines.push({ key: `findings.stage.${stage}`, section: 'findingsStage', label: ui.findings.stages[stage], ...span(p.byStage[stage], c.byStage[stage]) });
  }
  return lines;
}

export function summaryLines(f: RecapFigures): SummaryLine[] {
  const lines: SummaryLine[] = [];
  for (const e of EMPLOYMENTS) lines.push({ key: `staff.employment.${e}`, section: 'staffEmployment', label: ui.roster.employment[e], ...snapshot(f.staff.byEmployment[e]) });
  lines.push({ key: STAFF_KEY, section: 'staffEmployment', label: t.staffActive, total: true, ...snapshot(f.staff.active) });
  for (const p of POSITION_TYPES) lines.push({ key: `staff.position.${p}`, section: 'staffPosition', label: ui.roster.positionType[p], ...snapshot(f.staff.byPositionType[p]) });
  lines.push({ key: 'staff.activeByPosition', section: 'staffPosition', label: t.staffActivePosition, total: true, ...snapshot(f.staff.active) });
  const s = f.sessions;
  lines.push({ key: 'sessions.held', section: 'sessions', label: t.sessionsHeld, ...s.held });
  lines.push({ key: 'sessions.planned', section: 'sessions', label: t.sessionsPlanned, ...s.planned });
  lines.push({ key: 'sessions.cancelled', section: 'sessions', label: t.sessionsCancelled, ...s.cancelled });
  const pl = f.pledges;
  if (pl) {
    lines.push({ key: PLEDGE_TARGET_KEY, section: 'pledges', label: t.pledgesTarget, ...snapshot(pl.target) });
    lines.push({ key: PLEDGE_SIGNED_KEY, section: 'pledges', label: t.pledgesSigned, ...pl.signed });
    lines.push({ key: 'pledges.notSigned', section: 'pledges', label: t.pledgesNotSigned, ...snapshot(pl.notSigned) });
    lines.push({
      key: 'pledges.coverage', section: 'pledges', label: t.pledgesCoverage, period: null,
      cumulative: pl.target === 0 ? 0 : pl.signed.cumulative / pl.target, ratio: { of: PLEDGE_SIGNED_KEY, per: PLEDGE_TARGET_KEY },
    });
    for (const e of EMPLOYMENTS) {
      lines.push({ key: `pledges.employment.${e}`, section: 'pledgesEmployment', label: ui.roster.employment[e], ...snapshot(pl.byEmployment[e].signed) });
    }
  }
  lines.push(...findingLines(f.findings.period, f.findings.cumulative));
  return lines;
}

/** The lines the metadata lists, the checksum covers and the consolidation reads: all but the ratios. */
export function keyedLines(lines: readonly SummaryLine[]): SummaryLine[] {
  return lines.filter((l) => !l.ratio);
}
