import { appHandlers } from './app/handlers';
import { documentsHandlers } from './documents/handlers';
import { electionsHandlers } from './elections/handlers';
import { filesHandlers } from './files/handlers';
import type { Handlers } from './handlerTypes';
import { combineHandlers } from './handlerTypes';
import { profileHandlers } from './profile/handlers';
import { recapHandlers } from './recap/handlers';
import { sessionsHandlers } from './sessions/handlers';
import { staffHandlers } from './staff/handlers';

export const handlers: Handlers = combineHandlers(appHandlers, filesHandlers, profileHandlers, staffHandlers, electionsHandlers, sessionsHandlers, documentsHandlers, recapHandlers);
