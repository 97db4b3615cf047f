import type { AreaHandlers } from '../handlerTypes';
import type { appContract } from './contract';
import { chosenFile } from '../files/handlers';

export const appHandlers: AreaHandlers<typeof appContract> = {
  'app.status': (_input, { workspace }) => workspace.status(),
  'app.restoreBackup': ({ file }, { workspace }) => workspace.restore(file),
  'app.takeOverLock': ({ holder }, { workspace }) => workspace.takeOverLock(holder),
  'app.openedFile': async (_input, { platform, files }) => {
    const file = platform.takeOpenedFile();
    return { file: file ? await chosenFile(files, file) : null };
  },
};
