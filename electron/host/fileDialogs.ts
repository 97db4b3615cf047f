// The options of Electron's open and save dialogs, as plain data (tested in Node): filters from the file kinds,
// the folder the user last used for that kind (a per-PC preference), Documents the first time.
import path from 'node:path';
import type { PathApi } from '../core/db/paths';
import { OPEN_KINDS, SAVE_KINDS } from '../core/files/kinds';
import type { ChooseRequest, SaveRequest } from '../core/platform/port';
import { ui } from '../shared/messages';

export type LastFolders = Record<string, string>;

export interface OpenDialogOptionsLike {
  defaultPath?: string;
  filters: { name: string; extensions: string[] }[];
  properties: ('openFile' | 'openDirectory' | 'multiSelections')[];
}

export interface SaveDialogOptionsLike {
  defaultPath: string;
  filters: { name: string; extensions: string[] }[];
}

/** The key under which a kind's last folder is remembered. */
export function folderKey(kind: string): string {
  return kind;
}

export function openDialogOptions(request: ChooseRequest, last: LastFolders): OpenDialogOptionsLike {
  const folder = last[folderKey(request.kind)];
  return {
    ...(folder ? { defaultPath: folder } : {}),
    filters: [OPEN_KINDS[request.kind], { name: ui.files.filterAll, extensions: ['*'] }],
    properties: request.multiple ? ['openFile', 'multiSelections'] : ['openFile'],
  };
}

/** A folder of files of this kind (the Sekda's folder of OPD recaps), starting where the user last was. */
export function folderDialogOptions(kind: string, last: LastFolders): OpenDialogOptionsLike {
  const folder = last[folderKey(kind)];
  return { ...(folder ? { defaultPath: folder } : {}), filters: [], properties: ['openDirectory'] };
}

export function saveDialogOptions(request: SaveRequest, last: LastFolders, documentsDir: string, p: PathApi = path): SaveDialogOptionsLike {
  const folder = last[folderKey(request.kind)] ?? documentsDir;
  return { defaultPath: p.join(folder, request.suggestedName), filters: [SAVE_KINDS[request.kind]] };
}

/** After a dialog: the folder to remember for the kind. */
export function rememberFolder(last: LastFolders, kind: string, chosenFile: string, p: PathApi = path): LastFolders {
  return { ...last, [folderKey(kind)]: p.dirname(chosenFile) };
}
