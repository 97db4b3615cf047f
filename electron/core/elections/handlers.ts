import type { AreaHandlers } from '../handlerTypes';
import type { electionsContract } from './contract';
import { localToday } from './dates';
import { activeElection, createElection, listElections, removeElection, saveElection, setActiveElection } from './service';

export const electionsHandlers: AreaHandlers<typeof electionsContract> = {
  'elections.list': (_input, { workspace }) => workspace.db().read(listElections),
  'elections.active': (_input, { workspace }) => workspace.db().read((q) => activeElection(q, localToday())),
  'elections.create': ({ preset }, { workspace }) => workspace.db().write('elections.create', (tx) => createElection(tx, preset)),
  'elections.save': ({ id, ...fields }, { workspace }) => workspace.db().write('elections.save', (tx) => saveElection(tx, id, fields)),
  'elections.setActive': ({ id }, { workspace }) => workspace.db().write('elections.setActive', (tx) => setActiveElection(tx, id)),
  'elections.remove': ({ id }, { workspace }) => workspace.db().write('elections.remove', (tx) => removeElection(tx, id)),
};
