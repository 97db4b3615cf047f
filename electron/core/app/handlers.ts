import type { AreaHandlers } from '../handlerTypes';
import type { appContract } from './contract';

export const appHandlers: AreaHandlers<typeof appContract> = {
  'app.status': (_input, { workspace }) => workspace.status(),
  'app.restoreBackup': ({ file }, { workspace }) => workspace.restore(file),
  'app.takeOverLock': ({ holder }, { workspace }) => workspace.takeOverLock(holder),
};
