// "Temuan" locked separately (for PCs where a colleague keeps the roster): when the data has a passphrase and the
// setting "Kunci Temuan dengan kata sandi" is on (privacy_setting, migration 9: it belongs to this data), every
// call that reads or writes findings data is refused with `findings-locked` until the passphrase is given again
// in this running app. Checked by the dispatcher before the handler runs, so no screen can skip it.
//
// Under the lock: every findings.* call that touches a finding, its person, chronology, steps, evidence, exports
// or counts; evidence.open of an evidence row that belongs to a finding. Not under it: the violation catalog and
// the holidays (reference data naming nobody), a session's proof files (evidence.open of a row no finding links).
import type { Query, Tx } from '../db/database';
import { UserError } from '../errors';
import type { CallContext } from '../handlerTypes';

export const FINDINGS_LOCKED_CALLS: ReadonlySet<string> = new Set([
  'findings.list', 'findings.get', 'findings.save', 'findings.remove',
  'findings.chronologyAdd', 'findings.chronologyRemove', 'findings.stepAdd', 'findings.stepRemove',
  'findings.evidenceAdd', 'findings.evidenceLink', 'findings.evidenceRemove', 'findings.thumbnail',
  'findings.exportSummary', 'findings.exportSbt', 'findings.exportList', 'findings.counts',
]);

/** The PC's idle minutes (a per-PC preference) as the offered choices; 10 unless chosen. */
export const IDLE_MINUTE_CHOICES = [5, 10, 15, 30] as const;
export const DEFAULT_IDLE_MINUTES = 10;

export function findingsLockSetting(q: Query): boolean {
  return q.get<{ v: number }>('SELECT findings_locked AS v FROM privacy_setting WHERE id = 1')?.v === 1;
}

export function saveFindingsLockSetting(tx: Tx, on: boolean, at: string): void {
  tx.run('UPDATE privacy_setting SET findings_locked = ?, updated_at = ? WHERE id = 1', [on ? 1 : 0, at]);
  tx.audit('Privacy', null, on ? 'findings lock on' : 'findings lock off');
}

function touchesFindings(call: string, input: unknown, q: Query): boolean {
  if (FINDINGS_LOCKED_CALLS.has(call)) return true;
  if (call === 'evidence.open') {
    const id = (input as { id: number }).id;
    return q.get('SELECT 1 AS x FROM finding_evidence WHERE evidence_id = ? LIMIT 1', [id]) !== undefined;
  }
  return false;
}

/** Whether the Temuan lock applies to this data now: a passphrase protects it (the key is open) and it is on. */
export function findingsLockActive(ctx: CallContext): boolean {
  if (!ctx.workspace.dataKeyOrNull()) return false;
  try {
    return ctx.workspace.db().read(findingsLockSetting);
  } catch {
    return false; // no database open: the handler refuses by itself
  }
}

/** Refuses a call that touches findings data while Temuan is locked; each allowed call counts as activity. */
export function guardFindings(call: string, input: unknown, ctx: CallContext, now = Date.now()): void {
  if (!call.startsWith('findings.') && call !== 'evidence.open') return;
  if (!findingsLockActive(ctx)) return;
  if (!ctx.workspace.db().read((q) => touchesFindings(call, input, q))) return;
  if (!ctx.workspace.findingsAccess.use(now, ctx.platform.idleMinutes() * 60_000)) throw new UserError('findings-locked');
}
