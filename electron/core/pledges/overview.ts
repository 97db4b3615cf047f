// What the Ikrar screen shows at once: the election, its deadline and target, coverage today, the text versions.
import type { Query } from '../db/database';
import { findActiveElection, getElection } from '../elections/service';
import type { IsoDate } from '../elections/types';
import { UserError } from '../errors';
import { getCampaign } from './campaign';
import { pledgeCoverage } from './coverage';
import { pledgeTexts } from './texts';
import type { PledgesOverview } from './types';

export function electionIdOr(q: Query, electionId: number | null): number {
  if (electionId !== null) return getElection(q, electionId).id;
  const active = findActiveElection(q);
  if (!active) throw new UserError('pledge-no-election');
  return active.id;
}

export function pledgesOverview(q: Query, electionId: number | null, today: IsoDate): PledgesOverview {
  const texts = pledgeTexts(q);
  const signatures = Number(q.get<{ n: number }>('SELECT COUNT(*) AS n FROM pledge_signature')?.n ?? 0);
  const election = electionId === null ? findActiveElection(q) : getElection(q, electionId);
  if (!election) return { election: null, today, campaign: null, coverage: null, texts, signatures };
  return {
    election: { id: election.id, name: election.name }, today, campaign: getCampaign(q, election.id), coverage: pledgeCoverage(q, election.id, today), texts, signatures,
  };
}

/** For the Pegawai screen: per person, the date of the signature that counts today. */
export function staffPledgeStatus(q: Query, electionId: number | null, today: IsoDate): { electionId: number | null; signedOn: Record<number, IsoDate> } {
  const election = electionId === null ? findActiveElection(q) : getElection(q, electionId);
  if (!election) return { electionId: null, signedOn: {} };
  const rows = q.all<{ staff_id: number; d: string }>(`SELECT p.staff_id, MIN(p.signed_on) AS d FROM pledge_signature p JOIN pledge_text t ON t.id = p.text_id
    WHERE p.election_id = ? AND p.signed_on <= ? AND t.version >= (SELECT COALESCE(MAX(version), 1) FROM pledge_text WHERE earlier_count = 0) GROUP BY p.staff_id`, [election.id, today]);
  return { electionId: election.id, signedOn: Object.fromEntries(rows.map((r) => [Number(r.staff_id), String(r.d)])) };
}
