// Per election: the signing deadline and who must sign (every active person, or chosen employment kinds).
import type { Query, Tx } from '../db/database';
import { isIsoDate } from '../elections/dates';
import { getElection } from '../elections/service';
import type { IsoDate } from '../elections/types';
import { UserError } from '../errors';
import type { Employment } from '../staff/types';
import type { PledgeCampaign } from './types';

export function getCampaign(q: Query, electionId: number): PledgeCampaign {
  const r = q.get('SELECT deadline, target_kinds FROM pledge_campaign WHERE election_id = ?', [electionId]);
  return {
    electionId,
    deadline: r?.deadline == null ? null : String(r.deadline),
    targetKinds: r?.target_kinds == null ? null : (JSON.parse(String(r.target_kinds)) as Employment[]),
  };
}

export function saveCampaign(tx: Tx, input: PledgeCampaign, now = new Date()): PledgeCampaign {
  getElection(tx, input.electionId);
  if (input.deadline !== null && !isIsoDate(input.deadline)) throw new UserError('pledge-date-invalid', { value: input.deadline, field: 'deadline' });
  const kinds = input.targetKinds === null ? null : [...new Set(input.targetKinds)];
  if (kinds !== null && kinds.length === 0) throw new UserError('pledge-kinds-empty', { field: 'targetKinds' });
  tx.run(`INSERT INTO pledge_campaign (election_id, deadline, target_kinds, updated_at) VALUES (?, ?, ?, ?)
    ON CONFLICT (election_id) DO UPDATE SET deadline = excluded.deadline, target_kinds = excluded.target_kinds, updated_at = excluded.updated_at`,
  [input.electionId, input.deadline, kinds === null ? null : JSON.stringify(kinds), now.toISOString()]);
  tx.audit('PledgeCampaign', input.electionId, `tenggat ${input.deadline ?? '-'}`);
  return getCampaign(tx, input.electionId);
}

/** Whole days from `today` to `date` (0 = today, negative = past). */
export function daysBetween(today: IsoDate, date: IsoDate): number {
  return Math.round((Date.parse(`${date}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / 86_400_000);
}
