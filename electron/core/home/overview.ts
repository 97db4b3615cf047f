// Beranda: the active election and its phase, days to voting, the pledge's deadline and coverage per unit, the
// sessions held and planned with the next one, and what needs doing now.
import type { Query } from '../db/database';
import { activeElection } from '../elections/service';
import type { IsoDate } from '../elections/types';
import type { HomeOverview, TodoItem } from './types';
import { daysBetween } from '../pledges/campaign';
import { pledgeCoverage } from '../pledges/coverage';

/** A unit under this share signed is behind once the deadline is near. */
export const BEHIND_PERCENT = 50;
/** "Near": fewer days left than this. */
export const NEAR_DAYS = 3;

export function homeOverview(q: Query, today: IsoDate): HomeOverview {
  const active = activeElection(q, today);
  const coverage = active ? pledgeCoverage(q, active.election.id, today) : null;
  const counts = q.get<{ held: number; planned: number }>(`SELECT COALESCE(SUM(status = 'HELD'), 0) AS held, COALESCE(SUM(status = 'PLANNED'), 0) AS planned FROM session`);
  const next = q.get(`SELECT id, date, start_time, topic, place FROM session WHERE status = 'PLANNED' AND date >= ? ORDER BY date, start_time, id LIMIT 1`, [today]);
  const untouched = q.all(`SELECT id, date, topic FROM session s WHERE status = 'HELD'
      AND NOT EXISTS (SELECT 1 FROM attendance a WHERE a.session_id = s.id) AND NOT EXISTS (SELECT 1 FROM pledge_signature p WHERE p.session_id = s.id)
    ORDER BY date DESC, id DESC`);

  const todo: TodoItem[] = [];
  if (!active) todo.push({ kind: 'noElection' });
  if (coverage) {
    if (coverage.deadline === null) todo.push({ kind: 'noDeadline' });
    const daysLeft = coverage.daysLeft;
    if (daysLeft !== null && daysLeft >= 0 && daysLeft < NEAR_DAYS) {
      for (const u of coverage.units) if (u.target > 0 && u.percent < BEHIND_PERCENT) todo.push({ kind: 'unitBehind', unitId: u.unitId, unitName: u.unitName, percent: u.percent, daysLeft });
    }
    if (coverage.headsNotSigned.length > 0) todo.push({ kind: 'headsNotSigned', names: coverage.headsNotSigned.map((h) => h.name) });
  }
  for (const s of untouched) todo.push({ kind: 'notTickedOff', sessionId: Number(s.id), date: String(s.date), topic: String(s.topic) });

  const voting = active?.election.votingDay ?? null;
  return {
    today,
    active,
    daysToVoting: voting ? daysBetween(today, voting) : null,
    coverage,
    sessions: {
      held: Number(counts?.held ?? 0),
      planned: Number(counts?.planned ?? 0),
      next: next ? { id: Number(next.id), date: String(next.date), startTime: String(next.start_time), topic: String(next.topic), place: String(next.place) } : null,
    },
    todo,
  };
}
