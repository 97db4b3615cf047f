// The pledge source of the recap: the active election's coverage as of the period's last day (pledges/coverage.ts,
// the same rule as Beranda and the Ikrar screen: who must sign, whose signature counts), the signatures made in
// the period, each person's status, and attendance and signatures per session.
import type { Query } from '../../db/database';
import { addDays } from '../../elections/dates';
import type { Election } from '../../elections/types';
import { coverageParams, pledgeCoverage, SIGNED_IDS, TARGET_WHERE } from '../../pledges/coverage';
import { EMPLOYMENTS } from '../../staff/types';
import type { Coverage, PledgeFigures, RecapPeriod, SessionLine, StaffLine } from '../figures';

function signedBy(q: Query, electionId: number, target: string, asOf: string): number {
  const params = { ...coverageParams(q, electionId, target), $signedBy: asOf };
  const signed = SIGNED_IDS.replace('p.signed_on <= $asOf', 'p.signed_on <= $signedBy');
  return Number(q.get<{ n: number }>(`SELECT COUNT(*) AS n FROM staff s WHERE ${TARGET_WHERE} AND s.id IN (${signed})`, params)?.n ?? 0);
}

export function gatherPledges(q: Query, election: Election, period: RecapPeriod): PledgeFigures {
  const c = pledgeCoverage(q, election.id, period.to);
  const before = signedBy(q, election.id, period.to, addDays(period.from, -1));
  const byEmployment = Object.fromEntries(EMPLOYMENTS.map((e): [string, Coverage] => {
    const k = c.employment.find((x) => x.kind === e);
    return [e, { target: k?.target ?? 0, signed: k?.signed ?? 0 }];
  })) as PledgeFigures['byEmployment'];
  const units = c.units.map((u) => ({ name: u.unitName, target: u.target, signed: u.signed }))
    .sort((a, b) => (a.name === null ? 1 : b.name === null ? -1 : a.name.localeCompare(b.name, 'id')));
  return {
    target: c.overall.target, signed: { period: c.overall.signed - before, cumulative: c.overall.signed }, notSigned: c.overall.notSigned,
    deadline: c.deadline, byEmployment, units,
  };
}

/** Each person's status as of the period's end, on the staff lines. */
export function markPledgeStatus(q: Query, election: Election, period: RecapPeriod, people: StaffLine[]): void {
  const params = coverageParams(q, election.id, period.to);
  const target = new Set(q.all<{ id: number }>(`SELECT s.id FROM staff s WHERE ${TARGET_WHERE}`, params).map((r) => Number(r.id)));
  // the signatures that count (coverage.ts's own rule), the first date of each person's
  const firstSigned = `${SIGNED_IDS.replace('SELECT p.staff_id FROM', 'SELECT p.staff_id AS id, MIN(p.signed_on) AS d FROM')} GROUP BY p.staff_id`;
  const signedOn = new Map(q.all<{ id: number; d: string }>(firstSigned, params).map((r) => [Number(r.id), String(r.d)]));
  for (const p of people) {
    const on = signedOn.get(p.id) ?? null;
    p.pledge = !target.has(p.id) ? 'NOT_TARGET' : on ? 'SIGNED' : 'NOT_SIGNED';
    p.signedOn = on;
  }
}

/** People marked present and pledges signed, per session. */
export function markSessionAttendance(q: Query, sessions: SessionLine[]): void {
  const attended = new Map(q.all<{ id: number; n: number }>('SELECT session_id AS id, COUNT(*) AS n FROM attendance WHERE attended = 1 GROUP BY session_id')
    .map((r) => [Number(r.id), Number(r.n)]));
  const signed = new Map(q.all<{ id: number; n: number }>('SELECT session_id AS id, COUNT(*) AS n FROM pledge_signature WHERE session_id IS NOT NULL GROUP BY session_id')
    .map((r) => [Number(r.id), Number(r.n)]));
  for (const s of sessions) {
    s.attended = attended.get(s.id) ?? 0;
    s.signed = signed.get(s.id) ?? 0;
  }
}
