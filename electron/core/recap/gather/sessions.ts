// The sessions source of the recap: what was held, planned and cancelled in the period and up to its end.
// "Up to its end" counts every session dated on or before the period's last day.
import type { Query } from '../../db/database';
import { listSessions } from '../../sessions/service';
import type { SessionStatus } from '../../sessions/types';
import type { RecapPeriod, SessionFigures, SessionLine, Span } from '../figures';

export function gatherSessions(q: Query, period: RecapPeriod): SessionFigures {
  const list: SessionLine[] = listSessions(q, period.to)
    .filter((s) => s.date <= period.to)
    .sort((a, b) => a.date.localeCompare(b.date) || a.startTime.localeCompare(b.startTime) || a.id - b.id)
    .map((s) => ({
      id: s.id, date: s.date, startTime: s.startTime, place: s.place, topic: s.topic, status: s.status, phase: s.phase.phase,
      inPeriod: s.date >= period.from, invited: s.invited,
    }));
  const span = (status: SessionStatus): Span => ({
    period: list.filter((s) => s.status === status && s.inPeriod).length,
    cumulative: list.filter((s) => s.status === status).length,
  });
  return { held: span('HELD'), planned: span('PLANNED'), cancelled: span('CANCELLED'), list };
}
