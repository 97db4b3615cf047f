import { localToday } from '../elections/dates';
import type { AreaHandlers } from '../handlerTypes';
import type { homeContract } from './contract';
import { homeOverview } from './overview';

export const homeHandlers: AreaHandlers<typeof homeContract> = {
  'home.overview': (_input, { workspace }) => workspace.db().read((q) => homeOverview(q, localToday())),
};
