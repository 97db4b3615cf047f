// The chronology (dated free text) and the follow-up steps of a finding. A step records its date, who acted and
// a note, and the stage the finding is in after it (DEFAULT_STAGE_AFTER unless the user picks the outcome).
import type { Tx } from '../db/database';
import { isIsoDate, localToday } from '../elections/dates';
import type { IsoDate } from '../elections/types';
import { UserError } from '../errors';
import { storedText } from '../text/storedText';
import { ui } from '../../shared/messages';
import { auditFinding } from './audit';
import { findingRow, getFinding, stepsOf } from './repository';
import { touchFinding } from './service';
import { DEFAULT_STAGE_AFTER, stageOf } from './stages';
import type { FindingDetail, FindingStage, StepKind } from './types';

export interface StepInput {
  findingId: number;
  kind: StepKind;
  date: IsoDate;
  actor: string;
  note: string;
  /** null = the stage this kind of step leads to (closing: the stage reached) */
  stageAfter: FindingStage | null;
}

function checkDate(date: IsoDate, knownDate: IsoDate, today: IsoDate): void {
  if (!isIsoDate(date)) throw new UserError('finding-date-invalid', { label: ui.findings.fields.stepDate, value: date, field: 'date' });
  if (date > today) throw new UserError('finding-date-future', { label: ui.findings.fields.stepDate, value: date, field: 'date' });
  if (date < knownDate) throw new UserError('finding-step-before-known', { field: 'date' });
}

export function addChronology(tx: Tx, input: { findingId: number; date: IsoDate; text: string }, now = new Date()): FindingDetail {
  findingRow(tx, input.findingId);
  const today = localToday(now);
  if (!isIsoDate(input.date) || input.date > today) throw new UserError('finding-date-invalid', { label: ui.findings.fields.chronologyDate, value: input.date, field: 'date' });
  const text = storedText(input.text, { multiline: true });
  if (!text) throw new UserError('required', { label: ui.findings.fields.chronologyText, field: 'text' });
  const { lastId } = tx.run('INSERT INTO finding_chronology (finding_id, date, text, created_at) VALUES (?, ?, ?, ?)', [input.findingId, input.date, text, now.toISOString()]);
  touchFinding(tx, input.findingId, now);
  auditFinding(tx, input.findingId, `kronologi ditambah (#${lastId})`);
  return getFinding(tx, input.findingId, today);
}

export function removeChronology(tx: Tx, findingId: number, entryId: number, now = new Date()): FindingDetail {
  const { changes } = tx.run('DELETE FROM finding_chronology WHERE id = ? AND finding_id = ?', [entryId, findingId]);
  if (changes === 0) throw new UserError('finding-entry-not-found');
  touchFinding(tx, findingId, now);
  auditFinding(tx, findingId, `kronologi dihapus (#${entryId})`);
  return getFinding(tx, findingId, localToday(now));
}

export function addStep(tx: Tx, input: StepInput, now = new Date()): FindingDetail {
  const row = findingRow(tx, input.findingId);
  const today = localToday(now);
  checkDate(input.date, String(row.known_date), today);
  const steps = stepsOf(tx, input.findingId);
  if (steps.some((s) => s.kind === 'CLOSED')) throw new UserError('finding-closed');
  const stageAfter = input.stageAfter ?? DEFAULT_STAGE_AFTER[input.kind] ?? stageOf(steps);
  const { lastId } = tx.run(`INSERT INTO finding_step (finding_id, kind, date, actor, note, stage_after, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)`,
    [input.findingId, input.kind, input.date, storedText(input.actor), storedText(input.note, { multiline: true }), stageAfter, now.toISOString()]);
  touchFinding(tx, input.findingId, now);
  auditFinding(tx, input.findingId, `langkah ${input.kind} (#${lastId}) → ${stageAfter}`);
  return getFinding(tx, input.findingId, today);
}

/** Takes back a step recorded by mistake (the stage falls back to the one before it). */
export function removeStep(tx: Tx, findingId: number, stepId: number, now = new Date()): FindingDetail {
  const { changes } = tx.run('DELETE FROM finding_step WHERE id = ? AND finding_id = ?', [stepId, findingId]);
  if (changes === 0) throw new UserError('finding-entry-not-found');
  touchFinding(tx, findingId, now);
  auditFinding(tx, findingId, `langkah dihapus (#${stepId})`);
  return getFinding(tx, findingId, localToday(now));
}
