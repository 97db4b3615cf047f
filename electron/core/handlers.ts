import { appHandlers } from './app/handlers';
import type { Handlers } from './handlerTypes';
import { combineHandlers } from './handlerTypes';
import { profileHandlers } from './profile/handlers';
import { rosterHandlers } from './roster/handlers';
import { staffHandlers } from './staff/handlers';

export const handlers: Handlers = combineHandlers(appHandlers, profileHandlers, staffHandlers, rosterHandlers);
