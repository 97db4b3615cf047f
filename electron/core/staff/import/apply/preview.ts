// The preview of an import plan, as the screen shows it and the command line prints it with --json.
import type { ParsedRoster } from '..';
import type { ImportPlan } from './plan';
import type { RosterPreview } from '../previewTypes';
import { sheetSummaries } from '../read/sheetSummary';

export function toPreview(previewId: string, fileName: string, parsed: ParsedRoster, plan: ImportPlan): RosterPreview {
  const count = (change: string) => plan.rows.filter((r) => r.change === change).length;
  return {
    previewId,
    fileName,
    sheetName: parsed.sheetName,
    headerRow: parsed.headerRow,
    columns: parsed.columns.map(({ field, header }) => ({ field, header })),
    accepted: plan.rows.length,
    counts: {
      new: count('new'), updated: count('updated'), unchanged: count('unchanged'), refused: plan.refused.length,
      newUnits: plan.newUnits.length, conflicts: plan.rows.filter((r) => r.conflicts.length > 0).length,
    },
    refused: plan.refused.map(({ sheet, row, code, message }) => ({ sheet, row, code, message })),
    staff: plan.rows.map(({ draft: d, existingId, change, changedFields, changes, conflicts, unit }) => ({
      sheet: d.sheet, row: d.excelRow, staffId: existingId, nip: d.nip, nik: d.nik, name: d.name, rank: d.rank, gender: d.gender, birthDate: d.birthDate,
      employment: d.employment, unit: unit?.name ?? null, position: d.position, change, changedFields, changes, conflicts,
    })),
    missingFromFile: plan.missingFromFile,
    missing: plan.missing,
    sheets: sheetSummaries(parsed, plan.rows, plan.refused),
    notStaff: parsed.notStaff,
  };
}
