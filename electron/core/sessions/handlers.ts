import { localToday } from '../elections/dates';
import type { AreaHandlers } from '../handlerTypes';
import type { sessionsContract } from './contract';
import { getSession, listSessions, removeSession, saveSession, setSessionStatus } from './service';

export const sessionsHandlers: AreaHandlers<typeof sessionsContract> = {
  'sessions.list': (_input, { workspace }) => workspace.db().read((q) => listSessions(q, localToday())),
  'sessions.get': ({ id }, { workspace }) => workspace.db().read((q) => getSession(q, id)),
  'sessions.save': (input, { workspace }) => workspace.db().write('sessions.save', (tx) => saveSession(tx, input)),
  'sessions.setStatus': ({ id, status }, { workspace }) => workspace.db().write('sessions.setStatus', (tx) => setSessionStatus(tx, id, status)),
  'sessions.remove': ({ id }, { workspace }) => workspace.db().write('sessions.remove', (tx) => removeSession(tx, id)),
};
