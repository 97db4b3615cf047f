import fs from 'node:fs/promises';
import type { AreaHandlers } from '../handlerTypes';
import type { filesContract } from './contract';
import type { FileRefs } from './registry';
import type { ChosenFile } from './types';

/** A path the platform gave, as the renderer may know it: a reference, its name and size. */
export async function chosenFile(files: FileRefs, file: string): Promise<ChosenFile> {
  const size = await fs.stat(file).then((s) => s.size, () => 0);
  const ref = files.add(file);
  return { ref, name: files.get(ref).name, size };
}

export const filesHandlers: AreaHandlers<typeof filesContract> = {
  'files.choose': async ({ kind, multiple }, { platform, files }) => {
    const chosen: ChosenFile[] = [];
    for (const file of await platform.chooseFiles({ kind, multiple })) chosen.push(await chosenFile(files, file));
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
