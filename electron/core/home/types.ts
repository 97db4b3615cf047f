// Beranda's shapes, environment-free: the renderer imports them (as types) through the contract.
import type { ActiveElection, IsoDate } from '../elections/types';
import type { PledgeCoverage } from '../pledges/types';

export type TodoItem =
  | { kind: 'unitBehind'; unitId: number | null; unitName: string | null; percent: number; daysLeft: number }
  | { kind: 'notTickedOff'; sessionId: number; date: IsoDate; topic: string }
  | { kind: 'headsNotSigned'; names: string[] }
  | { kind: 'noDeadline' }
  | { kind: 'noElection' };

export interface HomeOverview {
  today: IsoDate;
  active: ActiveElection | null;
  daysToVoting: number | null;
  coverage: PledgeCoverage | null;
  sessions: { held: number; planned: number; next: { id: number; date: IsoDate; startTime: string; topic: string; place: string } | null };
  todo: TodoItem[];
}
