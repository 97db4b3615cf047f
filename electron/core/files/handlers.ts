import fs from 'node:fs/promises';
import type { AreaHandlers } from '../handlerTypes';
import type { filesContract } from './contract';
import type { ChosenFile } from './types';

export const filesHandlers: AreaHandlers<typeof filesContract> = {
  'files.choose': async ({ kind, multiple }, { platform, files }) => {
    const chosen: ChosenFile[] = [];
    for (const file of await platform.chooseFiles({ kind, multiple })) {
      const size = await fs.stat(file).then((s) => s.size, () => 0);
      const ref = files.add(file);
      chosen.push({ ref, name: files.get(ref).name, size });
    }
    return chosen;
  },
  'files.chooseFolder': async ({ kind }, { platform, files }) => {
    const folder = await platform.chooseFolder({ kind });
    if (!folder) return [];
    const ref = files.add(folder);
    return [{ ref, name: files.get(ref).name, size: 0 }];
  },
  'files.open': async ({ ref }, { platform, files }) => ({ opened: await platform.openPath(files.get(ref).path) }),
  'files.showInFolder': ({ ref }, { platform, files }) => {
    platform.showInFolder(files.get(ref).path);
    return { shown: true };
  },
};
