import { appHandlers } from './app/handlers';
import { backupHandlers } from './backup/handlers';
import { attendanceHandlers } from './attendance/handlers';
import { documentsHandlers } from './documents/handlers';
import { electionsHandlers } from './elections/handlers';
import { evidenceHandlers } from './evidence/handlers';
import { filesHandlers } from './files/handlers';
import { homeHandlers } from './home/handlers';
import { findingsHandlers } from './findings/handlers';
import type { Handlers } from './handlerTypes';
import { combineHandlers } from './handlerTypes';
import { pledgesHandlers } from './pledges/handlers';
import { privacyHandlers } from './privacy/handlers';
import { profileHandlers } from './profile/handlers';
import { recapHandlers } from './recap/handlers';
import { sessionsHandlers } from './sessions/handlers';
import { staffHandlers } from './staff/handlers';

export const handlers: Handlers = combineHandlers(appHandlers, filesHandlers, profileHandlers, staffHandlers, electionsHandlers, sessionsHandlers, documentsHandlers, evidenceHandlers, privacyHandlers, backupHandlers, attendanceHandlers, pledgesHandlers, homeHandlers, findingsHandlers, recapHandlers);
