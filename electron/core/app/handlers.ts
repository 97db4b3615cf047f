import type { Handlers } from '../handlerTypes';

export const appHandlers: Pick<Handlers, 'app.status' | 'app.restoreBackup'> = {
  'app.status': (_input, { session }) => session.status(),
  'app.restoreBackup': ({ file }, { session }) => session.restore(file),
};
