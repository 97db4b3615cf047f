// Electron's side of the platform port: native open/save dialogs that remember the last folder per kind of file,
// the shell for opening files and folders, and links to the system browser (only those allowed).
import { app, dialog, shell } from 'electron';
import type { BrowserWindow } from 'electron';
import type { Platform } from '../core/platform/port';
import { folderDialogOptions, openDialogOptions, rememberFolder, saveDialogOptions } from '../host/fileDialogs';
import { isExternalLink } from '../host/security';
import type { PreferenceStore } from './prefs';
import type { OpenedFiles } from '../core/files/openedFiles';

export function electronPlatform(prefs: PreferenceStore, window: () => BrowserWindow | undefined, opened: OpenedFiles): Platform {
  const remember = (kind: string, file: string) => prefs.set('lastFolders', rememberFolder(prefs.get('lastFolders'), kind, file));
  return {
    userDataDir: () => app.getPath('userData'),
    chooseFiles: async (request) => {
      const options = openDialogOptions(request, prefs.get('lastFolders'));
      const win = window();
      const r = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options);
      if (r.canceled || r.filePaths.length === 0) return [];
      remember(request.kind, r.filePaths[0]!);
      return r.filePaths;
    },
    chooseFolder: async ({ kind }) => {
      const options = folderDialogOptions(kind, prefs.get('lastFolders'));
      const win = window();
      const r = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options);
      if (r.canceled || r.filePaths.length === 0) return null;
      // remembered as the folder itself: the next choice opens in it
      prefs.set('lastFolders', { ...prefs.get('lastFolders'), [kind]: r.filePaths[0]! });
      return r.filePaths[0]!;
    },
    chooseSavePath: async (request) => {
      const options = saveDialogOptions(request, prefs.get('lastFolders'), app.getPath('documents'));
      const win = window();
      const r = win ? await dialog.showSaveDialog(win, options) : await dialog.showSaveDialog(options);
      if (r.canceled || !r.filePath) return null;
      remember(request.kind, r.filePath);
      return r.filePath;
    },
    openPath: async (file) => (await shell.openPath(file)) === '',
    showInFolder: (file) => shell.showItemInFolder(file),
    openExternal: (url) => {
      if (isExternalLink(url)) void shell.openExternal(url);
    },
    paperSize: () => prefs.get('paperSize'),
    setPaperSize: (paper) => prefs.set('paperSize', paper),
    idleMinutes: () => prefs.get('idleMinutes'),
    setIdleMinutes: (minutes) => prefs.set('idleMinutes', minutes),
    setDatabasePath: (file) => prefs.set('databasePath', file),
    takeOpenedFile: () => opened.take(),
  };
}
