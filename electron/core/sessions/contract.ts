import { none } from '../app/contract';
import { defineCalls, mutation, query } from '../calls';
import { sessionsCalls } from './calls';
import { sessionId, sessionInput, sessionStatusInput } from './schema';
import type { Session, SessionDetail } from './types';

export const sessionsContract = defineCalls(sessionsCalls, {
  /** upcoming first (soonest on top), then past ones (latest on top), each with its phase */
  'sessions.list': query<Session[]>()(none),
  'sessions.get': query<SessionDetail>()(sessionId),
  'sessions.save': mutation<SessionDetail>()(sessionInput),
  'sessions.setStatus': mutation<SessionDetail>()(sessionStatusInput),
  'sessions.remove': mutation<{ removed: number }>()(sessionId),
});
